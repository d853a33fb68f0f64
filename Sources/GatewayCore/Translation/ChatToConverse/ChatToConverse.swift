/// Translates an OpenAI chat completions request into a Bedrock Converse (or ConverseStream)
/// request body. Pure: the request, the resolved model, the options and any fetched remote
/// images go in; a request body or a ``TranslationError`` (HTTP 400, naming the OpenAI param)
/// comes out.
///
/// ```swift
/// let model = ResolvedModel(requestedID: "us.anthropic.claude-sonnet-4-5-20250929-v1:0")
/// let body = try ChatToConverse.translate(request, model: model, options: options, media: fetched)
/// let stream = try ChatToConverse.translateStream(request, model: model, options: options)
/// ```
///
/// These rules are the gateway's documented behaviour.
///
/// **System prompt.** Every `system` and `developer` message (a string, or its text parts, one
/// block per non-blank part) becomes a `system` text block, in order, wherever it appears in
/// `messages`. For a model without system-prompt support (profile), the system text blocks are
/// put at the start of the first user turn instead.
///
/// **Turns.** Converse needs alternating user/assistant turns that start with a user turn:
/// - consecutive messages of the same role are merged into one turn, content in order;
/// - `tool` messages become `toolResult` blocks in the following user turn: several results in a
///   row share one user turn, and a user message right after them joins that turn after the
///   results. Within a user turn, tool results always come first (Claude requires it);
/// - a conversation that starts with an assistant turn (or has no turn at all) gets a user turn
///   before it whose text is exactly ``conversationStartText``;
/// - blank text (empty or whitespace only) is dropped everywhere, since Bedrock rejects it; a
///   message left with no content adds nothing;
/// - a user turn holding a document but no text gets ``documentReferenceText`` appended, as
///   Converse requires a text block next to a document;
/// - the `name` of a message is not sent (Converse has no participant names).
///
/// **Assistant history.** Text and refusal parts become text blocks; `tool_calls` become
/// `toolUse` blocks after the text, with `function.arguments` parsed as a JSON object (an empty
/// string means `{}`; anything else that is not a JSON object is an error naming
/// `messages[i].tool_calls[j].function.arguments`). `reasoning_content` is dropped: Bedrock
/// only accepts earlier reasoning back as a `reasoningContent` block carrying the model's
/// signature, and OpenAI messages carry no signature. The legacy `function_call` maps like a
/// tool call with the synthesised id `call_<message index>_<name>`, and a later legacy
/// `function` message answers the latest unanswered `function_call` of that name.
///
/// **Tool ids.** Claude (through Converse) requires tool-use ids to match `[a-zA-Z0-9_-]+` and
/// Bedrock caps them at 64 characters, so every id is rewritten once per request: other
/// characters become `_`, over-long ids are cut and suffixed with a hash, and an id that would
/// collide with another is suffixed `_2`, `_3`…. The `toolResult` side uses the same mapping.
/// A tool message answers the latest earlier tool call with its `tool_call_id`; none is an
/// error naming `messages[i].tool_call_id`, and a tool call no later tool message answers is
/// an error naming `messages[i].tool_calls[j]` (OpenAI rejects both too).
///
/// **Tool results.** Content is sent as `text` blocks (a string, or each text part), even when it
/// is JSON: the text is exactly what the tool produced, every model reads text, and models with
/// the `toolResultTextOnly` quirk reject `json` blocks. Empty content is sent as
/// ``emptyToolResultText``. `status` is left unset (OpenAI has no error flag to map).
///
/// **Tools in history without tools offered.** Bedrock rejects `toolUse`/`toolResult` blocks
/// when `toolConfig` is absent. When the request offers no tools (none given, or
/// `tool_choice: "none"`), the tool history is therefore sent as text, so the model cannot call
/// anything: a call becomes the assistant text
/// `Called tool <name> (call id <id>) with arguments: <arguments>` and a result becomes the user
/// text `Result of tool <name> (call id <id>):` followed by a newline and the result.
///
/// **User content.** Text parts become text blocks. `image_url` with a `data:` URL is decoded
/// (at most `options.maxImageBytes`, else `image_too_large`); an http(s) URL must have been
/// fetched into `media` (else `invalid_image_url`). The format comes from the bytes, falling
/// back to the declared media type (png, jpeg, gif, webp; else `invalid_image_format`).
/// `image_url.detail` is ignored: Converse has no fidelity setting. `file` parts become
/// `document` blocks: `file_data` is a `data:` URL or raw base64 (at most
/// `options.maxDocumentBytes`, else `file_too_large`); the format comes from the filename's
/// extension, then a PDF signature, then the media type (pdf, csv, doc, docx, xls, xlsx, html,
/// txt, md; else `unsupported_file_type`). The document name is the filename without its
/// extension, reduced to what Bedrock allows (diacritics removed; ASCII letters and digits,
/// single spaces, hyphens, parentheses, square brackets kept; anything else becomes a space),
/// `document` when nothing is left, and made unique within the
/// request by appending ` (2)`, ` (3)`…. `file_id` is an error: uploaded files are not
/// supported. `input_audio` is an error (`unsupported_content`): no Converse model documents
/// audio input. Images for a model without vision, and documents for a model without document
/// support, are errors naming the part (`unsupported_content`).
///
/// **Tools.** `tools` (or, when absent, the legacy `functions`) become
/// `toolConfig.tools[].toolSpec` with the name, the description (omitted when missing or empty:
/// Bedrock rejects empty descriptions) and `inputSchema.json` (the parameters, or
/// `{"type":"object","properties":{}}`). `strict` is sent only to models whose profile supports
/// structured output (elsewhere it is ignored). Tools for a model without tool use are an error
/// naming `tools`. `tool_choice` (or the legacy `function_call`):
/// - `auto` → `auto`; absent → no `toolChoice` (Bedrock's default is auto). For models that
///   support neither `any` nor `tool`, auto is never sent (it is their only behaviour, and
///   Bedrock rejects tool-choice fields a model does not support);
/// - `required` → `any`, or auto for models without `any`;
/// - a named function → `tool`; for models with `any` but not `tool`, the offered tools are
///   narrowed to that one and `any` is sent (same effect); otherwise auto. An unknown name is
///   an error naming `tool_choice`;
/// - `none` → Bedrock has no "none", so no tools are sent at all and any tool history is sent
///   as text (see above): the model then cannot call a tool and the request stays valid.
/// `parallel_tool_calls: false` → for Claude (profile `disableParallelToolUse`), when the tool
/// choice is auto, `additionalModelRequestFields.tool_choice = {"type": "auto",
/// "disable_parallel_tool_use": true}` replaces `toolConfig.toolChoice` (Bedrock rejects the
/// Anthropic field next to a forced Converse choice, so it is not sent with `any`/`tool`).
/// Ignored for other models. Streaming with tools for a model without streaming tool use is an
/// error naming `tools` here; the gateway never sends that: it falls back to Converse for such
/// requests and replays the answer as stream events (``ConverseStreamEvents/replaying(_:)``).
///
/// **Inference configuration.** `maxTokens` = `max_completion_tokens ?? max_tokens`;
/// `temperature` and `top_p` are clamped to Bedrock's 0…1; `stop` → `stopSequences` (empty
/// strings dropped). Models with `temperatureAndTopPExclusive` keep temperature and drop top_p
/// when both are given. `n` > 1 is an error naming `n` (Bedrock returns one choice). Not sent,
/// for lack of a Converse counterpart: `seed`, `frequency_penalty`, `presence_penalty`,
/// `logit_bias`, `logprobs`, `top_logprobs`, `store`, `prompt_cache_key`, `safety_identifier`,
/// `verbosity`, `modalities`, `audio`, `prediction`, `web_search_options`, `stream_options`.
/// `metadata` entries and `user` (key `user`) go to `requestMetadata` when they satisfy
/// Bedrock's rules (≤ 16 entries; keys 1–256 and values 0–256 characters of letters, digits,
/// whitespace and `:_@$#=/+,-.`); entries that do not are left out. `service_tier`: `default`,
/// `flex`, `priority` (and Bedrock's `reserved`) → `serviceTier`; `auto` and `scale` send
/// nothing; other values are an error naming `service_tier`.
///
/// **Response format.** `json_schema` → `outputConfig.textFormat` (`json_schema`, the schema as
/// JSON text, name, description) for models whose profile supports structured output; for other
/// models a system instruction (appended after the client's system text) asks for it instead:
/// "Respond with a single valid JSON object that conforms to the following JSON Schema and
/// nothing else: no prose before or after it and no Markdown code fences.", then the lines
/// `Schema name: …`, `Schema description: …` (when given) and `JSON Schema: …` (compact,
/// sorted keys). `json_object` (and `json_schema` without a schema) → the instruction
/// "Respond with a single valid JSON object and nothing else: no prose before or after it and
/// no Markdown code fences." `text` → nothing.
///
/// **Reasoning effort** (per the profile's ``ReasoningStyle``):
/// - `anthropicThinking` → `additionalModelRequestFields.thinking = {"type": "enabled",
///   "budget_tokens": N}` with `maxTokens` from ``ThinkingBudget/plan(effort:maxTokens:modelMaxOutput:)``.
///   Thinking is not enabled when the last assistant turn holds tool use (Claude then requires
///   that turn to start with a signed thinking block, which OpenAI history cannot carry).
///   Whenever thinking is on (also when set through extra fields): temperature is dropped (it
///   must be 1), top_p is kept only if ≥ 0.95, a forced tool choice becomes auto, `top_k` is
///   removed, and a conversation ending with an assistant turn (prefill) is an error;
/// - `novaReasoningConfig` → `additionalModelRequestFields.reasoningConfig = {"type":
///   "enabled", "maxReasoningEffort": low | medium | high}` (minimal → low, xhigh → high);
///   while it is enabled temperature and top_p are dropped, and with `high` maxTokens too
///   (Nova 2 rejects them);
/// - `openAIReasoningEffort` → `additionalModelRequestFields.reasoning_effort` (minimal → low,
///   xhigh → high);
/// - `none` or no effort → nothing; `alwaysOn` / `unsupported` models ignore the setting.
/// Extra fields that set the same keys win over this mapping.
///
/// **Prompt caching.** When enabled — the request's `prompt_caching` extra field (`true` /
/// `false`) if present, else `options.enablePromptCaching` — and only for models whose profile
/// supports prompt caching, a `cachePoint {type: default}` goes after the system blocks and at
/// the end of the last user turn.
///
/// **Extra fields** (top-level members OpenAI does not define; the SDKs' `extra_body`). The
/// gateway's own keys are always honoured and go to typed Converse fields:
/// `prompt_caching` (bool); `guardrailConfig` / `guardrail_config` {guardrailIdentifier,
/// guardrailVersion, trace, streamProcessingMode} (snake_case member names also accepted);
/// `performanceConfig` / `performance_config` {latency: standard | optimized};
/// `additionalModelResponseFieldPaths` / `additional_model_response_field_paths` (≤ 10 JSON
/// Pointers); `requestMetadata` / `request_metadata` (replaces the metadata/user mapping; must
/// satisfy Bedrock's rules). When `options.passThroughExtraFields` is on, every other member is
/// deep-merged into `additionalModelRequestFields` (an `additionalModelRequestFields` /
/// `additional_model_request_fields` object is merged in at the top level); when it is off they
/// are dropped.
///
/// **Prefill.** A conversation ending with an assistant turn is an error naming `messages` for
/// models whose quirks say they take no prefill, and whenever Claude thinking is on; otherwise
/// trailing whitespace of the final assistant text is trimmed (Claude rejects it).
public enum ChatToConverse {
    /// The text of the user turn inserted before a conversation that starts with the assistant.
    public static let conversationStartText = "(start of conversation)"
    /// The text added to a user turn holding a document but no text (Converse requires one).
    public static let documentReferenceText = "See the attached document."
    /// The text sent for a tool result with empty content (Bedrock rejects blank text).
    public static let emptyToolResultText = "(no output)"

