/// An HTTP request to send with ``HTTPClient``.
///
/// ```swift
/// let request = HTTPRequest(method: .post, url: "https://bedrock-runtime.us-east-1.amazonaws.com/model/x/converse",
///                           headers: ["Content-Type": "application/json"], body: .bytes(payload))
/// let response = try await HTTPClient.shared.execute(request)
/// ```
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    /// The absolute `http` or `https` URL, already percent-encoded.
    public var url: String
    /// Header fields, sent in this order. `Content-Length` and `Transfer-Encoding` are derived
    /// from the body (any given here are dropped); `Host` defaults to the URL's authority.
    public var headers: HTTPHeaders
    public var body: HTTPRequestBody
    /// Addresses to connect to instead of resolving the URL's host, as libcurl `CURLOPT_RESOLVE`
    /// entries `"host:port:address[,address…]"` (IPv6 addresses in brackets). `Host`, TLS SNI and
    /// certificate checks still use the URL's host. A request with entries never goes through a
    /// proxy, so the connection goes exactly where the entries say: callers that vet addresses
    /// (``LiveRemoteMediaFetcher``) pin the checked ones here so DNS cannot change them afterwards.
    public var resolve: [String]

    public init(
        method: HTTPMethod = .get,
        url: String,
        headers: HTTPHeaders = [:],
        body: HTTPRequestBody = .none,
        resolve: [String] = []
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.resolve = resolve
    }
}
