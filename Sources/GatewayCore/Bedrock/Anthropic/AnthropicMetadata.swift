/// Request metadata (`metadata`): an opaque end-user id for abuse detection.
///
/// ```swift
/// let metadata = AnthropicMetadata(userId: "b5d5c1a0")
/// ```
public struct AnthropicMetadata: Codable, Hashable, Sendable {
    public var userId: String?

    enum CodingKeys: String, CodingKey {
        case userId = "user_id"
    }

    public init(userId: String? = nil) {
        self.userId = userId
    }
}
