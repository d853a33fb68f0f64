import BedrockClient

/// A short, non-reversible name for an API key, to tell keys apart in output and logs without
/// showing them: `sha256:` and the first 12 hex digits (48 bits) of the key's SHA-256.
///
/// ```swift
/// KeyFingerprint.of("sk-abc")   // "sha256:…" (19 characters)
/// ```
enum KeyFingerprint {
    static let hexDigits = 12

    static func of(_ key: String) -> String {
        // SHA-256 of in-memory bytes only fails if libcrypto itself is broken.
        guard let digest = try? SHA256.hash(Array(key.utf8)) else { return "sha256:unavailable" }
        return "sha256:" + String(HexEncoding.lowercase(digest).prefix(hexDigits))
    }
}
