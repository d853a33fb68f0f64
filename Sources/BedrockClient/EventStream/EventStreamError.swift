/// Why event-stream bytes could not be decoded, or a message could not be encoded.
///
/// The spec requires the stream to be terminated on any checksum failure, and the format has no
/// resynchronisation marker, so every decoding error is final for the stream.
///
/// ```swift
/// do { while let message = try decoder.next() { handle(message) } }
/// catch .preludeChecksumMismatch { /* corrupted framing */ }
/// ```
public enum EventStreamError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The CRC-32 of the first 8 bytes does not match the prelude CRC field.
    case preludeChecksumMismatch(expected: UInt32, computed: UInt32)
    /// The CRC-32 of the whole frame (minus its last 4 bytes) does not match the message CRC.
    case messageChecksumMismatch(expected: UInt32, computed: UInt32)
    /// The total length is below the 16-byte minimum or above the configured maximum.
    case messageLengthOutOfRange(length: Int, maximum: Int)
    /// The headers length does not fit in the frame's total length.
    case headersLengthOutOfRange(headersLength: Int, totalLength: Int)
    /// A header's name, type or value runs past the end of the headers section.
    case headerOverrunsHeadersSection(offset: Int)
    /// A header type code outside 0–9.
    case unknownHeaderValueType(UInt8, headerName: String)
    /// A header name (`headerName == nil`) or string value is not valid UTF-8.
    case invalidUTF8(headerName: String?)
    /// The input ended inside a frame. `expectedByteCount` is the frame's total length when its
    /// prelude had arrived.
    case truncatedMessage(bufferedByteCount: Int, expectedByteCount: Int?)
    /// Encoding: a header name must be 1–255 bytes of UTF-8.
    case invalidHeaderNameLength(name: String, byteCount: Int)
    /// Encoding: a string or byte-array value longer than its `UInt16` length prefix allows.
    case headerValueTooLong(headerName: String, byteCount: Int)

    public var description: String {
        switch self {
        case .preludeChecksumMismatch(let expected, let computed):
            "event stream: prelude checksum mismatch (expected \(hex(expected)), computed \(hex(computed)))"
        case .messageChecksumMismatch(let expected, let computed):
            "event stream: message checksum mismatch (expected \(hex(expected)), computed \(hex(computed)))"
        case .messageLengthOutOfRange(let length, let maximum):
            "event stream: message length \(length) outside \(EventStreamMessage.minimumEncodedLength)...\(maximum)"
        case .headersLengthOutOfRange(let headersLength, let totalLength):
            "event stream: headers length \(headersLength) does not fit in message length \(totalLength)"
        case .headerOverrunsHeadersSection(let offset):
            "event stream: header at offset \(offset) runs past the headers section"
        case .unknownHeaderValueType(let type, let name):
            "event stream: header '\(name)' has unknown value type \(type)"
        case .invalidUTF8(let name?):
            "event stream: string value of header '\(name)' is not valid UTF-8"
        case .invalidUTF8(nil):
            "event stream: header name is not valid UTF-8"
        case .truncatedMessage(let buffered, let expected?):
            "event stream: input ended after \(buffered) of \(expected) bytes of a message"
        case .truncatedMessage(let buffered, nil):
            "event stream: input ended after \(buffered) bytes of a message prelude"
        case .invalidHeaderNameLength(let name, let byteCount):
            "event stream: header name '\(name)' is \(byteCount) bytes, must be 1...255"
        case .headerValueTooLong(let name, let byteCount):
            "event stream: value of header '\(name)' is \(byteCount) bytes, at most 65535 allowed"
        }
    }
}

private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
}
