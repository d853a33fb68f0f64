import Foundation
import GatewayCore

/// Shows a chat answer as it arrives and keeps what the summary needs: the answer text goes to
/// stdout piece by piece, reasoning to stderr; the time of the first piece, the finish reason
/// and the usage are recorded.
///
/// ```swift
/// var transcript = ChatTranscript(clock: clock, started: clock.now)
/// transcript.show(chunk)
/// transcript.finish()
/// ```
struct ChatTranscript: Sendable {
    let clock: ContinuousClock
    let started: ContinuousClock.Instant
    private(set) var firstToken: ContinuousClock.Instant?
    private(set) var finished: ContinuousClock.Instant?
    private(set) var usage: CompletionUsage?
    private(set) var finishReason: FinishReason?
    private(set) var model: String?
    private var endsWithNewline = true
    private var showedReasoning = false

    init(clock: ContinuousClock = ContinuousClock(), started: ContinuousClock.Instant) {
        self.clock = clock
        self.started = started
    }

    /// One streamed chunk.
    mutating func show(_ chunk: ChatCompletionChunk) {
        if model == nil, !chunk.model.isEmpty { model = chunk.model }
        if let usage = chunk.usage { self.usage = usage }
        for choice in chunk.choices {
            if let reasoning = choice.delta.reasoningContent, !reasoning.isEmpty {
                markFirstToken()
                showReasoning(reasoning)
            }
            if let content = choice.delta.content, !content.isEmpty {
                markFirstToken()
                showContent(content)
            }
            if let refusal = choice.delta.refusal, !refusal.isEmpty {
                markFirstToken()
                showContent(refusal)
            }
            for call in choice.delta.toolCalls ?? [] {
                if let name = call.function?.name { Console.note("[tool call \(name)]") }
            }
            if let reason = choice.finishReason { finishReason = reason }
        }
    }

    /// A whole (non-streamed) completion.
    mutating func show(_ completion: ChatCompletion) {
        model = completion.model
        usage = completion.usage
        markFirstToken()
        for choice in completion.choices {
            if let reasoning = choice.message.reasoningContent, !reasoning.isEmpty { showReasoning(reasoning) }
            if let content = choice.message.content { showContent(content) }
            if let refusal = choice.message.refusal { showContent(refusal) }
            for call in choice.message.toolCalls ?? [] { Console.note("[tool call \(call.function.name)]") }
            finishReason = choice.finishReason
        }
    }

    /// Ends the answer (with a newline on stdout if it lacks one) and stops the clock.
    mutating func finish() {
        finished = clock.now
        if !endsWithNewline { Console.out("\n") }
        endsWithNewline = true
    }

    /// The summary lines for stderr: route, finish reason, usage, time to first token, total time.
    func summary(route: String, streamed: Bool) -> String {
        var rows: [(String, String)] = [("model", "\(model ?? "?") (\(route))")]
        if let finishReason { rows.append(("finish", finishReason.rawValue)) }
        if let usage {
            var text = "\(usage.promptTokens) prompt + \(usage.completionTokens) completion = \(usage.totalTokens) tokens"
            if let cached = usage.promptTokensDetails?.cachedTokens, cached > 0 { text += " (\(cached) cached)" }
            if let reasoning = usage.completionTokensDetails?.reasoningTokens, reasoning > 0 {
                text += " (\(reasoning) reasoning)"
            }
            rows.append(("usage", text))
        } else {
            rows.append(("usage", "not reported"))
        }
        if let firstToken {
            let note = streamed ? "" : " (not streamed: the whole answer at once)"
            rows.append(("first token", Self.seconds(firstToken - started) + note))
        }
        if let finished { rows.append(("total time", Self.seconds(finished - started))) }
        let width = rows.map(\.0.count).max() ?? 0
        let lines = rows.map { label, value in (label + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0) + value }
        return (["--"] + lines).joined(separator: "\n") + "\n"
    }

    static func seconds(_ duration: Duration) -> String {
        let milliseconds = Double(duration.components.seconds) * 1_000
            + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.3f s", milliseconds / 1_000)
    }

    private mutating func markFirstToken() {
        if firstToken == nil { firstToken = clock.now }
    }

    private mutating func showContent(_ text: String) {
        if showedReasoning {
            Console.err("\n")
            showedReasoning = false
        }
        Console.out(text)
        endsWithNewline = text.hasSuffix("\n")
    }

    private mutating func showReasoning(_ text: String) {
        Console.err(text)
        showedReasoning = true
    }
}
