/// Start of a content block that needs an announcement, such as a tool call
/// (`ContentBlockStartEvent`). Text blocks start with their first delta instead.
///
/// ```swift
/// if case .contentBlockStart(let start) = event, case .toolUse(let tool) = start.start {
///     print(start.contentBlockIndex, tool.name)
/// }
/// ```
public struct ConverseContentBlockStartEvent: Codable, Hashable, Sendable {
    public var contentBlockIndex: Int
    public var start: ConverseContentBlockStart

    public init(contentBlockIndex: Int, start: ConverseContentBlockStart) {
        self.contentBlockIndex = contentBlockIndex
        self.start = start
    }
}
