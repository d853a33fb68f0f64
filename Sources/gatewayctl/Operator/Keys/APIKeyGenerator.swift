import Foundation

/// Makes new gateway API keys: `sk-` followed by 32 bytes from the system CSPRNG in base64url
/// without padding (RFC 4648 §5) — 256 bits, 46 characters, safe in URLs, headers, shell
/// variables and the gateway's comma-separated `API_KEY` list.
///
/// ```swift
/// let key = try APIKeyGenerator.generate()   // "sk-Vq3…" (46 characters)
/// ```
enum APIKeyGenerator {
    static let prefix = "sk-"
    /// Random bytes per key; 32 is the least the rotation design allows.
    static let randomByteCount = 32

    static func generate(randomBytes: Int = randomByteCount) throws(OperatorError) -> String {
        prefix + base64URL(try SystemRandom.bytes(count: max(randomBytes, randomByteCount)))
    }

    /// Base64url (`-` and `_` for `+` and `/`) without `=` padding.
    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
