import Foundation

/// A complete HTTP response, as returned by ``HTTPClient/execute(_:timeout:)``.
///
/// Any status is a response, not an error: callers decide what a 4xx/5xx means.
/// ```swift
/// let response = try await client.execute(request)
/// guard response.status == 200 else { throw MyError.http(response.status, response.body) }
/// ```
public struct HTTPResponse: Sendable {
    /// The final status code (interim 1xx responses are skipped).
    public var status: Int
    public var headers: HTTPHeaders
    public var body: Data

    public init(status: Int, headers: HTTPHeaders, body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
