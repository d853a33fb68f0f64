import BedrockClient
import Foundation

/// One invocation received from `GET /runtime/invocation/next`: the event and its context.
///
/// ```swift
/// let invocation = try await client.next()
/// let deadline = invocation.deadline?.instant(now: .now, wallClock: Date())
/// setenv("_X_AMZN_TRACE_ID", invocation.traceID ?? "", 1)
/// ```
public struct LambdaInvocation: Sendable {
    /// `Lambda-Runtime-Aws-Request-Id`.
    public var requestID: String
    /// `Lambda-Runtime-Deadline-Ms`, if sent.
    public var deadline: InvocationDeadline?
    /// `Lambda-Runtime-Invoked-Function-Arn`.
    public var invokedFunctionARN: String?
    /// `Lambda-Runtime-Trace-Id`.
    public var traceID: String?
    /// `Lambda-Runtime-Client-Context` (JSON text), for Mobile SDK invocations.
    public var clientContext: String?
    /// `Lambda-Runtime-Cognito-Identity` (JSON text), for Mobile SDK invocations.
    public var cognitoIdentity: String?
    /// The event payload.
    public var event: Data

    public init(
        requestID: String, deadline: InvocationDeadline? = nil, invokedFunctionARN: String? = nil,
        traceID: String? = nil, clientContext: String? = nil, cognitoIdentity: String? = nil, event: Data
    ) {
        self.requestID = requestID
        self.deadline = deadline
        self.invokedFunctionARN = invokedFunctionARN
        self.traceID = traceID
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
        self.event = event
    }

    /// Reads the invocation from a `next` response.
    /// - Throws: ``LambdaRuntimeError`` when the request id is missing.
    public init(headers: HTTPHeaders, body: Data) throws(LambdaRuntimeError) {
        typealias Header = LambdaRuntimeAPI.Header
        guard let requestID = headers[Header.requestID], !requestID.isEmpty else {
            throw LambdaRuntimeError(.invalidNextResponse, "The next invocation has no \(Header.requestID) header.")
        }
        self.init(
            requestID: requestID,
            deadline: headers[Header.deadlineMilliseconds].flatMap(InvocationDeadline.init(headerValue:)),
            invokedFunctionARN: headers[Header.invokedFunctionARN].flatMap { $0.isEmpty ? nil : $0 },
            traceID: headers[Header.traceID].flatMap { $0.isEmpty ? nil : $0 },
            clientContext: headers[Header.clientContext].flatMap { $0.isEmpty ? nil : $0 },
            cognitoIdentity: headers[Header.cognitoIdentity].flatMap { $0.isEmpty ? nil : $0 },
            event: body)
    }
}
