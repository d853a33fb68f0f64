/// Runs an operation against a deadline: whichever comes first wins, and the loser is
/// cancelled (and awaited, so nothing outlives the call).
///
/// ```swift
/// switch await DeadlineRace.run(until: deadline, { await handler.handle(request) }) {
/// case .finished(let response): send(response)
/// case .deadlineReached: send(RuntimeErrorResponse.deadlineExceeded(requestID: id))
/// }
/// ```
public enum DeadlineRace {
    public enum Outcome<Value: Sendable>: Sendable {
        case finished(Value)
        case deadlineReached
    }

    /// With no deadline the operation simply runs to completion.
    public static func run<Value: Sendable>(
        until deadline: ContinuousClock.Instant?, _ operation: @escaping @Sendable () async -> Value
    ) async -> Outcome<Value> {
        guard let deadline else { return .finished(await operation()) }
        return await withTaskGroup(of: Outcome<Value>.self) { group in
            group.addTask { .finished(await operation()) }
            group.addTask {
                // Cancellation (the operation finished first) ends the sleep early; the result is
                // then discarded because the group already has its winner.
                try? await Task.sleep(until: deadline, clock: .continuous)
                return .deadlineReached
            }
            let first = await group.next() ?? .deadlineReached
            group.cancelAll()
            return first
        }
    }
}
