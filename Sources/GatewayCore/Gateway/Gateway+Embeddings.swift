import Foundation

extension Gateway {
    /// `POST /embeddings`: decode → resolve → plan the InvokeModel calls → run them, at most
    /// ``embeddingsConcurrency`` at a time → one OpenAI response in input order.
    func embeddings(_ request: GatewayRequest, log: inout GatewayRequestLog) async throws(GatewayError) -> GatewayResponse {
        let embeddingRequest: EmbeddingRequest
        do {
            embeddingRequest = try OpenAIRequestDecoder.decode(EmbeddingRequest.self, from: request.body)
        } catch {
            throw .invalidBody(error)
        }
        guard !embeddingRequest.model.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missingModel }
        log.model = embeddingRequest.model
        if configuration.logPrompts { log.prompt = ResponseJSON.jsonValue(embeddingRequest.input) }

        let model = await resolve(embeddingRequest.model)
        let plan: EmbeddingsPlan
        do {
            plan = try EmbeddingsTranslation.plan(embeddingRequest, model: model)
        } catch {
            throw .translation(error)
        }
        let results = try await invoke(plan, requestedModel: embeddingRequest.model, log: &log)
        let response: EmbeddingResponse
        do {
            response = try EmbeddingsTranslation.response(for: plan, results: results)
        } catch {
            throw .embeddingsResponse(error)
        }
        log.usage = CompletionUsage(
            promptTokens: response.usage.promptTokens, completionTokens: 0, totalTokens: response.usage.totalTokens)
        return try json(status: 200, response)
    }

    /// Runs the plan's calls with bounded concurrency; the results come back in plan order.
    /// The first failure cancels the calls still running.
    private func invoke(
        _ plan: EmbeddingsPlan, requestedModel: String, log: inout GatewayRequestLog
    ) async throws(GatewayError) -> [EmbeddingsInvocationResult] {
        var encoded: [Data] = []
        for invocation in plan.invocations {
            do {
                encoded.append(try invocation.body.encoded())
            } catch {
                throw .internalError("An embeddings request body could not be encoded.")
            }
        }
        let bodies = encoded
        let calls = plan.invocations
        let runtime = self.runtime
        let limit = Self.embeddingsConcurrency
        do {
            return try await withThrowingTaskGroup(of: (Int, InvokeModelResult).self) { group in
                var results = [EmbeddingsInvocationResult?](repeating: nil, count: calls.count)
                var nextCall = 0
                while nextCall < calls.count, nextCall < limit {
                    let index = nextCall
                    group.addTask { (index, try await runtime.invokeModel(modelID: calls[index].modelID, body: bodies[index])) }
                    nextCall += 1
                }
                while let (index, result) = try await group.next() {
                    results[index] = EmbeddingsInvocationResult(body: result.body, inputTokenCount: result.inputTokenCount)
                    if nextCall < calls.count {
                        let index = nextCall
                        group.addTask { (index, try await runtime.invokeModel(modelID: calls[index].modelID, body: bodies[index])) }
                        nextCall += 1
                    }
                }
                return results.compactMap { $0 }
            }
        } catch {
            throw upstreamFailure(error, modelID: requestedModel, log: &log)
        }
    }
}
