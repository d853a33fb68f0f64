/// Structured-output settings (`OutputConfig`).
///
/// ```swift
/// let output = ConverseOutputConfig(textFormat: ConverseOutputFormat(
///     type: .jsonSchema, structure: .jsonSchema(ConverseJSONSchemaDefinition(schema: #"{"type":"object"}"#, name: "answer"))))
/// ```
public struct ConverseOutputConfig: Codable, Hashable, Sendable {
    public var textFormat: ConverseOutputFormat?

    public init(textFormat: ConverseOutputFormat? = nil) {
        self.textFormat = textFormat
    }
}
