import Foundation

@testable import BedrockClient

/// Scoped set-up for HTTP tests: a private client (ignoring the machine's proxy variables) and a
/// loopback server, both torn down when the body returns or throws.
enum HTTPTestHarness {
    static func withClient<T>(
        _ configuration: HTTPClient.Configuration = HTTPClient.Configuration(),
        environment: [String: String] = [:],
        _ body: (HTTPClient) async throws -> T
    ) async throws -> T {
        let client = HTTPClient(configuration: configuration, environment: environment)
        do {
            let result = try await body(client)
            await client.shutdown()
            return result
        } catch {
            await client.shutdown()
            throw error
        }
    }

    static func withServer<T>(
        bodyObserver: LoopbackHTTPServer.BodyObserver? = nil,
        _ handler: @escaping LoopbackHTTPServer.Handler,
        _ body: (LoopbackHTTPServer) async throws -> T
    ) async throws -> T {
        let server = try LoopbackHTTPServer(bodyObserver: bodyObserver, handler: handler)
        defer { server.stop() }
        return try await body(server)
    }

    /// Deterministic, non-repeating-looking bytes so truncation or reordering is caught.
    static func pattern(count: Int, seed: UInt32 = 1) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }

    /// Runs `operation`; returns the ``HTTPClientError`` it throws, or `nil` if it succeeds.
    static func clientError(_ operation: () async throws -> Void) async -> HTTPClientError? {
        do {
            try await operation()
            return nil
        } catch let error as HTTPClientError {
            return error
        } catch {
            return HTTPClientError(.transferFailed, message: "unexpected non-HTTPClientError: \(error)")
        }
    }
}
