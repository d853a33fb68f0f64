import BedrockClient
import BedrockSimulator
import Foundation
import GatewayCore
import GatewayServer
import Logging

/// Everything `gatewayctl serve --backend simulator` runs, in this process: a Bedrock simulator
/// on an ephemeral loopback port, the live AWS client pointed at it through the SDK endpoint
/// variables, a `Gateway` on that client, and a `GatewayServer` on another ephemeral port — plus
/// a libcurl client that talks to the server over real HTTP. Each test gets its own stack, so
/// scenarios queued on its simulator affect no other test.
struct EndToEndStack: Sendable {
    static let apiKey = "sk-e2e-swift-0123456789"

    let simulator: BedrockSimulator
    let server: RunningGatewayServer
    let client: HTTPClient
    let logs: CollectingLogSink

    var rootURL: String { "http://127.0.0.1:\(server.port)" }
    var baseURL: String { rootURL + "/v1" }

    /// Runs `body` with a fresh stack and stops it afterwards (also when `body` throws).
    static func with<T: Sendable>(
        configure: (inout GatewayConfiguration) -> Void = { _ in },
        _ body: (EndToEndStack) async throws -> T
    ) async throws -> T {
        let simulator = BedrockSimulator(configuration: BedrockSimulatorConfiguration(logger: quietLogger))
        let simulatorPort = try await simulator.start(host: "127.0.0.1", port: 0)
        let client = HTTPClient(
            configuration: .init(
                timeouts: HTTPTimeouts(connect: .seconds(10), idleRead: .seconds(60)), proxy: .disabled,
                preferHTTP2: false))
        let simulatorURL = "http://127.0.0.1:\(simulatorPort)"
        // The variables the AWS SDKs read; nothing from the developer's environment or ~/.aws.
        let environment = [
            "AWS_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
            "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": simulatorURL,
            "AWS_ENDPOINT_URL_BEDROCK": simulatorURL,
            "AWS_EC2_METADATA_DISABLED": "true",
        ]
        let logs = CollectingLogSink()
        let running: RunningGatewayServer
        do {
            let services = try BedrockClientFactory.live(
                environment: environment, homeDirectory: "/nonexistent", httpClient: client)
            var configuration = GatewayConfiguration(apiKeySource: .keys([apiKey]), region: "us-east-1")
            configure(&configuration)
            let now: @Sendable () -> Date = { Date() }
            let gateway = try Gateway(
                configuration: configuration, runtime: services.runtime, catalogSource: services.catalog,
                mediaFetcher: LiveRemoteMediaFetcher(),
                apiKeys: APIKeyProvider(configuration: configuration, secrets: services.secretValues, now: now),
                logSink: logs, now: now, makeID: { UUID().uuidString.lowercased() })
            running = try await GatewayServer(
                handler: gateway,
                configuration: .init(
                    host: "127.0.0.1", port: 0, maxRequestBodyBytes: configuration.maxRequestBodyBytes,
                    shutdownGracePeriod: .seconds(5)),
                logger: quietLogger
            ).start()
        } catch {
            await client.shutdown()
            await simulator.shutdown()
            throw error
        }
        let stack = EndToEndStack(simulator: simulator, server: running, client: client, logs: logs)
        do {
            let result = try await body(stack)
            await stack.stop()
            return result
        } catch {
            await stack.stop()
            throw error
        }
    }

    private func stop() async {
        await server.shutdown()
        await client.shutdown()
        await simulator.shutdown()
    }

    /// Applies `scenario` to every Bedrock call from now on (this stack's simulator only).
    func always(_ scenario: String) throws {
        simulator.enqueue(try SimulatorScenario(parsing: scenario), count: .max)
    }

    // MARK: - Requests

    func get(_ path: String, apiKey: String? = EndToEndStack.apiKey) async throws -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        if let apiKey { headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        return try await client.execute(HTTPRequest(method: .get, url: rootURL + path, headers: headers))
    }

    func post(_ path: String, json: JSONValue, apiKey: String? = EndToEndStack.apiKey) async throws -> HTTPResponse {
        try await post(path, body: Data(try JSONEncoder().encode(json)), apiKey: apiKey)
    }

    func post(_ path: String, body: Data, apiKey: String? = EndToEndStack.apiKey) async throws -> HTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if let apiKey { headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        return try await client.execute(HTTPRequest(method: .post, url: rootURL + path, headers: headers, body: .bytes(body)))
    }

    /// Hummingbird logs every start at info level; tests only want to see problems.
    static var quietLogger: Logger {
        var logger = Logger(label: "EndToEndTests")
        logger.logLevel = .error
        return logger
    }
}
