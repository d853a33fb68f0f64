/// The tool calls of one conversation, with the Bedrock-safe id each one is sent under, so that
/// a tool result finds its call and both sides use the same id.
///
/// Claude (through Converse) accepts tool-use ids matching `[a-zA-Z0-9_-]+`, and Bedrock's
/// `ToolUseId` is at most 64 characters; OpenAI ids are free-form strings. Ids are rewritten
/// deterministically (same request, same ids) and kept unique within the request, because some
/// clients reuse ids such as `call_0` on every turn.
///
/// ```swift
/// var registry = ToolCallRegistry()
/// let id = registry.registerToolCall(id: "call.1", name: "f", param: "messages[1].tool_calls[0]")  // "call_1"
/// let call = registry.answerToolCall(id: "call.1")   // same Bedrock id
/// ```
struct ToolCallRegistry: Sendable {
    struct Call: Sendable, Hashable {
        var bedrockID: String
        var name: String
        /// Where the call appeared, for "no result" errors.
        var param: String
        var isLegacyFunctionCall: Bool
        var answered = false
    }

    private(set) var calls: [Call] = []
    private var indicesByClientID: [String: [Int]] = [:]
    private var usedIDs: Set<String> = []

    static let maxIDLength = 64

    /// Records a `tool_calls` entry and returns the id to send for it.
    mutating func registerToolCall(id: String, name: String, param: String) -> String {
        register(clientID: id, name: name, param: param, legacy: false)
    }

    /// Records a legacy `function_call` (which has no id) and returns its synthesised id,
    /// `call_<message index>_<name>`.
    mutating func registerFunctionCall(name: String, messageIndex: Int, param: String) -> String {
        register(clientID: "call_\(messageIndex)_\(name)", name: name, param: param, legacy: true)
    }

    /// The latest call with this client id, now marked answered; `nil` when there is none.
    mutating func answerToolCall(id: String) -> Call? {
        guard let index = indicesByClientID[id]?.last else { return nil }
        calls[index].answered = true
        return calls[index]
    }

    /// The latest unanswered legacy function call of this name, now marked answered (or the
    /// latest one of that name when all are answered); `nil` when there is none.
    mutating func answerFunctionCall(name: String) -> Call? {
        let candidates = calls.indices.filter { calls[$0].isLegacyFunctionCall && calls[$0].name == name }
        guard let index = candidates.last(where: { !calls[$0].answered }) ?? candidates.last else { return nil }
        calls[index].answered = true
        return calls[index]
    }

    /// Tool calls (not legacy function calls) no tool message answered.
    var unansweredToolCalls: [Call] {
        calls.filter { !$0.answered && !$0.isLegacyFunctionCall }
    }

    private mutating func register(clientID: String, name: String, param: String, legacy: Bool) -> String {
        let base = Self.sanitize(clientID)
        var candidate = base
        var suffix = 2
        while usedIDs.contains(candidate) {
            let tail = "_\(suffix)"
            candidate = String(base.prefix(Self.maxIDLength - tail.count)) + tail
            suffix += 1
        }
        usedIDs.insert(candidate)
        calls.append(Call(bedrockID: candidate, name: name, param: param, isLegacyFunctionCall: legacy))
        indicesByClientID[clientID, default: []].append(calls.count - 1)
        return candidate
    }

    /// `[a-zA-Z0-9_-]` kept, anything else `_`; longer than 64 characters → the first 55, `_`,
    /// and 8 hex digits of the id's FNV-1a hash (so long ids sharing a prefix stay distinct).
    static func sanitize(_ id: String) -> String {
        var result = String(String.UnicodeScalarView(id.unicodeScalars.map { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-": scalar
            default: "_"
            }
        }))
        if result.isEmpty { result = "call" }
        guard result.count > maxIDLength else { return result }
        return String(result.prefix(maxIDLength - 9)) + "_" + fnv1aHex(id)
    }

    private static func fnv1aHex(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
