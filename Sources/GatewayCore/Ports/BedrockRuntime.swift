import Foundation

/// The Bedrock runtime operations the gateway uses: the port BedrockClient implements against
/// AWS and tests implement in memory.
///
/// Model ids are passed as written (model id, profile id or ARN); the implementation encodes
/// them into one URL path segment. Errors are `BedrockError`s.
///
/// ```swift
/// let response = try await runtime.converse(modelID: "us.amazon.nova-pro-v1:0", request: body)
/// let events = try await runtime.converseStream(modelID: id, request: ConverseStreamRequest(body))
/// ```
public protocol BedrockRuntime: Sendable {
    /// `POST /model/{modelId}/converse`.
    func converse(modelID: String, request: ConverseRequest) async throws -> ConverseResponse

    /// `POST /model/{modelId}/converse-stream`; events are decoded as bytes arrive. Exception
    /// events are delivered as `ConverseStreamEvent` exception cases, not thrown, so the
    /// translator can turn them into an SSE error event; transport failures are thrown.
    func converseStream(modelID: String, request: ConverseStreamRequest) async throws
        -> BedrockEventStream<ConverseStreamEvent>

    /// `POST /model/{modelId}/invoke` with a model-native JSON body.
    func invokeModel(modelID: String, body: Data) async throws -> InvokeModelResult

    /// `POST /model/{modelId}/invoke-with-response-stream`; `chunk` events carry the model's
    /// native stream events.
    func invokeModelWithResponseStream(modelID: String, body: Data) async throws
        -> BedrockEventStream<InvokeModelStreamEvent>

    /// `POST /model/{modelId}/count-tokens`.
    func countTokens(modelID: String, request: CountTokensRequest) async throws -> CountTokensResponse
}

/// The answer of `InvokeModel`: the model's native body and the token counts Bedrock reports in
/// response headers (`X-Amzn-Bedrock-Input-Token-Count`, `…-Output-Token-Count`).
///
/// ```swift
/// let result = try await runtime.invokeModel(modelID: "amazon.titan-embed-text-v2:0", body: json)
/// let body = try BedrockJSONDecoder().decode(TitanTextEmbeddingsV2Response.self, from: result.body)
/// ```
public struct InvokeModelResult: Sendable, Hashable {
    public var body: Data
    public var contentType: String?
    public var inputTokenCount: Int?
    public var outputTokenCount: Int?

    public init(body: Data, contentType: String? = nil, inputTokenCount: Int? = nil, outputTokenCount: Int? = nil) {
        self.body = body
        self.contentType = contentType
        self.inputTokenCount = inputTokenCount
        self.outputTokenCount = outputTokenCount
    }
}
