import GatewayCore

/// How one attempt of an AWS call failed: the error the caller will see if it is the last, and
/// the facts the retry rules decide on.
///
/// ```swift
/// throw AWSAttemptError(error: response.bedrockError, failure: response.attemptFailure(isIdempotent: false))
/// ```
struct AWSAttemptError: Error {
    /// What the caller gets when this attempt is the last one.
    var error: BedrockError
    /// Input for ``AWSRetryClassifier``.
    var failure: AttemptFailure
    /// The service said the credentials expired: the cache is dropped and the call tried once more.
    var isExpiredToken = false
    /// The connection was reset before any response arrived, on a connection kept from an
    /// earlier request — typically one that died while a Lambda sandbox was frozen. Retried once
    /// even for calls that are not idempotent: the request most likely never reached the
    /// service (the AWS SDKs and libcurl make the same bet).
    var isResetOnReusedConnection = false
    /// Returned instead of throwing when no retry follows: a stream whose first frame was a
    /// retryable exception is handed to the caller with that exception event.
    var fallback: (any Sendable)?

    /// The attempt failed in the transport.
    ///
    /// - Parameter afterResponseHead: the failure came while reading the body of a response
    ///   whose head had arrived: the service acted on the request, whatever the connection did.
    init(transport error: HTTPClientError, operation: AWSOperation, afterResponseHead: Bool = false) {
        self.error = BedrockError(transport: error, operation: operation.name)
        let phase: ConnectionFailurePhase?
        switch error.code {
        case .connectionFailed, .connectTimeout:
            phase = .beforeRequestSent
        case .connectionClosed, .readTimeout:
            phase = error.requestBodySent || afterResponseHead ? .afterRequestSent : .beforeRequestSent
        case .totalTimeout, .tlsFailure, .protocolError, .invalidRequest, .requestBodyFailed, .cancelled, .shutdown,
            .transferFailed:
            // The caller's own time limit, or faults a second attempt would repeat.
            phase = nil
        }
        self.failure = AttemptFailure(connectionFailure: phase, isIdempotent: operation.isIdempotent)
        self.isResetOnReusedConnection =
            error.code == .connectionClosed && error.failedOnReusedConnection && !afterResponseHead
    }

    init(error: BedrockError, failure: AttemptFailure, isExpiredToken: Bool = false, fallback: (any Sendable)? = nil) {
        self.error = error
        self.failure = failure
        self.isExpiredToken = isExpiredToken
        self.fallback = fallback
    }
}
