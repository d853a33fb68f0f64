import Foundation

/// Turns the events of one kind of Bedrock stream into SSE events for an ``SSEStreamSession``:
/// OpenAI chat chunks from ConverseStream (``ChatSSEStream``), Anthropic events from
/// ConverseStream (``AnthropicConverseStream``), or Claude's own events through
/// InvokeModelWithResponseStream (``AnthropicInvokeStream``).
///
/// ```swift
/// var translator = AnthropicInvokeStream(model: "us.anthropic.claude-sonnet-4-5-20250929-v1:0")
/// let step = translator.consume(event)     // for each Bedrock event
/// let last = translator.finish()           // when the Bedrock stream ends
/// ```
protocol SSEStreamTranslating {
    associatedtype Event: Sendable

    /// The SSE events for one Bedrock event; failures are `.failed` steps, never thrown.
    mutating func consume(_ event: Event) -> SSEStreamStep
    /// The Bedrock stream ended.
    mutating func finish() -> SSEStreamStep
    /// The SSE event that reports a failure after the stream started, in the API's own shape.
    func errorEvent(for failure: GatewayError) -> Data
    /// Token usage so far, for the request log.
    var usage: CompletionUsage? { get }
    /// How the answer ended, for the request log.
    var finishReason: FinishReason? { get }
}
