/// The hashed payload that ends a SigV4 canonical request: the lowercase hex SHA-256 of the body,
/// or the literal `UNSIGNED-PAYLOAD`.
///
///     let payload = try PayloadHash.sha256(of: body)        // whole body in memory
///     let streamed = PayloadHash(digest: try hasher.finalize()) // body hashed while streaming
///
/// Only services that read `x-amz-content-sha256` (S3) understand ``unsigned``; others hash the
/// received body themselves, so pair ``unsigned`` with ``SigV4Options/addsContentSHA256Header``.
public struct PayloadHash: Sendable, Hashable {
    /// The value placed in the canonical request (and in `x-amz-content-sha256` when sent).
    public let value: String

    private init(value: String) {
        self.value = value
    }

    /// The `UNSIGNED-PAYLOAD` marker: the body is not covered by the signature.
    public static let unsigned = PayloadHash(value: "UNSIGNED-PAYLOAD")

    /// The hash of an empty body (SHA-256 of zero bytes), as used by GET requests.
    public static let emptyBody = PayloadHash(
        value: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )

    /// The hash of a body held in memory.
    public static func sha256(of body: some Sequence<UInt8>) throws(CryptoError) -> PayloadHash {
        PayloadHash(value: HexEncoding.lowercase(try SHA256.hash(body)))
    }

    /// A hash computed elsewhere, e.g. by a ``SHA256Hasher`` fed while the body was produced.
    public init(digest: [UInt8]) {
        self.value = HexEncoding.lowercase(digest)
    }

    /// A hash given as 64 lowercase hex characters; `nil` for anything else.
    public init?(hex: String) {
        let isLowercaseHex = hex.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
        }
        guard hex.utf8.count == 2 * SHA256.digestByteCount, isLowercaseHex else { return nil }
        self.value = hex
    }
}
