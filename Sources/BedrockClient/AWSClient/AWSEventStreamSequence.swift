import GatewayCore

/// The events of a streamed Bedrock response after the first one (which the client decodes
/// before returning, so it can still retry): the first event, then the rest as bytes arrive.
///
/// Iterate once. Leaving the loop early (or cancelling the task) cancels the HTTP transfer and
/// closes its connection; so does dropping the sequence unread.
///
/// ```swift
/// let events = BedrockEventStream(AWSEventStreamSequence(reader: reader, first: event))
/// for try await event in events { … }
/// ```
struct AWSEventStreamSequence<Event: AWSStreamEvent>: AsyncSequence, Sendable {
    typealias Element = Event
    typealias Failure = any Error

    let reader: AWSEventStreamReader<Event>
    let first: Event?

    func makeAsyncIterator() -> Iterator {
        Iterator(reader: reader, pending: first)
    }

    struct Iterator: AsyncIteratorProtocol {
        typealias Failure = any Error

        private var reader: AWSEventStreamReader<Event>
        private var pending: Event?
        private var isDone = false
        /// Cancels the transfer when the iterator goes away, e.g. on `break`.
        private let lifetime: ExchangeLifetime

        init(reader: AWSEventStreamReader<Event>, pending: Event?) {
            self.reader = reader
            self.pending = pending
            self.lifetime = ExchangeLifetime(exchange: reader.body.exchange)
        }

        mutating func next() async throws -> Event? {
            if let event = pending {
                pending = nil
                return event
            }
            guard !isDone else { return nil }
            do {
                guard let event = try await reader.next() else {
                    isDone = true
                    return nil
                }
                return event
            } catch let error as HTTPClientError {
                isDone = true
                if error.code == .cancelled { throw CancellationError() }
                var failure = BedrockError(transport: error, operation: reader.operation)
                failure.requestID = reader.requestID
                throw failure
            } catch {
                isDone = true
                throw error
            }
        }
    }
}
