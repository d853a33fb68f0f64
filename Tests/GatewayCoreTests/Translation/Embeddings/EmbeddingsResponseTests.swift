import Foundation
import Testing

@testable import GatewayCore

/// InvokeModel answers → one OpenAI embeddings response: order, indices, encoding and usage.
@Suite("Embeddings: InvokeModel answers → OpenAI response")
struct EmbeddingsResponseTests {
    private func plan(_ input: EmbeddingInput, model: String, format: EmbeddingEncodingFormat? = nil) throws -> EmbeddingsPlan {
        let request = EmbeddingRequest(input: input, model: model, encodingFormat: format)
        return try EmbeddingsTranslation.plan(request, model: ResolvedModel(requestedID: model))
    }

    private func result(_ json: String, tokens: Int? = nil) -> EmbeddingsInvocationResult {
        EmbeddingsInvocationResult(body: Data(json.utf8), inputTokenCount: tokens)
    }

    private func responseError(
        _ plan: EmbeddingsPlan, _ results: [EmbeddingsInvocationResult], sourceLocation: SourceLocation = #_sourceLocation
    ) -> EmbeddingsResponseError? {
        do {
            _ = try EmbeddingsTranslation.response(for: plan, results: results)
            Issue.record("expected an EmbeddingsResponseError", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test("Titan answers become data in input order; usage sums inputTextTokenCount")
    func titanUsageAndOrder() throws {
        let plan = try plan(.texts(["a", "b"]), model: "amazon.titan-embed-text-v2:0")
        let response = try EmbeddingsTranslation.response(for: plan, results: [
            result(#"{"embedding": [0.5, -0.25], "inputTextTokenCount": 3, "embeddingsByType": {"float": [0.5, -0.25]}}"#),
            result(#"{"embedding": [1.0, 2.0], "inputTextTokenCount": 4}"#, tokens: 99),
        ])
        #expect(response.data.map(\.index) == [0, 1])
        #expect(response.data.map(\.embedding) == [.floats([0.5, -0.25]), .floats([1.0, 2.0])])
        // The body's count is the documented one; the header is only a fallback.
        #expect(response.usage == EmbeddingUsage(promptTokens: 7, totalTokens: 7))
        #expect(response.model == "amazon.titan-embed-text-v2:0")
    }

    @Test("Titan V2 answers with only embeddingsByType still yield the float vector")
    func titanByTypeOnly() throws {
        let plan = try plan(.text("a"), model: "amazon.titan-embed-text-v2:0")
        let response = try EmbeddingsTranslation.response(for: plan, results: [
            result(#"{"inputTextTokenCount": 1, "embeddingsByType": {"float": [0.125]}}"#)
        ])
        #expect(response.data.first?.embedding == .floats([0.125]))
    }

    @Test("base64 output is the little-endian float32 bytes of the vector")
    func base64Bytes() throws {
        let plan = try plan(.text("a"), model: "amazon.titan-embed-text-v1", format: .base64)
        let response = try EmbeddingsTranslation.response(for: plan, results: [
            result(#"{"embedding": [1.0, -2.0, 0.5], "inputTextTokenCount": 1}"#)
        ])
        guard case .base64(let text)? = response.data.first?.embedding else {
            Issue.record("expected base64, got \(String(describing: response.data.first?.embedding))")
            return
        }
        // 1.0 = 0x3F800000, -2.0 = 0xC0000000, 0.5 = 0x3F000000, each written low byte first.
        let bytes: [UInt8] = [0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x3F]
        #expect(Data(base64Encoded: text) == Data(bytes))
        #expect(text == "AACAPwAAAMAAAAA/")
    }

    @Test("200 Cohere inputs answered in three calls come back with their own indices")
    func cohereBatchesReassemble() throws {
        let plan = try plan(.texts((0..<200).map { "t\($0)" }), model: "cohere.embed-english-v3")
        let results = plan.invocations.enumerated().map { callIndex, call in
            // Each vector carries its input position so misplacement shows.
            let vectors = call.inputIndices.map { "[\($0).0, 0.5]" }.joined(separator: ", ")
            return result(
                #"{"id": "r\#(callIndex)", "embeddings": {"float": [\#(vectors)]}, "response_type": "embeddings_by_type"}"#,
                tokens: 10 * (callIndex + 1))
        }
        let response = try EmbeddingsTranslation.response(for: plan, results: results)
        #expect(response.data.count == 200)
        #expect(response.data.map(\.index) == Array(0..<200))
        #expect(response.data.map { $0.embedding.floatValues?.first } == (0..<200).map { Float($0) })
        #expect(response.usage.promptTokens == 60)  // header counts 10 + 20 + 30
    }

    @Test("a Cohere float-list answer (no embedding_types) also works; no header counts 0")
    func cohereFloatsWithoutTokenCount() throws {
        let plan = try plan(.texts(["a", "b"]), model: "cohere.embed-english-v3")
        let response = try EmbeddingsTranslation.response(for: plan, results: [
            result(#"{"id": "x", "embeddings": [[0.5], [0.25]], "response_type": "embeddings_floats"}"#)
        ])
        #expect(response.data.map(\.embedding) == [.floats([0.5]), .floats([0.25])])
        #expect(response.usage.promptTokens == 0)
    }

    @Test("Nova answers take the TEXT embedding and the header token count")
    func novaAnswer() throws {
        let plan = try plan(.texts(["a", "b"]), model: "amazon.nova-2-multimodal-embeddings-v1:0")
        let response = try EmbeddingsTranslation.response(for: plan, results: [
            result(#"{"embeddings": [{"embeddingType": "TEXT", "embedding": [0.5, 0.5]}]}"#, tokens: 2),
            result(#"{"embeddings": [{"embeddingType": "TEXT", "embedding": [-0.5, 0.5], "truncatedCharLength": 8}]}"#, tokens: 3),
        ])
        #expect(response.data.map(\.embedding) == [.floats([0.5, 0.5]), .floats([-0.5, 0.5])])
        #expect(response.usage.promptTokens == 5)
    }

    @Test("too few vectors, a missing answer or an undecodable body is an upstream error")
    func malformedAnswers() throws {
        let cohere = try plan(.texts(["a", "b"]), model: "cohere.embed-english-v3")
        let short = responseError(cohere, [result(#"{"id": "x", "embeddings": {"float": [[0.5]]}}"#)])
        #expect(short?.invocationIndex == 0)
        #expect(responseError(cohere, [])?.invocationIndex == nil)
        let titan = try plan(.text("a"), model: "amazon.titan-embed-text-v2:0")
        #expect(responseError(titan, [result(#"{"message": "oops"}"#)])?.invocationIndex == 0)
    }
}
