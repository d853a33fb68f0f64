import BedrockClient
import Foundation
import GatewayCore
import Testing

/// `GET /v1/models` (from ListFoundationModels and ListInferenceProfiles) and
/// `POST /v1/embeddings` (InvokeModel) end to end.
@Suite("Models and embeddings end to end")
struct CatalogAndEmbeddingsEndToEndTests {
    static let applicationProfileARN =
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/8k2mqzsz4v1a"

    @Test func modelListHoldsFoundationModelsAndInferenceProfiles() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.get("/v1/models")

            #expect(response.status == 200)
            let body = try response.json
            #expect(body["object"] == "list")
            let models = try #require(body["data"]?.arrayValue)
            #expect(models.allSatisfy { $0["object"] == "model" && $0["owned_by"]?.stringValue != nil })
            let ids = models.compactMap { $0["id"]?.stringValue }
            #expect(ids.contains("amazon.titan-embed-text-v2:0"))
            #expect(ids.contains("us.amazon.nova-lite-v1:0"))
            #expect(ids.contains(Self.applicationProfileARN))
        }
    }

    @Test(arguments: [
        "/v1/models/us.amazon.nova-lite-v1:0",
        "/v1/models/us.amazon.nova-lite-v1%3A0",
        "/v1/models/arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/8k2mqzsz4v1a",
        "/v1/models/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2F8k2mqzsz4v1a",
    ])
    func retrieveModelByIDOrARNEncodedOrNot(path: String) async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.get(path)

            #expect(response.status == 200)
            let id = try #require(try response.json["id"]?.stringValue)
            #expect(["us.amazon.nova-lite-v1:0", Self.applicationProfileARN].contains(id))
        }
    }

    @Test func unknownModelIs404ModelNotFound() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.get("/v1/models/acme.no-such-model-v9:0")

            #expect(response.status == 404)
            #expect(try response.json["error"]?["code"] == "model_not_found")
        }
    }

    @Test func floatEmbeddingsOnePerInputInOrder() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.post(
                "/v1/embeddings",
                json: ["model": "amazon.titan-embed-text-v2:0", "input": ["first", "second"], "encoding_format": "float"])

            #expect(response.status == 200)
            let body = try response.json
            #expect(body["object"] == "list")
            let data = try #require(body["data"]?.arrayValue)
            #expect(data.map { $0["index"] } == [0, 1])
            let first = try #require(data[0]["embedding"]?.arrayValue)
            #expect(!first.isEmpty && first.allSatisfy { $0.doubleValue != nil })
            #expect(data[1]["embedding"]?.arrayValue?.count == first.count)
            #expect((body["usage"]?["prompt_tokens"]?.intValue ?? 0) > 0)
        }
    }

    @Test func base64EmbeddingsAreLittleEndianFloat32OfTheSameVector() async throws {
        try await EndToEndStack.with { stack in
            let floats = try await stack.post(
                "/v1/embeddings", json: ["model": "amazon.titan-embed-text-v2:0", "input": "same", "encoding_format": "float"])
            let encoded = try await stack.post(
                "/v1/embeddings", json: ["model": "amazon.titan-embed-text-v2:0", "input": "same", "encoding_format": "base64"])

            let expected = try #require(try floats.json["data"]?.arrayValue?.first?["embedding"]?.arrayValue).compactMap(\.doubleValue)
            let text = try #require(try encoded.json["data"]?.arrayValue?.first?["embedding"]?.stringValue)
            let bytes = try #require(Data(base64Encoded: text))
            #expect(bytes.count == expected.count * 4)
            let decoded = stride(from: 0, to: bytes.count, by: 4).map { offset in
                let bits = bytes[bytes.startIndex + offset..<bytes.startIndex + offset + 4].enumerated()
                    .reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
                return Double(Float(bitPattern: bits))
            }
            #expect(zip(decoded, expected).allSatisfy { abs($0 - $1) <= 1e-6 * max(1, abs($1)) })
        }
    }
}
