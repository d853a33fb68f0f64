import Foundation
import GatewayCore

/// InvokeModel answers of the embedding families, with each family's request checks:
/// Titan Text v1/v2, Cohere Embed v3/v4 and Nova multimodal embeddings.
enum EmbeddingReplies {
    static func reply(family: BedrockEmbeddingFamily, body: Data, seed: UInt64) throws(SimulatedError) -> NativeReply {
        switch family {
        case .titanTextV1: try titanV1(body)
        case .titanTextV2: try titanV2(body)
        case .cohereEmbedV3: try cohere(body, version: 3, seed: seed)
        case .cohereEmbedV4: try cohere(body, version: 4, seed: seed)
        case .novaMultimodal: try nova(body)
        }
    }

    private static func encode(_ value: some Encodable) throws(SimulatedError) -> Data {
        do { return try BedrockJSONEncoder(sortedKeys: true).encode(value) } catch { throw SimulatedError(.internalServer) }
    }

    private static func titanV1(_ body: Data) throws(SimulatedError) -> NativeReply {
        _ = try NativeBodyChecker.object(body, required: ["inputText"], allowed: ["inputText"])
        let request = try NativeBodyChecker.decode(TitanTextEmbeddingsV1Request.self, from: body)
        try checkText(request.inputText, field: "inputText", limit: 50_000)
        let tokens = TokenEstimator.tokens(for: request.inputText)
        let response = TitanTextEmbeddingsV1Response(
            embedding: EmbeddingVector.floats(for: request.inputText, dimensions: 1536, normalize: false), inputTextTokenCount: tokens)
        return NativeReply(body: try encode(response), inputTokens: tokens, outputTokens: 0, latencyMs: 40)
    }

    private static func titanV2(_ body: Data) throws(SimulatedError) -> NativeReply {
        _ = try NativeBodyChecker.object(
            body, required: ["inputText"], allowed: ["inputText", "dimensions", "normalize", "embeddingTypes"])
        let request = try NativeBodyChecker.decode(TitanTextEmbeddingsV2Request.self, from: body)
        try checkText(request.inputText, field: "inputText", limit: 50_000)
        let dimensions = request.dimensions ?? 1024
        guard [256, 512, 1024].contains(dimensions) else {
            throw NativeBodyChecker.malformed("#/dimensions: \(dimensions) is not a valid enum value")
        }
        let types = request.embeddingTypes ?? [.float]
        for type in types where type != .float && type != .binary {
            throw NativeBodyChecker.malformed("#/embeddingTypes/0: \(type.rawValue) is not a valid enum value")
        }
        let floats = EmbeddingVector.floats(for: request.inputText, dimensions: dimensions, normalize: request.normalize ?? true)
        let tokens = TokenEstimator.tokens(for: request.inputText)
        let response = TitanTextEmbeddingsV2Response(
            embedding: types.contains(.float) ? floats : nil, inputTextTokenCount: tokens,
            embeddingsByType: TitanEmbeddingsByType(
                float: types.contains(.float) ? floats : nil, binary: types.contains(.binary) ? EmbeddingVector.bits(floats) : nil))
        return NativeReply(body: try encode(response), inputTokens: tokens, outputTokens: 0, latencyMs: 40)
    }

