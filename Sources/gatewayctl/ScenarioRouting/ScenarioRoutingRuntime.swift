import Foundation
import GatewayCore

/// A `BedrockRuntime` that sends each call to the simulator lane of the request's
/// ``RequestedScenario`` (see ``ScenarioLanes``), and calls without one to `base`.
///
/// ```swift
/// let runtime = ScenarioRoutingRuntime(base: services.runtime, lanes: lanes)
/// let gateway = try Gateway(configuration: configuration, runtime: runtime, …)
/// ```
struct ScenarioRoutingRuntime: BedrockRuntime {
    let base: any BedrockRuntime
    let lanes: ScenarioLanes

    private func runtime() async throws -> any BedrockRuntime {
        guard let scenario = RequestedScenario.current else { return base }
        return try await lanes.runtime(for: scenario)
    }

    func converse(modelID: String, request: ConverseRequest) async throws -> ConverseResponse {
        try await runtime().converse(modelID: modelID, request: request)
    }

    func converseStream(modelID: String, request: ConverseStreamRequest) async throws
        -> BedrockEventStream<ConverseStreamEvent>
    {
        try await runtime().converseStream(modelID: modelID, request: request)
    }

    func invokeModel(modelID: String, body: Data) async throws -> InvokeModelResult {
        try await runtime().invokeModel(modelID: modelID, body: body)
    }

    func invokeModelWithResponseStream(modelID: String, body: Data) async throws
        -> BedrockEventStream<InvokeModelStreamEvent>
    {
        try await runtime().invokeModelWithResponseStream(modelID: modelID, body: body)
    }

    func countTokens(modelID: String, request: CountTokensRequest) async throws -> CountTokensResponse {
        try await runtime().countTokens(modelID: modelID, request: request)
    }
}
