import Foundation

// The reserved `:`-prefixed headers AWS services (Bedrock's ConverseStream and
// InvokeModelWithResponseStream among them) put on every event-stream message, per the smithy
// "Amazon Event Stream" specification, section "Amazon Event Semantics".
extension EventStreamMessage {
    /// The value of the first header called `name`, if any.
    public func headerValue(named name: String) -> EventStreamHeaderValue? {
        headers.first { $0.name == name }?.value
    }

    /// The value of the first header called `name` when it is a string header.
    public func stringHeader(named name: String) -> String? {
        headerValue(named: name)?.stringValue
    }

    /// `:message-type`: `event`, `exception` or `error`; `nil` when missing or not a string.
    public var messageType: EventStreamMessageType? {
        stringHeader(named: ":message-type").map(EventStreamMessageType.init(rawValue:))
    }

    /// `:event-type` of an `event` message, e.g. `contentBlockDelta`, `messageStop`, `metadata`.
    public var eventType: String? { stringHeader(named: ":event-type") }

    /// `:exception-type` of an `exception` message, e.g. `throttlingException`.
    public var exceptionType: String? { stringHeader(named: ":exception-type") }

    /// `:error-code` of an unmodeled `error` message.
    public var errorCode: String? { stringHeader(named: ":error-code") }

    /// `:error-message` of an unmodeled `error` message.
    public var errorMessage: String? { stringHeader(named: ":error-message") }

    /// `:content-type` of the payload, e.g. `application/json`.
    public var contentType: String? { stringHeader(named: ":content-type") }

    /// A modeled event (`:message-type` `event`), as a service would send it.
    public static func event(
        type eventType: String, payload: Data, contentType: String = "application/json"
    ) -> EventStreamMessage {
        EventStreamMessage(
            headers: [
                EventStreamHeader(name: ":event-type", value: .string(eventType)),
                EventStreamHeader(name: ":content-type", value: .string(contentType)),
                EventStreamHeader(name: ":message-type", value: .string("event")),
            ],
            payload: payload)
    }

    /// A modeled error (`:message-type` `exception`), as a service would send it.
    public static func exception(
        type exceptionType: String, payload: Data, contentType: String = "application/json"
    ) -> EventStreamMessage {
        EventStreamMessage(
            headers: [
                EventStreamHeader(name: ":exception-type", value: .string(exceptionType)),
                EventStreamHeader(name: ":content-type", value: .string(contentType)),
                EventStreamHeader(name: ":message-type", value: .string("exception")),
            ],
            payload: payload)
    }

    /// An unmodeled error (`:message-type` `error`), which carries no payload.
    public static func error(code: String, message: String) -> EventStreamMessage {
        EventStreamMessage(
            headers: [
                EventStreamHeader(name: ":error-code", value: .string(code)),
                EventStreamHeader(name: ":error-message", value: .string(message)),
                EventStreamHeader(name: ":message-type", value: .string("error")),
            ])
    }
}
