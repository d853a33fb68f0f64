import Foundation
import Testing

@testable import GatewayCore

@Suite("Embedding model bodies (InvokeModel)")
struct EmbeddingsWireTests {
    /// Decodes `json` as `T`, checks it, and checks that it re-encodes to the same JSON.
    private func roundTrip<T: Codable & Equatable>(
        _ type: T.Type, _ json: String, expected: T, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let decoded = try WireJSON.decode(type, json)
        #expect(decoded == expected, sourceLocation: sourceLocation)
        #expect(try WireJSON.encoded(decoded) == WireJSON.value(json), sourceLocation: sourceLocation)
    }

    @Test("Titan Text Embeddings G1: inputText in, embedding and token count out")
    func titanV1() throws {
        try roundTrip(TitanTextEmbeddingsV1Request.self, #"{"inputText": "Hello world"}"#, expected: TitanTextEmbeddingsV1Request(inputText: "Hello world"))
        try roundTrip(
            TitanTextEmbeddingsV1Response.self, #"{"embedding": [0.5, -0.25, 0.125], "inputTextTokenCount": 3}"#,
            expected: TitanTextEmbeddingsV1Response(embedding: [0.5, -0.25, 0.125], inputTextTokenCount: 3))
    }

    @Test("Titan Text Embeddings V2: dimensions, normalize, embedding types and embeddingsByType")
    func titanV2() throws {
        try roundTrip(
            TitanTextEmbeddingsV2Request.self,
            #"{"inputText": "Hello", "dimensions": 256, "normalize": true, "embeddingTypes": ["float", "binary"]}"#,
            expected: TitanTextEmbeddingsV2Request(inputText: "Hello", dimensions: 256, normalize: true, embeddingTypes: [.float, .binary]))
        try roundTrip(
            TitanTextEmbeddingsV2Response.self,
            #"{"embedding": [0.5, -0.5], "inputTextTokenCount": 2, "embeddingsByType": {"float": [0.5, -0.5], "binary": [1, 0]}}"#,
            expected: TitanTextEmbeddingsV2Response(
                embedding: [0.5, -0.5], inputTextTokenCount: 2, embeddingsByType: TitanEmbeddingsByType(float: [0.5, -0.5], binary: [1, 0])))
        #expect(try WireJSON.encoded(TitanTextEmbeddingsV2Request(inputText: "x")) == ["inputText": "x"])
    }

    @Test("Cohere Embed v3: float-list response without embedding_types")
    func cohereV3Floats() throws {
        try roundTrip(
            CohereEmbedRequest.self, #"{"texts": ["hello", "world"], "input_type": "search_document", "truncate": "END"}"#,
            expected: CohereEmbedRequest(texts: ["hello", "world"], inputType: .searchDocument, truncate: .end))
        let response = try WireJSON.decode(
            CohereEmbedResponse.self,
            #"{"embeddings": [[0.1, 0.2], [0.3, 0.4]], "id": "c7d5e6f0-1a2b-4c3d-9e8f-001122334455", "response_type": "embeddings_floats", "texts": ["hello", "world"]}"#
        )
        #expect(response.embeddings == .floats([[0.1, 0.2], [0.3, 0.4]]))
        #expect(response.embeddings.floats == [[0.1, 0.2], [0.3, 0.4]])
        #expect(response.responseType == .embeddingsFloats)
        #expect(response.texts == ["hello", "world"])
    }

    @Test("Cohere Embed v3: embeddings by type with embedding_types")
    func cohereV3ByType() throws {
        try roundTrip(
            CohereEmbedRequest.self,
            #"{"texts": ["hi"], "input_type": "search_query", "truncate": "NONE", "embedding_types": ["float", "int8", "uint8", "binary", "ubinary"]}"#,
            expected: CohereEmbedRequest(texts: ["hi"], inputType: .searchQuery, truncate: CohereEmbedTruncate.none, embeddingTypes: [.float, .int8, .uint8, .binary, .ubinary]))
        let json = """
            {"id": "5f3e2a10", "embeddings": {"float": [[0.25, -0.5]], "int8": [[12, -64]], "uint8": [[140, 64]], "binary": [[-3]], "ubinary": [[125]]},
             "texts": ["hi"], "response_type": "embeddings_by_type"}
            """
        try roundTrip(
            CohereEmbedResponse.self, json,
            expected: CohereEmbedResponse(
                id: "5f3e2a10",
                embeddings: .byType(CohereEmbeddingsByType(float: [[0.25, -0.5]], int8: [[12, -64]], uint8: [[140, 64]], binary: [[-3]], ubinary: [[125]])),
                texts: ["hi"], responseType: .embeddingsByType))
    }

    @Test("Cohere Embed v4: output_dimension, max_tokens and interleaved inputs")
    func cohereV4() throws {
        let json = """
            {"input_type": "search_document",
             "inputs": [{"content": [{"type": "text", "text": "Figure 1"}, {"type": "image_url", "image_url": "data:image/png;base64,iVBORw0KGgo="}]}],
             "embedding_types": ["float"], "output_dimension": 1024, "max_tokens": 128000, "truncate": "RIGHT"}
            """
        try roundTrip(
            CohereEmbedRequest.self, json,
            expected: CohereEmbedRequest(
                inputs: [CohereEmbedInput(content: [.text("Figure 1"), .imageURL("data:image/png;base64,iVBORw0KGgo=")])],
                inputType: .searchDocument, truncate: .right, embeddingTypes: [.float], outputDimension: 1024, maxTokens: 128000))
        let response = try WireJSON.decode(
            CohereEmbedResponse.self,
            #"{"id": "v4-1", "embeddings": {"float": [[0.5, 0.25]]}, "response_type": "embeddings_by_type", "inputs": [{"content": []}]}"#)
        #expect(response.embeddings.floats == [[0.5, 0.25]])
    }

    @Test("Nova multimodal embeddings: single embedding of text")
    func nova() throws {
        let request = """
            {"schemaVersion": "nova-multimodal-embed-v1", "taskType": "SINGLE_EMBEDDING",
             "singleEmbeddingParams": {"embeddingPurpose": "GENERIC_INDEX", "embeddingDimension": 3072,
                                       "text": {"truncationMode": "END", "value": "Hello World!"}}}
            """
        try roundTrip(
            NovaEmbeddingRequest.self, request,
            expected: NovaEmbeddingRequest(
                schemaVersion: "nova-multimodal-embed-v1",
                singleEmbeddingParams: NovaSingleEmbeddingParams(
                    embeddingPurpose: .genericIndex, embeddingDimension: 3072, text: NovaEmbeddingText(value: "Hello World!", truncationMode: .end))))
        try roundTrip(
            NovaEmbeddingResponse.self, #"{"embeddings": [{"embeddingType": "TEXT", "embedding": [0.125, -0.5, 0.25], "truncatedCharLength": 20}]}"#,
            expected: NovaEmbeddingResponse(embeddings: [NovaEmbedding(embeddingType: "TEXT", embedding: [0.125, -0.5, 0.25], truncatedCharLength: 20)]))
        #expect(NovaEmbeddingPurpose.textRetrieval.rawValue == "TEXT_RETRIEVAL")
    }

    @Test(
        "model ids map to their body dialect",
        arguments: [
            ("amazon.titan-embed-text-v1", BedrockEmbeddingFamily.titanTextV1),
            ("amazon.titan-embed-text-v2:0", .titanTextV2),
            ("cohere.embed-english-v3", .cohereEmbedV3),
            ("cohere.embed-multilingual-v3", .cohereEmbedV3),
            ("cohere.embed-v4:0", .cohereEmbedV4),
            ("us.cohere.embed-v4:0", .cohereEmbedV4),
            ("amazon.nova-2-multimodal-embeddings-v1:0", .novaMultimodal),
            ("arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0", .titanTextV2),
        ])
    func families(_ modelId: String, _ family: BedrockEmbeddingFamily) {
        #expect(BedrockEmbeddingFamily(modelId: modelId) == family)
    }

    @Test("chat models are not embedding models")
    func notEmbedding() {
        #expect(BedrockEmbeddingFamily(modelId: "anthropic.claude-3-haiku-20240307-v1:0") == nil)
    }
}
