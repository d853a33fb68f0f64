import Foundation

/// Encodes ``EventStreamMessage``s into `application/vnd.amazon.eventstream` frames.
///
/// Headers are written in the order given, so decoding then encoding reproduces the bytes.
///
/// ```swift
/// let encoder = EventStreamEncoder()
/// let frame: [UInt8] = try encoder.encode(.event(type: "messageStop", payload: Data("{}".utf8)))
/// ```
public struct EventStreamEncoder: Sendable {
    /// Frames longer than this are refused, matching what ``EventStreamDecoder`` accepts.
    public var maximumMessageLength: Int

    public init(maximumMessageLength: Int = EventStreamMessage.defaultMaximumEncodedLength) {
        self.maximumMessageLength = maximumMessageLength
    }

    /// The frame for `message`.
    public func encode(_ message: EventStreamMessage) throws(EventStreamError) -> [UInt8] {
        var frame: [UInt8] = []
        try encode(message, into: &frame)
        return frame
    }

    /// Appends the frame for `message` to `buffer`; on error `buffer` is left unchanged.
    public func encode(_ message: EventStreamMessage, into buffer: inout [UInt8]) throws(EventStreamError) {
        let headersLength = try Self.encodedLength(of: message.headers)
        let totalLength = EventStreamMessage.minimumEncodedLength + headersLength + message.payload.count
        guard totalLength <= maximumMessageLength, totalLength <= Int(UInt32.max) else {
            throw .messageLengthOutOfRange(length: totalLength, maximum: maximumMessageLength)
        }

        let start = buffer.count
        buffer.reserveCapacity(start + totalLength)
        append(UInt32(totalLength), to: &buffer)
        append(UInt32(headersLength), to: &buffer)
        append(crc(of: buffer, from: start), to: &buffer)
        for header in message.headers {
            append(header, to: &buffer)
        }
        buffer.append(contentsOf: message.payload)
        append(crc(of: buffer, from: start), to: &buffer)
    }

    /// Validates every header and returns the size of the headers section.
    private static func encodedLength(of headers: [EventStreamHeader]) throws(EventStreamError) -> Int {
        var length = 0
        for header in headers {
            let nameLength = header.name.utf8.count
            guard (1...Int(UInt8.max)).contains(nameLength) else {
                throw .invalidHeaderNameLength(name: header.name, byteCount: nameLength)
            }
            length += 1 + nameLength + 1
            switch header.value {
            case .bool: break
            case .byte: length += 1
            case .short: length += 2
            case .integer: length += 4
            case .long, .timestamp: length += 8
            case .uuid: length += 16
            case .byteArray(let bytes):
                guard bytes.count <= Int(UInt16.max) else {
                    throw .headerValueTooLong(headerName: header.name, byteCount: bytes.count)
                }
                length += 2 + bytes.count
            case .string(let string):
                let byteCount = string.utf8.count
                guard byteCount <= Int(UInt16.max) else {
                    throw .headerValueTooLong(headerName: header.name, byteCount: byteCount)
                }
                length += 2 + byteCount
            }
        }
        return length
    }

    private func append(_ header: EventStreamHeader, to buffer: inout [UInt8]) {
        buffer.append(UInt8(truncatingIfNeeded: header.name.utf8.count))
        buffer.append(contentsOf: header.name.utf8)
        buffer.append(header.value.typeCode)
        switch header.value {
        case .bool:
            break
        case .byte(let value):
            buffer.append(UInt8(bitPattern: value))
        case .short(let value):
            append(UInt16(bitPattern: value), to: &buffer)
        case .integer(let value):
            append(UInt32(bitPattern: value), to: &buffer)
        case .long(let value), .timestamp(let value):
            append(UInt64(bitPattern: value), to: &buffer)
        case .byteArray(let bytes):
            append(UInt16(truncatingIfNeeded: bytes.count), to: &buffer)
            buffer.append(contentsOf: bytes)
        case .string(let string):
            append(UInt16(truncatingIfNeeded: string.utf8.count), to: &buffer)
            buffer.append(contentsOf: string.utf8)
        case .uuid(let uuid):
            withUnsafeBytes(of: uuid.uuid) { buffer.append(contentsOf: $0) }
        }
    }

    private func append<Integer: FixedWidthInteger>(_ value: Integer, to buffer: inout [UInt8]) {
        withUnsafeBytes(of: value.bigEndian) { buffer.append(contentsOf: $0) }
    }

    private func crc(of buffer: [UInt8], from start: Int) -> UInt32 {
        CRC32.checksum(buffer[start...])
    }
}
