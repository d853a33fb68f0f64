import BedrockClient
import Foundation

/// What the rotation contract says about keys and fingerprints, checked independently of the CLI.
enum KeyFormat {
    /// `sk-` and 43 base64url characters: 32 random bytes without padding.
    static func isGeneratedKey(_ text: String) -> Bool {
        guard text.hasPrefix("sk-") else { return false }
        let body = text.dropFirst(3)
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        return body.count == 43 && body.allSatisfy(alphabet.contains)
    }

    /// `sha256:` and the first 12 hex digits of the key's SHA-256.
    static func fingerprint(_ key: String) throws -> String {
        "sha256:" + HexEncoding.lowercase(try SHA256.hash(Array(key.utf8))).prefix(12)
    }
}
