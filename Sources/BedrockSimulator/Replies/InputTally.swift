import Foundation
import GatewayCore

/// Walks a request's input in Bedrock's cache order (tools, system, messages), counting
/// characters and hashing content, and remembers where the last cache checkpoint fell: the
/// prefix before it is what a prompt cache would hold.
struct InputTally: Sendable {
    private(set) var characters = 0
    private(set) var hash = StableHash.offsetBasis
    private(set) var checkpoint: (characters: Int, hash: UInt64)?

    mutating func add(_ text: String) {
        characters += text.count
        hash = StableHash.hash(text.utf8, seed: hash)
    }

    mutating func add(json value: JSONValue) {
        add(Self.canonicalJSON(value))
    }

    /// A non-text block (image, document, video, audio): a fixed cost, hashed by kind.
    mutating func addMedia(_ kind: String) {
        characters += TokenEstimator.mediaBlockTokens * TokenEstimator.charactersPerToken
        hash = StableHash.hash(kind.utf8, seed: hash)
    }

    mutating func markCheckpoint() {
        checkpoint = (characters, hash)
    }

    var tokens: Int { TokenEstimator.tokens(forCharacters: characters) }

    var cachePrefix: CachePrefix? {
        guard let checkpoint, checkpoint.characters > 0 else { return nil }
        return CachePrefix(tokens: TokenEstimator.tokens(forCharacters: checkpoint.characters), key: checkpoint.hash)
    }

    static func canonicalJSON(_ value: JSONValue) -> String {
        (try? BedrockJSONEncoder(sortedKeys: true).encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? ""
    }
}
