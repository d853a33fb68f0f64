import Foundation

/// One event-stream message to send: a modeled event or a modeled exception, with its JSON
/// payload (before padding).
enum StreamItem: Sendable, Hashable {
    case event(type: String, payload: Data)
    case exception(type: String, payload: Data)

    static func exception(_ error: SimulatedError) -> StreamItem {
        .exception(type: error.type.streamEventName, payload: error.body())
    }
}
