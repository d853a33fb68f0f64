/// The guardrail applied to a ConverseStream call (`GuardrailStreamConfiguration`): the
/// Converse configuration plus how the guardrail treats the stream.
///
/// ```swift
/// let guardrail = ConverseGuardrailStreamConfiguration(
///     guardrailIdentifier: "abc123", guardrailVersion: "1", streamProcessingMode: .async)
/// ```
public struct ConverseGuardrailStreamConfiguration: Codable, Hashable, Sendable {
    public var guardrailIdentifier: String?
    public var guardrailVersion: String?
    public var trace: ConverseGuardrailTrace?
    /// `sync` holds chunks back until the guardrail has checked them; `async` sends them at once.
    public var streamProcessingMode: ConverseGuardrailStreamProcessingMode?

    public init(
        guardrailIdentifier: String? = nil, guardrailVersion: String? = nil, trace: ConverseGuardrailTrace? = nil,
        streamProcessingMode: ConverseGuardrailStreamProcessingMode? = nil
    ) {
        self.guardrailIdentifier = guardrailIdentifier
        self.guardrailVersion = guardrailVersion
        self.trace = trace
        self.streamProcessingMode = streamProcessingMode
    }

    /// The stream form of a Converse guardrail configuration.
    public init(_ configuration: ConverseGuardrailConfiguration, streamProcessingMode: ConverseGuardrailStreamProcessingMode? = nil) {
        self.init(
            guardrailIdentifier: configuration.guardrailIdentifier, guardrailVersion: configuration.guardrailVersion,
            trace: configuration.trace, streamProcessingMode: streamProcessingMode)
    }
}
