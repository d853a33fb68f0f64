import Foundation

/// What the `Gateway` answers: a status, headers and either a complete body or a stream of
/// body chunks (server-sent events for `stream: true`).
///
/// Streamed bodies are pull-based: the adapter writes each chunk as it is produced (and flushes
/// it); when the client goes away the adapter stops iterating, which cancels the Bedrock call.
///
/// ```swift
/// switch response.body {
/// case .bytes(let data): write(data)
/// case .stream(let chunks): for try await chunk in chunks { write(chunk); flush() }
/// }
/// ```
public struct GatewayResponse: Sendable {
    /// A response body.
    public enum Body: Sendable {
        /// The whole body at once.
        case bytes(Data)
        /// Body chunks as they are produced. Errors after the first chunk have already been
        /// turned into SSE error events by the gateway; a thrown error means the adapter
        /// should just close the connection.
        case stream(BedrockEventStream<Data>)
    }

    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Body

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Body) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Whether the body is streamed.
    public var isStreamed: Bool {
        if case .stream = body { return true }
        return false
    }
}
