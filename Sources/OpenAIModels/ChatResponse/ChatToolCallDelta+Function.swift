extension ChatToolCallDelta {
    /// The `function` fragment of a streamed tool call: the name once, then argument pieces.
    ///
    /// ```swift
    /// let piece = ChatToolCallDelta.Function(arguments: #""Paris"}"#)
    /// ```
    public struct Function: Codable, Sendable, Hashable {
        public var name: String?
        public var arguments: String?

        public init(name: String? = nil, arguments: String? = nil) {
            self.name = name
            self.arguments = arguments
        }
    }
}
