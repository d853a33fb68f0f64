import Foundation

@testable import GatewayCore

/// Converse stream events from memory whose iterator reports whether the consumer let go of it
/// before the end — what the live transport turns into cancelling the HTTP transfer.
struct ProbedEventStream: AsyncSequence, Sendable {
    typealias Element = ConverseStreamEvent
    typealias Failure = any Error

    /// What happened to the iterator.
    final class Probe: @unchecked Sendable {
        private let lock = NSLock()
        private var pulled = 0
        private var released = false
        private var reachedEnd = false

        var eventsPulled: Int { locked { pulled } }
        /// The iterator was released before it reached the end of the events.
        var abandoned: Bool { locked { released && !reachedEnd } }
        var iteratorReleased: Bool { locked { released } }

        fileprivate func pull() { locked { pulled += 1 } }
        fileprivate func end() { locked { reachedEnd = true } }
        fileprivate func release() { locked { released = true } }

        private func locked<T>(_ body: () -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body()
        }
    }

    let events: [ConverseStreamEvent]
    var failure: (any Error & Sendable)?
    let probe = Probe()

    init(_ events: [ConverseStreamEvent], failingWith failure: (any Error & Sendable)? = nil) {
        self.events = events
        self.failure = failure
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events, failure: failure, probe: probe)
    }

    final class Iterator: AsyncIteratorProtocol {
        typealias Failure = any Error
        private let events: [ConverseStreamEvent]
        private var failure: (any Error & Sendable)?
        private let probe: Probe
        private var position = 0

        init(events: [ConverseStreamEvent], failure: (any Error & Sendable)?, probe: Probe) {
            self.events = events
            self.failure = failure
            self.probe = probe
        }

        deinit { probe.release() }

        func next() async throws -> ConverseStreamEvent? {
            if position < events.count {
                position += 1
                probe.pull()
                return events[position - 1]
            }
            if let failure {
                self.failure = nil
                probe.end()
                throw failure
            }
            probe.end()
            return nil
        }
    }
}
