import Foundation
import Testing

@testable import BedrockClient

@Suite struct CachingCredentialsProviderTests {
    /// A clock the test moves by hand.
    final class ManualClock: @unchecked Sendable {
        // @unchecked: `current` is only touched while `lock` is held.
        private let lock = NSLock()
        private var current: Date
        init(_ start: Date) { current = start }
        var now: Date { lock.withLock { current } }
        func advance(by seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
        var function: @Sendable () -> Date { { [self] in now } }
    }

    /// Counts fetches; each returns credentials valid for `lifetime` from the clock's time, or
    /// long-term keys when `lifetime` is nil. Optionally holds every fetch until released.
    final class CountingProvider: CredentialsProvider, @unchecked Sendable {
        // @unchecked: mutable state is only touched while `lock` is held.
        private let lock = NSLock()
        private var fetches = 0
        private var failing = false
        private var waiters: [CheckedContinuation<Void, Never>] = []
        private var released = true
        let clock: ManualClock
        let lifetime: TimeInterval?
        var providerName: String { "counting" }

        init(clock: ManualClock, lifetime: TimeInterval?, held: Bool = false) {
            self.clock = clock
            self.lifetime = lifetime
            self.released = !held
        }

        var count: Int { lock.withLock { fetches } }
        func setFailing(_ value: Bool) { lock.withLock { failing = value } }

        func release() {
            let pending = lock.withLock {
                released = true
                defer { waiters = [] }
                return waiters
            }
            pending.forEach { $0.resume() }
        }

        func credentials() async throws -> AWSCredentials {
            let number = lock.withLock { fetches += 1; return fetches }
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = lock.withLock {
                    if released { return true }
                    waiters.append(continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
            if lock.withLock({ failing }) { throw CredentialsError.transport(source: "test", detail: "down") }
            return AWSCredentials(
                accessKeyId: "ASIA\(number)", secretAccessKey: "s", sessionToken: lifetime == nil ? nil : "t",
                expiration: lifetime.map { clock.now.addingTimeInterval($0) }
            )
        }
    }

    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func temporaryCredentialsAreReusedUntilFiveMinutesBeforeExpiry() async throws {
        let clock = ManualClock(Self.start)
        let base = CountingProvider(clock: clock, lifetime: 3600)
        let cache = CachingCredentialsProvider(wrapping: base, clock: clock.function)

        #expect(try await cache.credentials().accessKeyId == "ASIA1")
        clock.advance(by: 3600 - 301)
        #expect(try await cache.credentials().accessKeyId == "ASIA1")
        #expect(base.count == 1)
        clock.advance(by: 1)  // now exactly 5 minutes before expiry
        #expect(try await cache.credentials().accessKeyId == "ASIA2")
        #expect(try await cache.credentials().accessKeyId == "ASIA2")
        #expect(base.count == 2)
    }

    @Test func longTermCredentialsAreNeverRefreshed() async throws {
        let clock = ManualClock(Self.start)
        let base = CountingProvider(clock: clock, lifetime: nil)
        let cache = CachingCredentialsProvider(wrapping: base, clock: clock.function)
        for _ in 0..<5 {
            #expect(try await cache.credentials().accessKeyId == "ASIA1")
            clock.advance(by: 86_400 * 30)
        }
        #expect(base.count == 1)
    }

    @Test func concurrentCallersShareOneRefresh() async throws {
        let clock = ManualClock(Self.start)
        let base = CountingProvider(clock: clock, lifetime: 3600, held: true)
        let cache = CachingCredentialsProvider(wrapping: base, clock: clock.function)
        let started = AttemptCounter()

        let keys = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    _ = started.next()
                    return try await cache.credentials().accessKeyId
                }
            }
            // Let every task reach the cache while the first fetch is held open.
            while started.count < 50 || base.count < 1 { await Task.yield() }
            for _ in 0..<1_000 { await Task.yield() }
            base.release()
            var keys: [String] = []
            for try await key in group { keys.append(key) }
            return keys
        }
        #expect(keys.count == 50)
        #expect(Set(keys) == ["ASIA1"])
        #expect(base.count == 1)
    }

    @Test func failedRefreshFallsBackToStillValidCredentials() async throws {
        let clock = ManualClock(Self.start)
        let base = CountingProvider(clock: clock, lifetime: 3600)
        let cache = CachingCredentialsProvider(wrapping: base, clock: clock.function)
        _ = try await cache.credentials()
        base.setFailing(true)
        clock.advance(by: 3600 - 60)  // inside the refresh window, not expired
        #expect(try await cache.credentials().accessKeyId == "ASIA1")
        clock.advance(by: 60)  // expired: the failure surfaces
        await #expect(throws: CredentialsError.transport(source: "test", detail: "down")) { try await cache.credentials() }
    }

    @Test func invalidateForcesAFetch() async throws {
        let clock = ManualClock(Self.start)
        let base = CountingProvider(clock: clock, lifetime: nil)
        let cache = CachingCredentialsProvider(wrapping: base, clock: clock.function)
        _ = try await cache.credentials()
        await cache.invalidate()
        #expect(try await cache.credentials().accessKeyId == "ASIA2")
    }
}
