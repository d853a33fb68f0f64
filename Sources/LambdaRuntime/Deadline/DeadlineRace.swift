/// Runs an operation against an optional deadline: whichever comes first wins; at the deadline
/// the operation is cancelled.
///
/// Invocations share one ``DeadlineSignal`` for all their races (the handler call, the body
/// collection, every stream chunk); ``run(until:_:)`` is the one-off form.
///
/// ```swift
/// switch await DeadlineRace.run(signal, { await handler.handle(request) }) {
/// case .finished(let response): send(response)
/// case .deadlineReached: send(RuntimeErrorResponse.deadlineExceeded(requestID: id))
/// }
/// ```
public enum DeadlineRace {
    public enum Outcome<Value: Sendable>: Sendable {
        case finished(Value)
        case deadlineReached
    }

    /// Races against `signal`; without a signal the operation simply runs to completion.
    public static func run<Value: Sendable>(
        _ signal: DeadlineSignal?, _ operation: @escaping @Sendable () async -> Value
    ) async -> Outcome<Value> {
        guard let signal else { return .finished(await operation()) }
        return await signal.race(operation)
    }

    /// Races against a deadline of its own.
    public static func run<Value: Sendable>(
        until deadline: ContinuousClock.Instant?, _ operation: @escaping @Sendable () async -> Value
    ) async -> Outcome<Value> {
        guard let deadline else { return .finished(await operation()) }
        let signal = DeadlineSignal(deadline: deadline)
        defer { signal.cancel() }
        return await signal.race(operation)
    }
}
