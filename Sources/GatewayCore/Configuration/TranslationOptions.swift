/// The configuration that shapes how OpenAI requests become Bedrock requests.
///
/// A plain value: the gateway builds it once from its environment (`GatewayConfiguration`)
/// and passes it to every translation call, so translations stay pure functions.
///
/// ```swift
/// var options = TranslationOptions()
/// options.enablePromptCaching = true
/// let converse = try ChatToConverse.translate(request, model: model, options: options)
/// ```
public struct TranslationOptions: Sendable, Hashable {
    /// Adds cache points after the system prompt and at the end of the last user turn for
    /// models that support prompt caching (`ENABLE_PROMPT_CACHING`). A request can also opt in
    /// or out on its own (see the chat translation).
    public var enablePromptCaching: Bool
    /// Passes non-OpenAI top-level request fields (the SDKs' `extra_body`) to Bedrock as
    /// `additionalModelRequestFields`, except the gateway's own keys.
    public var passThroughExtraFields: Bool
    /// Largest decoded inline image (data URL) accepted, in bytes. Bedrock's own limit is
    /// 3.75 MB per image.
    public var maxImageBytes: Int
    /// Largest decoded inline document (file part) accepted, in bytes. Bedrock's own limit is
    /// 4.5 MB per document.
    public var maxDocumentBytes: Int

    public init(
        enablePromptCaching: Bool = false,
        passThroughExtraFields: Bool = true,
        maxImageBytes: Int = 3_750_000,
        maxDocumentBytes: Int = 4_500_000
    ) {
        self.enablePromptCaching = enablePromptCaching
        self.passThroughExtraFields = passThroughExtraFields
        self.maxImageBytes = maxImageBytes
        self.maxDocumentBytes = maxDocumentBytes
    }
}
