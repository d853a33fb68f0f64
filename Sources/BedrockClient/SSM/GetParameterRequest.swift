/// The input of SSM `GetParameter`.
///
/// ```swift
/// let request = GetParameterRequest(name: "/gateway/api-key", withDecryption: true)
/// ```
public struct GetParameterRequest: Codable, Hashable, Sendable {
    /// The name or ARN, optionally with `:version` or `:label`.
    public var name: String
    /// Decrypt `SecureString` values (ignored for other types).
    public var withDecryption: Bool?

    public init(name: String, withDecryption: Bool? = nil) {
        self.name = name
        self.withDecryption = withDecryption
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name"
        case withDecryption = "WithDecryption"
    }
}
