import BedrockSimulator

/// The simulator scenario the client asked for with `x-simulator-scenario`, bound for the
/// duration of one gateway request so the Bedrock calls made for it can honour it.
///
/// ```swift
/// await RequestedScenario.$current.withValue(scenario) { await gateway.handle(request) }
/// ```
enum RequestedScenario {
    /// The header a client sets, the same the simulator reads from Bedrock requests.
    static let headerName = "x-simulator-scenario"

    @TaskLocal static var current: SimulatorScenario?
}
