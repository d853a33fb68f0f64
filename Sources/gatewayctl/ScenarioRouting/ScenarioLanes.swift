import BedrockSimulator
import GatewayCore

/// One simulator per distinct scenario, started on first use, in which that scenario applies to
/// every runtime call: the equivalent of a Bedrock client sending `x-simulator-scenario` on each
/// attempt, retries included (so `throttle` fails every attempt and `throttle:2` the first two
/// of each identical request, as the simulator counts them).
///
/// Lanes live until ``shutdown()``; their number is bounded by ``maximumLanes``.
///
/// ```swift
/// let lanes = ScenarioLanes(configuration: simulatorConfiguration) { url in try makeRuntime(url) }
/// let runtime = try await lanes.runtime(for: SimulatorScenario(parsing: "throttle"))
/// ```
actor ScenarioLanes {
    /// Distinct scenarios served at most (each is a simulator with its own port).
    static let maximumLanes = 32

    private struct Lane: Sendable {
        var simulator: BedrockSimulator
        var runtime: any BedrockRuntime
    }

    private let configuration: BedrockSimulatorConfiguration
    private let makeRuntime: @Sendable (_ endpointURL: String) throws -> any BedrockRuntime
    private var lanes: [String: Task<Lane, any Error>] = [:]

    /// - Parameter makeRuntime: a Bedrock runtime client whose Bedrock Runtime endpoint is the URL.
    init(
        configuration: BedrockSimulatorConfiguration,
        makeRuntime: @escaping @Sendable (_ endpointURL: String) throws -> any BedrockRuntime
    ) {
        self.configuration = configuration
        self.makeRuntime = makeRuntime
    }

    /// The runtime client of `scenario`'s lane, started now if it is the first call with it.
    func runtime(for scenario: SimulatorScenario) async throws -> any BedrockRuntime {
        let key = scenario.description
        if let lane = lanes[key] { return try await lane.value.runtime }
        guard lanes.count < Self.maximumLanes else {
            throw BedrockError(
                kind: .validation, code: "ValidationException",
                message: "The simulator serves at most \(Self.maximumLanes) distinct x-simulator-scenario values per run.")
        }
        let configuration = self.configuration
        let makeRuntime = self.makeRuntime
        let lane = Task {
            let simulator = BedrockSimulator(configuration: configuration)
            let port = try await simulator.start(host: "127.0.0.1", port: 0)
            simulator.enqueue(scenario, count: .max)
            do {
                return Lane(simulator: simulator, runtime: try makeRuntime("http://127.0.0.1:\(port)"))
            } catch {
                await simulator.shutdown()
                throw error
            }
        }
        lanes[key] = lane
        do {
            return try await lane.value.runtime
        } catch {
            lanes[key] = nil
            throw error
        }
    }

    /// Stops every lane's simulator.
    func shutdown() async {
        let running = lanes.values
        lanes = [:]
        for lane in running {
            if let lane = try? await lane.value { await lane.simulator.shutdown() }
        }
    }
}
