/// How much a reasoning model should think before answering (`reasoning_effort`).
///
/// The gateway maps it onto a Bedrock reasoning budget; an unknown value is rejected at decode
/// time naming `reasoning_effort`.
///
/// ```swift
/// var request = ChatCompletionRequest(model: "m", messages: [.user("Prove it.")])
/// request.reasoningEffort = .high
/// ```
public enum ReasoningEffort: String, Sendable, Hashable, CaseIterable, WireEnum {
    case none
    case minimal
    case low
    case medium
    case high
    /// The highest setting newer OpenAI clients (Codex) send.
    case xhigh

    public init(from decoder: any Decoder) throws {
        self = try Self.decodeWireValue(from: decoder)
    }
}
