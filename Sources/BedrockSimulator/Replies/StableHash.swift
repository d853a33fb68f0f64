import Foundation

/// FNV-1a, 64 bit: a hash that is the same in every process, unlike `Hasher`, which is seeded
/// per run. Replies must be byte-identical across runs, so every derived value starts here.
enum StableHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    static func hash(_ bytes: some Sequence<UInt8>, seed: UInt64 = offsetBasis) -> UInt64 {
        var value = seed
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= prime
        }
        return value
    }

    static func hash(_ text: String, seed: UInt64 = offsetBasis) -> UInt64 {
        hash(text.utf8, seed: seed)
    }

    /// Hashes several parts with a separator between them, so ("ab", "c") and ("a", "bc") differ.
    static func hash(parts: [String]) -> UInt64 {
        var value = offsetBasis
        for part in parts {
            value = hash(part.utf8, seed: value)
            value = hash([0xff], seed: value)
        }
        return value
    }
}
