/// How long and detailed the answer should be (`verbosity`, GPT-5 and later).
///
/// ```swift
/// var request = ChatCompletionRequest(model: "m", messages: [.user("Summarise.")])
/// request.verbosity = .low
/// ```
public enum Verbosity: String, Sendable, Hashable, CaseIterable, WireEnum {
    case low
    case medium
    case high

    public init(from decoder: any Decoder) throws {
        self = try Self.decodeWireValue(from: decoder)
    }
}
