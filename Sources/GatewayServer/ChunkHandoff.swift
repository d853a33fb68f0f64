import Foundation
import Synchronization

/// Hands streamed body chunks from the task pulling the handler's stream to the task writing the
/// response, one at a time, so the stream is read no faster than the client accepts bytes.
///
/// Either side can end it: the producer when the stream ends or fails, the writer (or the client
/// leaving) with an error, which makes a waiting ``put(_:)`` throw.
final class ChunkHandoff: Sendable {
    private enum State {
        case idle
        /// A chunk waits to be taken; its producer waits until it is.
        case offered(Data, CheckedContinuation<Void, any Error>)
        /// The writer waits for a chunk.
        case awaitingChunk(CheckedContinuation<Data?, any Error>)
        case finished((any Error)?)
    }

    private let state = Mutex(State.idle)

    /// Offers the next chunk and returns once it has been taken. Throws when the handoff ended
    /// first (the writer stopped) or the producing task is cancelled.
    func put(_ chunk: Data) async throws {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                enum Action {
                    case deliver(CheckedContinuation<Data?, any Error>)
                    case fail(any Error)
                    case wait
                }
                let action = state.withLock { state -> Action in
                    switch state {
                    case .idle:
                        state = .offered(chunk, continuation)
                        return .wait
                    case .awaitingChunk(let taker):
                        state = .idle
                        return .deliver(taker)
                    case .offered:
                        return .fail(ChunkHandoffMisuse())
                    case .finished(let error):
                        return .fail(error ?? CancellationError())
                    }
                }
                switch action {
                case .deliver(let taker):
                    taker.resume(returning: chunk)
                    continuation.resume()
                case .fail(let error):
                    continuation.resume(throwing: error)
                case .wait:
                    break
                }
            }
        } onCancel: {
            finish(throwing: CancellationError())
        }
    }

    /// The next chunk; `nil` once the producer finished; throws what the handoff was ended with.
    func take() async throws -> Data? {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Data?, any Error>) in
            enum Action {
                case chunk(Data, CheckedContinuation<Void, any Error>)
                case end((any Error)?)
                case wait
            }
            let action = state.withLock { state -> Action in
                switch state {
                case .idle:
                    state = .awaitingChunk(continuation)
                    return .wait
                case .offered(let chunk, let producer):
                    state = .idle
                    return .chunk(chunk, producer)
                case .awaitingChunk:
                    return .end(ChunkHandoffMisuse())
                case .finished(let error):
                    return .end(error)
                }
            }
            switch action {
            case .chunk(let chunk, let producer):
                producer.resume()
                continuation.resume(returning: chunk)
            case .end(let error?):
                continuation.resume(throwing: error)
            case .end(nil):
                continuation.resume(returning: nil)
            case .wait:
                break
            }
        }
    }

    /// Ends the handoff: `nil` for the stream's normal end, else the error the writer's pending or
    /// next ``take()`` throws. A pending ``put(_:)`` throws; only the first call counts.
    func finish(throwing error: (any Error)?) {
        let previous = state.withLock { state -> State? in
            if case .finished = state { return nil }
            defer { state = .finished(error) }
            return state
        }
        switch previous {
        case .offered(_, let producer):
            producer.resume(throwing: error ?? CancellationError())
        case .awaitingChunk(let taker):
            if let error { taker.resume(throwing: error) } else { taker.resume(returning: nil) }
        case .idle, .finished, nil:
            break
        }
    }
}

/// Two producers or two writers on one handoff: a bug in this module, never caused by input.
struct ChunkHandoffMisuse: Error {}
