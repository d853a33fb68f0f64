import Foundation
import GatewayCore
import Synchronization
import Testing

@testable import LambdaRuntime

@Suite("Runtime configuration, logging, collection and deadlines")
struct RuntimeSupportTests {
    @Test("Configuration comes from the environment; the endpoint is required")
    func configuration() throws {
        let configuration = try LambdaRuntimeConfiguration.fromEnvironment([
            "AWS_LAMBDA_RUNTIME_API": "127.0.0.1:9001", "LAMBDA_RESPONSE_STREAMING": "TRUE",
            "MAX_REQUEST_BODY_BYTES": "1024", "LOG_LEVEL": "warn", "AWS_LAMBDA_FUNCTION_NAME": "gw",
        ])
        #expect(configuration.runtimeAPIEndpoint == "127.0.0.1:9001")
        #expect(configuration.responseStreaming)
        #expect(configuration.maxRequestBodyBytes == 1024)
        #expect(configuration.logLevel == .warning)
        #expect(configuration.functionName == "gw")

        let defaults = try LambdaRuntimeConfiguration.fromEnvironment(["AWS_LAMBDA_RUNTIME_API": "h:1"])
        #expect(!defaults.responseStreaming)
        #expect(defaults.maxRequestBodyBytes == 20 * 1024 * 1024)

        #expect(throws: LambdaRuntimeError.self) { try LambdaRuntimeConfiguration.fromEnvironment([:]) }
        #expect(throws: LambdaInitError.self) {
            try LambdaRuntimeConfiguration.fromEnvironment(["AWS_LAMBDA_RUNTIME_API": "h:1", "MAX_REQUEST_BODY_BYTES": "-1"])
        }
    }

    @Test("Log records are single JSON lines in the gateway's format, filtered by level")
    func logging() throws {
        let lines = Mutex<[String]>([])
        let logger = LambdaLogger(minimumLevel: .info) { line in lines.withLock { $0.append(line) } }
        logger.log(.debug, "quiet")
        logger.log(
            .info, "lambda_init", [("init_duration_ms", .number(1.5)), ("note", .string("a\nb"))],
            at: Date(timeIntervalSince1970: 0))
        let written = lines.withLock { $0 }
        #expect(written.count == 1)
        let line = try #require(written.first)
        #expect(line.hasSuffix("}\n"))
        #expect(line.filter { $0 == "\n" }.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["time"] as? String == "1970-01-01T00:00:00.000Z")
        #expect(object["level"] as? String == "info")
        #expect(object["event"] as? String == "lambda_init")
        #expect(object["init_duration_ms"] as? Double == 1.5)
        #expect(object["note"] as? String == "a\nb")
    }

    @Test("Collecting a stream stops once it exceeds the limit")
    func collectorLimit() async {
        let stream = BedrockEventStream<Data>([Data(count: 600), Data(count: 600), Data(count: 600)])
        guard case .tooLarge = await BufferedBodyCollector.collect(.stream(stream), limit: 1000, deadline: nil) else {
            Issue.record("expected tooLarge")
            return
        }
        guard case .complete(let data) = await BufferedBodyCollector.collect(.stream(stream), limit: 2000, deadline: nil) else {
            Issue.record("expected complete")
            return
        }
        #expect(data.count == 1800)
    }

    @Test("Collecting a stream that never ends stops at the deadline")
    func collectorDeadline() async {
        let (chunks, continuation) = AsyncThrowingStream.makeStream(of: Data.self)
        continuation.yield(Data("a".utf8))
        let outcome = await BufferedBodyCollector.collect(
            .stream(BedrockEventStream(chunks)), limit: 1000, deadline: DeadlineSignal(deadline: .now + .milliseconds(20)))
        guard case .deadlineReached = outcome else {
            Issue.record("expected deadlineReached, got \(outcome)")
            return
        }
        continuation.finish()
    }

    @Test("A failing stream is reported with its error")
    func collectorFailure() async {
        struct Broken: Error {}
        let stream = BedrockEventStream<Data>([Data("a".utf8)], failingWith: Broken())
        guard case .failed = await BufferedBodyCollector.collect(.stream(stream), limit: 1000, deadline: nil) else {
            Issue.record("expected failed")
            return
        }
    }

    @Test("The deadline race returns the operation's value when it finishes first")
    func raceFinishes() async {
        let outcome = await DeadlineRace.run(until: .now + .seconds(30)) { 42 }
        guard case .finished(42) = outcome else {
            Issue.record("expected 42")
            return
        }
    }

    @Test("One signal serves many races; once it fires, running and later races end with deadlineReached")
    func signalFires() async {
        let distant = DeadlineSignal(deadline: .now + .seconds(600))
        defer { distant.cancel() }
        for value in 0..<100 {
            guard case .finished(value) = await distant.race({ value }) else {
                Issue.record("race \(value) did not finish")
                return
            }
        }
        let signal = DeadlineSignal(deadline: .now + .milliseconds(50))
        let cancelled = Mutex(false)
        let outcome = await signal.race {
            await withTaskCancellationHandler {
                try? await Task.sleep(for: .seconds(60))
            } onCancel: {
                cancelled.withLock { $0 = true }
            }
        }
        guard case .deadlineReached = outcome else {
            Issue.record("expected deadlineReached")
            return
        }
        #expect(signal.hasFired)
        // The race returns at the deadline; the operation's cancellation follows right after.
        for _ in 0..<5000 where !cancelled.withLock({ $0 }) {
            try? await Task.sleep(for: .milliseconds(1))
        }
        #expect(cancelled.withLock { $0 })
        guard case .deadlineReached = await signal.race({ 1 }) else {
            Issue.record("a race after the deadline must not run")
            return
        }
    }

    @Test("A cancelled signal never fires")
    func signalCancelled() async {
        let signal = DeadlineSignal(deadline: .now + .seconds(1))
        signal.cancel()
        let outcome = await signal.race { () async -> Int in
            try? await Task.sleep(for: .milliseconds(1200))
            return 7
        }
        #expect(!signal.hasFired)
        guard case .finished(7) = outcome else {
            Issue.record("expected the operation's value")
            return
        }
    }
}
