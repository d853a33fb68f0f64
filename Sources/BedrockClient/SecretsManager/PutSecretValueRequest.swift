import Foundation

/// The input of Secrets Manager `PutSecretValue`: a new version of a secret.
///
/// ```swift
/// let put = PutSecretValueRequest(secretID: "gateway/api-key", secretString: newKey, versionStages: ["AWSPENDING"])
/// let version = try await secretsManager.putSecretValue(put).versionID
/// ```
public struct PutSecretValueRequest: Codable, Hashable, Sendable {
    public var secretID: String
    /// The idempotency token (32–64 characters, becomes the version id); the client fills in a
    /// UUID when it is `nil`, so a retried call cannot create a second version.
    public var clientRequestToken: String?
    public var secretBinary: Data?
    public var secretString: String?
    /// `AWSCURRENT` when omitted.
    public var versionStages: [String]?
    public var rotationToken: String?

    public init(
        secretID: String, clientRequestToken: String? = nil, secretBinary: Data? = nil, secretString: String? = nil,
        versionStages: [String]? = nil, rotationToken: String? = nil
    ) {
        self.secretID = secretID
        self.clientRequestToken = clientRequestToken
        self.secretBinary = secretBinary
        self.secretString = secretString
        self.versionStages = versionStages
        self.rotationToken = rotationToken
    }

    enum CodingKeys: String, CodingKey {
        case secretID = "SecretId"
        case clientRequestToken = "ClientRequestToken"
        case secretBinary = "SecretBinary"
        case secretString = "SecretString"
        case versionStages = "VersionStages"
        case rotationToken = "RotationToken"
    }
}
