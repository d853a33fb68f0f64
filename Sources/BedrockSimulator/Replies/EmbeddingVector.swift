/// Deterministic embedding vectors: seeded by the embedded content, so the same text always
/// maps to the same vector and different texts to different ones.
enum EmbeddingVector {
    static func floats(for content: String, dimensions: Int, normalize: Bool = true) -> [Double] {
        var random = DeterministicRandom(seed: StableHash.hash(content))
        var values = (0..<dimensions).map { _ in random.nextSignedUnit() }
        if normalize {
            let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { values = values.map { $0 / norm } }
        }
        // Six decimals keep bodies small and the JSON text stable.
        return values.map { ($0 * 1_000_000).rounded() / 1_000_000 }
    }

    static func int8(_ floats: [Double]) -> [Int] {
        let scale = floats.map(abs).max() ?? 1
        return floats.map { Int(($0 / max(scale, 1e-9) * 127).rounded()) }
    }

    static func uint8(_ floats: [Double]) -> [Int] {
        int8(floats).map { $0 + 128 }
    }

    /// One bit per dimension (set when positive), packed eight to a byte, as unsigned bytes.
    static func ubinary(_ floats: [Double]) -> [Int] {
        stride(from: 0, to: floats.count, by: 8).map { start in
            var byte = 0
            for offset in 0..<8 where start + offset < floats.count && floats[start + offset] > 0 {
                byte |= 1 << (7 - offset)
            }
            return byte
        }
    }

    /// The packed bits as signed bytes (Cohere's `binary`).
    static func binary(_ floats: [Double]) -> [Int] {
        ubinary(floats).map { $0 >= 128 ? $0 - 256 : $0 }
    }

    /// One 0/1 per dimension (Titan V2's `binary`).
    static func bits(_ floats: [Double]) -> [Int] {
        floats.map { $0 > 0 ? 1 : 0 }
    }
}
