import Foundation
import Testing

@testable import GatewayCore

@Suite("API key provider")
struct APIKeyProviderTests {
    @Test("Fixed keys are accepted and others rejected")
    func fixedKeys() async {
        let provider = APIKeyProvider(keys: APIKeySet(["sk-a", "sk-b"]), now: TestClock().now)
        #expect(await provider.check("sk-a") == .accepted)
        #expect(await provider.check("sk-b") == .accepted)
        #expect(await provider.check("sk-c") == .rejected)
    }

    @Test("A secret is read once per TTL, and a rotated secret takes effect after the TTL")
    func ttlReread() async {
        let clock = TestClock()
        let secrets = FakeSecretSource(value: #"{"api_key":"sk-one"}"#)
        let provider = APIKeyProvider(source: .secretsManager(secretID: "gw-key"), secrets: secrets, cacheTTL: 300, now: clock.now)
        #expect(await provider.check("sk-one") == .accepted)
        #expect(await provider.check("sk-one") == .accepted)
        #expect(secrets.readCount == 1)

        secrets.set(#"{"api_key":"sk-two","previous_api_key":"sk-one","previous_api_key_expires_at":"2025-03-10T01:35:52Z"}"#)
        clock.advance(by: 299)
        #expect(await provider.check("sk-two") == .rejected)
        clock.advance(by: 1)
        #expect(await provider.check("sk-two") == .accepted)
        #expect(await provider.check("sk-one") == .accepted)
        #expect(secrets.readCount == 2)
        // The previous key's expiry (10 minutes after the start) ends it even within the TTL.
        clock.advance(by: 300)
        #expect(await provider.check("sk-one") == .rejected)
        #expect(await provider.check("sk-two") == .accepted)
    }

    @Test("An SSM parameter is read the same way")
    func ssmParameter() async {
        let secrets = FakeSecretSource(value: "sk-param")
        let provider = APIKeyProvider(source: .ssmParameter(name: "/gw/key"), secrets: secrets, now: TestClock().now)
        #expect(await provider.check("sk-param") == .accepted)
    }

    @Test("A failed refresh keeps the last good keys, logs a warning, and is retried later")
    func failedRefreshKeepsKeys() async throws {
        let clock = TestClock()
        let secrets = FakeSecretSource(value: "sk-good")
        let logs = CollectingLogSink()
        let provider = APIKeyProvider(
            source: .secretsManager(secretID: "gw-key"), secrets: secrets, cacheTTL: 60, retryInterval: 5, now: clock.now,
            logSink: logs)
        #expect(await provider.check("sk-good") == .accepted)

        secrets.fail(with: BedrockError(kind: .throttling, code: "ThrottlingException", message: "Rate exceeded"))
        clock.advance(by: 60)
        #expect(await provider.check("sk-good") == .accepted)
        #expect(secrets.readCount == 2)
        let warning = try #require(logs.records(event: "api_key_refresh_failed").first)
        #expect(warning.level == .warning)
        #expect(warning[field: "keeping_previous_keys"] == true)
        #expect(!JSONLogLine.format(warning).contains("sk-good"))

        // Not retried before the retry interval, then retried and picked up.
        clock.advance(by: 4)
        #expect(await provider.check("sk-good") == .accepted)
        #expect(secrets.readCount == 2)
        secrets.set("sk-next")
        clock.advance(by: 1)
        #expect(await provider.check("sk-next") == .accepted)
        #expect(secrets.readCount == 3)
    }

    @Test("Without any good read the keys are unavailable, not wrong")
    func neverLoaded() async throws {
        let clock = TestClock()
        let secrets = FakeSecretSource(value: "")
        let logs = CollectingLogSink()
        let provider = APIKeyProvider(
            source: .secretsManager(secretID: "gw-key"), secrets: secrets, retryInterval: 5, now: clock.now, logSink: logs)
        #expect(await provider.check("anything") == .unavailable)
        #expect(try #require(logs.records(event: "api_key_refresh_failed").first).level == .error)
        secrets.set("sk-late")
        clock.advance(by: 5)
        #expect(await provider.check("sk-late") == .accepted)
    }

    @Test("Concurrent requests share one read of the secret", .timeLimit(.minutes(1)))
    func singleFlight() async {
        let secrets = FakeSecretSource(value: "sk-shared")
        let (gate, open) = AsyncStream<Void>.makeStream()
        secrets.hold(until: gate)
        let provider = APIKeyProvider(source: .secretsManager(secretID: "gw-key"), secrets: secrets, now: TestClock().now)
        await withTaskGroup(of: APIKeyCheck.self) { group in
            for _ in 0..<8 { group.addTask { await provider.check("sk-shared") } }
            // Let every check reach the provider before the read completes.
            while secrets.readCount == 0 { await Task.yield() }
            for _ in 0..<100 { await Task.yield() }
            open.yield()
            open.finish()
            for await check in group { #expect(check == .accepted) }
        }
        #expect(secrets.readCount == 1)
    }
}
