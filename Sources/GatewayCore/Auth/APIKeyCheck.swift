/// The verdict on the API key a request carried.
///
/// ```swift
/// switch await provider.check(key) {
/// case .accepted: break
/// case .rejected: return 401
/// case .unavailable: return 503
/// }
/// ```
public enum APIKeyCheck: Sendable, Hashable {
    /// The key is one of the valid keys.
    case accepted
    /// The key is not (or no longer) valid.
    case rejected
    /// The valid keys could not be read at all (the secret store failed before any success),
    /// so no key can be judged: a server problem (HTTP 503), not the client's.
    case unavailable
}
