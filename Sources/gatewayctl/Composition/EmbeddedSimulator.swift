import BedrockSimulator
import Logging

/// The Bedrock simulator serving inside this process on an ephemeral loopback port, for
/// `serve --backend simulator`: the gateway's ordinary AWS client is pointed at it through the
/// endpoint variables every AWS SDK reads, so the simulator is exercised through the same
/// transport (signing, event-stream decoding, retries) as Bedrock.
///
/// ```swift
/// let simulator = try await EmbeddedSimulator.start(logger: logger)
/// let environment = simulator.environment(overriding: ProcessInfo.processInfo.environment)
/// // … BedrockClientFactory.live(environment: environment) …
/// await simulator.shutdown()
/// ```
struct EmbeddedSimulator: Sendable {
    let simulator: BedrockSimulator
    /// `http://127.0.0.1:<port>`.
    let endpointURL: String

    /// Loads the simulator (and the AWS service models it validates against) and starts it.
    static func start(logger: Logger) async throws -> EmbeddedSimulator {
        let simulator = BedrockSimulator(configuration: configuration(logger: logger))
        let port = try await simulator.start(host: "127.0.0.1", port: 0)
        return EmbeddedSimulator(simulator: simulator, endpointURL: "http://127.0.0.1:\(port)")
    }

    /// The settings of the embedded simulator and of its scenario lanes.
    static func configuration(logger: Logger) -> BedrockSimulatorConfiguration {
        BedrockSimulatorConfiguration(logger: logger)
    }

    /// `environment` with both Bedrock endpoints (runtime and control plane) at the simulator and
    /// placeholder credentials instead of any real ones, which must not be sent to a stand-in
    /// (nor looked up: no profile, no instance metadata). Other services keep their endpoints,
    /// so `AWS_ENDPOINT_URL_SECRETS_MANAGER` can point at a local emulator such as moto.
    func environment(overriding environment: [String: String]) -> [String: String] {
        Self.environment(overriding: environment, bedrockEndpoint: endpointURL)
    }

    /// ``environment(overriding:)`` for any simulator URL (also used for scenario lanes).
    static func environment(overriding environment: [String: String], bedrockEndpoint: String) -> [String: String] {
        var environment = environment
        for name in [
            "AWS_SESSION_TOKEN", "AWS_BEARER_TOKEN_BEDROCK", "AWS_PROFILE", "AWS_WEB_IDENTITY_TOKEN_FILE",
            "AWS_ROLE_ARN", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "AWS_USE_FIPS_ENDPOINT",
        ] {
            environment[name] = nil
        }
        environment["AWS_ACCESS_KEY_ID"] = "AKIASIMULATOR0000000"
        environment["AWS_SECRET_ACCESS_KEY"] = "simulator-secret-access-key"
        environment["AWS_EC2_METADATA_DISABLED"] = "true"
        environment["AWS_ENDPOINT_URL_BEDROCK_RUNTIME"] = bedrockEndpoint
        environment["AWS_ENDPOINT_URL_BEDROCK"] = bedrockEndpoint
        return environment
    }

    func shutdown() async {
        await simulator.shutdown()
    }
}
