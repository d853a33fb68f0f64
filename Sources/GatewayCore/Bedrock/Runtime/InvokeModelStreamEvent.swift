import Foundation

/// One event of an InvokeModelWithResponseStream response (`ResponseStream`), decoded from an
/// event-stream frame's `:event-type` (or `:exception-type`) header and its JSON payload.
///
/// ```swift
/// let event = try InvokeModelStreamEvent(eventType: headers[":event-type"] ?? "", payload: frame.payload)
/// if case .chunk(let part) = event { let anthropic = try AnthropicStreamEvent(payloadPart: part) }
/// ```
public enum InvokeModelStreamEvent: Hashable, Sendable {
    case chunk(BedrockPayloadPart)
    case internalServerException(BedrockErrorMessage)
    case modelStreamErrorException(BedrockModelStreamError)
    case validationException(BedrockErrorMessage)
    case throttlingException(BedrockErrorMessage)
    case modelTimeoutException(BedrockErrorMessage)
    case serviceUnavailableException(BedrockErrorMessage)
    /// An event type this code does not know; tolerated.
    case unknown(String)

    /// Decodes the payload of a frame whose `:event-type` or `:exception-type` is `eventType`.
    ///
    /// - Throws: `DecodingError` if the payload does not fit the event's shape.
    public init(eventType: String, payload: Data, decoder: BedrockJSONDecoder = BedrockJSONDecoder()) throws {
        switch eventType {
        case "chunk": self = .chunk(try decoder.decode(BedrockPayloadPart.self, from: payload))
        case "internalServerException":
            self = .internalServerException(try decoder.decode(BedrockErrorMessage.self, from: payload))
        case "modelStreamErrorException":
            self = .modelStreamErrorException(try decoder.decode(BedrockModelStreamError.self, from: payload))
        case "validationException": self = .validationException(try decoder.decode(BedrockErrorMessage.self, from: payload))
        case "throttlingException": self = .throttlingException(try decoder.decode(BedrockErrorMessage.self, from: payload))
        case "modelTimeoutException":
            self = .modelTimeoutException(try decoder.decode(BedrockErrorMessage.self, from: payload))
        case "serviceUnavailableException":
            self = .serviceUnavailableException(try decoder.decode(BedrockErrorMessage.self, from: payload))
        default: self = .unknown(eventType)
        }
    }

    /// The `:event-type` / `:exception-type` header value of this event.
    public var eventType: String {
        switch self {
        case .chunk: "chunk"
        case .internalServerException: "internalServerException"
        case .modelStreamErrorException: "modelStreamErrorException"
        case .validationException: "validationException"
        case .throttlingException: "throttlingException"
        case .modelTimeoutException: "modelTimeoutException"
        case .serviceUnavailableException: "serviceUnavailableException"
        case .unknown(let type): type
        }
    }

    /// Whether the frame is an exception (`:message-type: exception`) rather than an event.
    public var isException: Bool {
        switch self {
        case .chunk, .unknown: false
        default: true
        }
    }

    /// The JSON payload of the frame that carries this event (`{}` for unknown events).
    public func payload(encoder: BedrockJSONEncoder = BedrockJSONEncoder()) throws -> Data {
        switch self {
        case .chunk(let value): try encoder.encode(value)
        case .internalServerException(let value), .validationException(let value), .throttlingException(let value),
            .modelTimeoutException(let value), .serviceUnavailableException(let value):
            try encoder.encode(value)
        case .modelStreamErrorException(let value): try encoder.encode(value)
        case .unknown: Data("{}".utf8)
        }
    }
}
