/// Reading and writing the top-level members a request type does not model (`extra_body`).
enum ExtraFields {
    static func decode<Known: CodingKey & CaseIterable>(
        from decoder: any Decoder, excluding known: Known.Type
    ) throws -> [String: JSONValue] {
        let knownNames = Set(Known.allCases.map(\.stringValue))
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        var extra: [String: JSONValue] = [:]
        for key in container.allKeys where !knownNames.contains(key.stringValue) {
            extra[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return extra
    }

    static func encode<Known: CodingKey & CaseIterable>(
        _ extra: [String: JSONValue], to encoder: any Encoder, excluding known: Known.Type
    ) throws {
        guard !extra.isEmpty else { return }
        let knownNames = Set(Known.allCases.map(\.stringValue))
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for (name, value) in extra where !knownNames.contains(name) {
            try container.encode(value, forKey: AnyCodingKey(name))
        }
    }
}
