extension LiveRemoteMediaFetcher {
    /// The limits every remote media fetch runs under.
    ///
    /// ```swift
    /// var configuration = LiveRemoteMediaFetcher.Configuration()
    /// configuration.maxBytes = 4 << 20
    /// let fetcher = LiveRemoteMediaFetcher(configuration: configuration)
    /// ```
    public struct Configuration: Sendable {
        /// Most bytes one URL may return. Larger bodies fail with `tooLarge` — before reading when
        /// `Content-Length` says so, else as soon as the count passes the limit. Default 5 MiB:
        /// Bedrock accepts images up to 3.75 MB, so anything much bigger would be refused anyway.
        public var maxBytes: Int
        /// Time limit for one URL from start to last byte, covering DNS, every redirect hop and
        /// the body. Default 10 s.
        public var timeout: Duration
        /// Most redirects followed per URL (each target is checked like the original). Default 3.
        public var maxRedirects: Int
        /// Most URLs fetched at the same time for one request. Default 4.
        public var maxConcurrentFetches: Int
        /// Sent as `User-Agent` (some image hosts refuse requests without one).
        public var userAgent: String
        /// Lets URLs reach loopback addresses (`127.0.0.0/8`, `::1`) so tests can serve media from
        /// 127.0.0.1. Every other non-public range stays blocked. Never enable it in production.
        public var allowLoopbackForTesting: Bool

        public init(
            maxBytes: Int = 5 << 20,
            timeout: Duration = .seconds(10),
            maxRedirects: Int = 3,
            maxConcurrentFetches: Int = 4,
            userAgent: String = "bedrock-openai-gateway-media-fetch/1",
            allowLoopbackForTesting: Bool = false
        ) {
            self.maxBytes = maxBytes
            self.timeout = timeout
            self.maxRedirects = maxRedirects
            self.maxConcurrentFetches = maxConcurrentFetches
            self.userAgent = userAgent
            self.allowLoopbackForTesting = allowLoopbackForTesting
        }
    }
}
