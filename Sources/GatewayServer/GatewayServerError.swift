/// Why a ``GatewayServer`` could not start.
///
/// ```swift
/// do { _ = try await server.start() }
/// catch GatewayServerError.stoppedBeforeListening { … }
/// ```
public enum GatewayServerError: Error, Sendable, Hashable {
    /// The server stopped (e.g. a shutdown was requested) before its socket was listening.
    case stoppedBeforeListening
}
