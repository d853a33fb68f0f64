/// The input of Secrets Manager `UpdateSecretVersionStage`: moves a staging label between
/// versions — how a rotation promotes `AWSPENDING` to `AWSCURRENT`.
///
/// ```swift
/// let promote = UpdateSecretVersionStageRequest(secretID: "gateway/api-key", versionStage: "AWSCURRENT",
///                                               removeFromVersionID: oldVersion, moveToVersionID: newVersion)
/// ```
public struct UpdateSecretVersionStageRequest: Codable, Hashable, Sendable {
    public var secretID: String
    public var versionStage: String
    /// The version the label is currently on (required when it is on one).
    public var removeFromVersionID: String?
    public var moveToVersionID: String?

    public init(
        secretID: String, versionStage: String, removeFromVersionID: String? = nil, moveToVersionID: String? = nil
    ) {
        self.secretID = secretID
        self.versionStage = versionStage
        self.removeFromVersionID = removeFromVersionID
        self.moveToVersionID = moveToVersionID
    }

    enum CodingKeys: String, CodingKey {
        case secretID = "SecretId"
        case versionStage = "VersionStage"
        case removeFromVersionID = "RemoveFromVersionId"
        case moveToVersionID = "MoveToVersionId"
    }
}
