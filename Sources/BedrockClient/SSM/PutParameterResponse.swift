/// The output of SSM `PutParameter` (`PutParameterResult`).
///
/// ```swift
/// let version = try await ssm.putParameter(put).version   // 1 for a new parameter
/// ```
public struct PutParameterResponse: Codable, Hashable, Sendable {
    public var version: Int64?
    public var tier: String?

    public init(version: Int64? = nil, tier: String? = nil) {
        self.version = version
        self.tier = tier
    }

    enum CodingKeys: String, CodingKey {
        case version = "Version"
        case tier = "Tier"
    }
}
