/// The type of a Parameter Store parameter (`ParameterType`).
///
/// A struct rather than an enum so types SSM adds later still decode.
///
/// ```swift
/// let put = PutParameterRequest(name: "/gateway/api-key", value: key, type: .secureString)
/// ```
public struct SSMParameterType: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static let string: Self = "String"
    public static let stringList: Self = "StringList"
    /// Encrypted with KMS; read it with `withDecryption: true`.
    public static let secureString: Self = "SecureString"
}
