import Foundation
import Testing

@testable import BedrockClient

/// The AWS event-stream test vectors in `../shared/testdata/eventstream`, plus helpers to build
/// frames by hand from the wire-format description.
///
/// `encoded/positive/<name>` are raw frames, `decoded/positive/<name>` their JSON description;
/// `encoded/negative/<name>` are corrupt frames and `decoded/negative/<name>` the reason text.
enum EventStreamTestData {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // BedrockClientTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .appendingPathComponent("../shared/testdata/eventstream")
        .standardizedFileURL

    static let positiveNames: [String] = names(in: "encoded/positive")
    static let negativeNames: [String] = names(in: "encoded/negative")

    private static func names(in folder: String) -> [String] {
        let url = directory.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted()
    }

    static func encoded(positive name: String) throws -> [UInt8] {
        try bytes(at: "encoded/positive/\(name)")
    }

    static func encoded(negative name: String) throws -> [UInt8] {
        try bytes(at: "encoded/negative/\(name)")
    }

    /// The reason text of a negative vector, e.g. `Prelude checksum mismatch`.
    static func reason(negative name: String) throws -> String {
        String(decoding: try bytes(at: "decoded/negative/\(name)"), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func expected(positive name: String) throws -> ExpectedFrame {
        let json = Data(try bytes(at: "decoded/positive/\(name)"))
        return try ExpectedFrame(try JSONDecoder().decode(DecodedVector.self, from: json))
    }

    /// All positive vectors' frames back to back, with their expected messages.
    static func allPositiveFrames() throws -> (bytes: [UInt8], messages: [EventStreamMessage]) {
        var bytes: [UInt8] = []
        var messages: [EventStreamMessage] = []
        for name in positiveNames {
            bytes += try encoded(positive: name)
            messages.append(try expected(positive: name).message)
        }
        return (bytes, messages)
    }

    private static func bytes(at relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(relativePath)))
    }

    // MARK: - Expected decoding

    /// A positive vector's JSON description, turned into the message it must decode to.
    struct ExpectedFrame {
        var totalLength: Int
        var headersLength: Int
        var preludeCRC: UInt32
        var messageCRC: UInt32
        var message: EventStreamMessage

        init(_ vector: DecodedVector) throws {
            totalLength = vector.total_length
            headersLength = vector.headers_length
            // The JSON writes the CRCs as signed 32-bit integers.
            preludeCRC = UInt32(truncatingIfNeeded: vector.prelude_crc)
            messageCRC = UInt32(truncatingIfNeeded: vector.message_crc)
            let headers = try vector.headers.map { header in
                EventStreamHeader(name: header.name, value: try Self.value(type: header.type, json: header.value))
            }
            let payload = try #require(Data(base64Encoded: vector.payload))
            message = EventStreamMessage(headers: headers, payload: payload)
        }

