import Foundation
import Synchronization

/// A one-shot flag shared between a test and a loopback server thread.
///
/// Waiting polls the flag; the timeout is a safety net so a broken test fails instead of hanging,
/// never something a test asserts on.
final class TestSignal: Sendable {
    private let fired = Mutex(false)

    var isFired: Bool { fired.withLock { $0 } }

    func fire() {
        fired.withLock { $0 = true }
    }

    /// For server threads.
    func waitBlocking(timeout: Duration = .seconds(30)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !isFired {
            guard ContinuousClock.now < deadline else { return false }
            usleep(1000)
        }
        return true
    }

    /// For tests.
    func wait(timeout: Duration = .seconds(30)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !isFired {
            guard ContinuousClock.now < deadline, !Task.isCancelled else { return false }
            try? await Task.sleep(for: .milliseconds(2))  // only a polling pause
        }
        return true
    }
}
