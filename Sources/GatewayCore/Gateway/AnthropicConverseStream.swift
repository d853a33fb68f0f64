import Foundation

/// The SSE side of an Anthropic stream served by ConverseStream: each Converse event through
/// ``ConverseStreamToAnthropic``, each resulting event written as `event: …\ndata: …`.
///
/// A ``StreamTranslationError`` (an exception event, a stream cut before `messageStop`) becomes
/// an Anthropic `error` event typed by its status (``AnthropicErrorResponse``), and the end.
///
/// ```swift
/// var stream = AnthropicConverseStream(translator: ConverseStreamToAnthropic(id: "msg_1", model: "amazon.nova-pro-v1:0"))
/// if case .events(let events) = stream.consume(.messageStart(ConverseMessageStartEvent(role: .assistant))) { send(events) }
/// ```
struct AnthropicConverseStream: SSEStreamTranslating {
    var translator: ConverseStreamToAnthropic

    mutating func consume(_ event: ConverseStreamEvent) -> SSEStreamStep {
        do {
            return Self.encoded(try translator.consume(event), last: false)
        } catch {
            return Self.failed(error)
        }
    }

    mutating func finish() -> SSEStreamStep {
        do {
            return Self.encoded(try translator.finish(), last: true)
        } catch {
            return Self.failed(error)
        }
    }

    func errorEvent(for failure: GatewayError) -> Data {
        AnthropicSSE.errorEvent(AnthropicErrorResponse.detail(failure))
    }

    var usage: CompletionUsage? {
        translator.usage.map {
            AnthropicToChat.usage(
                inputTokens: $0.inputTokens, outputTokens: $0.outputTokens, cacheReadInputTokens: $0.cacheReadInputTokens,
                cacheCreationInputTokens: $0.cacheCreationInputTokens)
        }
    }

    var finishReason: FinishReason? {
        translator.stopReason.map { AnthropicToChat.finishReason(for: $0) }
    }

    private static func encoded(_ events: [AnthropicStreamEvent], last: Bool) -> SSEStreamStep {
        var encoded: [Data] = []
        for event in events {
            do {
                encoded.append(try AnthropicSSE.event(event))
            } catch {
                let failure = GatewayError.internalError("A stream event could not be encoded.")
                return .failed(
                    encoded + [AnthropicSSE.errorEvent(AnthropicErrorResponse.detail(failure))], failure: failure,
                    detail: String(describing: error))
            }
        }
        return last ? .finished(encoded) : .events(encoded)
    }

    private static func failed(_ error: StreamTranslationError) -> SSEStreamStep {
        let failure = GatewayError.stream(error)
        return .failed([AnthropicSSE.errorEvent(AnthropicErrorResponse.detail(failure))], failure: failure, detail: nil)
    }
}
