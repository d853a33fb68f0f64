import Foundation
import Testing

@testable import GatewayCore

/// OpenAI embeddings requests → InvokeModel bodies, per the Bedrock model-parameter pages
/// (Titan Text Embeddings, Cohere Embed v3/v4, Nova multimodal embeddings).
@Suite("Embeddings: OpenAI request → InvokeModel calls")
struct EmbeddingsRequestTests {
    static let titanV1 = "amazon.titan-embed-text-v1"
    static let titanV2 = "amazon.titan-embed-text-v2:0"
    static let cohereV3 = "cohere.embed-english-v3"
    static let cohereV4 = "cohere.embed-v4:0"
    static let nova = "amazon.nova-2-multimodal-embeddings-v1:0"

    private func plan(
        _ input: EmbeddingInput, model: String, dimensions: Int? = nil, extra: [String: JSONValue] = [:]
    ) throws -> EmbeddingsPlan {
        let request = EmbeddingRequest(input: input, model: model, dimensions: dimensions, extraFields: extra)
        return try EmbeddingsTranslation.plan(request, model: ResolvedModel(requestedID: model))
    }

    private func bodies(_ plan: EmbeddingsPlan) throws -> [JSONValue] {
        try plan.invocations.map { try WireJSON.value($0.body.encoded()) }
    }

    private func translationError(
        _ input: EmbeddingInput, model: String, dimensions: Int? = nil, extra: [String: JSONValue] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> TranslationError? {
        do {
            _ = try plan(input, model: model, dimensions: dimensions, extra: extra)
            Issue.record("expected a TranslationError", sourceLocation: sourceLocation)
            return nil
        } catch let error as TranslationError {
            return error
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    // MARK: Titan

    @Test("Titan V2 sends one inputText per call, normalized by default")
    func titanV2OneTextPerCall() throws {
        let plan = try plan(.texts(["first", "second"]), model: Self.titanV2)
        #expect(plan.family == .titanTextV2)
        #expect(plan.invocations.map(\.modelID) == [Self.titanV2, Self.titanV2])
        #expect(plan.invocations.map(\.inputIndices) == [0..<1, 1..<2])
        #expect(try bodies(plan) == [
            WireJSON.value(#"{"inputText": "first", "normalize": true}"#),
            WireJSON.value(#"{"inputText": "second", "normalize": true}"#),
        ])
    }

    @Test("Titan V2 takes dimensions 256/512/1024 and a normalize override")
    func titanV2DimensionsAndNormalize() throws {
        for dimensions in [256, 512, 1024] {
            let plan = try plan(.text("Hello"), model: Self.titanV2, dimensions: dimensions, extra: ["normalize": false])
            #expect(try bodies(plan) == [
                WireJSON.value(#"{"inputText": "Hello", "dimensions": \#(dimensions), "normalize": false}"#)
            ])
        }
    }

    @Test("Titan V2 refuses other dimensions, naming the allowed ones")
    func titanV2BadDimensions() throws {
        let error = try #require(translationError(.text("Hello"), model: Self.titanV2, dimensions: 1536))
        #expect(error.param == "dimensions")
        #expect(error.message.contains("256, 512, 1024"))
        #expect(error.code == "invalid_value")
    }

    @Test("Titan G1 sends only inputText and refuses dimensions")
    func titanV1() throws {
        let plan = try plan(.texts(["a", "b", "c"]), model: Self.titanV1)
        #expect(plan.family == .titanTextV1)
        #expect(try bodies(plan) == [
            WireJSON.value(#"{"inputText": "a"}"#), WireJSON.value(#"{"inputText": "b"}"#), WireJSON.value(#"{"inputText": "c"}"#),
        ])
        #expect(plan.invocations.map(\.inputIndices) == [0..<1, 1..<2, 2..<3])
        let error = try #require(translationError(.text("a"), model: Self.titanV1, dimensions: 1536))
        #expect(error.param == "dimensions")
        #expect(error.code == "unsupported_parameter")
    }

    @Test("a non-boolean normalize is refused by name")
    func normalizeMustBeBoolean() throws {
        let error = try #require(translationError(.text("a"), model: Self.titanV2, extra: ["normalize": "yes"]))
        #expect(error.param == "normalize")
    }

    // MARK: Cohere

    @Test("Cohere v3 batches texts with input_type search_document and float embeddings")
    func cohereV3Defaults() throws {
        let plan = try plan(.texts(["hello", "world"]), model: Self.cohereV3)
        #expect(plan.family == .cohereEmbedV3)
        #expect(plan.invocations.count == 1)
        #expect(plan.invocations[0].inputIndices == 0..<2)
        #expect(try bodies(plan) == [
            WireJSON.value(#"{"texts": ["hello", "world"], "input_type": "search_document", "embedding_types": ["float"]}"#)
        ])
    }

