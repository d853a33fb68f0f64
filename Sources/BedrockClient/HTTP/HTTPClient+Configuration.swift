extension HTTPClient {
    /// Settings shared by every request a client sends.
    ///
    /// ```swift
    /// var configuration = HTTPClient.Configuration()
    /// configuration.timeouts = HTTPTimeouts(connect: .seconds(3), idleRead: .seconds(60))
    /// let client = HTTPClient(configuration: configuration)
    /// ```
    public struct Configuration: Sendable {
        /// Default time limits; a request can override them (``HTTPClient/execute(_:timeout:)``).
        public var timeouts: HTTPTimeouts
        public var proxy: HTTPProxyConfiguration
        /// Most response-body bytes held for a slow ``HTTPStreamingResponse`` consumer before the
        /// transfer is paused (libcurl may hand over one more chunk of up to 16 KiB).
        public var responseBodyBufferLimit: Int
        /// Most bytes of a streamed request body queued ahead of libcurl before the producing
        /// sequence is suspended.
        public var requestBodyBufferLimit: Int
        /// Offer HTTP/2 over TLS via ALPN (`CURL_HTTP_VERSION_2TLS`); plain `http` stays HTTP/1.1.
        public var preferHTTP2: Bool
        /// Upper bound of simultaneous connections to one host (`CURLMOPT_MAX_HOST_CONNECTIONS`);
        /// `nil` means unlimited. HTTP/2 multiplexes many requests over one connection anyway.
        public var maxConnectionsPerHost: Int?
        /// How many idle connections the multi handle keeps for reuse (`CURLMOPT_MAXCONNECTS`);
        /// `nil` keeps libcurl's default.
        public var maxCachedConnections: Int?
        /// CA bundle to verify servers with (`CURLOPT_CAINFO`); `nil` uses libcurl's built-in path.
        /// Verification itself is always on.
        public var caBundlePath: String?
        /// Sent as `User-Agent` unless a request sets its own.
        public var userAgent: String?

        public init(
            timeouts: HTTPTimeouts = .default,
            proxy: HTTPProxyConfiguration = .environment,
            responseBodyBufferLimit: Int = 1 << 20,
            requestBodyBufferLimit: Int = 256 << 10,
            preferHTTP2: Bool = true,
            maxConnectionsPerHost: Int? = nil,
            maxCachedConnections: Int? = nil,
            caBundlePath: String? = nil,
            userAgent: String? = nil
        ) {
            self.timeouts = timeouts
            self.proxy = proxy
            self.responseBodyBufferLimit = responseBodyBufferLimit
            self.requestBodyBufferLimit = requestBodyBufferLimit
            self.preferHTTP2 = preferHTTP2
            self.maxConnectionsPerHost = maxConnectionsPerHost
            self.maxCachedConnections = maxCachedConnections
            self.caBundlePath = caBundlePath
            self.userAgent = userAgent
        }
    }
}
