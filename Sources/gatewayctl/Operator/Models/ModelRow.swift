import GatewayCore

/// One model of `gatewayctl models`: a catalog entry with the facts an operator picks a model
/// by (input modalities, streaming, lifecycle), for the table and for `--json`.
///
/// ```swift
/// let rows = catalog.entries.filter(\.isListed).map(ModelRow.init)
/// ```
struct ModelRow: Sendable, Encodable, Hashable {
    /// The id clients send as `model` (an application profile's ARN).
    var id: String
    /// `foundation-model`, `cross-region-profile`, `application-profile` or `configured`.
    var type: String
    /// `chat`, `embedding` or `other`.
    var usage: String
    var name: String?
    /// `owned_by` in `GET /v1/models`.
    var provider: String
    /// The foundation model behind a profile (the model itself for a foundation model).
    var baseModelID: String?
    var inputModalities: [String]?
    var outputModalities: [String]?
    /// Whether the model streams its answer (`responseStreamingSupported`); `nil` when unknown.
    var streaming: Bool?
    /// `ACTIVE` or `LEGACY` (the base model's lifecycle); `nil` when unknown.
    var lifecycle: String?
    /// Whether `GET /v1/models` lists it.
    var listed: Bool
    var arn: String?

    enum CodingKeys: String, CodingKey {
        case id, type, usage, name, provider
        case baseModelID = "base_model_id"
        case inputModalities = "input_modalities"
        case outputModalities = "output_modalities"
        case streaming, lifecycle, listed, arn
    }

    init(_ entry: CatalogEntry) {
        id = entry.id
        switch entry.kind {
        case .foundationModel: type = "foundation-model"
        case .systemInferenceProfile: type = "cross-region-profile"
        case .applicationInferenceProfile: type = "application-profile"
        case .configured: type = "configured"
        }
        switch entry.usage {
        case .chat: usage = "chat"
        case .embedding: usage = "embedding"
        case .other: usage = "other"
        }
        name = entry.name
        provider = entry.ownedBy
        baseModelID = entry.baseModelID
        inputModalities = entry.baseModel?.inputModalities?.map(\.rawValue)
        outputModalities = entry.baseModel?.outputModalities?.map(\.rawValue)
        streaming = entry.baseModel?.responseStreamingSupported
        lifecycle = entry.baseModel?.modelLifecycle?.status.rawValue
        listed = entry.isListed
        arn = entry.arn
    }

    // Explicit nulls: a script reads "unknown" the same way for every row.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(usage, forKey: .usage)
        try container.encode(name, forKey: .name)
        try container.encode(provider, forKey: .provider)
        try container.encode(baseModelID, forKey: .baseModelID)
        try container.encode(inputModalities, forKey: .inputModalities)
        try container.encode(outputModalities, forKey: .outputModalities)
        try container.encode(streaming, forKey: .streaming)
        try container.encode(lifecycle, forKey: .lifecycle)
        try container.encode(listed, forKey: .listed)
        try container.encode(arn, forKey: .arn)
    }
}
