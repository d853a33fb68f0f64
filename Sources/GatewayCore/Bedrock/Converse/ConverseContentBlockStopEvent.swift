/// End of a content block (`ContentBlockStopEvent`).
///
/// ```swift
/// if case .contentBlockStop(let stop) = event { finishBlock(at: stop.contentBlockIndex) }
/// ```
public struct ConverseContentBlockStopEvent: Codable, Hashable, Sendable {
    public var contentBlockIndex: Int

    public init(contentBlockIndex: Int) {
        self.contentBlockIndex = contentBlockIndex
    }
}
