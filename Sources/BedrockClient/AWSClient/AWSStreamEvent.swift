import Foundation
import GatewayCore

/// An event type of a Bedrock event stream, decodable from one frame's `:event-type` (or
/// `:exception-type`) and JSON payload: `ConverseStreamEvent` and `InvokeModelStreamEvent`.
///
/// ```swift
/// let events = try await client.streamEvents(operation, as: ConverseStreamEvent.self)
/// ```
protocol AWSStreamEvent: Sendable {
    init(eventType: String, payload: Data, decoder: BedrockJSONDecoder) throws
    /// Whether the event is one of the stream's modeled exceptions.
    var isException: Bool { get }
    /// The `:event-type` / `:exception-type` the event came with.
    var eventType: String { get }
    /// The `message` of an exception event.
    var exceptionMessage: String? { get }
}

extension ConverseStreamEvent: AWSStreamEvent {}
extension InvokeModelStreamEvent: AWSStreamEvent {}

extension ConverseStreamEvent {
    /// The `message` of an exception event.
    var exceptionMessage: String? {
        switch self {
        case .internalServerException(let error), .validationException(let error), .throttlingException(let error),
            .serviceUnavailableException(let error):
            error.message
        case .modelStreamErrorException(let error): error.message
        default: nil
        }
    }
}

extension InvokeModelStreamEvent {
    /// The `message` of an exception event.
    var exceptionMessage: String? {
        switch self {
        case .internalServerException(let error), .validationException(let error), .throttlingException(let error),
            .modelTimeoutException(let error), .serviceUnavailableException(let error):
            error.message
        case .modelStreamErrorException(let error): error.message
        default: nil
        }
    }
}
