/// The HTTP method, URI template and success status of an operation.
///
/// ```swift
/// let binding = model.operation(named: "Converse")?.http
/// // binding?.method == "POST", binding?.requestURI == "/model/{modelId}/converse"
/// ```
public struct HTTPBinding: Sendable, Hashable {
    public var method: String
    /// The request URI template, with `{label}` placeholders for `uri` members.
    public var requestURI: String
    public var responseCode: Int?

    public init(method: String, requestURI: String, responseCode: Int? = nil) {
        self.method = method
        self.requestURI = requestURI
        self.responseCode = responseCode
    }
}
