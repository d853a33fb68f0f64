import BedrockSimulator
import GatewayCore

/// Lets clients of a simulator-backed gateway steer the simulator per request, exactly as a
/// Bedrock client steers it: `x-simulator-scenario: throttle` on a chat request makes that
/// request's Bedrock calls meet throttling. End-to-end tests use it to reach every error path
/// through unmodified SDKs (`extra_headers=...`).
///
/// The gateway forwards no client headers to Bedrock (on purpose), so the scenario travels in a
/// task-local value to ``ScenarioRoutingRuntime``, which sends the calls to a simulator lane
/// that applies it. Only `serve --backend simulator` installs this handler.
///
/// ```swift
/// let handler = SimulatorScenarioHandler(base: gateway)
/// let server = GatewayServer(handler: handler, configuration: .init(port: 8080))
/// ```
struct SimulatorScenarioHandler: GatewayHandling {
    let base: any GatewayHandling

    func handle(_ request: GatewayRequest) async -> GatewayResponse {
        guard let header = request.header(RequestedScenario.headerName) else {
            return await base.handle(request)
        }
        let scenario: SimulatorScenario
        do {
            scenario = try SimulatorScenario(parsing: header)
        } catch {
            return Gateway.errorResponse(
                status: 400,
                error: .invalidRequest(
                    "Invalid \(RequestedScenario.headerName) header: \(error)", param: RequestedScenario.headerName,
                    code: "invalid_simulator_scenario"),
                requestID: request.requestID)
        }
        if scenario.isEmpty { return await base.handle(request) }
        return await RequestedScenario.$current.withValue(scenario) { await base.handle(request) }
    }
}