    @Test("Cohere input_type and truncate come from extra fields")
    func cohereExtraFields() throws {
        let plan = try plan(
            .text("What is RAG?"), model: "cohere.embed-multilingual-v3", extra: ["input_type": "search_query", "truncate": "END"])
        #expect(try bodies(plan) == [
            WireJSON.value(
                #"{"texts": ["What is RAG?"], "input_type": "search_query", "truncate": "END", "embedding_types": ["float"]}"#)
        ])
        let error = try #require(translationError(.text("a"), model: Self.cohereV3, extra: ["input_type": 3]))
        #expect(error.param == "input_type")
    }

    @Test("200 Cohere inputs become calls of 96, 96 and 8 texts in input order")
    func cohereBatching() throws {
        let texts = (0..<200).map { "text \($0)" }
        let plan = try plan(.texts(texts), model: Self.cohereV4)
        #expect(plan.inputCount == 200)
        #expect(plan.invocations.map(\.inputIndices) == [0..<96, 96..<192, 192..<200])
        let sent = try bodies(plan).map { $0["texts"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        #expect(sent.map(\.count) == [96, 96, 8])
        #expect(sent[0] == Array(texts[0..<96]))
        #expect(sent[1] == Array(texts[96..<192]))
        #expect(sent[2] == Array(texts[192..<200]))
    }

    @Test("Cohere v3 has a fixed size and refuses dimensions")
    func cohereV3Dimensions() throws {
        let error = try #require(translationError(.text("a"), model: Self.cohereV3, dimensions: 1024))
        #expect(error.param == "dimensions")
        #expect(error.code == "unsupported_parameter")
    }

    @Test("Cohere v4 maps dimensions to output_dimension (256/512/1024/1536)")
    func cohereV4Dimensions() throws {
        for dimensions in [256, 512, 1024, 1536] {
            let plan = try plan(.text("a"), model: Self.cohereV4, dimensions: dimensions)
            #expect(try bodies(plan) == [
                WireJSON.value(
                    #"{"texts": ["a"], "input_type": "search_document", "embedding_types": ["float"], "output_dimension": \#(dimensions)}"#)
            ])
        }
        let error = try #require(translationError(.text("a"), model: Self.cohereV4, dimensions: 768))
        #expect(error.param == "dimensions")
        #expect(error.message.contains("256, 512, 1024, 1536"))
    }

    // MARK: Nova

    @Test("Nova sends one text per call: GENERIC_INDEX, 3072 dimensions, END truncation")
    func novaDefaults() throws {
        let plan = try plan(.texts(["Hello, World!", "Bye"]), model: Self.nova)
        #expect(plan.family == .novaMultimodal)
        #expect(plan.invocations.map(\.inputIndices) == [0..<1, 1..<2])
        #expect(try bodies(plan)[0] == WireJSON.value("""
            {"schemaVersion": "nova-multimodal-embed-v1", "taskType": "SINGLE_EMBEDDING",
             "singleEmbeddingParams": {"embeddingPurpose": "GENERIC_INDEX", "embeddingDimension": 3072,
                                       "text": {"truncationMode": "END", "value": "Hello, World!"}}}
            """))
    }

    @Test("Nova takes dimensions 256/384/1024/3072 and an embedding_purpose override")
    func novaDimensionsAndPurpose() throws {
        let plan = try plan(.text("q"), model: Self.nova, dimensions: 384, extra: ["embedding_purpose": "GENERIC_RETRIEVAL"])
        let params = try #require(bodies(plan)[0]["singleEmbeddingParams"])
        #expect(params["embeddingDimension"] == 384)
        #expect(params["embeddingPurpose"] == "GENERIC_RETRIEVAL")
        let error = try #require(translationError(.text("q"), model: Self.nova, dimensions: 512))
        #expect(error.param == "dimensions")
        #expect(error.message.contains("256, 384, 1024, 3072"))
    }

    // MARK: Inputs and models

    @Test("token arrays are refused on input, pointing LangChain users at check_embedding_ctx_length")
    func tokenInputs() throws {
        for input in [EmbeddingInput.tokens([9906, 1917]), .tokenBatches([[9906], [1917]])] {
            let error = try #require(translationError(input, model: Self.titanV2))
            #expect(error.param == "input")
            #expect(error.message.contains("check_embedding_ctx_length=False"))
        }
    }

    @Test("empty text is refused at its position")
    func emptyText() throws {
        #expect(translationError(.text(""), model: Self.titanV2)?.param == "input")
        #expect(translationError(.texts(["a", "", "c"]), model: Self.cohereV3)?.param == "input[1]")
        #expect(translationError(.texts([]), model: Self.cohereV3)?.param == "input")
    }

    @Test("a model outside the embedding families is refused by name")
    func unknownFamily() throws {
        let error = try #require(translationError(.text("a"), model: "anthropic.claude-3-haiku-20240307-v1:0"))
        #expect(error.param == "model")
        #expect(error.code == "model_not_supported")
    }

    @Test("an application inference profile takes its family from the base model and is invoked by ARN")
    func applicationProfile() throws {
        let arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/0f9e8d7c6b5a"
        let model = ResolvedModel(requestedID: arn, invocationID: arn, baseModelID: Self.titanV2)
        let plan = try EmbeddingsTranslation.plan(EmbeddingRequest(input: .text("x"), model: arn), model: model)
        #expect(plan.family == .titanTextV2)
        #expect(plan.modelID == arn)
        #expect(plan.invocations.map(\.modelID) == [arn])
        #expect(plan.responseModel == arn)
    }
}
