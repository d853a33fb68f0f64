import Synchronization

/// The port a starting server reports from `onServerRunning`, handed to the task awaiting it.
/// Settles once; later outcomes (the server stopping after it listened) are ignored.
final class BoundPort: Sendable {
    private enum State {
        case waiting(CheckedContinuation<Int, any Error>?)
        case settled(Result<Int, any Error>)
    }

    private let state = Mutex(State.waiting(nil))

    func succeed(_ port: Int) {
        settle(.success(port))
    }

    func fail(_ error: any Error) {
        settle(.failure(error))
    }

    func value() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let settled = state.withLock { state -> Result<Int, any Error>? in
                switch state {
                case .waiting:
                    state = .waiting(continuation)
                    return nil
                case .settled(let result):
                    return result
                }
            }
            if let settled { continuation.resume(with: settled) }
        }
    }

    private func settle(_ result: Result<Int, any Error>) {
        let waiter = state.withLock { state -> CheckedContinuation<Int, any Error>?? in
            guard case .waiting(let continuation) = state else { return nil }
            state = .settled(result)
            return .some(continuation)
        }
        if case .some(.some(let continuation)) = waiter { continuation.resume(with: result) }
    }
}
