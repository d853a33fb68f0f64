import CLibCrypto

/// Incremental SHA-256 for bodies that are streamed in chunks.
///
///     var hasher = try SHA256Hasher()
///     for chunk in chunks { try hasher.update(chunk) }
///     let digest = try hasher.finalize()
///
/// Non-copyable because it owns an `EVP_MD_CTX`; it is freed when the hasher goes away.
/// `EVP_MD_CTX_new`/`EVP_DigestInit_ex`/`EVP_DigestUpdate`/`EVP_DigestFinal_ex` exist unchanged
/// in OpenSSL 1.1 and 3, so the same code runs on whichever libcrypto the Lambda image has.
public struct SHA256Hasher: ~Copyable, @unchecked Sendable {
    // @unchecked: the context is owned exclusively by this non-copyable value, so moving the
    // value to another task moves the only reference to it.
    private let context: OpaquePointer

    /// A hasher with nothing fed yet.
    public init() throws(CryptoError) {
        guard let context = EVP_MD_CTX_new() else {
            throw .libcryptoFailure(function: "EVP_MD_CTX_new")
        }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
            EVP_MD_CTX_free(context)
            throw .libcryptoFailure(function: "EVP_DigestInit_ex")
        }
        self.context = context
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    /// Feeds `bytes` into the digest.
    public mutating func update(_ bytes: some Sequence<UInt8>) throws(CryptoError) {
        let context = self.context
        let feed: (UnsafeBufferPointer<UInt8>) -> Int32 = { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return 1 }
            return EVP_DigestUpdate(context, base, buffer.count)
        }
        let status: Int32
        if let contiguous = bytes.withContiguousStorageIfAvailable(feed) {
            status = contiguous
        } else {
            status = Array(bytes).withUnsafeBufferPointer(feed)
        }
        guard status == 1 else { throw .libcryptoFailure(function: "EVP_DigestUpdate") }
    }

    /// The digest of everything fed so far; consumes the hasher.
    public consuming func finalize() throws(CryptoError) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let context = self.context
        let status = digest.withUnsafeMutableBufferPointer { buffer in
            EVP_DigestFinal_ex(context, buffer.baseAddress, &length)
        }
        guard status == 1, Int(length) == SHA256.digestByteCount else {
            throw .libcryptoFailure(function: "EVP_DigestFinal_ex")
        }
        return Array(digest.prefix(Int(length)))
    }
}
