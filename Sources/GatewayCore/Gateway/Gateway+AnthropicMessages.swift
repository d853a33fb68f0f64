import Foundation

extension Gateway {
    /// `POST /messages`: Anthropic's Messages API for the Anthropic SDKs and tools built on them.
    ///
    /// decode (``AnthropicMessagesCall``) → resolve the model → fetch `url` images → then
    /// - Claude (a base model `anthropic.claude…`, read off the id or from the catalog):
    ///   InvokeModel / InvokeModelWithResponseStream with the body as sent, minus `model` and
    ///   `stream`, with Bedrock's `anthropic_version` and the `anthropic-beta` header's betas in
    ///   `anthropic_beta`; Claude's answer goes back as it came, with `model` the client's name
    ///   (``AnthropicInvokeStream`` for streams);
    /// - any other model: ``AnthropicToConverse`` → Converse / ConverseStream →
    ///   ``ConverseToAnthropic`` / ``ConverseStreamToAnthropic``, with the id `msg_<id>`. The
    ///   `anthropic-beta` header is not applied (its betas mean nothing to other models).
    ///
    /// The `anthropic-version` header is accepted and not needed. Errors are Anthropic-shaped
    /// (``AnthropicErrorResponse``); a stream waits for Bedrock's first event, so a failure up
    /// to there is an error status, and a later one an `error` event.
    func anthropicMessages(_ request: GatewayRequest, log: inout GatewayRequestLog) async throws(GatewayError) -> GatewayResponse {
        var call = try AnthropicMessagesCall(body: request.body, requireMaxTokens: true)
        log.model = call.model
        log.stream = call.stream
        if configuration.logPrompts { log.prompt = call.object["messages"] }

        let model = await resolve(call.model)
        let media = try await fetchAnthropicImages(in: call.request)
        if Self.isClaude(model) {
            call.addBetas(fromHeader: request.header("anthropic-beta"))
            let body = try call.invokeBody(media: media, maxImageBytes: configuration.translationOptions.maxImageBytes)
            if call.stream {
                return try await streamClaudeMessage(body, model: model, requestedModel: call.model, log: &log)
            }
            return try await invokeClaudeMessage(body, model: model, requestedModel: call.model, log: &log)
        }

        let converse: ConverseRequest
        do {
            converse = try AnthropicToConverse.translate(call.request, options: configuration.translationOptions, media: media)
        } catch {
            throw .translation(error)
        }
        let id = "msg_" + makeID()
        if call.stream {
            return try await streamConverseMessage(converse, model: model, id: id, requestedModel: call.model, log: &log)
        }
        let answer: ConverseResponse
        do {
            answer = try await runtime.converse(modelID: model.invocationID, request: converse)
        } catch {
            throw upstreamFailure(error, modelID: call.model, log: &log)
        }
        let message = ConverseToAnthropic.translate(answer, id: id, model: call.model)
        log.usage = Self.usage(message.usage)
        log.finishReason = message.stopReason.map { AnthropicToChat.finishReason(for: $0) }
        return try json(status: 200, message)
    }

    /// `POST /messages/count_tokens`: Bedrock's CountTokens for the same input — Claude's
    /// Messages body as InvokeModel input, other models' translation as Converse input — on the
    /// foundation model behind the id (CountTokens takes no inference profile). Answers
    /// `{"input_tokens": n}`.
    func anthropicCountTokens(_ request: GatewayRequest, log: inout GatewayRequestLog) async throws(GatewayError) -> GatewayResponse {
        var call = try AnthropicMessagesCall(body: request.body, requireMaxTokens: false)
        log.model = call.model
        if configuration.logPrompts { log.prompt = call.object["messages"] }

        let model = await resolve(call.model)
        let media = try await fetchAnthropicImages(in: call.request)
        let count: CountTokensRequest
        if Self.isClaude(model) {
            call.addBetas(fromHeader: request.header("anthropic-beta"))
            let body = try call.invokeBody(media: media, maxImageBytes: configuration.translationOptions.maxImageBytes)
            count = CountTokensRequest(input: .invokeModel(InvokeModelTokensRequest(body: body)))
        } else {
            do {
                let converse = try AnthropicToConverse.translate(call.request, options: configuration.translationOptions, media: media)
                count = ChatToConverse.countTokensRequest(for: converse)
            } catch {
                throw .translation(error)
            }
        }
        let counted: CountTokensResponse
        do {
            counted = try await runtime.countTokens(modelID: model.baseModelID ?? model.invocationID, request: count)
        } catch {
            throw upstreamFailure(error, modelID: call.model, log: &log)
        }
        log.usage = CompletionUsage(promptTokens: counted.inputTokens, completionTokens: 0, totalTokens: counted.inputTokens)
        return try json(status: 200, ["input_tokens": JSONValue.integer(counted.inputTokens)] as JSONValue)
    }

    /// Whether a model takes Anthropic's Messages body through InvokeModel.
    static func isClaude(_ model: ResolvedModel) -> Bool {
        model.baseModelID?.hasPrefix("anthropic.claude") == true
    }

