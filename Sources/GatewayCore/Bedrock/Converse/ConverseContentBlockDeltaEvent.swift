/// A piece of a content block (`ContentBlockDeltaEvent`).
///
/// ```swift
/// if case .contentBlockDelta(let delta) = event, case .text(let text) = delta.delta { output += text }
/// ```
public struct ConverseContentBlockDeltaEvent: Codable, Hashable, Sendable {
    public var contentBlockIndex: Int
    public var delta: ConverseContentBlockDelta

    public init(contentBlockIndex: Int, delta: ConverseContentBlockDelta) {
        self.contentBlockIndex = contentBlockIndex
        self.delta = delta
    }
}
