import Foundation
import Testing

@testable import GatewayCore

/// Complete exchanges written by hand in `Golden/embeddings/`: the OpenAI request, the
/// InvokeModel bodies the Bedrock model pages prescribe, Bedrock's answers, and the OpenAI
/// response (base64 strings computed by hand from the IEEE 754 bit patterns).
@Suite("Embeddings golden exchanges")
struct EmbeddingsGoldenTests {
    @Test(
        "request → invoke bodies → answers → response",
        arguments: [
            ("titan-v2-base64", [Int?]([nil, nil])),
            ("cohere-v4-query", [9]),
            ("nova-retrieval", [4]),
        ])
    func exchange(name: String, headerTokens: [Int?]) throws {
        let request = try OpenAIRequestDecoder.decode(EmbeddingRequest.self, from: Golden.data("embeddings/\(name).request"))
        let plan = try EmbeddingsTranslation.plan(request, model: ResolvedModel(requestedID: request.model))

        let expectedBodies = try #require(Golden.json("embeddings/\(name).invoke").arrayValue)
        let bodies = try plan.invocations.map { try WireJSON.value($0.body.encoded()) }
        #expect(bodies.map(Golden.normalized) == expectedBodies.map(Golden.normalized))
        #expect(plan.invocations.allSatisfy { $0.modelID == request.model })

        let answers = try #require(Golden.json("embeddings/\(name).bedrock").arrayValue)
        let results = try zip(answers, headerTokens).map { answer, tokens in
            EmbeddingsInvocationResult(body: try JSONEncoder().encode(answer), inputTokenCount: tokens)
        }
        let response = try EmbeddingsTranslation.response(for: plan, results: results)
        try Golden.expectMatches(response, "embeddings/\(name).response")
    }
}
