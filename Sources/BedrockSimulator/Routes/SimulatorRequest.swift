import Foundation

/// A request as the simulator's logic sees it, free of the HTTP server's types.
struct SimulatorRequest: Sendable {
    var operation: SimulatorOperation
    var method: String
    var path: String
    /// The `{modelId}` (or `{modelIdentifier}`, `{inferenceProfileIdentifier}`) path segment,
    /// percent-decoded once.
    var identifier: String?
    var query: [String: String]
    /// Header values by lower-cased name.
    var headers: [String: String]
    var body: Data
}
