/// A fragment of a tool call's input (`ToolUseBlockDelta`).
///
/// AWS quirk: `input` is a *string* fragment of the arguments' JSON text; concatenate the
/// fragments of a block and parse once the block stops.
///
/// ```swift
/// arguments += fragment.input // "{\"city\":" then "\"Paris\"}"
/// ```
public struct ConverseToolUseBlockDelta: Codable, Hashable, Sendable {
    public var input: String

    public init(input: String) {
        self.input = input
    }
}
