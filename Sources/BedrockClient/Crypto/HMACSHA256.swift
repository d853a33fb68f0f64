import CLibCrypto

/// HMAC-SHA256 (RFC 2104) over libcrypto, as SigV4 uses to derive keys and sign.
///
///     let mac = try HMACSHA256.authenticationCode(for: Array("data".utf8), key: Array("key".utf8))
///     HexEncoding.lowercase(mac)
///
/// Uses the one-shot `HMAC()` function: present in OpenSSL 1.1 and 3 alike and not deprecated
/// in 3 (unlike `HMAC_CTX_*`), whereas `EVP_MAC` exists only from 3.0 on.
public enum HMACSHA256 {
    /// The size of an HMAC-SHA256 code in bytes.
    public static let byteCount = 32

    /// The HMAC-SHA256 of `message` under `key`.
    public static func authenticationCode(
        for message: some Sequence<UInt8>,
        key: some Sequence<UInt8>
    ) throws(CryptoError) -> [UInt8] {
        let keyBytes = Array(key)
        let messageBytes = Array(message)
        guard keyBytes.count <= Int(Int32.max) else { throw .inputTooLarge }
        // Empty arrays may hand out a nil base address, which some OpenSSL 3.0.x releases reject
        // as a missing key; a one-byte stand-in with length 0 keeps the pointers valid.
        let keyStorage = keyBytes.isEmpty ? [0] : keyBytes
        let messageStorage = messageBytes.isEmpty ? [0] : messageBytes

        var code = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let succeeded = keyStorage.withUnsafeBytes { keyBuffer in
            messageStorage.withUnsafeBufferPointer { messageBuffer in
                code.withUnsafeMutableBufferPointer { codeBuffer in
                    HMAC(
                        EVP_sha256(),
                        keyBuffer.baseAddress, Int32(keyBytes.count),
                        messageBuffer.baseAddress, messageBytes.count,
                        codeBuffer.baseAddress, &length
                    ) != nil
                }
            }
        }
        guard succeeded, Int(length) == byteCount else {
            throw .libcryptoFailure(function: "HMAC")
        }
        return Array(code.prefix(Int(length)))
    }
}
