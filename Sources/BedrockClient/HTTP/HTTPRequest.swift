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

    public init(
        method: HTTPMethod = .get,
        url: String,
        headers: HTTPHeaders = [:],
        body: HTTPRequestBody = .none
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
