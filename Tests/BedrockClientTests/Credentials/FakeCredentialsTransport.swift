import Foundation

@testable import BedrockClient

/// An in-memory ``CredentialsHTTPTransport`` that records every request and answers from a
/// handler, so credentials providers are tested without sockets.
final class FakeCredentialsTransport: CredentialsHTTPTransport, @unchecked Sendable {
    // @unchecked: `recorded` is only touched while `lock` is held; `handler` is immutable.
    struct Request: Sendable {
        var method: String
        var url: String
        var headers: [(name: String, value: String)]
        var body: Data?
        var timeout: Duration

        var bodyText: String { body.map { String(decoding: $0, as: UTF8.self) } ?? "" }

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        /// The form-encoded body as name → decoded value.
        var formParameters: [String: String] {
            var parameters: [String: String] = [:]
            for pair in bodyText.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2 else { continue }
                parameters[String(parts[0])] = String(parts[1]).removingPercentEncoding
            }
            return parameters
        }
    }

    struct ConnectionRefused: Error, CustomStringConvertible {
        var description: String { "connection refused" }
    }

    private let lock = NSLock()
    private var recorded: [Request] = []
    private let handler: @Sendable (Request) throws -> CredentialsHTTPResponse

    init(handler: @escaping @Sendable (Request) throws -> CredentialsHTTPResponse) {
        self.handler = handler
    }

    /// A transport where nothing answers, like a laptop asked for IMDS.
    static func unreachable() -> FakeCredentialsTransport {
        FakeCredentialsTransport { _ in throw ConnectionRefused() }
    }

    var requests: [Request] { lock.withLock { recorded } }

    func send(
        method: String,
        url: String,
        headers: [(name: String, value: String)],
        body: Data?,
        timeout: Duration
    ) async throws -> CredentialsHTTPResponse {
        let request = Request(method: method, url: url, headers: headers, body: body, timeout: timeout)
        lock.withLock { recorded.append(request) }
        return try handler(request)
    }
}

extension CredentialsHTTPResponse {
    static func text(_ status: Int, _ body: String) -> CredentialsHTTPResponse {
        CredentialsHTTPResponse(status: status, body: Data(body.utf8))
    }
}
