import GatewayCore

extension JSONValue {
    /// The JSON form of an encodable value.
    static func encoded(_ value: some Encodable) throws -> JSONValue {
        try BedrockJSONDecoder().decode(JSONValue.self, from: BedrockJSONEncoder(sortedKeys: true).encode(value))
    }
}
