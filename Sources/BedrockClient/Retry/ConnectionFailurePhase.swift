/// How far a request got before its connection failed, which decides whether retrying could
/// run the operation twice.
///
///     AttemptFailure(connectionFailure: .beforeRequestSent)   // reset on a reused socket after a Lambda thaw: safe to retry
///     AttemptFailure(connectionFailure: .afterRequestSent)    // the service may be generating already
public enum ConnectionFailurePhase: Sendable, Hashable {
    /// DNS, connect, TLS, or a reset/EOF before the whole request (body included) was written:
    /// the service cannot have acted on it.
    case beforeRequestSent
    /// The request was fully written but no (complete) response head arrived: the service may
    /// have processed it.
    case afterRequestSent
}
