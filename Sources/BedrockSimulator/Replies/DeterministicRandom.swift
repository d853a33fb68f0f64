import Foundation

/// A seeded pseudo-random generator (SplitMix64) for values that should look random — ids,
/// padding, signatures, embedding vectors — yet repeat exactly for the same request.
struct DeterministicRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    static let lowercaseAlphanumerics = Array("abcdefghijklmnopqrstuvwxyz0123456789")

    init(seed: UInt64) {
        self.state = seed
    }

    init(seedText: String) {
        self.init(seed: StableHash.hash(seedText))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A value in `-1 ..< 1`.
    mutating func nextSignedUnit() -> Double {
        Double(next() >> 11) / Double(1 << 53) * 2 - 1
    }

    mutating func string(length: Int, alphabet: [Character] = alphanumerics) -> String {
        String((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
    }

    mutating func bytes(count: Int) -> Data {
        Data((0..<count).map { _ in UInt8(truncatingIfNeeded: next()) })
    }
}
