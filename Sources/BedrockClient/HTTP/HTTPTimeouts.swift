/// Time limits for one HTTP exchange; `nil` disables a limit.
///
/// ```swift
/// let timeouts = HTTPTimeouts(connect: .seconds(5), idleRead: .seconds(30), total: .seconds(120))
/// let response = try await client.execute(request, timeout: timeouts)
/// ```
public struct HTTPTimeouts: Sendable, Hashable {
    /// Limit on establishing the connection: DNS, TCP, proxy and TLS handshakes
    /// (`CURLOPT_CONNECTTIMEOUT_MS`). `nil` means libcurl's built-in 300 s.
    public var connect: Duration?
    /// Limit on a silence: no byte received or sent for this long fails with
    /// ``HTTPClientError/Code/readTimeout``. The clock stops while the transfer is paused by this
    /// client (a slow body consumer, or a streamed request body with no data ready yet), so
    /// backpressure never counts as idleness. Measured by the client itself, not
    /// `CURLOPT_LOW_SPEED_TIME`, because libcurl counts an upload paused for want of data as slow.
    public var idleRead: Duration?
    /// Limit on the whole exchange, including reading the body (`CURLOPT_TIMEOUT_MS`).
    public var total: Duration?

    public init(connect: Duration? = .seconds(10), idleRead: Duration? = .seconds(300), total: Duration? = nil) {
        self.connect = connect
        self.idleRead = idleRead
        self.total = total
    }

    /// Connect within 10 s, fail after 300 s without a byte, no total limit.
    public static let `default` = HTTPTimeouts()
}
