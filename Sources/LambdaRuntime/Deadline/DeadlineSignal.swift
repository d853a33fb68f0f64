import Dispatch
import Synchronization

/// Fires once when an invocation's deadline arrives, and lets any number of operations race
/// against it, one after another or at once.
///
/// Backed by one Dispatch timer per deadline rather than a `Task.sleep` per race: a cancelled
/// `Task.sleep` keeps its memory until its instant passes (on Linux), so racing every stream
/// chunk against a sleep grew the process by kilobytes per invocation for as long as Lambda's
/// timeout; a cancelled Dispatch timer is released at once.
///
/// ```swift
/// let signal = DeadlineSignal(deadline: .now + .seconds(30))
/// defer { signal.cancel() }
/// switch await signal.race({ await handler.handle(request) }) {
/// case .finished(let response): send(response)
/// case .deadlineReached: send(RuntimeErrorResponse.deadlineExceeded(requestID: id))
/// }
/// ```
public final class DeadlineSignal: @unchecked Sendable {
    // @unchecked: `timer` is a DispatchSource, whose methods are thread-safe; everything else
    // is behind the mutex.
    private let timer: any DispatchSourceTimer
    private let state = Mutex(State())

    private struct State {
        var fired = false
        var nextID: UInt64 = 0
        var waiters: [UInt64: @Sendable () -> Void] = [:]
    }

    public init(deadline: ContinuousClock.Instant) {
        let (seconds, attoseconds) = ContinuousClock.now.duration(to: deadline).components
        let nanoseconds = max(0, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + .nanoseconds(Int(clamping: nanoseconds)), leeway: .milliseconds(1))
        // Weak: the timer retains its handler, and the handler must not keep the signal alive.
        timer.setEventHandler { [weak self] in self?.fire() }
        timer.resume()
    }

    deinit {
        timer.cancel()
    }

    /// Whether the deadline has arrived.
    public var hasFired: Bool { state.withLock { $0.fired } }

    /// Stops the timer; the signal never fires afterwards.
    public func cancel() {
        timer.cancel()
    }

    /// Runs `operation` until it finishes or the deadline arrives, whichever is first. At the
    /// deadline the operation's task is cancelled and the race returns without waiting for it;
    /// cancelling the calling task cancels the operation too.
    public func race<Value: Sendable>(_ operation: @escaping @Sendable () async -> Value) async
        -> DeadlineRace.Outcome<Value>
    {
        let outcome = OneShot<DeadlineRace.Outcome<Value>>()
        let task = Task { outcome.resolve(.finished(await operation())) }
        guard let id = register({ outcome.resolve(.deadlineReached); task.cancel() }) else {
            task.cancel()
            return .deadlineReached
        }
        defer { unregister(id) }
        return await withTaskCancellationHandler {
            await outcome.value()
        } onCancel: {
            task.cancel()
        }
    }

    private func fire() {
        let waiters = state.withLock { state in
            state.fired = true
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter() }
    }

    /// Adds a waiter; `nil` when the signal has already fired.
    private func register(_ waiter: @escaping @Sendable () -> Void) -> UInt64? {
        state.withLock { state in
            guard !state.fired else { return nil }
            state.nextID += 1
            state.waiters[state.nextID] = waiter
            return state.nextID
        }
    }

    private func unregister(_ id: UInt64) {
        state.withLock { _ = $0.waiters.removeValue(forKey: id) }
    }
}
