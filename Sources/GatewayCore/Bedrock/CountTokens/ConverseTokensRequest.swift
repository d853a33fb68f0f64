/// The Converse-style input of CountTokens (`ConverseTokensRequest`): the prompt-shaping parts
/// of a Converse request.
///
/// ```swift
/// let input = ConverseTokensRequest(messages: request.messages, system: request.system, toolConfig: request.toolConfig)
/// ```
public struct ConverseTokensRequest: Codable, Hashable, Sendable {
    public var messages: [ConverseMessage]?
    public var system: [ConverseSystemContentBlock]?
    public var toolConfig: ConverseToolConfiguration?
    public var additionalModelRequestFields: JSONValue?

    public init(
        messages: [ConverseMessage]? = nil, system: [ConverseSystemContentBlock]? = nil,
        toolConfig: ConverseToolConfiguration? = nil, additionalModelRequestFields: JSONValue? = nil
    ) {
        self.messages = messages
        self.system = system
        self.toolConfig = toolConfig
        self.additionalModelRequestFields = additionalModelRequestFields
    }
}
