/// One operation of a service model: its HTTP binding and its input/output/error shapes.
///
/// ```swift
/// let converse = try #require(model.operation(named: "Converse"))
/// print(converse.inputShape ?? "-", converse.http.requestURI)
/// ```
public struct ServiceOperation: Sendable, Hashable {
    public var name: String
    public var http: HTTPBinding
    /// Name of the input structure, if the operation takes one.
    public var inputShape: String?
    /// Name of the output structure, if the operation returns one.
    public var outputShape: String?
    /// Names of the modeled error structures.
    public var errorShapes: [String]

    public init(name: String, http: HTTPBinding, inputShape: String?, outputShape: String?, errorShapes: [String]) {
        self.name = name
        self.http = http
        self.inputShape = inputShape
        self.outputShape = outputShape
        self.errorShapes = errorShapes
    }
}