    /// The Converse request body for `request` on `model` (POST `/model/{invocationID}/converse`).
    public static func translate(
        _ request: ChatCompletionRequest, model: ResolvedModel, options: TranslationOptions,
        media: FetchedMedia = FetchedMedia()
    ) throws(TranslationError) -> ConverseRequest {
        var translation = ChatConverseTranslation(
            request: request, model: model, options: options, media: media, streaming: false)
        return try translation.run().request
    }

    /// The ConverseStream request body for `request` on `model`
    /// (POST `/model/{invocationID}/converse-stream`). Same rules as ``translate(_:model:options:media:)``;
    /// a guardrail's `streamProcessingMode` extra member is honoured here.
    public static func translateStream(
        _ request: ChatCompletionRequest, model: ResolvedModel, options: TranslationOptions,
        media: FetchedMedia = FetchedMedia()
    ) throws(TranslationError) -> ConverseStreamRequest {
        var translation = ChatConverseTranslation(
            request: request, model: model, options: options, media: media, streaming: true)
        let result = try translation.run()
        return ConverseStreamRequest(
            result.request, guardrailStreamProcessingMode: result.guardrailStreamProcessingMode)
    }

    /// The CountTokens body (POST `/model/{modelId}/count-tokens`) counting the prompt of a
    /// translated Converse request: its messages, system prompt, tools and model fields.
    public static func countTokensRequest(for request: ConverseRequest) -> CountTokensRequest {
        CountTokensRequest(
            input: .converse(
                ConverseTokensRequest(
                    messages: request.messages, system: request.system, toolConfig: request.toolConfig,
                    additionalModelRequestFields: request.additionalModelRequestFields)))
    }
}
