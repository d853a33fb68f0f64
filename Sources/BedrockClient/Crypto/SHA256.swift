import CLibCrypto

/// One-shot SHA-256 over libcrypto's EVP interface.
///
///     let digest = try SHA256.hash(Array("abc".utf8))
///     HexEncoding.lowercase(digest) // "ba7816bf8f01cfea…"
///
/// For bodies that arrive in pieces use ``SHA256Hasher``.
public enum SHA256 {
    /// The size of a SHA-256 digest in bytes.
    public static let digestByteCount = 32

    /// The SHA-256 digest of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) throws(CryptoError) -> [UInt8] {
        var hasher = try SHA256Hasher()
        try hasher.update(bytes)
        return try hasher.finalize()
    }
}
