import BedrockClient
import GatewayCore
import GatewayServer
import Logging

/// Scoped set-up for server tests: a server on an ephemeral 127.0.0.1 port and a private libcurl
/// client that ignores the machine's proxy settings, both stopped when the body returns or throws.
enum ServerTestHarness {
    static func withServer<T>(
        maxRequestBodyBytes: Int = 1 << 20,
        handler: FakeGatewayHandler,
        _ body: (RunningGatewayServer, HTTPClient) async throws -> T
    ) async throws -> T {
        let configuration = GatewayServer.Configuration(
            host: "127.0.0.1", port: 0, maxRequestBodyBytes: maxRequestBodyBytes, shutdownGracePeriod: .seconds(10))
        let running = try await GatewayServer(handler: handler, configuration: configuration, logger: quietLogger).start()
        let client = HTTPClient(configuration: .init(
            timeouts: HTTPTimeouts(connect: .seconds(10), idleRead: .seconds(30)), proxy: .disabled, preferHTTP2: false))
        do {
            let result = try await body(running, client)
            await client.shutdown()
            await running.shutdown()
            return result
        } catch {
            await client.shutdown()
            await running.shutdown()
            throw error
        }
    }

    /// Hummingbird logs every start at info level; tests only want to see problems.
    static var quietLogger: Logger {
        var logger = Logger(label: "GatewayServerTests")
        logger.logLevel = .error
        return logger
    }

    static func url(_ running: RunningGatewayServer, _ pathAndQuery: String) -> String {
        "http://127.0.0.1:\(running.port)\(pathAndQuery)"
    }
}
