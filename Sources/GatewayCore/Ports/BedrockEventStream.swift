/// A type-erased, pull-based stream of decoded Bedrock events.
///
/// Ports return this instead of a concrete transport type so that fakes (arrays of events) and
/// the live client (events decoded as response bytes arrive) look the same to the gateway.
/// Pull-based: the transport reads more bytes only when the consumer asks for the next event,
/// so a slow client applies backpressure all the way to the Bedrock connection. Ending the
/// iteration early (or cancelling the task) ends the underlying transfer.
///
/// ```swift
/// let events = try await runtime.converseStream(modelID: id, request: body)
/// for try await event in events { … }
/// ```
public struct BedrockEventStream<Element: Sendable>: AsyncSequence, Sendable {
    private let makeBase: @Sendable () -> any AsyncIteratorProtocol<Element, any Error>

    /// Wraps any sendable async sequence of events.
    public init<Base: AsyncSequence & Sendable>(_ base: Base)
    where Base.Element == Element, Base.Failure == any Error {
        makeBase = { base.makeAsyncIterator() }
    }

    /// A stream that yields `elements` and then, if given, throws `error` (for tests and fakes).
    public init(_ elements: [Element], failingWith error: (any Error & Sendable)? = nil) {
        self.init(ReplayedEvents(elements: elements, error: error))
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: makeBase())
    }

    /// Iterates the wrapped sequence.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: any AsyncIteratorProtocol<Element, any Error>

        public mutating func next() async throws -> Element? {
            try await base.next()
        }
    }
}

/// Events replayed from memory, optionally followed by an error.
struct ReplayedEvents<Element: Sendable>: AsyncSequence, Sendable {
    typealias Failure = any Error
    let elements: [Element]
    let error: (any Error & Sendable)?

    func makeAsyncIterator() -> Iterator {
        Iterator(elements: elements, error: error)
    }

    struct Iterator: AsyncIteratorProtocol {
        typealias Failure = any Error
        let elements: [Element]
        var error: (any Error & Sendable)?
        var position = 0

        mutating func next() async throws -> Element? {
            if position < elements.count {
                position += 1
                return elements[position - 1]
            }
            if let error {
                self.error = nil
                throw error
            }
            return nil
        }
    }
}
