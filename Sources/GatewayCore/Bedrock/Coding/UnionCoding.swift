/// Decoding support for Smithy unions, which JSON carries as an object with exactly one member.
///
/// Tolerant by design: Bedrock adds union members over time, so a key this code does not know
/// becomes the caller's `.unknown(key, value)` instead of an error; `__type` (a protocol type
/// hint clients must ignore) and `null` members are skipped.
///
/// ```swift
/// let container = try decoder.container(keyedBy: WireKey.self)
/// switch try container.unionMember(known: ["text", "image"]) { … }
/// ```
extension KeyedDecodingContainer where Key == WireKey {
    /// The key of the union member that is set: the first key from `known` that is present,
    /// else the first (alphabetically) unknown key.
    ///
    /// - Throws: `DecodingError.dataCorrupted` if no member is set.
    func unionMember(known: [String]) throws -> String {
        var present: [String] = []
        for key in allKeys where key.stringValue != "__type" {
            if try decodeNil(forKey: key) { continue }
            present.append(key.stringValue)
        }
        if let knownKey = known.first(where: present.contains) {
            return knownKey
        }
        guard let unknownKey = present.sorted().first else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: codingPath, debugDescription: "Union has no member set."))
        }
        return unknownKey
    }

    /// The string under `"type"`, the tag of Anthropic's content blocks and events.
    func typeTag() throws -> String {
        try decode(String.self, forKey: "type")
    }
}
