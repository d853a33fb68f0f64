/// Encoding support for Anthropic-style objects tagged by a `"type"` member.
///
/// The payload struct encodes its own members and this adds the tag to the same object, so
/// block structs stay plain `Codable` values without a constant `type` property.
///
/// ```swift
/// try TypeTaggedCoding.encode(block, type: "text", to: encoder) // {"type":"text","text":"Hi"}
/// ```
enum TypeTaggedCoding {
    static func encode(_ value: some Encodable, type: String, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        try container.encode(type, forKey: "type")
        try value.encode(to: encoder)
    }

    /// Writes just `{"type": …}`, for tagged objects with no other members.
    static func encodeTag(_ type: String, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        try container.encode(type, forKey: "type")
    }
}
