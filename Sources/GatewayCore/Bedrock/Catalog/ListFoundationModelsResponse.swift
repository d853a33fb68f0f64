/// The JSON body of a ListFoundationModels response (`GET /foundation-models`).
///
/// ```swift
/// let list = try BedrockJSONDecoder().decode(ListFoundationModelsResponse.self, from: body)
/// let ids = list.modelSummaries?.map(\.modelId) ?? []
/// ```
public struct ListFoundationModelsResponse: Codable, Hashable, Sendable {
    public var modelSummaries: [FoundationModelSummary]?

    public init(modelSummaries: [FoundationModelSummary]? = nil) {
        self.modelSummaries = modelSummaries
    }
}
