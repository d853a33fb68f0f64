import Foundation

/// A request the simulator received, kept so tests can check what a client actually sent.
///
/// ```swift
/// let sent = simulator.recordedRequests().last
/// #expect(sent?.operation == "Converse")
/// #expect(sent?.headers["authorization"]?.hasPrefix("AWS4-HMAC-SHA256") == true)
/// ```
public struct RecordedRequest: Sendable, Hashable {
    /// The service-model operation name (`Converse`, `InvokeModel`, `ListFoundationModels`, …).
    public var operation: String
    public var method: String
    /// The path as received (still percent-encoded).
    public var path: String
    /// The path's model or profile identifier, percent-decoded.
    public var modelID: String?
    /// Header values by lower-cased name (repeated headers joined with ", ").
    public var headers: [String: String]
    public var body: Data

    public init(operation: String, method: String, path: String, modelID: String?, headers: [String: String], body: Data) {
        self.operation = operation
        self.method = method
        self.path = path
        self.modelID = modelID
        self.headers = headers
        self.body = body
    }
}
