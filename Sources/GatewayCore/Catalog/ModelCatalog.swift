import Foundation

/// The models the gateway serves, built from Bedrock's ListFoundationModels and
/// ListInferenceProfiles answers (all pages; paging is the transport's job).
///
/// Listed (`GET /v1/models`), in the order foundation models, system profiles, application
/// profiles, configured ids, each sorted by id:
/// - foundation models that are invocable on demand (`inferenceTypesSupported` has
///   `ON_DEMAND`) and either output text and stream (`responseStreamingSupported`), or output
///   embeddings; `LEGACY` ones unless ``ModelCatalogOptions/includeLegacyModels`` is off;
/// - with ``ModelCatalogOptions/enableCrossRegionInference``, `ACTIVE` `SYSTEM_DEFINED`
///   profiles of such models, whether or not the model is on demand here (reaching models
///   that are not is what profiles are for);
/// - with ``ModelCatalogOptions/enableApplicationInferenceProfiles``, `ACTIVE` `APPLICATION`
///   profiles, by ARN;
/// - every ``ModelCatalogOptions/defaultModelIDs`` entry.
///
/// Lookups are exact (Bedrock ids are case-sensitive) and accept ids, profile ids and ARNs,
/// listed or not. Profiles resolve to the model of `models[0].modelArn`.
///
/// ```swift
/// let catalog = ModelCatalog(foundationModels: summaries, inferenceProfiles: profiles, created: 1_735_689_600)
/// let list = catalog.models()                        // body of GET /v1/models
/// let model = catalog.resolve("us.anthropic.claude-sonnet-4-5-20250929-v1:0")
/// ```
public struct ModelCatalog: Sendable, Hashable {
    public let options: ModelCatalogOptions
    /// Every entry the catalog knows, listed or not, in listing order.
    public let entries: [CatalogEntry]
    /// Id, ARN and (application) profile id → position in `entries`.
    private let positions: [String: Int]
    /// Foundation model summaries by model id, for ids the entries do not cover.
    private let summaries: [String: FoundationModelSummary]

    /// - Parameters:
    ///   - created: Unix seconds reported as `created` for entries without a date of their own
    ///     (ListFoundationModels gives none); the time the lists were fetched.
    public init(
        foundationModels: [FoundationModelSummary], inferenceProfiles: [InferenceProfileSummary],
        options: ModelCatalogOptions = ModelCatalogOptions(), created: Int
    ) {
        self.options = options
        var summaries: [String: FoundationModelSummary] = [:]
        var built: [(entry: CatalogEntry, aliases: [String])] = []
        var seen: Set<String> = []

        for summary in foundationModels where seen.insert(summary.modelId).inserted {
            summaries[summary.modelId] = summary
            let usage = Self.usage(of: summary)
            let listed = summary.inferenceTypesSupported?.contains(.onDemand) == true && Self.servable(summary, options: options)
            let entry = CatalogEntry(
                id: summary.modelId, kind: .foundationModel, usage: usage, name: summary.modelName, arn: summary.modelArn,
                baseModelID: summary.modelId, baseModel: summary, ownedBy: Self.owner(summary.providerName, baseModelID: summary.modelId),
                created: created, isListed: listed)
            built.append((entry, [summary.modelId, summary.modelArn]))
        }

        for profile in inferenceProfiles {
            let isApplication = profile.type == .application
            // Application profiles are invoked by ARN; system profiles by their id.
            let id = isApplication ? profile.inferenceProfileArn : profile.inferenceProfileId
            guard seen.insert(id).inserted else { continue }
            let baseModelID =
                profile.models.first?.modelArn.flatMap { BedrockModelID($0).baseModelID }
                ?? BedrockModelID(profile.inferenceProfileId).baseModelID
            let base = baseModelID.flatMap { summaries[$0] }
            let usage = base.map(Self.usage(of:))
                ?? (BedrockEmbeddingFamily(modelId: baseModelID ?? id) != nil ? .embedding : .chat)
            let enabled: Bool
            switch profile.type {
            case .systemDefined: enabled = options.enableCrossRegionInference
            case .application: enabled = options.enableApplicationInferenceProfiles
            default: enabled = false
            }
            let listed = enabled && profile.status == .active && usage != .other && (base.map { Self.servable($0, options: options) } ?? true)
            let entry = CatalogEntry(
                id: id, kind: isApplication ? .applicationInferenceProfile : .systemInferenceProfile, usage: usage,
                name: profile.inferenceProfileName, arn: profile.inferenceProfileArn, baseModelID: baseModelID, baseModel: base,
                ownedBy: Self.owner(base?.providerName, baseModelID: baseModelID),
                created: profile.createdAt.map { Int($0.timeIntervalSince1970.rounded(.down)) } ?? created, isListed: listed)
            built.append((entry, [profile.inferenceProfileId, profile.inferenceProfileArn]))
        }

        for id in options.defaultModelIDs {
            if let index = built.firstIndex(where: { $0.aliases.contains(id) }) {
                built[index].entry.isListed = true
                continue
            }
            guard seen.insert(id).inserted else { continue }
            let baseModelID = BedrockModelID(id).baseModelID
            let base = baseModelID.flatMap { summaries[$0] }
            let usage = base.map(Self.usage(of:)) ?? (BedrockEmbeddingFamily(modelId: id) != nil ? .embedding : .chat)
            let entry = CatalogEntry(
                id: id, kind: .configured, usage: usage, baseModelID: baseModelID, baseModel: base,
                ownedBy: Self.owner(base?.providerName, baseModelID: baseModelID), created: created, isListed: true)
            built.append((entry, [id]))
        }

        built.sort { ($0.entry.kind, $0.entry.id) < ($1.entry.kind, $1.entry.id) }
        var positions: [String: Int] = [:]
        for (position, item) in built.enumerated() {
            for alias in item.aliases where positions[alias] == nil {
                positions[alias] = position
            }
        }
        self.entries = built.map(\.entry)
        self.positions = positions
        self.summaries = summaries
    }

