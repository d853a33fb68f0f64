import Foundation

/// The body of a streamed answer (chat or Anthropic Messages): the SSE events of an
/// ``SSEStreamSession``.
///
/// Single-pass: the first iterator takes the session; any later iterator is empty. The iterator
/// owns the session, so when the adapter drops it (client gone) the Bedrock stream is released
/// with it.
///
/// ```swift
/// let body = GatewayResponse.Body.stream(BedrockEventStream(SSEStreamBody(session: session)))
/// ```
struct SSEStreamBody<Translator: SSEStreamTranslating>: AsyncSequence, Sendable {
    typealias Element = Data
    typealias Failure = any Error

    private let holder: SessionHolder

    init(session: SSEStreamSession<Translator>) {
        holder = SessionHolder(session)
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(session: holder.take())
    }

    struct Iterator: AsyncIteratorProtocol {
        typealias Failure = any Error
        var session: SSEStreamSession<Translator>?

        mutating func next() async throws -> Data? {
            guard let session else { return nil }
            guard let event = await session.next() else {
                self.session = nil
                return nil
            }
            return event
        }
    }

    /// Hands the session to the first iterator only.
    final class SessionHolder: @unchecked Sendable {
        private let lock = NSLock()
        private var session: SSEStreamSession<Translator>?

        init(_ session: SSEStreamSession<Translator>) {
            self.session = session
        }

        func take() -> SSEStreamSession<Translator>? {
            lock.lock()
            defer { lock.unlock() }
            let taken = session
            session = nil
            return taken
        }
    }
}
