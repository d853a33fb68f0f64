import Foundation

/// Parses the headers section of a frame whose checksums have already been verified.
///
/// Every read is bounds-checked against the section: a checksum only proves the sender meant
/// these bytes, not that it framed them correctly.
struct EventStreamHeaderParser {
    private let bytes: UnsafeRawBufferPointer
    /// Offset of `bytes` within the frame, for error messages.
    private let baseOffset: Int
    private var cursor = 0

    init(_ bytes: UnsafeRawBufferPointer, baseOffset: Int) {
        self.bytes = bytes
        self.baseOffset = baseOffset
    }

    static func parse(_ bytes: UnsafeRawBufferPointer, baseOffset: Int) throws(EventStreamError) -> [EventStreamHeader] {
        var parser = EventStreamHeaderParser(bytes, baseOffset: baseOffset)
        var headers: [EventStreamHeader] = []
        while parser.cursor < bytes.count {
            headers.append(try parser.readHeader())
        }
        return headers
    }

    private mutating func readHeader() throws(EventStreamError) -> EventStreamHeader {
        let headerStart = cursor
        let overrun = EventStreamError.headerOverrunsHeadersSection(offset: baseOffset + headerStart)

        guard let nameLength = read(UInt8.self) else { throw overrun }
        guard let nameBytes = read(count: Int(nameLength)) else { throw overrun }
        guard let name = Self.utf8String(nameBytes) else { throw .invalidUTF8(headerName: nil) }
        guard let typeCode = read(UInt8.self) else { throw overrun }

        let value: EventStreamHeaderValue
        switch typeCode {
        case 0:
            value = .bool(true)
        case 1:
            value = .bool(false)
        case 2:
            guard let raw = read(UInt8.self) else { throw overrun }
            value = .byte(Int8(bitPattern: raw))
        case 3:
            guard let raw = read(UInt16.self) else { throw overrun }
            value = .short(Int16(bitPattern: raw))
        case 4:
            guard let raw = read(UInt32.self) else { throw overrun }
            value = .integer(Int32(bitPattern: raw))
        case 5:
            guard let raw = read(UInt64.self) else { throw overrun }
            value = .long(Int64(bitPattern: raw))
        case 6:
            guard let length = read(UInt16.self), let raw = read(count: Int(length)) else { throw overrun }
            value = .byteArray(Data(raw))
        case 7:
            guard let length = read(UInt16.self), let raw = read(count: Int(length)) else { throw overrun }
            guard let string = Self.utf8String(raw) else { throw .invalidUTF8(headerName: name) }
            value = .string(string)
        case 8:
            guard let raw = read(UInt64.self) else { throw overrun }
            value = .timestamp(Int64(bitPattern: raw))
        case 9:
            guard let raw = read(count: 16) else { throw overrun }
            value = .uuid(UUID(uuid: (
                raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7],
                raw[8], raw[9], raw[10], raw[11], raw[12], raw[13], raw[14], raw[15])))
        default:
            throw .unknownHeaderValueType(typeCode, headerName: name)
        }
        return EventStreamHeader(name: name, value: value)
    }

    /// Reads a big-endian integer, or returns `nil` if it would run past the section.
    private mutating func read<Integer: FixedWidthInteger>(_: Integer.Type) -> Integer? {
        let size = MemoryLayout<Integer>.size
        guard bytes.count - cursor >= size else { return nil }
        let value = Integer(bigEndian: bytes.loadUnaligned(fromByteOffset: cursor, as: Integer.self))
        cursor += size
        return value
    }

    /// Reads `count` raw bytes, or returns `nil` if they would run past the section.
    private mutating func read(count: Int) -> UnsafeRawBufferPointer? {
        guard bytes.count - cursor >= count else { return nil }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[cursor..<(cursor + count)])
        cursor += count
        return slice
    }

    /// Strict UTF-8 decoding. `String(decoding:as:)` repairs invalid input with U+FFFD, so the
    /// result is accepted only if it re-encodes to exactly the input bytes.
    private static func utf8String(_ raw: UnsafeRawBufferPointer) -> String? {
        let string = String(decoding: raw, as: UTF8.self)
        return string.utf8.elementsEqual(raw) ? string : nil
    }
}
