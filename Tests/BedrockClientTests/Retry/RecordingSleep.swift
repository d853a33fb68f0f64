import Foundation

/// A `sleep` replacement that records the requested durations and returns at once.
final class RecordingSleep: @unchecked Sendable {
    // @unchecked: `recorded` is only touched while `lock` is held.
    private let lock = NSLock()
    private var recorded: [Duration] = []

    var durations: [Duration] { lock.withLock { recorded } }

    var function: @Sendable (Duration) async throws -> Void {
        { [self] duration in lock.withLock { recorded.append(duration) } }
    }
}
