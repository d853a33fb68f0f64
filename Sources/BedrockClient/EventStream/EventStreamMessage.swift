import Foundation

/// One decoded `application/vnd.amazon.eventstream` message: ordered headers and a payload.
///
/// Produced by ``EventStreamDecoder`` and turned back into bytes by ``EventStreamEncoder``.
///
/// ```swift
/// let message = EventStreamMessage(
///     headers: [EventStreamHeader(name: ":message-type", value: .string("event"))],
///     payload: Data(#"{"delta":{"text":"Hi"}}"#.utf8))
/// ```
public struct EventStreamMessage: Sendable, Hashable {
    /// The smallest possible frame: 12-byte prelude, no headers, no payload, 4-byte message CRC.
    public static let minimumEncodedLength = 16

    /// Length of the prelude: total length, headers length and prelude CRC, four bytes each.
    static let preludeLength = 12

    /// The default upper bound on a frame's total length, 16 MiB.
    ///
    /// The same limit the AWS SDKs (aws-c-event-stream, smithy-kotlin) apply. It lets the decoder
    /// refuse an absurd length from the prelude before buffering anything; Bedrock's events are
    /// far smaller. Callers that need the spec's full 24 MB payloads pass a larger limit.
    public static let defaultMaximumEncodedLength = 16 * 1024 * 1024

    /// Headers in wire order.
    public var headers: [EventStreamHeader]
    /// The payload bytes (for Bedrock, usually a JSON document).
    public var payload: Data

    public init(headers: [EventStreamHeader] = [], payload: Data = Data()) {
        self.headers = headers
        self.payload = payload
    }
}
