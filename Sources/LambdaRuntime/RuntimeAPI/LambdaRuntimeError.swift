/// A failure talking to the Lambda Runtime API itself.
///
/// These end the runtime process: Lambda starts a fresh execution environment.
///
/// ```swift
/// catch let error as LambdaRuntimeError where error.kind == .missingEndpoint { exit(1) }
/// ```
public struct LambdaRuntimeError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// `AWS_LAMBDA_RUNTIME_API` is not set: the process is not running inside Lambda.
        case missingEndpoint
        /// The HTTP exchange with the Runtime API failed.
        case transport
        /// The Runtime API answered with an unexpected status (it answers 500 when the runtime
        /// should exit, 403/400 for a request in the wrong state).
        case unexpectedStatus
        /// The `next` response lacks the request id.
        case invalidNextResponse
    }

    public var kind: Kind
    public var message: String
    /// The HTTP status, for ``Kind/unexpectedStatus``.
    public var status: Int?

    public init(_ kind: Kind, _ message: String, status: Int? = nil) {
        self.kind = kind
        self.message = message
        self.status = status
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
