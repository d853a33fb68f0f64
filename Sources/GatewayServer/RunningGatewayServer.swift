import ServiceLifecycle

/// A ``GatewayServer`` serving in the background, as returned by ``GatewayServer/start()``.
///
/// ```swift
/// let running = try await GatewayServer(handler: fake, configuration: .init(port: 0)).start()
/// let url = "http://127.0.0.1:\(running.port)/v1/models"
/// await running.shutdown()
/// ```
public final class RunningGatewayServer: Sendable {
    /// The address the server was asked to bind.
    public let host: String
    /// The port the listening socket is bound to (the ephemeral one when configured with `0`).
    public let port: Int

    private let serviceGroup: ServiceGroup
    private let task: Task<Void, any Error>

    init(host: String, port: Int, serviceGroup: ServiceGroup, task: Task<Void, any Error>) {
        self.host = host
        self.port = port
        self.serviceGroup = serviceGroup
        self.task = task
    }

    /// Shuts down gracefully: stops accepting connections, waits for in-flight requests (up to the
    /// configured grace period), closes idle connections, and returns once the server has stopped.
    /// Idempotent.
    public func shutdown() async {
        await serviceGroup.triggerGracefulShutdown()
        _ = await task.result
    }

    /// Waits until the server stops (after ``shutdown()``), rethrowing what stopped it, if anything.
    public func waitUntilStopped() async throws {
        try await task.value
    }
}
