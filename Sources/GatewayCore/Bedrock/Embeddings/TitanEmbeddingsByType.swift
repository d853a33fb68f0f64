/// Titan V2 embeddings keyed by encoding (`embeddingsByType`).
///
/// ```swift
/// let floats = response.embeddingsByType?.float ?? response.embedding ?? []
/// ```
public struct TitanEmbeddingsByType: Codable, Hashable, Sendable {
    public var float: [Double]?
    /// One 0/1 value per dimension.
    public var binary: [Int]?

    public init(float: [Double]? = nil, binary: [Int]? = nil) {
        self.float = float
        self.binary = binary
    }
}
