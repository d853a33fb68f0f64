/// The Bedrock control-plane listings the model catalog is built from.
///
/// Implementations follow `nextToken` pagination and return every page.
///
/// ```swift
/// let models = try await source.listFoundationModels()
/// let profiles = try await source.listInferenceProfiles(type: .systemDefined)
/// ```
public protocol BedrockCatalogSource: Sendable {
    /// `GET /foundation-models`.
    func listFoundationModels() async throws -> [FoundationModelSummary]
    /// `GET /inference-profiles?type=…`; `nil` lists both kinds.
    func listInferenceProfiles(type: InferenceProfileType?) async throws -> [InferenceProfileSummary]
}
