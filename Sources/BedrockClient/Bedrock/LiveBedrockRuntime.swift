import Foundation
import GatewayCore

/// `BedrockRuntime` against the real Bedrock Runtime endpoint (`bedrock-runtime.{region}…`),
/// through the process's ``AWSClient``.
///
/// Model ids (ids, inference-profile ids, ARNs) are sent as one encoded path segment. Streamed
/// operations return once the first event has arrived; later events are decoded as their bytes
/// come in. Every failure is a `BedrockError`.
///
/// ```swift
/// let runtime = LiveBedrockRuntime(client: client)
/// let answer = try await runtime.converse(modelID: "us.amazon.nova-pro-v1:0", request: request)
/// for try await event in try await runtime.converseStream(modelID: id, request: streamRequest) { … }
/// ```
public struct LiveBedrockRuntime: BedrockRuntime {
    public let client: AWSClient

    public init(client: AWSClient) {
        self.client = client
    }

    public func converse(modelID: String, request: ConverseRequest) async throws -> ConverseResponse {
        let operation = try Self.modelOperation(
            "Converse", modelID: modelID, action: "converse", body: try Self.encode(request, operation: "Converse"))
        let response = try await client.execute(operation)
        return try Self.decode(ConverseResponse.self, from: response, operation: "Converse")
    }

    public func converseStream(modelID: String, request: ConverseStreamRequest) async throws
        -> BedrockEventStream<ConverseStreamEvent>
    {
        let operation = try Self.modelOperation(
            "ConverseStream", modelID: modelID, action: "converse-stream",
            body: try Self.encode(request, operation: "ConverseStream"), accept: Self.eventStreamMediaType)
        return try await client.streamEvents(operation, as: ConverseStreamEvent.self)
    }

    public func invokeModel(modelID: String, body: Data) async throws -> InvokeModelResult {
        let operation = try Self.modelOperation("InvokeModel", modelID: modelID, action: "invoke", body: [UInt8](body))
        let response = try await client.execute(operation)
        return InvokeModelResult(
            body: response.body,
            contentType: response.headers["Content-Type"],
            inputTokenCount: response.headers["X-Amzn-Bedrock-Input-Token-Count"].flatMap(Self.integer),
            outputTokenCount: response.headers["X-Amzn-Bedrock-Output-Token-Count"].flatMap(Self.integer))
    }

    public func invokeModelWithResponseStream(modelID: String, body: Data) async throws
        -> BedrockEventStream<InvokeModelStreamEvent>
    {
        // `Accept` is the stream's media type; the model's own output type goes in
        // `X-Amzn-Bedrock-Accept` (the `accept` member of the request shape).
        let operation = try Self.modelOperation(
            "InvokeModelWithResponseStream", modelID: modelID, action: "invoke-with-response-stream",
            body: [UInt8](body), accept: Self.eventStreamMediaType,
            extraHeaders: [(name: "X-Amzn-Bedrock-Accept", value: "application/json")])
        return try await client.streamEvents(operation, as: InvokeModelStreamEvent.self)
    }

    public func countTokens(modelID: String, request: CountTokensRequest) async throws -> CountTokensResponse {
        let operation = try Self.modelOperation(
            "CountTokens", modelID: modelID, action: "count-tokens",
            body: try Self.encode(request, operation: "CountTokens"))
        let response = try await client.execute(operation)
        return try Self.decode(CountTokensResponse.self, from: response, operation: "CountTokens")
    }

    // MARK: - Wire

    static let eventStreamMediaType = "application/vnd.amazon.eventstream"

    /// `POST /model/{modelId}/{action}`. None of these is idempotent: each run costs tokens.
    static func modelOperation(
        _ name: String, modelID: String, action: String, body: [UInt8], accept: String = "application/json",
        extraHeaders: [(name: String, value: String)] = []
    ) throws -> AWSOperation {
        guard !modelID.isEmpty else {
            throw BedrockError(
                kind: .validation, code: "ValidationException", message: "\(name): the model id is empty")
        }
        return .restJSON(
            service: .bedrockRuntime, name: name, method: .post, pathSegments: ["model", modelID, action],
            accept: accept, extraHeaders: extraHeaders, body: body, isIdempotent: false)
    }

    static func encode(_ value: some Encodable, operation: String) throws -> [UInt8] {
        do {
            return [UInt8](try BedrockJSONEncoder().encode(value))
        } catch {
            throw BedrockError(kind: .validation, message: "\(operation): the request cannot be encoded: \(error)")
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, from response: HTTPResponse, operation: String) throws -> T {
        do {
            return try BedrockJSONDecoder().decode(type, from: response.body)
        } catch {
            throw BedrockError(
                kind: .malformedResponse, message: "\(operation): unexpected response body: \(error)",
                statusCode: response.status, requestID: response.headers["x-amzn-RequestId"])
        }
    }

    private static func integer(_ text: String) -> Int? {
        Int(text.trimmingCharacters(in: .whitespaces))
    }
}
