/// Decodes an asynchronous sequence of byte chunks into event-stream messages as they arrive.
///
/// `Base` may yield any `Sequence<UInt8>` as its chunks, so the HTTP layer can hand over `[UInt8]`
/// or `Data` as it receives them (contiguous chunks are copied in one block). Chunks may split
/// frames anywhere, and may be empty. A message is returned as soon as
/// its last byte has arrived; when `Base` ends mid-frame, iteration throws
/// ``EventStreamError/truncatedMessage(bufferedByteCount:expectedByteCount:)``. Errors from `Base`
/// are rethrown unchanged. After any error, iteration ends.
///
/// ```swift
/// for try await message in responseBodyChunks.eventStreamMessages() {
///     if message.messageType == .event { handle(message.eventType, message.payload) }
/// }
/// ```
public struct EventStreamMessageSequence<Base: AsyncSequence>: AsyncSequence
where Base.Element: Sequence<UInt8> {
    public typealias Element = EventStreamMessage

    private let base: Base
    private let maximumMessageLength: Int

    public init(
        _ base: Base, maximumMessageLength: Int = EventStreamMessage.defaultMaximumEncodedLength
    ) {
        self.base = base
        self.maximumMessageLength = maximumMessageLength
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(
            base: base.makeAsyncIterator(),
            decoder: EventStreamDecoder(maximumMessageLength: maximumMessageLength))
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private var base: Base.AsyncIterator
        private var decoder: EventStreamDecoder
        private var isDone = false

        init(base: Base.AsyncIterator, decoder: EventStreamDecoder) {
            self.base = base
            self.decoder = decoder
        }

        public mutating func next() async throws -> EventStreamMessage? {
            guard !isDone else { return nil }
            do {
                while true {
                    if let message = try decoder.next() { return message }
                    guard let chunk = try await base.next() else {
                        isDone = true
                        try decoder.finish()
                        return nil
                    }
                    decoder.append(chunk)
                }
            } catch {
                isDone = true
                throw error
            }
        }
    }
}

extension EventStreamMessageSequence: Sendable where Base: Sendable {}

extension AsyncSequence where Element: Sequence<UInt8> {
    /// This sequence of byte chunks decoded as `application/vnd.amazon.eventstream` messages.
    public func eventStreamMessages(
        maximumMessageLength: Int = EventStreamMessage.defaultMaximumEncodedLength
    ) -> EventStreamMessageSequence<Self> {
        EventStreamMessageSequence(self, maximumMessageLength: maximumMessageLength)
    }
}
