/// One name/value header of an event-stream message.
///
/// Header names are 1–255 bytes of UTF-8; the smithy spec says a name appears at most once,
/// but the decoder keeps headers as an ordered list exactly as received.
///
/// ```swift
/// let header = EventStreamHeader(name: ":event-type", value: .string("contentBlockDelta"))
/// let message = EventStreamMessage(headers: [header], payload: Data("{}".utf8))
/// ```
public struct EventStreamHeader: Sendable, Hashable {
    /// The header name, e.g. `:message-type`.
    public var name: String
    /// The typed value.
    public var value: EventStreamHeaderValue

    public init(name: String, value: EventStreamHeaderValue) {
        self.name = name
        self.value = value
    }
}
