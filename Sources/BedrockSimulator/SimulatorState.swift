/// The simulator's mutable state, kept behind one lock: queued scenarios, attempt counters of
/// "fail N times" injections, the prompt-cache ledger and the request log.
struct SimulatorState: Sendable {
    var queue: [QueuedScenario] = []
    var attempts: [UInt64: Int] = [:]
    var cachedPrefixes: Set<UInt64> = []
    var requests: [RecordedRequest] = []

    static let requestLogLimit = 1000

    mutating func record(_ request: RecordedRequest) {
        requests.append(request)
        if requests.count > Self.requestLogLimit { requests.removeFirst(requests.count - Self.requestLogLimit) }
    }

    /// Takes one use of the first queued scenario that applies to `operation`.
    mutating func takeQueuedScenario(for operation: SimulatorOperation) -> SimulatorScenario? {
        guard let index = queue.firstIndex(where: { $0.applies(to: operation) }) else { return nil }
        let scenario = queue[index].scenario
        queue[index].remaining -= 1
        if queue[index].remaining <= 0 { queue.remove(at: index) }
        return scenario
    }

    /// Counts an attempt of the request identified by `key` and returns its number (1-based).
    mutating func countAttempt(_ key: UInt64) -> Int {
        attempts[key, default: 0] += 1
        return attempts[key, default: 0]
    }

    /// Whether the prefix was cached before; caches it if not.
    mutating func readOrWriteCache(_ key: UInt64) -> Bool {
        !cachedPrefixes.insert(key).inserted
    }
}
