/// Decoding of `stop`, which OpenAI accepts as one string or an array of strings; both become
/// `[String]` so translation has a single shape to map onto Bedrock's `stopSequences`.
enum StopSequences: WireTypeDescribing {
    static let expectedWireType = "one of a string or an array of strings"

    static func decode<Key: CodingKey>(
        from container: KeyedDecodingContainer<Key>, forKey key: Key
    ) throws -> [String]? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        let decoder = try container.superDecoder(forKey: key)
        switch WireKind(of: decoder) {
        case .string:
            return [try decoder.singleValueContainer().decode(String.self)]
        case .array:
            return try decoder.singleValueContainer().decode([String].self)
        default:
            throw typeMismatch(at: container.codingPath + [key])
        }
    }
}
