/// The output of Secrets Manager `PutSecretValue`.
///
/// ```swift
/// let answer = try await secretsManager.putSecretValue(put)
/// print(answer.versionID ?? "", answer.versionStages ?? [])
/// ```
public struct PutSecretValueResponse: Codable, Hashable, Sendable {
    public var arn: String?
    public var name: String?
    public var versionID: String?
    public var versionStages: [String]?

    public init(arn: String? = nil, name: String? = nil, versionID: String? = nil, versionStages: [String]? = nil) {
        self.arn = arn
        self.name = name
        self.versionID = versionID
        self.versionStages = versionStages
    }

    enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
        case versionID = "VersionId"
        case versionStages = "VersionStages"
    }
}
