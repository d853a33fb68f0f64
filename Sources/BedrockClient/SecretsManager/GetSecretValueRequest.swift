/// The input of Secrets Manager `GetSecretValue`.
///
/// ```swift
/// let current = GetSecretValueRequest(secretID: "gateway/api-key")                     // AWSCURRENT
/// let pending = GetSecretValueRequest(secretID: "gateway/api-key", versionStage: "AWSPENDING")
/// ```
public struct GetSecretValueRequest: Codable, Hashable, Sendable {
    /// The secret's name or ARN.
    public var secretID: String
    public var versionID: String?
    /// `AWSCURRENT` when neither a version id nor a stage is given.
    public var versionStage: String?

    public init(secretID: String, versionID: String? = nil, versionStage: String? = nil) {
        self.secretID = secretID
        self.versionID = versionID
        self.versionStage = versionStage
    }

    enum CodingKeys: String, CodingKey {
        case secretID = "SecretId"
        case versionID = "VersionId"
        case versionStage = "VersionStage"
    }
}