    /// The body of `GET /v1/models`: every listed entry, chat and embedding models alike.
    public func models() -> ModelList {
        ModelList(data: entries.filter(\.isListed).map(\.model))
    }

    /// The entry named by a model id, profile id, application profile id or ARN, listed or
    /// not; `nil` when the catalog does not know it. Exact match: Bedrock ids are case-sensitive.
    public func entry(for id: String) -> CatalogEntry? {
        positions[id].map { entries[$0] }
    }

    /// What the translation needs for the model a client named.
    ///
    /// A known id is invoked by its entry's id (so an application profile id becomes its ARN
    /// and a foundation-model ARN its model id) with the entry's base model. An unknown id
    /// (a new model, a custom or provisioned model ARN) still resolves, to itself, with what
    /// its shape tells, so the gateway tries it and Bedrock answers.
    public func resolve(_ requested: String) -> ResolvedModel {
        if let entry = entry(for: requested) {
            return ResolvedModel(
                requestedID: requested, invocationID: entry.id, baseModelID: entry.baseModelID,
                profile: profile(baseModelID: entry.baseModelID, summary: entry.baseModel))
        }
        let baseModelID = BedrockModelID(requested).baseModelID
        return ResolvedModel(
            requestedID: requested, invocationID: requested, baseModelID: baseModelID,
            profile: profile(baseModelID: baseModelID, summary: baseModelID.flatMap { summaries[$0] }))
    }

    /// Capabilities of the model `id` names: the model table's, except that `vision` follows
    /// the catalog's `inputModalities` (`IMAGE`) when the catalog knows the model.
    public func capabilities(for id: String) -> ModelCapabilities {
        resolve(id).profile.capabilities
    }

    // MARK: - Rules

    /// The model table's profile (capabilities and quirks) with the catalog's facts applied.
    private func profile(baseModelID: String?, summary: FoundationModelSummary?) -> ModelProfile {
        var profile = baseModelID.map { ModelProfile.lookup($0) } ?? .unknown
        if let inputs = summary?.inputModalities {
            profile.capabilities.vision = inputs.contains(.image)
        }
        return profile
    }

    private static func usage(of summary: FoundationModelSummary) -> CatalogEntry.Usage {
        let outputs = summary.outputModalities ?? []
        if outputs.contains(.embedding) { return .embedding }
        if outputs.contains(.text) { return .chat }
        return .other
    }

    /// Whether a model may be listed, leaving aside how it is invoked: chat models must
    /// stream (the gateway serves `stream: true`), embedding models need not.
    private static func servable(_ summary: FoundationModelSummary, options: ModelCatalogOptions) -> Bool {
        if summary.modelLifecycle?.status == .legacy, !options.includeLegacyModels { return false }
        switch usage(of: summary) {
        case .chat: return summary.responseStreamingSupported == true
        case .embedding: return true
        case .other: return false
        }
    }

    private static func owner(_ providerName: String?, baseModelID: String?) -> String {
        if let providerName, !providerName.isEmpty { return providerName.lowercased() }
        return baseModelID.flatMap { BedrockModelID($0).provider } ?? "bedrock"
    }
}
