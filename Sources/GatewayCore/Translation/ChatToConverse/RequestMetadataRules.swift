/// Bedrock's constraints on Converse `requestMetadata` (`RequestMetadata` in the service model):
/// at most 16 entries; keys of 1–256 and values of 0–256 characters from
/// `[a-zA-Z0-9\s:_@$#=/+,-.]`.
///
/// ```swift
/// RequestMetadataRules.isValidKey("tenant")          // true
/// RequestMetadataRules.isValidValue("über")          // false: non-ASCII letter
/// ```
enum RequestMetadataRules {
    static let maxEntries = 16
    static let maxLength = 256

    static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty && isValidValue(key)
    }

    static func isValidValue(_ value: String) -> Bool {
        value.unicodeScalars.count <= maxLength && value.unicodeScalars.allSatisfy(isAllowed)
    }

    /// The character class of the model's pattern; `,-.` is a range that includes `-`, and `\s`
    /// is Java's ASCII whitespace.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}",
            ":", "_", "@", "$", "#", "=", "/", "+", ",", "-", ".":
            true
        default:
            false
        }
    }

    /// The implicit mapping of OpenAI's `metadata` and `user`: valid `metadata` entries in key
    /// order, then `user` under the key `user` (unless `metadata` has that key), up to 16
    /// entries; invalid entries are left out. `nil` when nothing remains.
    static func implicitMetadata(metadata: [String: String]?, user: String?) -> [String: String]? {
        var result: [String: String] = [:]
        for (key, value) in (metadata ?? [:]).sorted(by: { $0.key < $1.key })
        where result.count < maxEntries && isValidKey(key) && isValidValue(value) {
            result[key] = value
        }
        if let user, result["user"] == nil, result.count < maxEntries, isValidValue(user) {
            result["user"] = user
        }
        return result.isEmpty ? nil : result
    }
}
