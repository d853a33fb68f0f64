/// Per-model deviations from the Converse API's general contract that the translation must
/// work around. Kept as data in `ModelProfile.table`, never as scattered `if` statements.
///
/// ```swift
/// let quirks = ModelProfile.lookup("anthropic.claude-sonnet-4-5-20250929-v1:0").quirks
/// quirks.temperatureAndTopPExclusive   // true: send temperature, drop top_p
/// ```
public struct ModelQuirks: Sendable, Hashable {
    /// The model rejects `temperature` and `topP` in the same request (Claude Sonnet 4.5,
    /// Haiku 4.5, Opus 4.1 and later). The translation keeps temperature and drops topP.
    public var temperatureAndTopPExclusive: Bool
    /// The model accepts a conversation that ends with an assistant turn (prefill).
    public var assistantPrefill: Bool
    /// The model's largest `maxTokens`, used to size reasoning budgets when the client gives
    /// no limit. `nil` when unknown.
    public var maxOutputTokens: Int?
    /// The model accepts only text in `toolResult` content (no `json` blocks); JSON tool
    /// results are sent as their text.
    public var toolResultTextOnly: Bool

    public init(
        temperatureAndTopPExclusive: Bool = false, assistantPrefill: Bool = true,
        maxOutputTokens: Int? = nil, toolResultTextOnly: Bool = false
    ) {
        self.temperatureAndTopPExclusive = temperatureAndTopPExclusive
        self.assistantPrefill = assistantPrefill
        self.maxOutputTokens = maxOutputTokens
        self.toolResultTextOnly = toolResultTextOnly
    }
}
