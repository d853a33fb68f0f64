/// The guardrail applied to a Converse call (`GuardrailConfiguration`).
///
/// The model marks identifier and version optional, though the service needs both.
///
/// ```swift
/// let guardrail = ConverseGuardrailConfiguration(guardrailIdentifier: "abc123", guardrailVersion: "1", trace: .enabled)
/// ```
public struct ConverseGuardrailConfiguration: Codable, Hashable, Sendable {
    public var guardrailIdentifier: String?
    /// A version number or `DRAFT`.
    public var guardrailVersion: String?
    public var trace: ConverseGuardrailTrace?

    public init(guardrailIdentifier: String? = nil, guardrailVersion: String? = nil, trace: ConverseGuardrailTrace? = nil) {
        self.guardrailIdentifier = guardrailIdentifier
        self.guardrailVersion = guardrailVersion
        self.trace = trace
    }
}
