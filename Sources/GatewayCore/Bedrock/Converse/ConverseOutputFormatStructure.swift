/// The structure definition of an output format (`OutputFormatStructure`, a union).
///
/// ```swift
/// let structure = ConverseOutputFormatStructure.jsonSchema(ConverseJSONSchemaDefinition(schema: schemaText))
/// ```
public enum ConverseOutputFormatStructure: Codable, Hashable, Sendable {
    case jsonSchema(ConverseJSONSchemaDefinition)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["jsonSchema"])
        switch key {
        case "jsonSchema": self = .jsonSchema(try container.decode(ConverseJSONSchemaDefinition.self, forKey: "jsonSchema"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .jsonSchema(let value): try container.encode(value, forKey: "jsonSchema")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
