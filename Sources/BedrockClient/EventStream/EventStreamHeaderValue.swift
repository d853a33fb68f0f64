import Foundation

/// The typed value of one event-stream header.
///
/// The wire format has ten type codes; `true` and `false` (codes 0 and 1) carry no value bytes
/// and are both represented by ``bool(_:)``. The other cases map one-to-one to a type code.
///
/// ```swift
/// let value: EventStreamHeaderValue = .string("application/json")
/// value.typeCode      // 7
/// value.stringValue   // "application/json"
/// ```
public enum EventStreamHeaderValue: Sendable, Hashable {
    /// Type 0 (`true`) or 1 (`false`); no value bytes.
    case bool(Bool)
    /// Type 2: one signed byte.
    case byte(Int8)
    /// Type 3: big-endian `Int16`.
    case short(Int16)
    /// Type 4: big-endian `Int32`.
    case integer(Int32)
    /// Type 5: big-endian `Int64`.
    case long(Int64)
    /// Type 6: up to 65 535 bytes, prefixed on the wire by a `UInt16` length.
    case byteArray(Data)
    /// Type 7: up to 65 535 UTF-8 bytes, prefixed on the wire by a `UInt16` length.
    case string(String)
    /// Type 8: milliseconds since 1970-01-01T00:00:00Z as a big-endian `Int64`.
    ///
    /// Kept as the integer (not `Date`) so decoding and re-encoding is exact; see ``date``.
    case timestamp(Int64)
    /// Type 9: 16 raw bytes.
    case uuid(UUID)

    /// The wire type code (0–9).
    public var typeCode: UInt8 {
        switch self {
        case .bool(true): 0
        case .bool(false): 1
        case .byte: 2
        case .short: 3
        case .integer: 4
        case .long: 5
        case .byteArray: 6
        case .string: 7
        case .timestamp: 8
        case .uuid: 9
        }
    }

    /// The string, when this is a ``string(_:)`` header.
    public var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The instant, when this is a ``timestamp(_:)`` header.
    public var date: Date? {
        if case .timestamp(let milliseconds) = self {
            Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        } else {
            nil
        }
    }
}
