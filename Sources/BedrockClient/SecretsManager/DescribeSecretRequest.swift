/// The input of Secrets Manager `DescribeSecret`.
///
/// ```swift
/// let details = try await secretsManager.describeSecret(DescribeSecretRequest(secretID: "gateway/api-key"))
/// ```
public struct DescribeSecretRequest: Codable, Hashable, Sendable {
    public var secretID: String

    public init(secretID: String) {
        self.secretID = secretID
    }

    enum CodingKeys: String, CodingKey {
        case secretID = "SecretId"
    }
}
