import Foundation

/// The process's HTTP client serves the credentials providers too (STS, the container agent,
/// IMDS), so they share its connections instead of opening their own.
///
/// ```swift
/// let chain = DefaultCredentialsChain(environment: environment, transport: HTTPClient.shared)
/// ```
extension HTTPClient: CredentialsHTTPTransport {
    /// One buffered exchange; `timeout` bounds connecting, each silence and the whole exchange.
    public func send(
        method: String,
        url: String,
        headers: [(name: String, value: String)],
        body: Data?,
        timeout: Duration
    ) async throws -> CredentialsHTTPResponse {
        let request = HTTPRequest(
            method: HTTPMethod(rawValue: method), url: url,
            headers: HTTPHeaders(headers.map { ($0.name, $0.value) }),
            body: body.map { HTTPRequestBody.bytes($0) } ?? .none)
        let response = try await execute(
            request, timeout: HTTPTimeouts(connect: timeout, idleRead: timeout, total: timeout))
        return CredentialsHTTPResponse(
            status: response.status, headers: response.headers.map { (name: $0.name, value: $0.value) },
            body: response.body)
    }
}
