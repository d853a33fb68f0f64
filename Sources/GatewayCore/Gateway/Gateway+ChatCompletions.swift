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

    /// Starts a ConverseStream call and waits for its first event, so a failure up to there is
    /// an ordinary error response; after that the answer is a stream of SSE events.
    private func streamChatCompletion(
        _ chat: ChatCompletionRequest, model: ResolvedModel, media: FetchedMedia, identity: ChatResponseIdentity,
        log: inout GatewayRequestLog
    ) async throws(GatewayError) -> GatewayResponse {
        let body: ConverseStreamRequest
        do {
            body = try ChatToConverse.translateStream(chat, model: model, options: configuration.translationOptions, media: media)
        } catch {
            throw .translation(error)
        }
        var upstream: BedrockEventStream<ConverseStreamEvent>.AsyncIterator
        let first: ConverseStreamEvent?
        do {
            upstream = try await runtime.converseStream(modelID: model.invocationID, request: body).makeAsyncIterator()
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
        let session = ChatStreamSession(
            upstream: upstream, translator: translator, opening: opening, log: log, logger: logger, now: now,
            region: configuration.region)
        return GatewayResponse(
            status: 200,
            headers: [("content-type", "text/event-stream"), ("cache-control", "no-cache"), ("x-accel-buffering", "no")],
            body: .stream(BedrockEventStream(ChatStreamBody(session: session))))
    }
}
