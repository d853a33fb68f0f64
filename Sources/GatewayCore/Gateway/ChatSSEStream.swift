import Foundation

/// OpenAI chat chunks for an ``SSEStreamSession``: ConverseStream events through a
/// ``ConverseStreamTranslator``, each chunk as one `data:` event, `data: [DONE]` after a
/// successful end, and a `data: {"error": …}` event (no `[DONE]`) when the stream fails.
///
/// ```swift
/// let session = SSEStreamSession(upstream: iterator, translator: ChatSSEStream(translator),
///                                opening: openingEvents, log: log, logger: logger, now: now, region: region)
/// ```
struct ChatSSEStream: SSEStreamTranslating {
    private var translator: ConverseStreamTranslator

    init(_ translator: ConverseStreamTranslator) {
        self.translator = translator
    }

    mutating func consume(_ event: ConverseStreamEvent) -> SSEStreamStep {
        do throws(StreamTranslationError) {
            return encode(try translator.consume(event), then: SSEStreamStep.events)
        } catch {
            return failed(error)
        }
    }

    mutating func finish() -> SSEStreamStep {
        do throws(StreamTranslationError) {
            return encode(try translator.finish(), then: SSEStreamStep.finished, trailer: Data(ChatChunkSSE.done.utf8))
        } catch {
            return failed(error)
        }
    }

    /// The `data:` events of chunks produced before the stream is handed to the session.
    func encode(_ chunks: [ChatCompletionChunk]) -> SSEStreamStep {
        encode(chunks, then: SSEStreamStep.events)
    }

    func errorEvent(for failure: GatewayError) -> Data {
        Data(((try? ChatChunkSSE.errorEvent(failure.error)) ?? Self.fallbackErrorEvent).utf8)
    }

    var usage: CompletionUsage? { translator.usage }
    var finishReason: FinishReason? { translator.finishReason }

    private func encode(
        _ chunks: [ChatCompletionChunk], then step: ([Data]) -> SSEStreamStep, trailer: Data? = nil
    ) -> SSEStreamStep {
        var events: [Data] = []
        for chunk in chunks {
            do {
                events.append(Data(try ChatChunkSSE.event(chunk).utf8))
            } catch {
                let failure = GatewayError(
                    status: 500, error: OpenAIError.server("A chunk could not be encoded.", code: "internal_error"))
                return .failed(events + [errorEvent(for: failure)], failure: failure, detail: String(describing: error))
            }
        }
        if let trailer { events.append(trailer) }
        return step(events)
    }

    private func failed(_ error: StreamTranslationError) -> SSEStreamStep {
        let failure = GatewayError(status: error.status, error: error.error)
        return .failed([errorEvent(for: failure)], failure: failure, detail: nil)
    }

    private static let fallbackErrorEvent =
        #"data: {"error":{"code":"internal_error","message":"The stream failed.","param":null,"type":"server_error"}}"# + "\n\n"
}
