/// One named profile of the shared AWS config and credentials files, with the properties of
/// both files merged.
///
///     let profile = try AWSProfileSet.load().profile(named: "dev")
///     let region = profile?["region"]            // "eu-west-1"
///     let roleArn = profile?["role_arn"]
public struct AWSProfile: Sendable, Hashable {
    /// The profile name (`default`, or `dev` for `[profile dev]` / `[dev]`).
    public let name: String
    /// Property names (lowercased) to values (trimmed, inline comments removed).
    public let properties: [String: String]

    public init(name: String, properties: [String: String]) {
        self.name = name
        self.properties = properties
    }

    /// The value of `key` (case-insensitive), `nil` when absent or empty.
    public subscript(key: String) -> String? {
        guard let value = properties[key.lowercased()], !value.isEmpty else { return nil }
        return value
    }
}
