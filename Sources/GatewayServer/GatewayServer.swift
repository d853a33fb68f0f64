import GatewayCore
import NIOCore
import Hummingbird
import HummingbirdCore
import Logging
import ServiceLifecycle
import UnixSignals

/// Serves any `GatewayHandling` (the `Gateway`, or a test double) over HTTP/1.1 with keep-alive.
///
/// The server owns transport concerns only: it bounds and collects request bodies, assigns the
/// `x-request-id` (the client's own when sane: 1–128 of `A-Za-z0-9-_.:`; else a UUID) and sets
/// it on every response, and writes streamed bodies chunk by chunk, flushing each one. When the
/// client goes away (closes or resets its connection) the handler's task is cancelled, or a
/// streamed body stops being iterated, so the Bedrock call behind it ends too. What a request
/// means is the handler's business.
///
/// ```swift
/// let server = GatewayServer(handler: gateway, configuration: .init(host: "0.0.0.0", port: 8080))
/// try await server.run()                       // until SIGTERM/SIGINT, then drains in-flight requests
/// ```
public struct GatewayServer: Sendable {
    public let configuration: Configuration
    private let handler: any GatewayHandling
    private let logger: Logger

    public init(handler: some GatewayHandling, configuration: Configuration = Configuration(), logger: Logger? = nil) {
        self.handler = handler
        self.configuration = configuration
        self.logger = logger ?? Logger(label: "GatewayServer")
    }

    /// Serves until the process receives SIGTERM or SIGINT, then shuts down gracefully: stops
    /// accepting connections, lets in-flight requests finish (up to
    /// ``Configuration/shutdownGracePeriod``, then cancels them) and closes idle keep-alive
    /// connections. Cancelling the calling task instead stops at once, cancelling in-flight requests.
    ///
    /// Throws if the address cannot be bound.
    public func run() async throws {
        let logger = self.logger
        let host = configuration.host
        let group = makeServiceGroup(gracefulShutdownSignals: [.sigterm, .sigint]) { port in
            logger.info("Gateway listening", metadata: ["host": "\(host)", "port": "\(port.map(String.init) ?? "?")"])
        }
        try await group.run()
    }

    /// Starts serving in the background and returns once the listening socket is bound, with the
    /// bound port (useful with `port: 0`). Signals are not handled; stop it with
    /// ``RunningGatewayServer/shutdown()``.
    public func start() async throws -> RunningGatewayServer {
        let bound = BoundPort()
        let group = makeServiceGroup(gracefulShutdownSignals: []) { port in
            if let port { bound.succeed(port) } else { bound.fail(GatewayServerError.stoppedBeforeListening) }
        }
        let task = Task {
            do {
                try await group.run()
                bound.fail(GatewayServerError.stoppedBeforeListening)
            } catch {
                bound.fail(error)
                throw error
            }
        }
        let port = try await bound.value()
        return RunningGatewayServer(host: configuration.host, port: port, serviceGroup: group, task: task)
    }

    private func makeServiceGroup(
        gracefulShutdownSignals: [UnixSignal],
        onListening: @escaping @Sendable (Int?) -> Void
    ) -> ServiceGroup {
        let responder = GatewayResponder(handler: handler, maxRequestBodyBytes: configuration.maxRequestBodyBytes)
        let http1 = HTTP1Channel.Configuration(
            additionalChannelHandlers: [ClientDisconnectHandler()],
            idleTimeout: configuration.idleTimeout.map(TimeAmount.init))
        let application = Application(
            responder: responder,
            server: .http1(configuration: http1),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: configuration.serverName),
            onServerRunning: { channel in
                // The bound address is normally cached on the channel by now; read it on the
                // channel's event loop when it is not, rather than ever reporting port 0.
                var port = channel.localAddress?.port
                if port == nil || port == 0 {
                    port = try? await channel.eventLoop.submit { channel.localAddress?.port }.get()
                }
                onListening(port == 0 ? nil : port)
            },
            logger: logger)
        var groupConfiguration = ServiceGroupConfiguration(
            services: [application], gracefulShutdownSignals: gracefulShutdownSignals, logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = configuration.shutdownGracePeriod
        return ServiceGroup(configuration: groupConfiguration)
    }
}
