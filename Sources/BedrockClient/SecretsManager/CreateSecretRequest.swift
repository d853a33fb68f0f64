import Foundation

/// The input of Secrets Manager `CreateSecret` (replica regions are not supported here).
///
/// ```swift
/// let created = try await secretsManager.createSecret(CreateSecretRequest(name: "gateway/api-key", secretString: key))
/// ```
public struct CreateSecretRequest: Codable, Hashable, Sendable {
    public var name: String
    /// The idempotency token; the client fills in a UUID when it is `nil`.
    public var clientRequestToken: String?
    public var description: String?
    public var kmsKeyID: String?
    public var secretBinary: Data?
    public var secretString: String?
    public var tags: [AWSTag]?

    public init(
        name: String, clientRequestToken: String? = nil, description: String? = nil, kmsKeyID: String? = nil,
        secretBinary: Data? = nil, secretString: String? = nil, tags: [AWSTag]? = nil
    ) {
        self.name = name
        self.clientRequestToken = clientRequestToken
        self.description = description
        self.kmsKeyID = kmsKeyID
        self.secretBinary = secretBinary
        self.secretString = secretString
        self.tags = tags
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name"
        case clientRequestToken = "ClientRequestToken"
        case description = "Description"
        case kmsKeyID = "KmsKeyId"
        case secretBinary = "SecretBinary"
        case secretString = "SecretString"
        case tags = "Tags"
    }
}
