import Foundation

/// A clock tests move by hand; `now` is what the gateway gets as its clock.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_741_569_952)) {
        current = start
    }

    var date: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(by seconds: TimeInterval) {
        lock.lock()
        current = current.addingTimeInterval(seconds)
        lock.unlock()
    }

    var now: @Sendable () -> Date { { [self] in date } }
}
