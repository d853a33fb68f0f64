import Foundation

/// The body of an ``HTTPRequest``: nothing, bytes known up front, or a stream of chunks.
///
/// A streamed body is sent with `Transfer-Encoding: chunked` on HTTP/1.1 (HTTP/2 frames it
/// natively), as the Lambda Runtime API expects for a streaming response.
/// ```swift
/// let fixed: HTTPRequestBody = .bytes(Array("{}".utf8))
/// let (chunks, continuation) = AsyncStream.makeStream(of: [UInt8].self)
/// let streamed: HTTPRequestBody = .stream(chunks)
/// ```
public struct HTTPRequestBody: Sendable {
    enum Storage: Sendable {
        case none
        case bytes([UInt8])
        /// Feeds every chunk of the sequence into the sink; returns when the sequence ends or the
        /// sink refuses more (the transfer ended).
        case stream(@Sendable (RequestBodySink) async throws -> Void)
    }

    let storage: Storage

    /// No body.
    public static let none = HTTPRequestBody(storage: .none)

    /// A body whose bytes are all known up front (sent with `Content-Length`).
    public static func bytes(_ bytes: [UInt8]) -> HTTPRequestBody {
        HTTPRequestBody(storage: .bytes(bytes))
    }

    /// A body whose bytes are all known up front (sent with `Content-Length`).
    public static func bytes(_ data: Data) -> HTTPRequestBody {
        HTTPRequestBody(storage: .bytes([UInt8](data)))
    }

    /// A body produced incrementally. Each element is sent as it arrives; the sequence ending
    /// ends the body, and the sequence throwing aborts the request with
    /// ``HTTPClientError/Code/requestBodyFailed``. The sequence is iterated once, with
    /// backpressure: iteration pauses while the client's upload buffer is full.
    public static func stream<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks) -> HTTPRequestBody
    where Chunks.Element == [UInt8] {
        HTTPRequestBody(
            storage: .stream { sink in
                for try await chunk in chunks {
                    guard await sink.write(chunk) else { return }
                }
            })
    }

    /// Whether the body is streamed (and so cannot be replayed for a retry).
    public var isStreamed: Bool {
        if case .stream = storage { return true }
        return false
    }
}
