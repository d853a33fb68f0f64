import Foundation

/// One server-sent event of a streamed Anthropic response, as carried by Bedrock: each
/// InvokeModelWithResponseStream `chunk` holds one event's JSON in its `bytes`.
///
/// Bedrock adds `amazon-bedrock-invocationMetrics` to the final `message_stop` event.
///
/// ```swift
/// guard case .chunk(let part) = try InvokeModelStreamEvent(eventType: type, payload: payload) else { return }
/// switch try AnthropicStreamEvent(payloadPart: part) {
/// case .contentBlockDelta(_, .textDelta(let text)): print(text, terminator: "")
/// default: break
/// }
/// ```
public enum AnthropicStreamEvent: Codable, Hashable, Sendable {
    /// `message_start`: the message shell with empty content and the input token counts.
    case messageStart(AnthropicMessagesResponse)
    case contentBlockStart(index: Int, contentBlock: AnthropicContentBlock)
    case contentBlockDelta(index: Int, delta: AnthropicContentBlockDelta)
    case contentBlockStop(index: Int)
    case messageDelta(AnthropicMessageDelta, usage: AnthropicMessageDeltaUsage)
    /// `message_stop`, with the metrics Bedrock appends to the last event.
    case messageStop(invocationMetrics: BedrockInvocationMetrics?)
    case ping
    case error(AnthropicErrorDetail)
    /// An unmodeled event: its `type` and the whole object.
    case unknown(String, JSONValue)

    private enum CodingKeys: String, CodingKey {
        case type
        case message
        case index
        case contentBlock = "content_block"
        case delta
        case usage
        case error
        case invocationMetrics = "amazon-bedrock-invocationMetrics"
    }

    /// Decodes the Anthropic event carried in the `bytes` of an InvokeModelWithResponseStream chunk.
    public init(payloadPart: BedrockPayloadPart, decoder: BedrockJSONDecoder = BedrockJSONDecoder()) throws {
        self = try decoder.decode(AnthropicStreamEvent.self, from: payloadPart.bytes)
    }

    /// The `type` of the event (`message_start`, `content_block_delta`, …).
    public var type: String {
        switch self {
        case .messageStart: "message_start"
        case .contentBlockStart: "content_block_start"
        case .contentBlockDelta: "content_block_delta"
        case .contentBlockStop: "content_block_stop"
        case .messageDelta: "message_delta"
        case .messageStop: "message_stop"
        case .ping: "ping"
        case .error: "error"
        case .unknown(let type, _): type
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "message_start":
            self = .messageStart(try container.decode(AnthropicMessagesResponse.self, forKey: .message))
        case "content_block_start":
            self = .contentBlockStart(
                index: try container.decode(Int.self, forKey: .index),
                contentBlock: try container.decode(AnthropicContentBlock.self, forKey: .contentBlock))
        case "content_block_delta":
            self = .contentBlockDelta(
                index: try container.decode(Int.self, forKey: .index),
                delta: try container.decode(AnthropicContentBlockDelta.self, forKey: .delta))
        case "content_block_stop":
            self = .contentBlockStop(index: try container.decode(Int.self, forKey: .index))
        case "message_delta":
            self = .messageDelta(
                try container.decode(AnthropicMessageDelta.self, forKey: .delta),
                usage: try container.decode(AnthropicMessageDeltaUsage.self, forKey: .usage))
        case "message_stop":
            self = .messageStop(
                invocationMetrics: try container.decodeIfPresent(BedrockInvocationMetrics.self, forKey: .invocationMetrics))
        case "ping":
            self = .ping
        case "error":
            self = .error(try container.decode(AnthropicErrorDetail.self, forKey: .error))
        default:
            self = .unknown(type, try JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if case .unknown(_, let object) = self {
            try object.encode(to: encoder)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .messageStart(let message):
            try container.encode(message, forKey: .message)
        case .contentBlockStart(let index, let contentBlock):
            try container.encode(index, forKey: .index)
            try container.encode(contentBlock, forKey: .contentBlock)
        case .contentBlockDelta(let index, let delta):
            try container.encode(index, forKey: .index)
            try container.encode(delta, forKey: .delta)
        case .contentBlockStop(let index):
            try container.encode(index, forKey: .index)
        case .messageDelta(let delta, let usage):
            try container.encode(delta, forKey: .delta)
            try container.encode(usage, forKey: .usage)
        case .messageStop(let invocationMetrics):
            try container.encodeIfPresent(invocationMetrics, forKey: .invocationMetrics)
        case .error(let detail):
            try container.encode(detail, forKey: .error)
        case .ping, .unknown:
            break
        }
    }
}
