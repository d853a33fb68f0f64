import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway embeddings")
struct GatewayEmbeddingsTests {
    @Test(
        "Golden exchanges run end to end: request → InvokeModel bodies → answers → response",
        arguments: [
            ("titan-v2-base64", [Int?]([nil, nil])),
            ("cohere-v4-query", [9]),
            ("nova-retrieval", [4]),
        ])
    func goldenExchanges(name: String, headerTokens: [Int?]) async throws {
        let harness = try GatewayHarness()
        let expectedBodies = try #require(Golden.json("embeddings/\(name).invoke").arrayValue).map(Golden.normalized)
        let answers = try #require(Golden.json("embeddings/\(name).bedrock").arrayValue)
        harness.runtime.onInvokeModel = { _, body in
            // Calls may complete in any order: answer each by the body it carries.
            let sent = Golden.normalized(try WireJSON.value(body))
            guard let index = expectedBodies.firstIndex(of: sent) else { throw BedrockError(kind: .validation, message: "unexpected body") }
            return InvokeModelResult(body: try JSONEncoder().encode(answers[index]), inputTokenCount: headerTokens[index])
        }
        let request = String(decoding: try Golden.data("embeddings/\(name).request"), as: UTF8.self)
        let response = await harness.send("POST", "/v1/embeddings", json: request)
        #expect(response.status == 200)
        try Golden.expectMatches(try await response.json(), "embeddings/\(name).response")
        #expect(harness.runtime.invoked.count == expectedBodies.count)
    }

    @Test("Cohere takes at most 96 texts per call; 200 inputs make 3 calls and come back in input order")
    func cohereBatching() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModel = { _, body in
            let texts = try #require(WireJSON.value(body)["texts"]?.arrayValue).compactMap(\.stringValue)
            // Each vector encodes its text's number, so order can be checked.
            let vectors = texts.map { text -> JSONValue in [.number(Double(text.dropFirst(5)) ?? -1), 0.5] }
            let answer: JSONValue = ["id": "x", "embeddings": ["float": .array(vectors)], "texts": .array(texts.map { .string($0) }), "response_type": "embeddings_by_type"]
            return InvokeModelResult(body: try JSONEncoder().encode(answer), inputTokenCount: texts.count)
        }
        let inputs = (0..<200).map { "text \($0)" }
        let body = try String(decoding: JSONEncoder().encode(["model": JSONValue.string("cohere.embed-english-v3"), "input": .array(inputs.map { .string($0) })]), as: UTF8.self)
        let response = await harness.send("POST", "/v1/embeddings", json: body)
        #expect(response.status == 200)
        let sizes = try harness.runtime.invoked.map { try #require(WireJSON.value($0.body)["texts"]?.arrayValue).count }
        #expect(sizes.sorted() == [8, 96, 96])
        let json = try await response.json()
        let data = try #require(json["data"]?.arrayValue)
        #expect(data.count == 200)
        for (position, item) in data.enumerated() {
            #expect(item["index"]?.intValue == position)
            #expect(item["embedding"]?.arrayValue?.first?.doubleValue == Double(position))
        }
        #expect(json["usage"]?["prompt_tokens"] == 200)
    }

    @Test("At most four InvokeModel calls run at once")
    func boundedConcurrency() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModel = { _, _ in
            InvokeModelResult(body: Data(#"{"embedding":[0.1,0.2],"inputTextTokenCount":2}"#.utf8))
        }
        let inputs = (0..<12).map { JSONValue.string("sentence \($0)") }
        let body = try String(decoding: JSONEncoder().encode(["model": JSONValue.string("amazon.titan-embed-text-v2:0"), "input": .array(inputs)]), as: UTF8.self)
        let response = await harness.send("POST", "/v1/embeddings", json: body)
        #expect(response.status == 200)
        #expect(harness.runtime.invoked.count == 12)
        #expect(harness.runtime.peakConcurrentInvocations <= Gateway.embeddingsConcurrency)
        #expect(try await response.json()["usage"]?["prompt_tokens"] == 24)
    }

    @Test("A failed call fails the request with its mapped status")
    func failedCall() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModel = { _, _ in
            throw BedrockError(kind: .throttling, code: "ThrottlingException", message: "Too many requests", retryAfterSeconds: 3)
        }
        let response = await harness.send("POST", "/v1/embeddings", json: #"{"model":"amazon.titan-embed-text-v2:0","input":["a","b"]}"#)
        #expect(response.status == 429)
        #expect(response.header("retry-after") == "3")
    }

    @Test("A chat model, or input Bedrock cannot embed, is a 400 naming the parameter")
    func refusedRequests() async throws {
        let harness = try GatewayHarness()
        let notEmbedding = await harness.send("POST", "/v1/embeddings", json: #"{"model":"amazon.nova-pro-v1:0","input":"hi"}"#)
        #expect(notEmbedding.status == 400)
        #expect(try await notEmbedding.openAIError().param == "model")
        let tokens = await harness.send("POST", "/v1/embeddings", json: #"{"model":"amazon.titan-embed-text-v2:0","input":[1,2,3]}"#)
        #expect(tokens.status == 400)
        #expect(try await tokens.openAIError().param == "input")
        let noModel = await harness.send("POST", "/v1/embeddings", json: #"{"input":"hi"}"#)
        #expect(noModel.status == 400)
        #expect(try await noModel.openAIError().param == "model")
        #expect(harness.runtime.invoked.isEmpty)
    }

    @Test("An answer with the wrong number of vectors is a 502")
    func badAnswer() async throws {
        let harness = try GatewayHarness()
        harness.runtime.onInvokeModel = { _, _ in
            InvokeModelResult(body: Data(#"{"id":"x","embeddings":{"float":[[0.1]]},"texts":["a"],"response_type":"embeddings_by_type"}"#.utf8))
        }
        let response = await harness.send("POST", "/v1/embeddings", json: #"{"model":"cohere.embed-v4:0","input":["a","b"]}"#)
        #expect(response.status == 502)
        #expect(try await response.openAIError().code == "invalid_upstream_response")
    }
}
