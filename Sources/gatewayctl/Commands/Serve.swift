#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import BedrockClient
import BedrockSimulator
import Foundation
import GatewayCore
import GatewayServer

/// `gatewayctl serve`: the composition root of the HTTP server. Reads the configuration from
/// the environment (options override it), builds the AWS client, key provider, image fetcher
/// and `Gateway` once, serves them with `GatewayServer`, and on SIGTERM/SIGINT drains in-flight
/// requests before exiting.
///
/// ```sh
/// API_KEY=sk-local-dev gatewayctl serve --backend simulator --port 8080
/// ```
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the OpenAI-compatible API over HTTP.",
        discussion: """
            Serves the OpenAI API (/v1/models, /v1/chat/completions with streaming, \
            /v1/embeddings), the Anthropic Messages API (/v1/messages) and /health, also under \
            API_ROUTE_PREFIX (default /api/v1). The configuration comes from \
            environment variables (README: configuration table); the options below override them. \
            A banner on standard error says where the gateway listens, which backend answers and \
            how clients authenticate; standard output carries one JSON log line per request.

            Backends:
              bedrock    Amazon Bedrock, with credentials from the default AWS chain (environment, \
            AWS_PROFILE and ~/.aws files, web identity, container, EC2 instance metadata) or a \
            Bedrock API key (AWS_BEARER_TOKEN_BEDROCK).
              simulator  the built-in Bedrock simulator on a loopback port: deterministic replies, \
            no AWS account needed. Requests may carry x-simulator-scenario (tool_use, reasoning, \
            throttle, error:<Exception>, stream_error:<exception>, delay:<ms>, ...) to steer it.
              auto       bedrock when AWS credentials are configured (EC2 instance metadata is not \
            probed), otherwise simulator.

            Clients send Authorization: Bearer <key> with a key from API_KEY (comma-separated for \
            rotation), API_KEY_SECRET_ARN or API_KEY_PARAM_NAME. Serving without keys needs \
            --allow-unauthenticated (or ALLOW_UNAUTHENTICATED=true) and a loopback address.

            Examples:
              API_KEY=sk-local-dev gatewayctl serve --backend simulator
              API_KEY=$(openssl rand -hex 24) gatewayctl serve --region eu-central-1
              API_KEY_SECRET_ARN=gateway/api-key gatewayctl serve --host 0.0.0.0
              gatewayctl serve --backend simulator --allow-unauthenticated --port 0
            """
    )

    @Option(help: "Address to listen on (0.0.0.0 or :: for every interface).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one; the banner shows it).")
    var port = 8080

    @Option(help: "AWS region of Bedrock (overrides AWS_REGION / AWS_DEFAULT_REGION; default us-east-1).")
    var region: String?

    @Option(help: "What answers the Bedrock calls: bedrock, simulator, or auto.")
    var backend: Backend = .auto

    @Flag(help: "Serve without API keys (same as ALLOW_UNAUTHENTICATED=true). Loopback addresses only.")
    var allowUnauthenticated = false

    @Option(help: "Seconds in-flight requests (streams included) may take to finish after SIGTERM.")
    var drainTimeout: Int = 30

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard drainTimeout >= 0 else { throw ValidationError("--drain-timeout must not be negative.") }
    }

    func run() async throws {
        ConsoleLogging.bootstrap()
        // A server must outlive a closed stdout (`… | head`, a log shipper restarting): writes then
        // fail with EPIPE instead of the signal ending the process.
        signal(SIGPIPE, SIG_IGN)
        var environment = ProcessInfo.processInfo.environment
        if let region { environment["AWS_REGION"] = region }
        if allowUnauthenticated { environment["ALLOW_UNAUTHENTICATED"] = "true" }

        // Checked before anything starts, so a bad variable fails fast with its name.
        let configuration: GatewayConfiguration
        do {
            configuration = try GatewayConfiguration.fromEnvironment(environment)
        } catch {
            throw CommandFailure("\(error.variable): \(error.message)")
        }
        try checkExposure(configuration)

        let credentials = AWSCredentialsProbe.find(environment: environment)
        let chosen = backend.resolved(credentials: credentials)
        let reason: String? =
            switch (backend, chosen) {
            case (.auto, .simulator): "auto: no AWS credentials configured; on EC2 use --backend bedrock"
            case (_, .bedrock):
                (backend == .auto ? "auto: " : "")
                    + (credentials.map { "AWS credentials from \($0.source)" }
                        ?? "no AWS credentials in the environment or ~/.aws; EC2 instance metadata will be asked")
            default: nil
            }

        let logger = ConsoleLogging.logger("gatewayctl", level: configuration.logLevel)
        var simulator: EmbeddedSimulator?
        var simulatorConfiguration: BedrockSimulatorConfiguration?
        if chosen == .simulator {
            let embedded = try await EmbeddedSimulator.start(logger: logger)
            environment = embedded.environment(overriding: environment)
            simulator = embedded
            simulatorConfiguration = EmbeddedSimulator.configuration(logger: logger)
        }

        let assembly: GatewayAssembly
        do {
            assembly = try GatewayAssembly.make(
                environment: environment, simulator: simulatorConfiguration, logSink: StdoutLogSink())
        } catch {
            await simulator?.shutdown()
            throw error
        }

        let server = GatewayServer(
            handler: assembly.handler,
            configuration: .init(
                host: host, port: port, maxRequestBodyBytes: assembly.configuration.maxRequestBodyBytes,
                shutdownGracePeriod: .seconds(drainTimeout), serverName: nil),
            logger: logger)
        let running: RunningGatewayServer
        do {
            running = try await server.start()
        } catch {
            await assembly.shutdown()
            await simulator?.shutdown()
            throw CommandFailure("Cannot listen on \(host):\(port): \(error)")
        }

        let banner = ServeBanner(
            host: host, port: running.port, backend: chosen, reason: reason,
            endpointURL: (try? assembly.services.client.endpoint(for: .bedrockRuntime))?.baseURL,
            configuration: assembly.configuration)
        StdoutLogSink.writeAll(banner.text, to: STDERR_FILENO)

        // Until a signal (then drain), or until the server stops on its own (then with its error).
        let stoppedByItself = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do { try await running.waitUntilStopped() } catch {
                    StdoutLogSink.writeAll("gatewayctl: the server stopped: \(error)\n", to: STDERR_FILENO)
                }
                return true
            }
            group.addTask {
                guard let signal = await ShutdownSignal.next() else { return true }
                StdoutLogSink.writeAll(
                    "gatewayctl: \(signal) received: finishing in-flight requests (up to \(drainTimeout) s; "
                        + "send it again to stop at once)\n", to: STDERR_FILENO)
                await running.shutdown()
                return false
            }
            let first = await group.next() ?? true
            group.cancelAll()
            return first
        }
        await running.shutdown()
        await assembly.shutdown()
        await simulator?.shutdown()
        if stoppedByItself { throw ExitCode.failure }
        StdoutLogSink.writeAll("gatewayctl: stopped\n", to: STDERR_FILENO)
    }

    /// Keys that protect nothing must not face the network: no keys at all, or the published
    /// development key, are refused on anything but a loopback address.
    private func checkExposure(_ configuration: GatewayConfiguration) throws {
        guard !Self.isLoopback(host) else { return }
        switch configuration.apiKeySource {
        case nil:
            throw CommandFailure(
                "Refusing to serve without API keys on \(host): unauthenticated use is for loopback addresses "
                    + "(127.0.0.1, ::1) only. Set API_KEY, API_KEY_SECRET_ARN or API_KEY_PARAM_NAME.")
        case .keys(let keys) where keys.contains(ServeBanner.developmentKey):
            throw CommandFailure(
                "Refusing to serve the public development key \(ServeBanner.developmentKey) on \(host); "
                    + "set API_KEY to a key of your own.")
        default:
            return
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
