/// Turns a host name into the addresses a media fetch may connect to. The live fetcher uses
/// ``SystemHostResolver``; tests substitute fixed answers (e.g. a public and a private address
/// together, as a DNS-rebinding attacker would serve).
protocol HostResolving: Sendable {
    /// Every address `host` resolves to, or an error once `deadline` passes.
    func addresses(of host: String, deadline: ContinuousClock.Instant) async throws(HostResolutionError) -> [NetworkAddress]
}

/// Why a host name could not be resolved.
enum HostResolutionError: Error, Hashable {
    /// The name does not exist or has no addresses.
    case notFound
    /// The resolver did not answer before the deadline.
    case timedOut
    /// Any other resolver failure (`getaddrinfo` text).
    case failed(String)
}
