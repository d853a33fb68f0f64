import Foundation

/// The API keys the gateway accepts at one moment: usually one, two while a key is being
/// rotated (the new one, and the old one until it expires).
///
/// Comparison takes the same time whatever the candidate: every key is compared, each over
/// the longer of the two lengths (XOR folded into one accumulator, no early exit), so timing
/// reveals neither a matching prefix nor a key's length. No hashing is needed for that. The
/// keys never appear in `description`, `dump` or logs.
///
/// ```swift
/// let keys = APIKeySet(["sk-new", "sk-old"])
/// keys.accepts("sk-old", at: now)   // true
/// ```
public struct APIKeySet: Sendable, CustomStringConvertible, CustomReflectable {
    /// One accepted key and, for a retiring key, the moment it stops being accepted.
    struct Key: Sendable {
        var bytes: [UInt8]
        var validUntil: Date?
    }

    let keys: [Key]

    /// Keys valid without end; empty strings are dropped (an empty key would match an empty
    /// `Bearer` token).
    public init(_ keys: [String]) {
        self.keys = keys.filter { !$0.isEmpty }.map { Key(bytes: Array($0.utf8), validUntil: nil) }
    }

    /// A current key and, during a rotation, the previous key, accepted until `previousValidUntil`
    /// (or without end when that is `nil`).
    public init(current: String, previous: String? = nil, previousValidUntil: Date? = nil) {
        var keys: [Key] = []
        if !current.isEmpty { keys.append(Key(bytes: Array(current.utf8), validUntil: nil)) }
        if let previous, !previous.isEmpty, previous != current {
            keys.append(Key(bytes: Array(previous.utf8), validUntil: previousValidUntil))
        }
        self.keys = keys
    }

    /// Whether there is no key at all.
    public var isEmpty: Bool { keys.isEmpty }

    /// How many keys the set holds, expired ones included.
    public var count: Int { keys.count }

    /// Whether `candidate` is one of the keys still valid at `now`.
    public func accepts(_ candidate: String, at now: Date) -> Bool {
        let bytes = Array(candidate.utf8)
        guard !bytes.isEmpty else { return false }
        var accepted = false
        for key in keys {
            // Compare every key, expired or not, so the time does not depend on which matched.
            let equal = Self.constantTimeEquals(key.bytes, bytes)
            let valid = key.validUntil.map { now < $0 } ?? true
            accepted = accepted || (equal && valid)
        }
        return accepted
    }

    /// Byte-wise equality whose running time depends only on the longer input's length: the
    /// XOR of every byte pair (missing bytes read as 0) and of the two lengths is OR-folded into
    /// one accumulator that is tested once at the end.
    public static func constantTimeEquals(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        var difference = UInt(bitPattern: lhs.count ^ rhs.count)
        let length = max(lhs.count, rhs.count)
        var index = 0
        while index < length {
            let left = index < lhs.count ? lhs[index] : 0
            let right = index < rhs.count ? rhs[index] : 0
            difference |= UInt(left ^ right)
            index += 1
        }
        return difference == 0
    }

    public var description: String { "APIKeySet(\(keys.count) key\(keys.count == 1 ? "" : "s"))" }

    public var customMirror: Mirror { Mirror(self, children: ["count": keys.count]) }
}
