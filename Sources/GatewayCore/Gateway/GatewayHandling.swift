/// Anything that answers gateway requests: the `Gateway` itself, or a test double.
///
/// Adapters (the Hummingbird server, the Lambda runtime) depend on this protocol only.
///
/// ```swift
/// let server = GatewayServer(handler: gateway, configuration: .init(port: 8080))
/// let response = await handler.handle(request)
/// ```
public protocol GatewayHandling: Sendable {
    /// Answers one request. Never throws: every failure is an OpenAI-shaped error response.
    func handle(_ request: GatewayRequest) async -> GatewayResponse
}
