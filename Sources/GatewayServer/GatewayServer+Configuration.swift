extension GatewayServer {
    /// Where the server listens and the limits it applies before a request reaches the handler.
    ///
    /// ```swift
    /// var configuration = GatewayServer.Configuration(host: "0.0.0.0", port: 8080)
    /// configuration.maxRequestBodyBytes = 32 << 20
    /// let server = GatewayServer(handler: gateway, configuration: configuration)
    /// ```
    public struct Configuration: Sendable {
        /// Address to bind (`127.0.0.1`, `0.0.0.0`, `::`).
        public var host: String
        /// Port to bind; `0` picks a free ephemeral port (see ``RunningGatewayServer/port``).
        public var port: Int
        /// Largest request body accepted. A longer body is answered with 413 and an OpenAI error
        /// envelope (`code: "request_too_large"`) as soon as the limit is known to be exceeded —
        /// from `Content-Length` before any body byte is read, else once the bytes read pass it.
        /// The rest is never buffered or handed on: the answer says `connection: close`, and the
        /// connection is closed within 2 s, discarding what the client still sends meanwhile (so
        /// the client reads the 413 instead of a connection reset).
        ///
        /// The default, 20 MiB, fits a chat request carrying a few base64 images at Bedrock's
        /// 3.75 MB per-image limit (base64 adds a third).
        public var maxRequestBodyBytes: Int
        /// How long a kept-alive connection may sit idle (no request in progress) before the server
        /// closes it; `nil` keeps idle connections open until the client closes them.
        public var idleTimeout: Duration?
        /// How long a graceful shutdown waits for in-flight requests (including streams) before
        /// cancelling them; `nil` waits for as long as they take.
        public var shutdownGracePeriod: Duration?
        /// Sent as the `Server` header when set.
        public var serverName: String?

        public init(
            host: String = "127.0.0.1",
            port: Int = 8080,
            maxRequestBodyBytes: Int = 20 << 20,
            idleTimeout: Duration? = .seconds(75),
            shutdownGracePeriod: Duration? = .seconds(30),
            serverName: String? = nil
        ) {
            self.host = host
            self.port = port
            self.maxRequestBodyBytes = maxRequestBodyBytes
            self.idleTimeout = idleTimeout
            self.shutdownGracePeriod = shutdownGracePeriod
            self.serverName = serverName
        }
    }
}
