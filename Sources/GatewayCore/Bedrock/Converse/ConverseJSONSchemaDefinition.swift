/// A JSON Schema for structured output (`JsonSchemaDefinition`).
///
/// AWS quirk: `schema` is a *string* containing the schema's JSON text, not a JSON object.
///
/// ```swift
/// let definition = ConverseJSONSchemaDefinition(schema: #"{"type":"object","properties":{}}"#, name: "answer")
/// ```
public struct ConverseJSONSchemaDefinition: Codable, Hashable, Sendable {
    /// The schema as JSON text.
    public var schema: String
    public var name: String?
    public var description: String?

    public init(schema: String, name: String? = nil, description: String? = nil) {
        self.schema = schema
        self.name = name
        self.description = description
    }
}
