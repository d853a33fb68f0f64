import Foundation
import GatewayCore

/// Decides a reply from the conversation and the scenario, deterministically: the same request
/// and scenario always give the same blocks, ids, stop reason and usage.
///
/// The answer echoes the last user turn ("You said: …"); tool calls happen when the scenario
/// asks, when the tool choice forces one, or when the user writes "call <tool>"; reasoning comes
/// first when the request enables it or the scenario forces it; stop sequences and `maxTokens`
/// cut the output the way a model would.
struct ReplyPlanner: Sendable {
    var target: InvocationTarget
    var scenario: SimulatorScenario
    var toolIDStyle: ToolIDStyle

    static let guardrailMessage = "Sorry, the model cannot answer this question."

    func plan(_ digest: ConversationDigest, cache: CacheUse) -> Reply {
        var random = DeterministicRandom(seed: digest.seed ^ StableHash.hash(scenario.description))
        var blocks: [ReplyBlock] = []
        var stopReason: ConverseStopReason = .endTurn
        var matchedStopSequence: String?

        if scenario.stopReason == .guardrailIntervened {
            blocks = [.text(Self.guardrailMessage)]
            stopReason = .guardrailIntervened
        } else {
            blocks += reasoningBlocks(digest, random: &random)
            let calls = toolCalls(digest)
            let answer: String
            if !calls.isEmpty {
                answer = "I'll call " + calls.map(\.tool.name).joined(separator: " and ") + "."
            } else if !digest.toolResultTexts.isEmpty {
                answer = "The tool returned: " + digest.toolResultTexts.joined(separator: "; ")
            } else if digest.lastUserText.isEmpty {
                answer = "Hello! How can I help you today?"
            } else {
                answer = "You said: " + digest.lastUserText
            }
            if let (cut, sequence) = Self.cutAtStopSequence(answer, digest.stopSequences) {
                if !cut.isEmpty { blocks.append(.text(cut)) }
                stopReason = .stopSequence
                matchedStopSequence = sequence
            } else {
                blocks.append(.text(answer))
                for call in calls {
                    let input = call.input ?? ToolInputSynthesizer.input(for: call.tool.inputSchema)
                    blocks.append(.toolUse(id: toolIDStyle.makeID(using: &random), name: call.tool.name, input: input))
                }
                if !calls.isEmpty { stopReason = .toolUse }
            }
        }

        var outputCharacters = blocks.reduce(0) { $0 + $1.outputCharacters }
        if let maxTokens = digest.maxTokens, TokenEstimator.tokens(forCharacters: outputCharacters) > maxTokens {
            blocks = Self.truncate(blocks, toCharacters: maxTokens * TokenEstimator.charactersPerToken)
            outputCharacters = blocks.reduce(0) { $0 + $1.outputCharacters }
            stopReason = .maxTokens
            matchedStopSequence = nil
        }
        if let forced = scenario.stopReason, forced != .guardrailIntervened {
            stopReason = forced
        }

        let outputTokens = max(1, TokenEstimator.tokens(forCharacters: outputCharacters))
        let cached = cache.readTokens + cache.writeTokens
        let usage = ReplyUsage(
            inputTokens: max(0, digest.inputTokens - cached), outputTokens: outputTokens,
            cacheReadInputTokens: digest.cachePrefix != nil || scenario.cache != nil ? cache.readTokens : nil,
            cacheWriteInputTokens: digest.cachePrefix != nil || scenario.cache != nil ? cache.writeTokens : nil)
        return Reply(
            blocks: blocks, stopReason: stopReason, matchedStopSequence: matchedStopSequence, usage: usage,
            latencyMs: 120 + 4 * outputTokens, seed: digest.seed)
    }

    private func reasoningBlocks(_ digest: ConversationDigest, random: inout DeterministicRandom) -> [ReplyBlock] {
        let style = target.profile.capabilities.reasoning
        let wanted: ReasoningOutput? =
            scenario.reasoning
            ?? ((digest.reasoningRequested && style != .unsupported) || style == .alwaysOn ? .text : nil)
        guard let wanted else { return [] }
        // Only Anthropic models sign their reasoning (and only they can redact it).
        let signs = target.isAnthropic || scenario.reasoning != nil
        switch wanted {
        case .redacted:
            return [.redactedReasoning(random.bytes(count: 48))]
        case .text:
            let subject = digest.lastUserText.isEmpty ? "a greeting" : "\"\(digest.lastUserText.prefix(200))\""
            let text = "The user wrote \(subject). I will answer by repeating it back."
            return [.reasoning(text: text, signature: signs ? random.bytes(count: 64).base64EncodedString() : nil)]
        }
    }

    private func toolCalls(_ digest: ConversationDigest) -> [ToolCallFinder.Mention] {
        guard !digest.tools.isEmpty, digest.toolChoice != .none else { return [] }
        let mentioned = ToolCallFinder.mentions(in: digest.lastUserText, tools: digest.tools)
        switch digest.toolChoice {
        case .tool(let name):
            guard let tool = digest.tools.first(where: { $0.name == name }) else { return [] }
            return [mentioned.first { $0.tool.name == name } ?? ToolCallFinder.Mention(tool: tool)]
        case .any:
            return mentioned.isEmpty ? digest.tools.prefix(1).map { ToolCallFinder.Mention(tool: $0) } : mentioned
        case .auto, .none:
            if !mentioned.isEmpty { return mentioned }
            if scenario.forceToolUse, digest.toolResultTexts.isEmpty, let first = digest.tools.first {
                return [ToolCallFinder.Mention(tool: first)]
            }
            return []
        }
    }

    /// The text before the earliest stop sequence it contains, and that sequence.
    static func cutAtStopSequence(_ text: String, _ sequences: [String]) -> (String, String)? {
        var best: (Range<String.Index>, String)?
        for sequence in sequences where !sequence.isEmpty {
            guard let range = text.range(of: sequence) else { continue }
            if let current = best, current.0.lowerBound <= range.lowerBound { continue }
            best = (range, sequence)
        }
        guard let (range, sequence) = best else { return nil }
        return (String(text[..<range.lowerBound]), sequence)
    }

    /// Keeps blocks until `limit` characters are spent, cutting the text block that crosses it;
    /// a tool call that does not fit is dropped, as a model stopped mid-call returns nothing usable.
    static func truncate(_ blocks: [ReplyBlock], toCharacters limit: Int) -> [ReplyBlock] {
        var remaining = limit
        var kept: [ReplyBlock] = []
        loop: for block in blocks {
            let cost = block.outputCharacters
            if cost <= remaining {
                kept.append(block)
                remaining -= cost
                continue
            }
            switch block {
            case .text(let text) where remaining > 0:
                kept.append(.text(String(text.prefix(remaining))))
            case .reasoning(let text, let signature) where remaining > 0:
                kept.append(.reasoning(text: String(text.prefix(remaining)), signature: signature))
            default:
                break
            }
            break loop
        }
        return kept
    }
}
