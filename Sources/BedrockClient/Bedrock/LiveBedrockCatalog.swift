import Foundation
import GatewayCore

/// `BedrockCatalogSource` against the Bedrock control plane (`bedrock.{region}…`): the
/// foundation models and inference profiles available to the account, every page of them.
///
/// ```swift
/// let catalog = LiveBedrockCatalog(client: client)
/// let models = try await catalog.listFoundationModels()
/// let profiles = try await catalog.listInferenceProfiles(type: .systemDefined)
/// ```
public struct LiveBedrockCatalog: BedrockCatalogSource {
    public let client: AWSClient
    /// `maxResults` per ListInferenceProfiles page (the service accepts 1…1000).
    public var pageSize: Int
    /// Most pages read before giving up, a guard against a service that never stops paging.
    public var maximumPages: Int

    public init(client: AWSClient, pageSize: Int = 1000, maximumPages: Int = 100) {
        self.client = client
        self.pageSize = min(max(pageSize, 1), 1000)
        self.maximumPages = max(maximumPages, 1)
    }

    public func listFoundationModels() async throws -> [FoundationModelSummary] {
        let operation = AWSOperation.restJSON(
            service: .bedrock, name: "ListFoundationModels", method: .get, pathSegments: ["foundation-models"],
            isIdempotent: true)
        let response = try await client.execute(operation)
        return try LiveBedrockRuntime.decode(
            ListFoundationModelsResponse.self, from: response, operation: operation.name
        )
        .modelSummaries ?? []
    }

    public func listInferenceProfiles(type: InferenceProfileType?) async throws -> [InferenceProfileSummary] {
        var profiles: [InferenceProfileSummary] = []
        var seenTokens: Set<String> = []
        var nextToken: String?
        for _ in 0..<maximumPages {
            var query: [(name: String, value: String)] = [(name: "maxResults", value: String(pageSize))]
            if let nextToken { query.append((name: "nextToken", value: nextToken)) }
            if let type { query.append((name: "type", value: type.rawValue)) }
            let operation = AWSOperation.restJSON(
                service: .bedrock, name: "ListInferenceProfiles", method: .get, pathSegments: ["inference-profiles"],
                queryItems: query, isIdempotent: true)
            let response = try await client.execute(operation)
            let page = try LiveBedrockRuntime.decode(
                ListInferenceProfilesResponse.self, from: response, operation: operation.name)
            profiles += page.inferenceProfileSummaries ?? []
            guard let token = page.nextToken, !token.isEmpty else { return profiles }
            guard seenTokens.insert(token).inserted else {
                throw BedrockError(
                    kind: .malformedResponse,
                    message: "ListInferenceProfiles: the service returned the page token '\(token)' a second time",
                    requestID: response.headers["x-amzn-RequestId"])
            }
            nextToken = token
        }
        throw BedrockError(
            kind: .malformedResponse, message: "ListInferenceProfiles: still paging after \(maximumPages) pages")
    }
}
