import Foundation

/// The HTTP exchange credentials providers need (STS, the container agent, IMDS): one request,
/// one fully buffered response. The package's libcurl client conforms to it; tests use a fake.
///
///     struct Transport: CredentialsHTTPTransport {
///         func send(method: String, url: String, headers: [(name: String, value: String)],
///                   body: Data?, timeout: Duration) async throws -> CredentialsHTTPResponse { … }
///     }
///
/// Throw for failures without a response (refused, reset, timed out); return non-2xx responses.
public protocol CredentialsHTTPTransport: Sendable {
    func send(
        method: String,
        url: String,
        headers: [(name: String, value: String)],
        body: Data?,
        timeout: Duration
    ) async throws -> CredentialsHTTPResponse
}
