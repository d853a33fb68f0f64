import GatewayCore

/// Builds a tool's input from its JSON Schema when the user did not spell it out: every
/// required property (or every property, when none is required) gets a plain value of its type.
enum ToolInputSynthesizer {
    static func input(for schema: JSONValue?) -> JSONValue {
        value(for: schema ?? ["type": "object"], depth: 0)
    }

    private static func value(for schema: JSONValue, depth: Int) -> JSONValue {
        if let options = schema["enum"]?.arrayValue, let first = options.first { return first }
        var type = schema["type"]?.stringValue ?? schema["type"]?.arrayValue?.first?.stringValue
        if type == nil, schema["properties"] != nil { type = "object" }
        switch type {
        case "object":
            guard depth < 4 else { return [:] }
            let properties = schema["properties"]?.objectValue ?? [:]
            let required = schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
            let names = required.isEmpty ? properties.keys.sorted() : required
            var object: [String: JSONValue] = [:]
            for name in names {
                object[name] = value(for: properties[name] ?? [:], depth: depth + 1)
            }
            return .object(object)
        case "string": return "example"
        case "integer": return 1
        case "number": return 1.5
        case "boolean": return true
        case "array": return []
        case "null": return .null
        default: return "example"
        }
    }
}
