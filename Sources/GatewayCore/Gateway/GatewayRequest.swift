import Foundation

/// One HTTP request as an adapter (Hummingbird server, Lambda event) hands it to the `Gateway`.
///
/// Adapters collect the body up to `GatewayConfiguration.maxRequestBodyBytes` and answer 413
/// themselves beyond that (with `Gateway.errorResponse`), so the gateway never sees an
/// unbounded body.
///
/// ```swift
/// let request = GatewayRequest(method: "POST", path: "/v1/chat/completions",
///                              headers: [("authorization", "Bearer sk-…")], body: body)
/// let response = await gateway.handle(request)
/// ```
public struct GatewayRequest: Sendable {
    /// The HTTP method, uppercased (`GET`, `POST`).
    public var method: String
    /// The path as received, still percent-encoded, without the query string.
    public var path: String
    /// Query parameters, decoded, in order.
    public var query: [(name: String, value: String)]
    /// Header fields in order; names compare case-insensitively.
    public var headers: [(name: String, value: String)]
    /// The complete request body.
    public var body: Data
    /// The request id the adapter assigned (echoed in `x-request-id` and in logs).
    public var requestID: String
    /// The latest moment a response must be complete by (a Lambda invocation's deadline), if any.
    public var deadline: ContinuousClock.Instant?

    public init(
        method: String, path: String, query: [(name: String, value: String)] = [],
        headers: [(name: String, value: String)] = [], body: Data = Data(),
        requestID: String = UUID().uuidString.lowercased(), deadline: ContinuousClock.Instant? = nil
    ) {
        self.method = method.uppercased()
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.requestID = requestID
        self.deadline = deadline
    }

    /// The first value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
