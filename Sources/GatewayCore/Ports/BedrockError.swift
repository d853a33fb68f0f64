/// A failure reported by Bedrock (or another AWS service), or by the way to it.
///
/// The transport decodes AWS error responses (`x-amzn-ErrorType`, `__type`, `code`) and
/// mid-stream exception frames into this one type; the gateway maps `kind` to an OpenAI error
/// envelope and HTTP status in one place.
///
/// ```swift
/// catch let error as BedrockError where error.kind == .throttling {
///     retry(after: error.retryAfter)
/// }
/// ```
public struct BedrockError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, grouped by how a caller should react.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// `ValidationException`: the request is invalid for this model (HTTP 400).
        case validation
        /// `AccessDeniedException`: no permission, or the model is not enabled (HTTP 403).
        case accessDenied
        /// Bad or expired credentials (`UnrecognizedClientException`, `ExpiredTokenException`,
        /// `InvalidSignatureException`), HTTP 401/403.
        case unauthenticated
        /// `ResourceNotFoundException`: unknown model, profile or secret (HTTP 404).
        case resourceNotFound
        /// `ThrottlingException` / `TooManyRequestsException` (HTTP 429).
        case throttling
        /// `ServiceQuotaExceededException` (HTTP 400/429).
        case serviceQuotaExceeded
        /// `ModelNotReadyException`: the model is being loaded; Bedrock asks for a retry (HTTP 429).
        case modelNotReady
        /// `ModelTimeoutException`: the model took too long (HTTP 408).
        case modelTimeout
        /// `ModelErrorException` / `ModelStreamErrorException`: the model failed (HTTP 424).
        case modelError
        /// `ServiceUnavailableException` (HTTP 503).
        case serviceUnavailable
        /// `InternalServerException` or another 5xx (HTTP 500).
        case internalServer
        /// `ConflictException` (HTTP 409).
        case conflict
        /// The request did not complete within the gateway's own time limit.
        case timeout
        /// The connection failed or broke (DNS, TCP, TLS, reset).
        case network
        /// The response could not be understood (bad JSON, corrupt event stream).
        case malformedResponse
        /// Anything else.
        case unknown
    }

    public var kind: Kind
    /// The AWS error type as sent (`ThrottlingException`), if any.
    public var code: String?
    /// The service's (or transport's) message.
    public var message: String
    /// The HTTP status of the response, if there was one.
    public var statusCode: Int?
    /// How long the service asked the client to wait, in seconds, if it said.
    public var retryAfterSeconds: Double?
    /// The AWS request id (`x-amzn-RequestId`), for support cases.
    public var requestID: String?

    public init(
        kind: Kind, code: String? = nil, message: String, statusCode: Int? = nil,
        retryAfterSeconds: Double? = nil, requestID: String? = nil
    ) {
        self.kind = kind
        self.code = code
        self.message = message
        self.statusCode = statusCode
        self.retryAfterSeconds = retryAfterSeconds
        self.requestID = requestID
    }

    public var description: String {
        var text = "\(code ?? kind.rawValue): \(message)"
        if let statusCode { text += " (HTTP \(statusCode))" }
        return text
    }

    /// The kind for an AWS error type name; the namespace prefix (`aws.protocoltests#`) and
    /// any `:`-suffix that some services append are ignored.
    public static func kind(forErrorType errorType: String) -> Kind {
        var name = Substring(errorType)
        if let hash = name.lastIndex(of: "#") { name = name[name.index(after: hash)...] }
        if let colon = name.firstIndex(of: ":") { name = name[..<colon] }
        switch name.lowercased() {
        case "validationexception", "invalidparameterexception", "invalidrequestexception",
            "invalidparametervalueexception", "serializationexception":
            return .validation
        case "accessdeniedexception", "accessdenied": return .accessDenied
        case "unrecognizedclientexception", "expiredtokenexception", "invalidsignatureexception",
            "incompletesignatureexception", "missingauthenticationtokenexception",
            "invalidclienttokenid", "signaturedoesnotmatch", "unauthorizedexception":
            return .unauthenticated
        case "resourcenotfoundexception", "parameternotfound", "notfoundexception":
            return .resourceNotFound
        case "throttlingexception", "toomanyrequestsexception", "throttledexception",
            "requestlimitexceeded", "throttling":
            return .throttling
        case "servicequotaexceededexception", "limitexceededexception": return .serviceQuotaExceeded
        case "modelnotreadyexception": return .modelNotReady
        case "modeltimeoutexception": return .modelTimeout
        case "modelerrorexception", "modelstreamerrorexception": return .modelError
        case "serviceunavailableexception", "serviceunavailable": return .serviceUnavailable
        case "internalserverexception", "internalservererror", "internalfailure",
            "internalserviceerror":
            return .internalServer
        case "conflictexception": return .conflict
        default: return .unknown
        }
    }
}
