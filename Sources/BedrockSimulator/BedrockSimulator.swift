import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// A Bedrock-compatible HTTP server with deterministic replies, for end-to-end tests of
/// Bedrock clients: the runtime operations (Converse, ConverseStream, InvokeModel,
/// InvokeModelWithResponseStream, CountTokens) and the catalog (ListFoundationModels,
/// ListInferenceProfiles) on one port, validated against the official service models, with
/// scenarios for tool calls, reasoning, caching, errors, stream failures and latency.
///
/// ```swift
/// let simulator = BedrockSimulator()
/// let port = try await simulator.start()          // 127.0.0.1, ephemeral port
/// // point a client at http://127.0.0.1:\(port) …
/// await simulator.shutdown()
/// ```
public final class BedrockSimulator: Sendable {
    public let configuration: BedrockSimulatorConfiguration
    let engine: SimulatorEngine
    private let server = Mutex<RunningServer?>(nil)

    private struct RunningServer: Sendable {
        var group: ServiceGroup
        var task: Task<Void, any Error>
        var port: Int
    }

    /// Creates the simulator and loads the service models (once, here).
    public init(configuration: BedrockSimulatorConfiguration = BedrockSimulatorConfiguration()) {
        self.configuration = configuration
        self.engine = SimulatorEngine(configuration: configuration)
    }

    /// Whether request bodies are validated against the official service models (false when
    /// the models folder was not found or validation is turned off).
    public var validatesAgainstServiceModel: Bool { engine.validatesAgainstServiceModel }

    /// The bound port while running.
    public var port: Int? { server.withLock { $0?.port } }

    /// Starts serving in the background and returns the bound port (the actual one when `port`
    /// is 0).
    ///
    /// - Throws: `BedrockSimulatorError`, or the server's error (e.g. the address is in use).
    @discardableResult
    public func start(host: String = "127.0.0.1", port: Int = 0) async throws -> Int {
        guard self.port == nil else { throw BedrockSimulatorError.alreadyRunning }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            router: SimulatorRouter.make(engine: engine),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "BedrockSimulator"),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? port)
                continuation.finish()
            },
            logger: configuration.logger)
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [application], logger: configuration.logger))
        let task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let bound = await iterator.next() else {
            try await task.value
            throw BedrockSimulatorError.failedToStart("the server stopped before listening on \(host):\(port)")
        }
        let started = server.withLock { running -> Bool in
            guard running == nil else { return false }
            running = RunningServer(group: group, task: task, port: bound)
            return true
        }
        guard started else {
            await group.triggerGracefulShutdown()
            throw BedrockSimulatorError.alreadyRunning
        }
        return bound
    }

    /// Serves on the configured host and port until the calling task is cancelled or
    /// `shutdown()` is called.
    public func run() async throws {
        try await start(host: configuration.host, port: configuration.port)
        guard let running = server.withLock({ $0 }) else { return }
        defer {
            server.withLock { current in
                if current?.port == running.port { current = nil }
            }
        }
        try await withTaskCancellationHandler {
            try await running.task.value
        } onCancel: {
            Task { await running.group.triggerGracefulShutdown() }
        }
    }

    /// Stops serving: in-flight requests finish, then the port is released.
    public func shutdown() async {
        guard let running = server.withLock({ current -> RunningServer? in
            defer { current = nil }
            return current
        }) else { return }
        await running.group.triggerGracefulShutdown()
        do {
            try await running.task.value
        } catch {
            configuration.logger.warning("BedrockSimulator stopped with an error: \(error)")
        }
    }

    // MARK: Scenario control (the same as the /__simulator endpoints)

    /// Applies `scenario` to the next `count` requests of `operations` (operation names such as
    /// `"Converse"`; `nil` means every runtime operation). Header scenarios override it.
    public func enqueue(_ scenario: SimulatorScenario, count: Int = 1, operations: Set<String>? = nil) {
        engine.enqueue(scenario, count: count, operations: operations)
    }

    /// Clears queued scenarios, "fail N times" counters and the prompt-cache ledger.
    public func resetScenarios() {
        engine.resetScenarios()
    }

    /// The requests received so far (the latest 1,000), oldest first.
    public func recordedRequests() -> [RecordedRequest] {
        engine.recordedRequests()
    }

    public func clearRecordedRequests() {
        engine.clearRecordedRequests()
    }
}
