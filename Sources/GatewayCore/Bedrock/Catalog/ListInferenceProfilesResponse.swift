/// The JSON body of a ListInferenceProfiles response (`GET /inference-profiles`), one page.
///
/// ```swift
/// let page = try BedrockJSONDecoder().decode(ListInferenceProfilesResponse.self, from: body)
/// if let token = page.nextToken { fetchNext(token) }
/// ```
public struct ListInferenceProfilesResponse: Codable, Hashable, Sendable {
    public var inferenceProfileSummaries: [InferenceProfileSummary]?
    /// Pass as `nextToken` to get the next page; absent on the last page.
    public var nextToken: String?

    public init(inferenceProfileSummaries: [InferenceProfileSummary]? = nil, nextToken: String? = nil) {
        self.inferenceProfileSummaries = inferenceProfileSummaries
        self.nextToken = nextToken
    }
}
