/// Kind of structured output requested (`OutputFormatType`); the model defines `json_schema`.
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let format = ConverseOutputFormat(type: .jsonSchema, structure: .jsonSchema(definition))
/// ```
public struct ConverseOutputFormatType: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let jsonSchema: Self = "json_schema"
}