    /// The response for a failure on an Anthropic route (without `x-request-id` and
    /// `request-id`; `handle` adds them).
    static func anthropicErrorResponse(_ failure: GatewayError, requestID: String) -> GatewayResponse {
        let body = (try? ResponseJSON.encode(AnthropicErrorResponse(failure, requestID: requestID))) ?? AnthropicErrorResponse.fallbackBody
        return GatewayResponse(
            status: failure.status,
            headers: [("content-type", "application/json")] + failure.headers,
            body: .bytes(body))
    }

    // MARK: - Claude through InvokeModel

    private func invokeClaudeMessage(
        _ body: Data, model: ResolvedModel, requestedModel: String, log: inout GatewayRequestLog
    ) async throws(GatewayError) -> GatewayResponse {
        let result: InvokeModelResult
        do {
            result = try await runtime.invokeModel(modelID: model.invocationID, body: body)
        } catch {
            throw upstreamFailure(error, modelID: requestedModel, log: &log)
        }
        let message: AnthropicMessagesResponse
        let answer: JSONValue
        do {
            message = try BedrockJSONDecoder().decode(AnthropicMessagesResponse.self, from: result.body)
            guard case .object(var object) = try JSONDecoder().decode(JSONValue.self, from: result.body) else {
                throw DecodingError.typeMismatch(
                    [String: JSONValue].self, DecodingError.Context(codingPath: [], debugDescription: "Not an object."))
            }
            object["model"] = .string(requestedModel)
            answer = .object(object)
        } catch {
            log.detail = String(describing: error)
            throw GatewayError(
                status: 502,
                error: OpenAIError(message: "Bedrock's answer is not an Anthropic message.", type: .api, code: "invalid_upstream_response"))
        }
        log.usage = Self.usage(message.usage)
        log.finishReason = message.stopReason.map { AnthropicToChat.finishReason(for: $0) }
        return try json(status: 200, answer)
    }

    private func streamClaudeMessage(
        _ body: Data, model: ResolvedModel, requestedModel: String, log: inout GatewayRequestLog
    ) async throws(GatewayError) -> GatewayResponse {
        var upstream: BedrockEventStream<InvokeModelStreamEvent>.AsyncIterator
        let first: InvokeModelStreamEvent?
        do {
            upstream = try await runtime.invokeModelWithResponseStream(modelID: model.invocationID, body: body).makeAsyncIterator()
            first = try await upstream.next()
        } catch {
            throw upstreamFailure(error, modelID: requestedModel, log: &log)
        }
        var translator = AnthropicInvokeStream(model: requestedModel)
        let opening = try openingEvents(first.map { translator.consume($0) } ?? translator.finish(), log: &log)
        let session = SSEStreamSession(
            upstream: upstream, translator: translator, opening: opening, log: log, logger: logger, now: now,
            region: configuration.region)
        return anthropicEventStream(BedrockEventStream(SSEStreamBody(session: session)))
    }

    // MARK: - Other models through Converse

    private func streamConverseMessage(
        _ converse: ConverseRequest, model: ResolvedModel, id: String, requestedModel: String, log: inout GatewayRequestLog
    ) async throws(GatewayError) -> GatewayResponse {
        var upstream: BedrockEventStream<ConverseStreamEvent>.AsyncIterator
        let first: ConverseStreamEvent?
        do {
            upstream = try await runtime.converseStream(modelID: model.invocationID, request: ConverseStreamRequest(converse))
                .makeAsyncIterator()
            first = try await upstream.next()
        } catch {
            throw upstreamFailure(error, modelID: requestedModel, log: &log)
        }
        var translator = AnthropicConverseStream(translator: ConverseStreamToAnthropic(id: id, model: requestedModel))
        let opening = try openingEvents(first.map { translator.consume($0) } ?? translator.finish(), log: &log)
        let session = SSEStreamSession(
            upstream: upstream, translator: translator, opening: opening, log: log, logger: logger, now: now,
            region: configuration.region)
        return anthropicEventStream(BedrockEventStream(SSEStreamBody(session: session)))
    }

    // MARK: - Shared steps

    /// The events of the first Bedrock event; a failure there is still an error response.
    private func openingEvents(_ step: SSEStreamStep, log: inout GatewayRequestLog) throws(GatewayError) -> [Data] {
        switch step {
        case .events(let events):
            return events
        case .finished:
            // The first event cannot end a well-formed stream.
            throw GatewayError.stream(.truncated)
        case .failed(_, let failure, let detail):
            log.detail = detail
            throw failure
        }
    }

    /// The bytes of every `url` image the request references (each URL once).
    private func fetchAnthropicImages(in request: AnthropicMessagesRequest) async throws(GatewayError) -> FetchedMedia {
        let references = AnthropicToConverse.remoteImageURLs(in: request)
        guard !references.isEmpty else { return FetchedMedia() }
        do {
            return try await mediaFetcher.fetch(references)
        } catch {
            throw .remoteMedia(error)
        }
    }

    private func anthropicEventStream(_ body: BedrockEventStream<Data>) -> GatewayResponse {
        GatewayResponse(
            status: 200,
            headers: [("content-type", "text/event-stream"), ("cache-control", "no-cache"), ("x-accel-buffering", "no")],
            body: .stream(body))
    }

    private static func usage(_ usage: AnthropicUsage) -> CompletionUsage {
        AnthropicToChat.usage(
            inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, cacheReadInputTokens: usage.cacheReadInputTokens,
            cacheCreationInputTokens: usage.cacheCreationInputTokens)
    }
}
