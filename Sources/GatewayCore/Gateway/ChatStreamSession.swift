import Foundation

/// One streamed chat answer in progress: the Bedrock event iterator, the translator, and the
/// request's log entry. Owned by exactly one consumer at a time (the body's iterator), which
/// is why it may cross into the `Sendable` body.
///
/// - Each Bedrock event's chunks are sent one `data:` event at a time; nothing is held beyond
///   the chunks of the latest event.
/// - A successful end sends `data: [DONE]`. A failure after the start (an exception event, a
///   broken connection, a stream cut before `messageStop`) sends one error event and ends
///   without `[DONE]`, as OpenAI does.
/// - Releasing the session (the adapter stops iterating because the client left, or never
///   starts) releases the Bedrock iterator, which ends the transfer; the request is then
///   logged with outcome `client_closed`.
final class ChatStreamSession: @unchecked Sendable {
    private var upstream: BedrockEventStream<ConverseStreamEvent>.AsyncIterator?
    private var translator: ConverseStreamTranslator
    private var pending: [Data] = []
    private var pendingIndex = 0
    private var finished = false
    private var log: GatewayRequestLog
    private var logged = false
    private let logger: GatewayLogger
    private let now: @Sendable () -> Date
    private let region: String

    init(
        upstream: BedrockEventStream<ConverseStreamEvent>.AsyncIterator, translator: ConverseStreamTranslator,
        opening: [ChatCompletionChunk], log: GatewayRequestLog, logger: GatewayLogger, now: @escaping @Sendable () -> Date,
        region: String
    ) {
        self.upstream = upstream
        self.translator = translator
        self.log = log
        self.logger = logger
        self.now = now
        self.region = region
        enqueue(opening)
    }

    deinit {
        if !logged { writeLog(outcome: "client_closed") }
    }

    /// The next SSE event, or `nil` once the stream is over.
    func next() async -> Data? {
        while true {
            if pendingIndex < pending.count {
                defer { pendingIndex += 1 }
                return pending[pendingIndex]
            }
            pending.removeAll(keepingCapacity: true)
            pendingIndex = 0
            guard !finished, var iterator = upstream else { return nil }
            if Task.isCancelled {
                end(outcome: "client_closed")
                return nil
            }
            let event: ConverseStreamEvent?
            do {
                event = try await iterator.next()
                upstream = iterator
            } catch is CancellationError {
                end(outcome: "client_closed")
                return nil
            } catch let error as BedrockError {
                fail(GatewayError.bedrock(error, modelID: log.model, region: region).error, detail: nil, bedrockRequestID: error.requestID)
                continue
            } catch {
                fail(OpenAIError(message: "The Bedrock stream failed.", type: .api, code: "upstream_error"), detail: String(describing: error))
                continue
            }
            do {
                if let event {
                    enqueue(try translator.consume(event))
                } else {
                    enqueue(try translator.finish())
                    pending.append(Data(ChatChunkSSE.done.utf8))
                    end(outcome: "completed")
                }
            } catch {
                fail(error.error, detail: nil)
            }
        }
    }

    private func enqueue(_ chunks: [ChatCompletionChunk]) {
        for chunk in chunks {
            do {
                pending.append(Data(try ChatChunkSSE.event(chunk).utf8))
            } catch {
                fail(OpenAIError.server("A chunk could not be encoded.", code: "internal_error"), detail: String(describing: error))
                return
            }
        }
    }

    /// Sends `error` as the stream's last event and ends it.
    private func fail(_ error: OpenAIError, detail: String?, bedrockRequestID: String? = nil) {
        guard !finished else { return }
        pending.append(Data(((try? ChatChunkSSE.errorEvent(error)) ?? Self.fallbackErrorEvent).utf8))
        log.error = error
        log.detail = detail
        if let bedrockRequestID { log.bedrockRequestID = bedrockRequestID }
        end(outcome: "failed")
    }

    private func end(outcome: String) {
        finished = true
        // Let go of the Bedrock connection now rather than when the adapter drops the body.
        upstream = nil
        writeLog(outcome: outcome)
    }

    private func writeLog(outcome: String) {
        guard !logged else { return }
        logged = true
        log.outcome = outcome
        log.usage = translator.usage
        log.finishReason = translator.finishReason
        logger.log(log.record(status: 200, finished: now()))
    }

    private static let fallbackErrorEvent =
        #"data: {"error":{"code":"internal_error","message":"The stream failed.","param":null,"type":"server_error"}}"# + "\n\n"
}
