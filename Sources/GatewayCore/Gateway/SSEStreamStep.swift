import Foundation

/// What one upstream event (or the upstream's end) means for an SSE stream: events to send and
/// go on, events to send and stop, or events to send (ending with an error event) because the
/// stream failed.
///
/// ```swift
/// switch translator.consume(event) {
/// case .events(let events): send(events)
/// case .finished(let events): send(events); close()
/// case .failed(let events, let failure, _): send(events); log(failure); close()
/// }
/// ```
enum SSEStreamStep: Sendable {
    case events([Data])
    case finished([Data])
    /// `failure` decides the log fields, and the error response when this is the first event.
    case failed([Data], failure: GatewayError, detail: String?)
}
