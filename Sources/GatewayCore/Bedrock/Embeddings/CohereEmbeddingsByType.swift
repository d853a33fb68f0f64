/// Cohere embeddings keyed by encoding; each present member has one vector per input.
///
/// Integer encodings: `int8`/`uint8` per dimension, `binary`/`ubinary` packed 8 dimensions per value.
///
/// ```swift
/// if case .byType(let byType) = response.embeddings { store(byType.int8 ?? []) }
/// ```
public struct CohereEmbeddingsByType: Codable, Hashable, Sendable {
    public var float: [[Double]]?
    public var int8: [[Int]]?
    public var uint8: [[Int]]?
    public var binary: [[Int]]?
    public var ubinary: [[Int]]?

    public init(
        float: [[Double]]? = nil, int8: [[Int]]? = nil, uint8: [[Int]]? = nil, binary: [[Int]]? = nil, ubinary: [[Int]]? = nil
    ) {
        self.float = float
        self.int8 = int8
        self.uint8 = uint8
        self.binary = binary
        self.ubinary = ubinary
    }
}
