import Foundation

extension Gateway {
    /// `POST /chat/completions`: decode → resolve the model → fetch remote images → translate
    /// → Converse or ConverseStream → translate back.
    func chatCompletions(_ request: GatewayRequest, log: inout GatewayRequestLog) async throws(GatewayError) -> GatewayResponse {
        let chat: ChatCompletionRequest
        do {
            chat = try OpenAIRequestDecoder.decode(ChatCompletionRequest.self, from: request.body)
        } catch {
            throw .invalidBody(error)
        }
        guard !chat.model.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missingModel }
        log.model = chat.model
        log.stream = chat.stream == true
        if configuration.logPrompts { log.prompt = ResponseJSON.jsonValue(chat.messages) }

        let model = await resolve(chat.model)
        let media = try await fetchRemoteImages(in: chat)
        let identity = ChatResponseIdentity(id: "chatcmpl-" + makeID(), created: unixTime, model: chat.model)

        if chat.stream == true {
            return try await streamChatCompletion(chat, model: model, media: media, identity: identity, log: &log)
        }
        let body: ConverseRequest
        do {
            body = try ChatToConverse.translate(chat, model: model, options: configuration.translationOptions, media: media)
        } catch {
            throw .translation(error)
        }
        let answer: ConverseResponse
        do {
            answer = try await runtime.converse(modelID: model.invocationID, request: body)
        } catch {
            throw upstreamFailure(error, modelID: chat.model, log: &log)
        }
        // Clients that sent only the legacy `functions` expect the legacy `function_call` back.
        let style: ChatToolCallStyle = chat.functions != nil && chat.tools == nil ? .legacyFunctionCall : .toolCalls
        let completion = ConverseToChat.completion(from: answer, identity: identity, toolCallStyle: style)
        log.usage = completion.usage
        log.finishReason = completion.choices.first?.finishReason
        return try json(status: 200, completion)
    }

    /// The bytes of every `http(s)` image the request references (each URL once).
    private func fetchRemoteImages(in chat: ChatCompletionRequest) async throws(GatewayError) -> FetchedMedia {
        let references = RemoteMediaReference.imageURLs(in: chat)
        guard !references.isEmpty else { return FetchedMedia() }
        do {
            return try await mediaFetcher.fetch(references)
        } catch {
            throw .remoteMedia(error)
        }
    }

    /// Starts a ConverseStream call (or, for tools on a model without streaming tool use, a
    /// Converse call replayed as stream events) and waits for its first event, so a failure up
    /// to there is an ordinary error response; after that the answer is a stream of SSE events.
    private func streamChatCompletion(
        _ chat: ChatCompletionRequest, model: ResolvedModel, media: FetchedMedia, identity: ChatResponseIdentity,
        log: inout GatewayRequestLog
    ) async throws(GatewayError) -> GatewayResponse {
        var upstream: BedrockEventStream<ConverseStreamEvent>.AsyncIterator
        let first: ConverseStreamEvent?
        if let replayed = try await replayedConverse(chat, model: model, media: media, log: &log) {
            upstream = replayed.makeAsyncIterator()
        } else {
            let body: ConverseStreamRequest
            do {
                body = try ChatToConverse.translateStream(chat, model: model, options: configuration.translationOptions, media: media)
            } catch {
                throw .translation(error)
            }
            do {
                upstream = try await runtime.converseStream(modelID: model.invocationID, request: body).makeAsyncIterator()
            } catch {
                throw upstreamFailure(error, modelID: chat.model, log: &log)
            }
        }
        do {
            first = try await upstream.next()
        } catch {
            throw upstreamFailure(error, modelID: chat.model, log: &log)
        }
        var translator = ConverseStreamTranslator(identity: identity, includeUsage: chat.streamOptions?.includeUsage == true)
        let opening: [ChatCompletionChunk]
        do throws(StreamTranslationError) {
            guard let first else { throw .truncated }
            opening = try translator.consume(first)
        } catch {
            throw .stream(error)
        }
        let stream = ChatSSEStream(translator)
        let session = SSEStreamSession(
            upstream: upstream, translator: stream, opening: stream.encode(opening), log: log, logger: logger, now: now,
            region: configuration.region)
        return GatewayResponse(
            status: 200,
            headers: [("content-type", "text/event-stream"), ("cache-control", "no-cache"), ("x-accel-buffering", "no")],
            body: .stream(BedrockEventStream(SSEStreamBody(session: session))))
    }

    /// For a model that supports tool use but not while streaming (Bedrock rejects
    /// ConverseStream with a `toolConfig` for it), a streamed request that offers tools is
    /// answered with Converse and the answer replayed as stream events; `nil` when the request
    /// can stream as is.
    private func replayedConverse(
        _ chat: ChatCompletionRequest, model: ResolvedModel, media: FetchedMedia, log: inout GatewayRequestLog
    ) async throws(GatewayError) -> BedrockEventStream<ConverseStreamEvent>? {
        let capabilities = model.profile.capabilities
        guard capabilities.toolUse, !capabilities.streamingToolUse else { return nil }
        // Without offered tools the request cannot carry a toolConfig: stream it as is.
        guard !(chat.tools ?? []).isEmpty || !(chat.functions ?? []).isEmpty else { return nil }
        let body: ConverseRequest
        do {
            body = try ChatToConverse.translate(chat, model: model, options: configuration.translationOptions, media: media)
        } catch {
            throw .translation(error)
        }
        // `tool_choice: none` (or an empty tool list) sends no tools: the request streams normally.
        guard body.toolConfig != nil else { return nil }
        let answer: ConverseResponse
        do {
            answer = try await runtime.converse(modelID: model.invocationID, request: body)
        } catch {
            throw upstreamFailure(error, modelID: chat.model, log: &log)
        }
        return BedrockEventStream(ConverseStreamEvents.replaying(answer))
    }
}
