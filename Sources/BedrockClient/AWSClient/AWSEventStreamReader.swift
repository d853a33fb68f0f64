import Foundation
import GatewayCore

/// Decodes a streamed response body into Bedrock events, pulling bytes only when asked for the
/// next event (so a slow consumer pauses the transfer).
///
/// `:message-type: event` frames become events, `exception` frames the event type's exception
/// cases; an `error` frame, a corrupt or truncated stream, or a payload that does not fit its
/// event are thrown as `BedrockError`. Transport failures are thrown as ``HTTPClientError`` so the
/// caller can tell whether a retry is possible.
///
/// ```swift
/// var reader = AWSEventStreamReader<ConverseStreamEvent>(body: response.body, operation: "ConverseStream", requestID: id)
/// while let event = try await reader.next() { handle(event) }
/// ```
struct AWSEventStreamReader<Event: AWSStreamEvent>: Sendable {
    let body: HTTPResponseBody
    let operation: String
    let requestID: String?
    private var decoder = EventStreamDecoder()
    private let jsonDecoder = BedrockJSONDecoder()

    init(body: HTTPResponseBody, operation: String, requestID: String?) {
        self.body = body
        self.operation = operation
        self.requestID = requestID
    }

    /// The next event, or `nil` when the stream ended cleanly.
    mutating func next() async throws -> Event? {
        while true {
            let message: EventStreamMessage?
            do {
                message = try decoder.next()
            } catch {
                throw malformed("\(error)")
            }
            if let message { return try event(from: message) }
            guard let chunk = try await body.exchange.nextChunk() else {
                do {
                    try decoder.finish()
                } catch {
                    throw malformed("\(error)")
                }
                return nil
            }
            decoder.append(chunk)
        }
    }

    private func event(from message: EventStreamMessage) throws -> Event {
        switch message.messageType {
        case .event?, nil:
            guard let type = message.eventType else { throw malformed("an event frame has no :event-type header") }
            return try decode(type, message.payload)
        case .exception?:
            guard let type = message.exceptionType else {
                throw malformed("an exception frame has no :exception-type header")
            }
            let event = try decode(type, message.payload)
            guard event.isException else {
                // An exception this code does not model must not pass for an ignorable event.
                let code = Self.errorCode(forExceptionType: type)
                let text = (try? jsonDecoder.decode(BedrockErrorMessage.self, from: message.payload))?.message
                throw BedrockError(
                    kind: BedrockError.kind(forErrorType: code), code: code,
                    message: "\(operation): \(text ?? "the stream reported \(type)")", requestID: requestID)
            }
            return event
        case .error?:
            let code = message.errorCode
            throw BedrockError(
                kind: code.map(BedrockError.kind(forErrorType:)) ?? .unknown, code: code,
                message: "\(operation): \(message.errorMessage ?? "the event stream reported an error")",
                requestID: requestID)
        case .unknown(let raw)?:
            throw malformed("a frame has the unknown :message-type '\(raw)'")
        }
    }

    private func decode(_ type: String, _ payload: Data) throws -> Event {
        do {
            return try Event(eventType: type, payload: payload, decoder: jsonDecoder)
        } catch {
            throw malformed("the payload of '\(type)' does not fit its shape: \(error)")
        }
    }

    private func malformed(_ detail: String) -> BedrockError {
        BedrockError(kind: .malformedResponse, message: "\(operation): \(detail)", requestID: requestID)
    }

    /// The error and retry facts of an exception received as the stream's first frame. The
    /// status is the one the service model gives the exception, so the standard rules apply.
    func exceptionFailure(_ event: Event, isIdempotent: Bool) -> (error: BedrockError, attempt: AttemptFailure) {
        let code = Self.errorCode(forExceptionType: event.eventType)
        let error = BedrockError(
            kind: BedrockError.kind(forErrorType: code), code: code,
            message: "\(operation): \(event.exceptionMessage ?? code)", requestID: requestID)
        let attempt = AttemptFailure(
            statusCode: Self.modeledStatus(forErrorCode: code), errorCode: code, isIdempotent: isIdempotent)
        return (error, attempt)
    }

    /// `throttlingException` (the event-stream member name) → `ThrottlingException` (the error code).
    static func errorCode(forExceptionType type: String) -> String {
        guard let first = type.first else { return type }
        return first.uppercased() + type.dropFirst()
    }

    /// The HTTP status the Bedrock Runtime service model gives a stream exception.
    static func modeledStatus(forErrorCode code: String) -> Int? {
        switch code {
        case "InternalServerException": 500
        case "ModelStreamErrorException": 424
        case "ValidationException": 400
        case "ThrottlingException": 429
        case "ServiceUnavailableException": 503
        case "ModelTimeoutException": 408
        default: nil
        }
    }
}
