/// Why an invocation event could not be turned into a gateway request.
///
/// An event of unknown shape is reported to Lambda as an invocation error (there is no known
/// response format to answer in); a recognized event with a bad field is answered with HTTP 400
/// in its own format.
///
/// ```swift
/// do { let event = try LambdaHTTPEvent.decode(payload) }
/// catch { report(error.kind, error.message) }
/// ```
public struct LambdaEventError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// Not JSON, or JSON that is not an ALB, API Gateway REST (v1) or HTTP API / Function URL (v2) event.
        case unrecognizedShape
        /// A recognized event with a missing or invalid field.
        case malformedEvent
        /// `isBase64Encoded` is true but the body is not base64.
        case invalidBase64Body
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
