import BedrockClient
import BedrockSimulator
import Foundation
import GatewayCore

/// The gateway of this process and everything it runs on, built once at startup from the
/// environment: the configuration, one AWS client (connection pool, credentials cache, signing
/// keys, retry quota) shared by the runtime, the catalog and the key store, the image fetcher,
/// the API-key provider and the `Gateway`. Nothing here is created per request.
///
/// ```swift
/// let assembly = try GatewayAssembly.make(environment: environment, simulator: nil, logSink: StdoutLogSink())
/// let running = try await GatewayServer(handler: assembly.handler, configuration: …).start()
/// ```
struct GatewayAssembly: Sendable {
    /// What the gateway runs with (`region` is the AWS client's, which may come from a profile).
    let configuration: GatewayConfiguration
    let services: LiveAWSServices
    let gateway: Gateway
    /// What the server serves: the gateway, wrapped for scenario headers when simulated.
    let handler: any GatewayHandling
    private let mediaFetcher: LiveRemoteMediaFetcher
    private let lanes: ScenarioLanes?

    /// - Parameters:
    ///   - environment: the process environment with the command's overrides applied (and, for
    ///     the simulator, its endpoints: see ``EmbeddedSimulator/environment(overriding:)``).
    ///   - simulator: the embedded simulator's settings when it is the backend: the scenario
    ///     header is then honoured (``SimulatorScenarioHandler``) and the client ignores proxies.
    static func make(
        environment: [String: String], simulator: BedrockSimulatorConfiguration?, logSink: any GatewayLogSink
    ) throws(CommandFailure) -> GatewayAssembly {
        var configuration: GatewayConfiguration
        do {
            configuration = try GatewayConfiguration.fromEnvironment(environment)
        } catch {
            throw CommandFailure("\(error.variable): \(error.message)")
        }

        // One HTTP client for every AWS call. A loopback simulator must not be reached through a
        // proxy; toward AWS, the proxy variables and AWS_CA_BUNDLE are honoured as in the AWS CLI.
        let httpClient: HTTPClient
        if simulator != nil {
            httpClient = HTTPClient(configuration: .init(proxy: .disabled, preferHTTP2: false))
        } else {
            httpClient = HTTPClient(configuration: .init(caBundlePath: nonEmpty(environment["AWS_CA_BUNDLE"])))
        }
        let region = configuration.region
        let timeout = Duration.milliseconds(Int64((configuration.bedrockTimeout * 1000).rounded()))
        let makeServices = { @Sendable (environment: [String: String]) throws(CommandFailure) -> LiveAWSServices in
            do {
                return try BedrockClientFactory.live(
                    environment: environment, defaultRegion: region, httpClient: httpClient
                ) { aws in
                    // BEDROCK_TIMEOUT bounds one call; a stream that stalls fails as soon as it is exceeded.
                    aws.timeouts = HTTPTimeouts(connect: .seconds(10), idleRead: timeout, total: timeout)
                }
            } catch {
                throw CommandFailure("AWS configuration: \(error)")
            }
        }
        let services = try makeServices(environment)
        configuration.region = services.client.configuration.region.name

        var runtime: any BedrockRuntime = services.runtime
        var lanes: ScenarioLanes?
        if let simulator {
            let laneLanes = ScenarioLanes(configuration: simulator) { url in
                try makeServices(EmbeddedSimulator.environment(overriding: environment, bedrockEndpoint: url)).runtime
            }
            runtime = ScenarioRoutingRuntime(base: services.runtime, lanes: laneLanes)
            lanes = laneLanes
        }

        let mediaFetcher = LiveRemoteMediaFetcher(
            configuration: .init(
                maxBytes: configuration.imageFetchMaxBytes,
                timeout: .milliseconds(Int64((configuration.imageFetchTimeout * 1000).rounded()))))
        let now: @Sendable () -> Date = { Date() }
        let apiKeys = APIKeyProvider(
            configuration: configuration, secrets: services.secretValues, now: now, logSink: logSink)
        let gateway: Gateway
        do {
            gateway = try Gateway(
                configuration: configuration, runtime: runtime, catalogSource: services.catalog,
                mediaFetcher: mediaFetcher, apiKeys: apiKeys, logSink: logSink, now: now,
                makeID: { UUID().uuidString.lowercased() })
        } catch {
            throw CommandFailure("\(error.variable): \(error.message)")
        }
        let handler: any GatewayHandling = simulator == nil ? gateway : SimulatorScenarioHandler(base: gateway)
        return GatewayAssembly(
            configuration: configuration, services: services, gateway: gateway, handler: handler,
            mediaFetcher: mediaFetcher, lanes: lanes)
    }

    /// Stops what the assembly started (scenario simulators, the image fetcher's transfers).
    func shutdown() async {
        await lanes?.shutdown()
        await mediaFetcher.shutdown()
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return value
    }
}
