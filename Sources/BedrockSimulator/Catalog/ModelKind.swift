import GatewayCore

/// What a catalog model does, which decides the request bodies it accepts.
enum ModelKind: Sendable, Hashable {
    /// Text generation: Converse, ConverseStream and (for Anthropic) the Messages invoke body.
    case chat
    case embedding(BedrockEmbeddingFamily)
    /// An embedding model whose native body the simulator does not model.
    case otherEmbedding
    case imageGeneration

    init(_ model: FoundationModelSummary) {
        let outputs = model.outputModalities ?? [.text]
        if outputs.contains(.embedding) {
            self = BedrockEmbeddingFamily(modelId: model.modelId).map(ModelKind.embedding) ?? .otherEmbedding
        } else if outputs.contains(.image) {
            self = .imageGeneration
        } else {
            self = .chat
        }
    }
}
