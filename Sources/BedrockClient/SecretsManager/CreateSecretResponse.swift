/// The output of Secrets Manager `CreateSecret`.
///
/// ```swift
/// let created = try await secretsManager.createSecret(request)
/// print(created.arn ?? "", created.versionID ?? "")
/// ```
public struct CreateSecretResponse: Codable, Hashable, Sendable {
    public var arn: String?
    public var name: String?
    public var versionID: String?

    public init(arn: String? = nil, name: String? = nil, versionID: String? = nil) {
        self.arn = arn
        self.name = name
        self.versionID = versionID
    }

    enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
        case versionID = "VersionId"
    }
}
