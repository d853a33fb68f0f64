import Foundation

/// One `chunk` event of InvokeModelWithResponseStream (`PayloadPart`): `{"bytes": "<base64>"}`,
/// where the bytes are one event of the model's native stream (for Anthropic, one JSON event).
///
/// ```swift
/// let part = try BedrockJSONDecoder().decode(BedrockPayloadPart.self, from: framePayload)
/// let event = try AnthropicStreamEvent(payloadPart: part)
/// ```
public struct BedrockPayloadPart: Codable, Hashable, Sendable {
    public var bytes: Data

    public init(bytes: Data) {
        self.bytes = bytes
    }
}
