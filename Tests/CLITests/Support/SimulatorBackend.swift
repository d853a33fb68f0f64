import BedrockSimulator
import Foundation
import Logging

/// The Bedrock simulator running in the test process on an ephemeral 127.0.0.1 port, and the
/// environment that points the CLI (or an in-process gateway) at it: both Bedrock endpoint
/// overrides, dummy credentials and region, an empty home folder (no `~/.aws`), IMDS off.
final class SimulatorBackend: Sendable {
    let simulator: BedrockSimulator
    let port: Int

    var url: String { "http://127.0.0.1:\(port)" }

    private init(simulator: BedrockSimulator, port: Int) {
        self.simulator = simulator
        self.port = port
    }

    static func start(eventInterval: Duration = .zero) async throws -> SimulatorBackend {
        var configuration = BedrockSimulatorConfiguration()
        configuration.modelsDirectory = RepositoryPaths.awsModels.path
        configuration.eventInterval = eventInterval
        // Request lines would drown the test output; failures show up in the CLI's own answers.
        var logger = Logger(label: "BedrockSimulator")
        logger.logLevel = .warning
        configuration.logger = logger
        let simulator = BedrockSimulator(configuration: configuration)
        let port = try await simulator.start()
        return SimulatorBackend(simulator: simulator, port: port)
    }

    func shutdown() async {
        await simulator.shutdown()
    }

    /// Runs `body` with a started simulator and shuts it down afterwards.
    static func with<T>(eventInterval: Duration = .zero, _ body: (SimulatorBackend) async throws -> T) async throws -> T {
        let backend = try await start(eventInterval: eventInterval)
        do {
            let result = try await body(backend)
            await backend.shutdown()
            return result
        } catch {
            await backend.shutdown()
            throw error
        }
    }

    /// The CLI's environment: only what is listed here.
    var environment: [String: String] {
        TestEnvironment.aws.merging([
            "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": url,
            "AWS_ENDPOINT_URL_BEDROCK": url,
        ]) { _, new in new }
    }
}
