import Foundation

/// One streamed answer in progress (OpenAI chat chunks or Anthropic Messages events): the
/// Bedrock event iterator, the translator that turns its events into SSE events, and the
/// request's log entry. Owned by exactly one consumer at a time (the body's iterator), which is
/// why it may cross into the `Sendable` body.
///
/// - Each Bedrock event's SSE events are sent one at a time; nothing is held beyond the events
///   of the latest Bedrock event.
/// - A failure after the start (an exception event, a broken connection, a stream cut short)
///   sends one error event in the API's own shape (``SSEStreamTranslating/errorEvent(for:)``)
///   and ends — for chat without `data: [DONE]`, as OpenAI does.
/// - Releasing the session (the client left) releases the Bedrock iterator, which ends the
///   transfer; the request is then logged with outcome `client_closed`.
///
/// ```swift
/// let session = SSEStreamSession(upstream: iterator, translator: ChatSSEStream(translator),
///                                opening: firstEvents, log: log, logger: logger, now: now, region: "us-east-1")
/// while let event = await session.next() { write(event) }
/// ```
final class SSEStreamSession<Translator: SSEStreamTranslating>: @unchecked Sendable {
    private var upstream: BedrockEventStream<Translator.Event>.AsyncIterator?
    private var translator: Translator
    private var pending: [Data] = []
    private var pendingIndex = 0
    private var finished = false
    private var log: GatewayRequestLog
    private var logged = false
    private let logger: GatewayLogger
    private let now: @Sendable () -> Date
    private let region: String

    init(
        upstream: BedrockEventStream<Translator.Event>.AsyncIterator, translator: Translator, opening: [Data],
        log: GatewayRequestLog, logger: GatewayLogger, now: @escaping @Sendable () -> Date, region: String
    ) {
        self.upstream = upstream
        self.translator = translator
        self.pending = opening
        self.log = log
        self.logger = logger
        self.now = now
        self.region = region
    }

    /// A session whose first events come from a step (which may already end the stream).
    convenience init(
        upstream: BedrockEventStream<Translator.Event>.AsyncIterator, translator: Translator, opening: SSEStreamStep,
        log: GatewayRequestLog, logger: GatewayLogger, now: @escaping @Sendable () -> Date, region: String
    ) {
        self.init(upstream: upstream, translator: translator, opening: [], log: log, logger: logger, now: now, region: region)
        apply(opening)
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
            let event: Translator.Event?
            do {
                event = try await iterator.next()
                upstream = iterator
            } catch is CancellationError {
                end(outcome: "client_closed")
                return nil
            } catch let error as BedrockError {
                fail(GatewayError.bedrock(error, modelID: log.model, region: region), detail: nil)
                continue
            } catch {
                fail(
                    GatewayError(status: 502, error: OpenAIError(message: "The Bedrock stream failed.", type: .api, code: "upstream_error")),
                    detail: String(describing: error))
                continue
            }
            apply(event.map { translator.consume($0) } ?? translator.finish())
        }
    }

    private func apply(_ step: SSEStreamStep) {
        switch step {
        case .events(let events):
            pending.append(contentsOf: events)
        case .finished(let events):
            pending.append(contentsOf: events)
            end(outcome: "completed")
        case .failed(let events, let failure, let detail):
            pending.append(contentsOf: events)
            record(failure, detail: detail)
            end(outcome: "failed")
        }
    }

    /// Sends `failure` as the stream's last event and ends it.
    private func fail(_ failure: GatewayError, detail: String?) {
        guard !finished else { return }
        pending.append(translator.errorEvent(for: failure))
        record(failure, detail: detail)
        end(outcome: "failed")
    }

    private func record(_ failure: GatewayError, detail: String?) {
        log.error = failure.error
        log.detail = detail
        if let bedrockRequestID = failure.bedrockRequestID { log.bedrockRequestID = bedrockRequestID }
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
}