    private static func cohere(_ body: Data, version: Int, seed: UInt64) throws(SimulatedError) -> NativeReply {
        var allowed: Set<String> = ["texts", "images", "input_type", "truncate", "embedding_types"]
        if version == 4 { allowed.formUnion(["inputs", "output_dimension", "max_tokens"]) }
        _ = try NativeBodyChecker.object(body, required: ["input_type"], allowed: allowed)
        let request = try NativeBodyChecker.decode(CohereEmbedRequest.self, from: body)
        let validInputTypes: [CohereEmbedInputType] = [.searchDocument, .searchQuery, .classification, .clustering, .image]
        guard validInputTypes.contains(request.inputType) else {
            throw NativeBodyChecker.malformed("#/input_type: \(request.inputType.rawValue) is not a valid enum value")
        }
        var contents: [String] = request.texts ?? []
        contents += request.images ?? []
        for input in request.inputs ?? [] {
            contents.append(
                input.content.map { part -> String in
                    switch part {
                    case .text(let text): text
                    case .imageURL(let url): url
                    case .unknown(_, let value): InputTally.canonicalJSON(value)
                    }
                }.joined(separator: " "))
        }
        guard !contents.isEmpty else {
            throw NativeBodyChecker.malformed("#: one of [texts, images\(version == 4 ? ", inputs" : "")] is required")
        }
        guard contents.count <= 96 else {
            throw NativeBodyChecker.malformed("#/texts: expected maximum item count: 96, found: \(contents.count)")
        }
        for text in request.texts ?? [] { try checkText(text, field: "texts", limit: 2048 * 4) }
        let dimensions = version == 4 ? (request.outputDimension ?? 1536) : 1024
        if version == 4, ![256, 512, 1024, 1536].contains(dimensions) {
            throw NativeBodyChecker.malformed("#/output_dimension: \(dimensions) is not a valid enum value")
        }
        let vectors = contents.map { EmbeddingVector.floats(for: $0, dimensions: dimensions) }
        let embeddings: CohereEmbeddings
        let responseType: CohereEmbedResponseType
        if let types = request.embeddingTypes ?? (version == 4 ? [.float] : nil) {
            var byType = CohereEmbeddingsByType()
            for type in types {
                switch type {
                case .float: byType.float = vectors
                case .int8: byType.int8 = vectors.map(EmbeddingVector.int8)
                case .uint8: byType.uint8 = vectors.map(EmbeddingVector.uint8)
                case .binary: byType.binary = vectors.map(EmbeddingVector.binary)
                case .ubinary: byType.ubinary = vectors.map(EmbeddingVector.ubinary)
                default: throw NativeBodyChecker.malformed("#/embedding_types: \(type.rawValue) is not a valid enum value")
                }
            }
            embeddings = .byType(byType)
            responseType = .embeddingsByType
        } else {
            embeddings = .floats(vectors)
            responseType = .embeddingsFloats
        }
        var random = DeterministicRandom(seed: seed)
        let id = [8, 4, 4, 4, 12].map { random.string(length: $0, alphabet: Array("0123456789abcdef")) }.joined(separator: "-")
        let tokens = contents.reduce(0) { $0 + TokenEstimator.tokens(for: $1) }
        let response = CohereEmbedResponse(
            id: id, embeddings: embeddings, texts: request.texts, images: nil, responseType: responseType)
        return NativeReply(body: try encode(response), inputTokens: tokens, outputTokens: 0, latencyMs: 60)
    }

    private static func nova(_ body: Data) throws(SimulatedError) -> NativeReply {
        _ = try NativeBodyChecker.object(
            body, required: ["taskType", "singleEmbeddingParams"], allowed: ["schemaVersion", "taskType", "singleEmbeddingParams"])
        let request = try NativeBodyChecker.decode(NovaEmbeddingRequest.self, from: body)
        guard request.taskType == "SINGLE_EMBEDDING" else {
            throw NativeBodyChecker.malformed("#/taskType: \(request.taskType) is not a valid enum value")
        }
        let params = request.singleEmbeddingParams
        let dimensions = params.embeddingDimension ?? 3072
        guard [256, 384, 1024, 3072].contains(dimensions) else {
            throw NativeBodyChecker.malformed("#/singleEmbeddingParams/embeddingDimension: \(dimensions) is not a valid enum value")
        }
        let content: (type: String, value: String)
        if let text = params.text {
            guard let value = text.value, !value.isEmpty else {
                throw NativeBodyChecker.malformed("#/singleEmbeddingParams/text: required key [value] not found")
            }
            content = ("TEXT", value)
        } else if let image = params.image {
            content = ("IMAGE", InputTally.canonicalJSON(image))
        } else if let audio = params.audio {
            content = ("AUDIO", InputTally.canonicalJSON(audio))
        } else if let video = params.video {
            content = ("VIDEO", InputTally.canonicalJSON(video))
        } else {
            throw NativeBodyChecker.malformed("#/singleEmbeddingParams: one of [text, image, audio, video] is required")
        }
        let tokens = content.type == "TEXT" ? TokenEstimator.tokens(for: content.value) : TokenEstimator.mediaBlockTokens
        let response = NovaEmbeddingResponse(embeddings: [
            NovaEmbedding(embeddingType: content.type, embedding: EmbeddingVector.floats(for: content.value, dimensions: dimensions))
        ])
        return NativeReply(body: try encode(response), inputTokens: tokens, outputTokens: 0, latencyMs: 50)
    }

    private static func checkText(_ text: String, field: String, limit: Int) throws(SimulatedError) {
        if text.isEmpty { throw NativeBodyChecker.malformed("#/\(field): expected minLength: 1, actual: 0") }
        if text.count > limit {
            throw NativeBodyChecker.malformed("#/\(field): expected maxLength: \(limit), actual: \(text.count)")
        }
    }
}
