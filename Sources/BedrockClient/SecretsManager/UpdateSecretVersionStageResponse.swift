/// The output of Secrets Manager `UpdateSecretVersionStage`.
///
/// ```swift
/// let moved = try await secretsManager.updateSecretVersionStage(promote)
/// print(moved.arn ?? "")
/// ```
public struct UpdateSecretVersionStageResponse: Codable, Hashable, Sendable {
    public var arn: String?
    public var name: String?

    public init(arn: String? = nil, name: String? = nil) {
        self.arn = arn
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
    }
}
