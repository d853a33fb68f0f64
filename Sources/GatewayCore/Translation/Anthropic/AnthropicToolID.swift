/// Tool-call ids made acceptable to Anthropic (`^[a-zA-Z0-9_-]+$`) and to Converse
/// (`[a-zA-Z0-9_.:-]+`, at most 64 characters).
///
/// OpenAI clients send whatever ids they were given or invented (`call.1`, `functions.get:0`),
/// and Anthropic rejects a `tool_use.id` or `tool_result.tool_use_id` outside its pattern. The
/// same function is applied to both sides, so a call and its result still match. Valid ids pass
/// unchanged; others get invalid characters replaced with `_` and a hash of the original
/// appended, so two ids that differ only in replaced characters stay distinct.
///
/// ```swift
/// AnthropicToolID.sanitized("toolu_01A")   // "toolu_01A"
/// AnthropicToolID.sanitized("call.1")      // "call_1_<8 hex digits>"
/// ```
enum AnthropicToolID {
    /// Converse's `ToolUseId` limit; Anthropic documents none, so the stricter one applies.
    static let maxLength = 64

    static func sanitized(_ id: String) -> String {
        if !id.isEmpty, id.utf8.count <= maxLength, id.unicodeScalars.allSatisfy(isAllowed) { return id }
        let cleaned = String(String.UnicodeScalarView(id.unicodeScalars.map { isAllowed($0) ? $0 : "_" }))
        let suffix = "_" + hexHash(id)
        return String(cleaned.prefix(maxLength - suffix.count)) + suffix
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// 32-bit FNV-1a of the UTF-8 bytes, as 8 lowercase hex digits: stable across processes,
    /// unlike `Hasher`.
    private static func hexHash(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
