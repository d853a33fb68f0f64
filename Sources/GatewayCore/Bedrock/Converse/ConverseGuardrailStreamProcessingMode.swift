/// How a guardrail processes a ConverseStream response (`GuardrailStreamProcessingMode`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// var config = ConverseGuardrailStreamConfiguration(guardrailIdentifier: "gr1", guardrailVersion: "1")
/// config.streamProcessingMode = .async
/// ```
public struct ConverseGuardrailStreamProcessingMode: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let sync: Self = "sync"
    public static let async: Self = "async"
}