        /// Builds the value from the vector's type code; byte arrays, strings and UUIDs are
        /// base64 in the JSON, integers and timestamps are numbers, booleans are booleans.
        private static func value(type: UInt8, json: DecodedVector.Value) throws -> EventStreamHeaderValue {
            switch (type, json) {
            case (0, .bool(true)): return .bool(true)
            case (1, .bool(false)): return .bool(false)
            case (2, .integer(let v)): return .byte(try #require(Int8(exactly: v)))
            case (3, .integer(let v)): return .short(try #require(Int16(exactly: v)))
            case (4, .integer(let v)): return .integer(try #require(Int32(exactly: v)))
            case (5, .integer(let v)): return .long(v)
            case (6, .string(let b64)): return .byteArray(try #require(Data(base64Encoded: b64)))
            case (7, .string(let b64)):
                let raw = try #require(Data(base64Encoded: b64))
                return .string(try #require(String(data: raw, encoding: .utf8)))
            case (8, .integer(let v)): return .timestamp(v)
            case (9, .string(let b64)):
                let raw = [UInt8](try #require(Data(base64Encoded: b64)))
                try #require(raw.count == 16)
                return .uuid(UUID(uuid: (
                    raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7],
                    raw[8], raw[9], raw[10], raw[11], raw[12], raw[13], raw[14], raw[15])))
            default:
                Issue.record("unexpected header in vector: type \(type), value \(json)")
                throw VectorFormatError()
            }
        }
    }

    struct VectorFormatError: Error {}

    /// The JSON layout of `decoded/positive/<name>`.
    struct DecodedVector: Decodable {
        var total_length: Int
        var headers_length: Int
        var prelude_crc: Int64
        var headers: [Header]
        var payload: String
        var message_crc: Int64

        struct Header: Decodable {
            var name: String
            var type: UInt8
            var value: Value
        }

        enum Value: Decodable {
            case bool(Bool)
            case integer(Int64)
            case string(String)

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let value = try? container.decode(Bool.self) {
                    self = .bool(value)
                } else if let value = try? container.decode(Int64.self) {
                    self = .integer(value)
                } else {
                    self = .string(try container.decode(String.self))
                }
            }
        }
    }

    // MARK: - Hand-built frames

    /// A frame with arbitrary (possibly malformed) header bytes and a given prelude, with both
    /// CRCs computed correctly, so the decoder gets past the checksums to the structural checks.
    static func frame(
        headerBytes: [UInt8], payload: [UInt8] = [],
        totalLength: UInt32? = nil, headersLength: UInt32? = nil
    ) -> [UInt8] {
        let total = totalLength ?? UInt32(16 + headerBytes.count + payload.count)
        var bytes = bigEndian(total) + bigEndian(headersLength ?? UInt32(headerBytes.count))
        bytes += bigEndian(CRC32.checksum(bytes))
        bytes += headerBytes + payload
        bytes += bigEndian(CRC32.checksum(bytes))
        return bytes
    }

    /// Just a prelude (12 bytes) with a correct CRC.
    static func prelude(totalLength: UInt32, headersLength: UInt32) -> [UInt8] {
        let bytes = bigEndian(totalLength) + bigEndian(headersLength)
        return bytes + bigEndian(CRC32.checksum(bytes))
    }

    static func bigEndian<Integer: FixedWidthInteger>(_ value: Integer) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }

    /// Rewrites both CRCs of a frame so they match its (possibly mutated) content.
    static func fixingChecksums(_ frame: [UInt8]) -> [UInt8] {
        guard frame.count >= 16 else { return frame }
        var fixed = frame
        fixed.replaceSubrange(8..<12, with: bigEndian(CRC32.checksum(fixed[0..<8])))
        let end = fixed.count - 4
        fixed.replaceSubrange(end..<fixed.count, with: bigEndian(CRC32.checksum(fixed[0..<end])))
        return fixed
    }

    /// Decodes `bytes` delivered as the given chunks; returns the messages and the first error
    /// (from `next()` or `finish()`).
    static func decode(chunks: [ArraySlice<UInt8>], maximumMessageLength: Int = EventStreamMessage.defaultMaximumEncodedLength)
        -> (messages: [EventStreamMessage], error: EventStreamError?)
    {
        var decoder = EventStreamDecoder(maximumMessageLength: maximumMessageLength)
        var messages: [EventStreamMessage] = []
        do {
            for chunk in chunks {
                decoder.append(chunk)
                while let message = try decoder.next() { messages.append(message) }
            }
            try decoder.finish()
            return (messages, nil)
        } catch {
            return (messages, error)
        }
    }

    static func decode(_ bytes: [UInt8], maximumMessageLength: Int = EventStreamMessage.defaultMaximumEncodedLength)
        -> (messages: [EventStreamMessage], error: EventStreamError?)
    {
        decode(chunks: [bytes[...]], maximumMessageLength: maximumMessageLength)
    }

    /// A deterministic generator (SplitMix64) so property tests are reproducible.
    struct SeededGenerator: RandomNumberGenerator {
        private var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

extension EventStreamError {
    /// The error's case without its associated values, for "fails with the right kind" checks.
    var kind: String {
        switch self {
        case .preludeChecksumMismatch: "preludeChecksumMismatch"
        case .messageChecksumMismatch: "messageChecksumMismatch"
        case .messageLengthOutOfRange: "messageLengthOutOfRange"
        case .headersLengthOutOfRange: "headersLengthOutOfRange"
        case .headerOverrunsHeadersSection: "headerOverrunsHeadersSection"
        case .unknownHeaderValueType: "unknownHeaderValueType"
        case .invalidUTF8: "invalidUTF8"
        case .truncatedMessage: "truncatedMessage"
        case .invalidHeaderNameLength: "invalidHeaderNameLength"
        case .headerValueTooLong: "headerValueTooLong"
        }
    }
}
