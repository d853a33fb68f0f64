/// The body of `POST /__simulator/scenario`:
/// `{"scenario": "throttle:2,delay:100", "count": 3, "operations": ["ConverseStream"]}`.
/// `count` (default 1) is how many matching requests the scenario applies to; `operations`
/// (default: every runtime operation) limits which.
struct ScenarioControlRequest: Decodable, Sendable {
    var scenario: String
    var count: Int?
    var operations: [String]?
}
