/// The output format the model must produce (`response_format`).
///
/// `{"type": "text"}`, `{"type": "json_object"}` (any JSON object), or
/// `{"type": "json_schema", "json_schema": {name, description, schema, strict}}`.
///
/// ```swift
/// request.responseFormat = .jsonSchema(.init(name: "person",
///     schema: ["type": "object", "properties": ["name": ["type": "string"]]], strict: true))
/// ```
public enum ResponseFormat: Sendable, Hashable {
    case text
    case jsonObject
    case jsonSchema(JSONSchema)
}

extension ResponseFormat: Codable {
    enum CodingKeys: String, CodingKey {
        case type
        case jsonSchema = "json_schema"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "text": self = .text
        case "json_object": self = .jsonObject
        case "json_schema":
            self = .jsonSchema(try container.decode(JSONSchema.self, forKey: .jsonSchema))
        default:
            throw InvalidWireValue.error(
                at: container.codingPath + [CodingKeys.type],
                message: InvalidWireValue.unsupportedValueMessage(
                    type, supported: ["text", "json_object", "json_schema"]))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text:
            try container.encode("text", forKey: .type)
        case .jsonObject:
            try container.encode("json_object", forKey: .type)
        case .jsonSchema(let schema):
            try container.encode("json_schema", forKey: .type)
            try container.encode(schema, forKey: .jsonSchema)
        }
    }
}
