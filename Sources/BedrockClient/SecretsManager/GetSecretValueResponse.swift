import Foundation

/// The output of Secrets Manager `GetSecretValue`. Its description hides the secret.
///
/// ```swift
/// let secret = try await secretsManager.getSecretValue(GetSecretValueRequest(secretID: "gateway/api-key"))
/// let key = secret.secretString ?? ""
/// ```
public struct GetSecretValueResponse: Codable, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible
{
    public var arn: String?
    public var name: String?
    public var versionID: String?
    public var secretBinary: Data?
    public var secretString: String?
    public var versionStages: [String]?
    public var createdDate: Date?

    public init(
        arn: String? = nil, name: String? = nil, versionID: String? = nil, secretBinary: Data? = nil,
        secretString: String? = nil, versionStages: [String]? = nil, createdDate: Date? = nil
    ) {
        self.arn = arn
        self.name = name
        self.versionID = versionID
        self.secretBinary = secretBinary
        self.secretString = secretString
        self.versionStages = versionStages
        self.createdDate = createdDate
    }

    enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
        case versionID = "VersionId"
        case secretBinary = "SecretBinary"
        case secretString = "SecretString"
        case versionStages = "VersionStages"
        case createdDate = "CreatedDate"
    }

    public var description: String {
        "GetSecretValueResponse(name: \(name ?? "nil"), versionID: \(versionID ?? "nil"), "
            + "versionStages: \(versionStages ?? []), secret: <redacted>)"
    }

    public var debugDescription: String { description }
}
