/// A resource tag (`{"Key": …, "Value": …}`) as Secrets Manager and SSM exchange them.
///
/// ```swift
/// let request = CreateSecretRequest(name: "gateway/api-key", secretString: key,
///                                   tags: [AWSTag(key: "app", value: "gateway")])
/// ```
public struct AWSTag: Codable, Hashable, Sendable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    enum CodingKeys: String, CodingKey {
        case key = "Key"
        case value = "Value"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        // Secrets Manager's `Tag` does not require a value.
        value = try container.decodeIfPresent(String.self, forKey: .value) ?? ""
    }
}
