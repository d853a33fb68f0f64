import Foundation

/// One embedding as sent on the wire: an array of numbers (`encoding_format: "float"`) or a
/// base64 string of little-endian float32 bytes (`encoding_format: "base64"`).
///
/// ```swift
/// let vector = EmbeddingVector(floats: [1.0, -2.0], format: .base64)  // .base64("AACAPwAAAMA=")
/// let floats = vector.floatValues                                    // [1.0, -2.0]
/// ```
public enum EmbeddingVector: Sendable, Hashable {
    case floats([Float])
    case base64(String)

    /// The vector in the representation a request asked for (`nil` means float).
    public init(floats: [Float], format: EmbeddingEncodingFormat?) {
        switch format {
        case .base64?: self = .base64(Self.base64Encoded(floats))
        case .float?, nil: self = .floats(floats)
        }
    }

    /// The numbers, decoding base64 if needed; `nil` for base64 that is not float32 data.
    public var floatValues: [Float]? {
        switch self {
        case .floats(let floats): floats
        case .base64(let text): Self.floats(fromBase64: text)
        }
    }

    /// Base64 of the vector as little-endian IEEE 754 float32 bytes, the layout the OpenAI SDKs
    /// decode (`numpy.frombuffer(…, dtype="float32")` in Python).
    public static func base64Encoded(_ floats: [Float]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(floats.count * 4)
        for value in floats {
            let bits = value.bitPattern
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bytes.append(UInt8(truncatingIfNeeded: bits >> 8))
            bytes.append(UInt8(truncatingIfNeeded: bits >> 16))
            bytes.append(UInt8(truncatingIfNeeded: bits >> 24))
        }
        return Data(bytes).base64EncodedString()
    }

    /// The inverse of ``base64Encoded(_:)``; `nil` if the text is not base64 or its length is
    /// not a multiple of four bytes.
    public static func floats(fromBase64 text: String) -> [Float]? {
        guard let data = Data(base64Encoded: text), data.count % 4 == 0 else { return nil }
        let bytes = [UInt8](data)
        var floats: [Float] = []
        floats.reserveCapacity(bytes.count / 4)
        for start in stride(from: 0, to: bytes.count, by: 4) {
            let bits = UInt32(bytes[start]) | UInt32(bytes[start + 1]) << 8
                | UInt32(bytes[start + 2]) << 16 | UInt32(bytes[start + 3]) << 24
            floats.append(Float(bitPattern: bits))
        }
        return floats
    }
}

extension EmbeddingVector: WireTypeDescribing {
    static let expectedWireType = "one of an array of numbers or a base64 string"
}

extension EmbeddingVector: Codable {
    public init(from decoder: any Decoder) throws {
        switch WireKind(of: decoder) {
        case .string: self = .base64(try decoder.singleValueContainer().decode(String.self))
        case .array: self = .floats(try decoder.singleValueContainer().decode([Float].self))
        default: throw Self.typeMismatch(at: decoder.codingPath)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .floats(let floats): try container.encode(floats)
        case .base64(let text): try container.encode(text)
        }
    }
}
