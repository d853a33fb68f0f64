/// One model the catalog knows: a foundation model, an inference profile, or a configured id.
///
/// `id` is what `GET /v1/models` lists and what goes into Bedrock's URL path. OpenAI's `Model`
/// has only `id`, `created` and `owned_by`, so an application inference profile is listed by
/// its ARN with `owned_by` = the provider of its model; its human name is kept in `name` here.
///
/// ```swift
/// if let entry = catalog.entry(for: "us.amazon.nova-pro-v1:0"), entry.isListed {
///     print(entry.name ?? entry.id, entry.baseModelID ?? "?")   // "US Nova Pro", "amazon.nova-pro-v1:0"
/// }
/// ```
public struct CatalogEntry: Sendable, Hashable {
    /// What kind of resource an entry is.
    public enum Kind: Int, Sendable, Hashable, Comparable {
        case foundationModel
        case systemInferenceProfile
        case applicationInferenceProfile
        /// A configured default id the catalog does not otherwise know.
        case configured

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Which gateway endpoint an entry serves.
    public enum Usage: Sendable, Hashable {
        /// Text output: `/v1/chat/completions`.
        case chat
        /// Embedding output: `/v1/embeddings`.
        case embedding
        /// Neither (image or video generation, speech): known, never listed.
        case other
    }

    /// The listed id, sent to Bedrock as the model id: a foundation model id, a system
    /// profile id, or an application profile ARN.
    public var id: String
    public var kind: Kind
    public var usage: Usage
    /// `modelName` of a foundation model, `inferenceProfileName` of a profile.
    public var name: String?
    /// The foundation model or inference profile ARN.
    public var arn: String?
    /// The foundation model behind the entry (for profiles, from `models[0].modelArn`).
    public var baseModelID: String?
    /// The catalog's summary of `baseModelID`, when this region lists it.
    public var baseModel: FoundationModelSummary?
    /// `owned_by`: the provider name lowercased (`anthropic`), or `bedrock` when unknown.
    public var ownedBy: String
    /// Unix seconds: a profile's `createdAt`, else the time the catalog was built from.
    public var created: Int
    /// Whether `GET /v1/models` lists it.
    public var isListed: Bool

    public init(
        id: String, kind: Kind, usage: Usage, name: String? = nil, arn: String? = nil, baseModelID: String? = nil,
        baseModel: FoundationModelSummary? = nil, ownedBy: String, created: Int, isListed: Bool
    ) {
        self.id = id
        self.kind = kind
        self.usage = usage
        self.name = name
        self.arn = arn
        self.baseModelID = baseModelID
        self.baseModel = baseModel
        self.ownedBy = ownedBy
        self.created = created
        self.isListed = isListed
    }

    /// The entry as an OpenAI `Model`.
    public var model: Model {
        Model(id: id, created: created, ownedBy: ownedBy)
    }
}
