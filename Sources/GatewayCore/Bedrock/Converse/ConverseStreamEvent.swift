import Foundation

/// One event of a ConverseStream response (`ConverseStreamOutput`).
///
/// The response is an `application/vnd.amazon.eventstream` body; each frame names its event in
/// the `:event-type` header (or `:exception-type` for exceptions) and carries the event's JSON
/// as payload. Bedrock pads payloads with a random `p` member to hide lengths; it is ignored.
///
/// ```swift
/// let event = try ConverseStreamEvent(eventType: frame.headers[":event-type"] ?? "", payload: frame.payload)
/// if case .contentBlockDelta(let delta) = event, case .text(let text) = delta.delta { print(text, terminator: "") }
/// ```
public enum ConverseStreamEvent: Hashable, Sendable {
    case messageStart(ConverseMessageStartEvent)
    case contentBlockStart(ConverseContentBlockStartEvent)
    case contentBlockDelta(ConverseContentBlockDeltaEvent)
    case contentBlockStop(ConverseContentBlockStopEvent)
    case messageStop(ConverseMessageStopEvent)
    case metadata(ConverseStreamMetadataEvent)
    case internalServerException(BedrockErrorMessage)
    case modelStreamErrorException(BedrockModelStreamError)
    case validationException(BedrockErrorMessage)
    case throttlingException(BedrockErrorMessage)
    case serviceUnavailableException(BedrockErrorMessage)
    /// An event type this code does not know; tolerated so new events do not break streams.
    case unknown(String)

    /// Decodes the payload of a frame whose `:event-type` or `:exception-type` is `eventType`.
    ///
    /// - Throws: `DecodingError` if the payload does not fit the event's shape.
    public init(eventType: String, payload: Data, decoder: BedrockJSONDecoder = BedrockJSONDecoder()) throws {
        switch eventType {
        case "messageStart": self = .messageStart(try decoder.decode(ConverseMessageStartEvent.self, from: payload))
        case "contentBlockStart":
            self = .contentBlockStart(try decoder.decode(ConverseContentBlockStartEvent.self, from: payload))
        case "contentBlockDelta":
            self = .contentBlockDelta(try decoder.decode(ConverseContentBlockDeltaEvent.self, from: payload))
        case "contentBlockStop": self = .contentBlockStop(try decoder.decode(ConverseContentBlockStopEvent.self, from: payload))
        case "messageStop": self = .messageStop(try decoder.decode(ConverseMessageStopEvent.self, from: payload))
        case "metadata": self = .metadata(try decoder.decode(ConverseStreamMetadataEvent.self, from: payload))
        case "internalServerException":
            self = .internalServerException(try decoder.decode(BedrockErrorMessage.self, from: payload))
        case "modelStreamErrorException":
            self = .modelStreamErrorException(try decoder.decode(BedrockModelStreamError.self, from: payload))
        case "validationException": self = .validationException(try decoder.decode(BedrockErrorMessage.self, from: payload))
        case "throttlingException": self = .throttlingException(try decoder.decode(BedrockErrorMessage.self, from: payload))
        case "serviceUnavailableException":
            self = .serviceUnavailableException(try decoder.decode(BedrockErrorMessage.self, from: payload))
        default: self = .unknown(eventType)
        }
    }

    /// The `:event-type` (or `:exception-type`) header value of the frame carrying this event.
    public var eventType: String {
        switch self {
        case .messageStart: "messageStart"
        case .contentBlockStart: "contentBlockStart"
        case .contentBlockDelta: "contentBlockDelta"
        case .contentBlockStop: "contentBlockStop"
        case .messageStop: "messageStop"
        case .metadata: "metadata"
        case .internalServerException: "internalServerException"
        case .modelStreamErrorException: "modelStreamErrorException"
        case .validationException: "validationException"
        case .throttlingException: "throttlingException"
        case .serviceUnavailableException: "serviceUnavailableException"
        case .unknown(let type): type
        }
    }

    /// Whether the frame is an exception (`:message-type: exception`) rather than an event.
    public var isException: Bool {
        switch self {
        case .internalServerException, .modelStreamErrorException, .validationException, .throttlingException,
            .serviceUnavailableException:
            true
        default: false
        }
    }

    /// The JSON payload of the frame carrying this event, for producing streams (e.g. in a
    /// simulator); `{}` for unknown events.
    public func payload(encoder: BedrockJSONEncoder = BedrockJSONEncoder()) throws -> Data {
        switch self {
        case .messageStart(let value): try encoder.encode(value)
        case .contentBlockStart(let value): try encoder.encode(value)
        case .contentBlockDelta(let value): try encoder.encode(value)
        case .contentBlockStop(let value): try encoder.encode(value)
        case .messageStop(let value): try encoder.encode(value)
        case .metadata(let value): try encoder.encode(value)
        case .internalServerException(let value), .validationException(let value), .throttlingException(let value),
            .serviceUnavailableException(let value):
            try encoder.encode(value)
        case .modelStreamErrorException(let value): try encoder.encode(value)
        case .unknown: Data("{}".utf8)
        }
    }
}
