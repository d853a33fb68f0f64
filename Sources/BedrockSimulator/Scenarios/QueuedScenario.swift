/// A scenario waiting in the control queue for the next `remaining` matching requests.
struct QueuedScenario: Sendable, Hashable {
    var scenario: SimulatorScenario
    var remaining: Int
    /// Operation names (`Converse`, `InvokeModel`, …) it applies to; `nil` means every runtime
    /// operation.
    var operations: Set<String>?

    func applies(to operation: SimulatorOperation) -> Bool {
        if let operations { return operations.contains(operation.rawValue) }
        return operation.isRuntime
    }
}
