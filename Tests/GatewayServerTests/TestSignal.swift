import Synchronization

/// A one-shot flag shared between a test and a fake handler.
///
/// Waiting polls the flag; the timeout is a safety net so a broken test fails instead of hanging,
/// never something a test asserts on.
final class TestSignal: Sendable {
    private let fired = Mutex(false)

    var isFired: Bool { fired.withLock { $0 } }

    func fire() {
        fired.withLock { $0 = true }
    }

    func wait(timeout: Duration = .seconds(30)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !isFired {
            guard ContinuousClock.now < deadline else { return false }
            try? await Task.sleep(for: .milliseconds(2))  // only a polling pause
        }
        return true
    }
}
