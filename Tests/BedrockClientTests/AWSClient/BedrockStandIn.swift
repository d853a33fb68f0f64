import Foundation
import Synchronization

@testable import BedrockClient

/// A stand-in for the AWS endpoints on the loopback HTTP server: every request is recorded and
/// numbered, and the test's script answers it with scripted bytes (JSON, error responses,
/// event-stream frames in odd-sized pieces, pauses, resets).
///
/// ```swift
/// try await BedrockStandIn.with({ request, number, connection in
///     connection.respondJSON(#"{"inputTokens": 12}"#)
/// }) { standIn in … standIn.requests … }
/// ```
final class BedrockStandIn: Sendable {
    typealias Script = @Sendable (_ request: LoopbackRequest, _ number: Int, _ connection: LoopbackConnection) -> Void

    let server: LoopbackHTTPServer
    private let log: RequestLog

    private final class RequestLog: Sendable {
        let requests = Mutex<[LoopbackRequest]>([])
    }

    init(script: @escaping Script) throws {
        let log = RequestLog()
        self.log = log
        self.server = try LoopbackHTTPServer { request, connection in
            let number = log.requests.withLock { requests in
                requests.append(request)
                return requests.count
            }
            script(request, number, connection)
        }
    }

    static func with<T>(_ script: @escaping Script, _ body: (BedrockStandIn) async throws -> T) async throws -> T {
        let standIn = try BedrockStandIn(script: script)
        defer { standIn.server.stop() }
        return try await body(standIn)
    }

    var baseURL: String { server.baseURL }
    /// Every request received so far, in arrival order.
    var requests: [LoopbackRequest] { log.requests.withLock { $0 } }
    var requestCount: Int { requests.count }
    var acceptedConnections: Int { server.acceptedConnections }
}
