/// Moves a non-`Sendable` value (an async iterator) into a task; the owner touches the value
/// again only after that task has handed back its result, or never, so it is never used from
/// two tasks at once.
///
/// ```swift
/// let box = UncheckedBox(iterator)
/// let outcome = await DeadlineRace.run(until: deadline) { try? await box.value.next() }
/// ```
final class UncheckedBox<Value>: @unchecked Sendable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }
}
