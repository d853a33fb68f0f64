/// The `:message-type` header of an AWS event-stream message.
///
/// Per the smithy "Amazon Event Stream" semantics: `event` carries a modeled event
/// (`:event-type`), `exception` a modeled error (`:exception-type`, JSON payload), and `error`
/// an unmodeled error (`:error-code`, `:error-message`).
///
/// ```swift
/// switch message.messageType {
/// case .event?: handle(message.eventType, message.payload)
/// case .exception?, .error?, .unknown?, nil: fail(message)
/// }
/// ```
public enum EventStreamMessageType: Sendable, Hashable {
    case event
    case exception
    case error
    /// A value outside the three the spec defines, kept verbatim.
    case unknown(String)

    public init(rawValue: String) {
        switch rawValue {
        case "event": self = .event
        case "exception": self = .exception
        case "error": self = .error
        default: self = .unknown(rawValue)
        }
    }

    /// The header value as it appears on the wire.
    public var rawValue: String {
        switch self {
        case .event: "event"
        case .exception: "exception"
        case .error: "error"
        case .unknown(let value): value
        }
    }
}
