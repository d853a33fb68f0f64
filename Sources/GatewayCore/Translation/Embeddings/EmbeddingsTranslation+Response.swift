import Foundation

extension EmbeddingsTranslation {
    /// Puts the answers of `plan.invocations` (same order, one result per call) together into
    /// the OpenAI response.
    ///
    /// `data` is in input order with `index` = input position; vectors are float32, as JSON
    /// numbers or, for `encoding_format: "base64"`, base64 of their little-endian bytes.
    /// `usage.prompt_tokens` sums, per call, Titan's `inputTextTokenCount` or else the
    /// `X-Amzn-Bedrock-Input-Token-Count` header; a call with neither counts 0 (Cohere and Nova
    /// bodies carry no count, and the gateway does not guess one).
    public static func response(
        for plan: EmbeddingsPlan, results: [EmbeddingsInvocationResult]
    ) throws(EmbeddingsResponseError) -> EmbeddingResponse {
        guard results.count == plan.invocations.count else {
            throw EmbeddingsResponseError(
                invocationIndex: nil,
                message: "Expected \(plan.invocations.count) embeddings answers, got \(results.count).")
        }
        var vectors = [[Double]?](repeating: nil, count: plan.inputCount)
        var promptTokens = 0
        for (callIndex, (call, result)) in zip(plan.invocations, results).enumerated() {
            let (callVectors, bodyTokens) = try decode(result.body, family: plan.family, callIndex: callIndex)
            guard callVectors.count == call.inputIndices.count else {
                throw EmbeddingsResponseError(
                    invocationIndex: callIndex,
                    message: "Bedrock returned \(callVectors.count) embeddings for \(call.inputIndices.count) inputs.")
            }
            guard call.inputIndices.lowerBound >= 0, call.inputIndices.upperBound <= plan.inputCount else {
                throw EmbeddingsResponseError(
                    invocationIndex: callIndex, message: "The plan's input positions exceed its input count.")
            }
            for (position, vector) in zip(call.inputIndices, callVectors) {
                vectors[position] = vector
            }
            promptTokens += bodyTokens ?? result.inputTokenCount ?? 0
        }
        var data: [Embedding] = []
        data.reserveCapacity(plan.inputCount)
        for (index, vector) in vectors.enumerated() {
            guard let vector else {
                throw EmbeddingsResponseError(invocationIndex: nil, message: "No embedding was returned for input \(index).")
            }
            data.append(Embedding(index: index, embedding: EmbeddingVector(floats: vector.map(Float.init), format: plan.encodingFormat)))
        }
        return EmbeddingResponse(data: data, model: plan.responseModel, usage: EmbeddingUsage(promptTokens: promptTokens))
    }

    /// The float vectors of one answer and the token count its body states, if any.
    private static func decode(
        _ body: Data, family: BedrockEmbeddingFamily, callIndex: Int
    ) throws(EmbeddingsResponseError) -> ([[Double]], Int?) {
        let decoder = BedrockJSONDecoder()
        do {
            switch family {
            case .titanTextV1:
                let response = try decoder.decode(TitanTextEmbeddingsV1Response.self, from: body)
                return ([response.embedding], response.inputTextTokenCount)
            case .titanTextV2:
                let response = try decoder.decode(TitanTextEmbeddingsV2Response.self, from: body)
                guard let vector = response.embedding ?? response.embeddingsByType?.float else {
                    throw EmbeddingsResponseError(invocationIndex: callIndex, message: "The Titan answer holds no float embedding.")
                }
                return ([vector], response.inputTextTokenCount)
            case .cohereEmbedV3, .cohereEmbedV4:
                let response = try decoder.decode(CohereEmbedResponse.self, from: body)
                guard let vectors = response.embeddings.floats else {
                    throw EmbeddingsResponseError(invocationIndex: callIndex, message: "The Cohere answer holds no float embeddings.")
                }
                return (vectors, nil)
            case .novaMultimodal:
                let response = try decoder.decode(NovaEmbeddingResponse.self, from: body)
                guard let embedding = response.embeddings.first(where: { $0.embeddingType == "TEXT" }) ?? response.embeddings.first else {
                    throw EmbeddingsResponseError(invocationIndex: callIndex, message: "The Nova answer holds no embedding.")
                }
                return ([embedding.embedding], nil)
            }
        } catch let error as EmbeddingsResponseError {
            throw error
        } catch {
            throw EmbeddingsResponseError(
                invocationIndex: callIndex, message: "The \(family.rawValue) answer does not decode: \(error).")
        }
    }
}
