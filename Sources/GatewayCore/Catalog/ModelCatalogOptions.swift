/// Which Bedrock models the gateway's catalog serves (`GET /v1/models`) beyond the on-demand
/// foundation models.
///
/// ```swift
/// var options = ModelCatalogOptions()
/// options.enableApplicationInferenceProfiles = false
/// let catalog = ModelCatalog(foundationModels: models, inferenceProfiles: profiles, options: options, created: now)
/// ```
public struct ModelCatalogOptions: Sendable, Hashable {
    /// Lists system-defined cross-region inference profiles (`us.…`, `eu.…`, `apac.…`,
    /// `global.…`), including those whose model is not on-demand in this region
    /// (`ENABLE_CROSS_REGION_INFERENCE`).
    public var enableCrossRegionInference: Bool
    /// Lists application inference profiles by ARN (`ENABLE_APPLICATION_INFERENCE_PROFILES`).
    public var enableApplicationInferenceProfiles: Bool
    /// Lists models in the `LEGACY` lifecycle state. On by default: they still answer accounts
    /// that used them recently, and ListFoundationModels cannot tell which accounts those are
    /// (no more than it tells which models an account has been granted access to).
    public var includeLegacyModels: Bool
    /// Model ids the gateway is configured to use by default (chat and embeddings); always
    /// listed, even when the catalog would not list them or does not know them (custom model
    /// ARNs, a profile while cross-region inference is off).
    public var defaultModelIDs: [String]

    public init(
        enableCrossRegionInference: Bool = true, enableApplicationInferenceProfiles: Bool = true,
        includeLegacyModels: Bool = true, defaultModelIDs: [String] = []
    ) {
        self.enableCrossRegionInference = enableCrossRegionInference
        self.enableApplicationInferenceProfiles = enableApplicationInferenceProfiles
        self.includeLegacyModels = includeLegacyModels
        self.defaultModelIDs = defaultModelIDs
    }
}
