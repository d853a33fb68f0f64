/// Lowercase base-16 encoding, as SigV4 uses for hashes and signatures.
///
///     let digest = try SHA256.hash(Array("abc".utf8))
///     HexEncoding.lowercase(digest) // "ba7816bf…"
public enum HexEncoding {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The lowercase hex representation of `bytes`, two characters per byte.
    public static func lowercase(_ bytes: some Sequence<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            output.append(digits[Int(byte >> 4)])
            output.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }
}
