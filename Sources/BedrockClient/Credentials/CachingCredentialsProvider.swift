import Foundation

/// Reuses the credentials of another provider until shortly before they expire, so requests
/// are not slowed down (or STS throttled) by a fetch each.
///
///     let provider = CachingCredentialsProvider(wrapping: DefaultCredentialsChain(transport: http))
///     let credentials = try await provider.credentials()   // fetched once, then cached
///     await provider.invalidate()                          // e.g. after an ExpiredTokenException
///
/// Temporary credentials are refreshed once the clock reaches `expiration - refreshLeeway`
/// (5 minutes by default: a request signed just before expiry must still be accepted).
/// Credentials without an expiration are never refreshed. Concurrent callers share one
/// in-flight refresh. If a refresh fails while the cached credentials have not actually
/// expired yet, those are returned and the next call tries again.
public actor CachingCredentialsProvider: CredentialsProvider {
    public nonisolated let base: any CredentialsProvider
    public nonisolated let refreshLeeway: TimeInterval
    private let clock: @Sendable () -> Date
    private var cached: AWSCredentials?
    private var refresh: Task<AWSCredentials, any Error>?

    /// - Parameter clock: the current time; injected so that tests can move it.
    public init(
        wrapping base: any CredentialsProvider,
        refreshLeeway: TimeInterval = 300,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.base = base
        self.refreshLeeway = refreshLeeway
        self.clock = clock
    }

    public nonisolated var providerName: String { base.providerName }

    public func credentials() async throws -> AWSCredentials {
        if let cached, !cached.isExpired(at: clock(), leeway: refreshLeeway) { return cached }

        let task: Task<AWSCredentials, any Error>
        if let refresh {
            task = refresh
        } else {
            let base = self.base
            task = Task { try await base.credentials() }
            refresh = task
        }
        do {
            let fresh = try await task.value
            if refresh == task {
                refresh = nil
                cached = fresh
            }
            return fresh
        } catch {
            if refresh == task { refresh = nil }
            if let cached, !cached.isExpired(at: clock()) { return cached }
            throw error
        }
    }

    /// Drops the cached credentials so the next call fetches new ones.
    public func invalidate() {
        cached = nil
    }
}
