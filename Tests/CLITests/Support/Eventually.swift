/// Polls `condition` until it holds or `limit` has passed: waiting for a state change (a
/// rotation reaching the gateway, a grace period ending), never asserting how long it took.
///
/// - Returns: whether the condition came true before the limit.
func eventually(
    within limit: Duration, every interval: Duration = .milliseconds(100), _ condition: () async throws -> Bool
) async rethrows -> Bool {
    let deadline = ContinuousClock.now + limit
    while true {
        if try await condition() { return true }
        guard ContinuousClock.now < deadline else { return false }
        try? await Task.sleep(for: interval)
    }
}
