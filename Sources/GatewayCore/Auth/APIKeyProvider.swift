import Foundation

/// The API keys the gateway accepts, kept current: fixed keys, or keys read from a Secrets
/// Manager secret or SSM parameter and re-read every `cacheTTL`, so a rotation takes effect
/// without a restart.
///
/// - Refreshes are single-flight: requests arriving while the secret is being read wait for
///   that one read instead of starting their own.
/// - A failed refresh keeps the last good keys (logged as a warning) and is retried after
///   `retryInterval`, so a Secrets Manager outage does not lock clients out.
/// - Until a first read succeeds there are no keys to compare with: ``check(_:)`` answers
///   ``APIKeyCheck/unavailable`` (HTTP 503), never "wrong key" (401).
/// - The secret format is that of ``APIKeySet/parse(secretValue:)``, including the rotation
///   form with a previous key and its expiry.
///
/// The clock is injected; nothing here reads the time or the environment itself.
///
/// ```swift
/// let provider = APIKeyProvider(source: .secretsManager(secretID: arn), secrets: client,
///                               cacheTTL: 300, now: { Date() }, logSink: stdout)
/// guard await provider.check(presentedKey) == .accepted else { … }
/// ```
public actor APIKeyProvider {
    private let source: APIKeySource
    private let secrets: (any SecretValueSource)?
    private let cacheTTL: TimeInterval
    private let retryInterval: TimeInterval
    private let now: @Sendable () -> Date
    private let logger: GatewayLogger?

    private var current: APIKeySet?
    /// When the keys must be read again (after a success: + TTL; after a failure: + retry interval).
    private var nextRead: Date?
    private var inFlight: Task<Void, Never>?

    /// Fixed keys, never re-read.
    public init(keys: APIKeySet, now: @escaping @Sendable () -> Date) {
        self.source = .keys([])
        self.secrets = nil
        self.cacheTTL = .infinity
        self.retryInterval = .infinity
        self.now = now
        self.logger = nil
        self.current = keys
    }

    /// The provider for a configuration's key source (with its `API_KEY_CACHE_TTL` and
    /// `LOG_LEVEL`); `nil` when the configuration has none (`ALLOW_UNAUTHENTICATED`).
    public init?(
        configuration: GatewayConfiguration, secrets: (any SecretValueSource)?, now: @escaping @Sendable () -> Date,
        logSink: (any GatewayLogSink)? = nil
    ) {
        guard let source = configuration.apiKeySource else { return nil }
        self.init(
            source: source, secrets: secrets, cacheTTL: configuration.apiKeyCacheTTL, now: now, logSink: logSink,
            logLevel: configuration.logLevel)
    }

    /// Keys from `source`; `secrets` reads Secrets Manager and SSM (not needed for `.keys`;
    /// without it a secret or parameter source never loads, and checks answer `.unavailable`).
    ///
    /// - Parameters:
    ///   - cacheTTL: seconds a successful read is used before the next one (`API_KEY_CACHE_TTL`).
    ///   - retryInterval: seconds after a failed read before the next attempt.
    ///   - now: the clock.
    ///   - logSink: where refresh failures are reported (never with a key).
    public init(
        source: APIKeySource, secrets: (any SecretValueSource)?, cacheTTL: TimeInterval = 300,
        retryInterval: TimeInterval = 5, now: @escaping @Sendable () -> Date,
        logSink: (any GatewayLogSink)? = nil, logLevel: GatewayLogLevel = .info
    ) {
        self.source = source
        self.secrets = secrets
        self.cacheTTL = max(cacheTTL, 0)
        self.retryInterval = max(retryInterval, 0)
        self.now = now
        self.logger = logSink.map { GatewayLogger(sink: $0, minimumLevel: logLevel, now: now) }
        if case .keys(let keys) = source {
            current = APIKeySet(keys)
        }
    }

    /// Judges the key a request presented.
    public func check(_ candidate: String) async -> APIKeyCheck {
        guard let keys = await currentKeys() else { return .unavailable }
        return keys.accepts(candidate, at: now()) ? .accepted : .rejected
    }

    /// The keys in force, read or re-read first if they are due; `nil` if they have never
    /// been read successfully.
    public func currentKeys() async -> APIKeySet? {
        if case .keys = source { return current }
        if let nextRead, now() < nextRead { return current }
        if let inFlight {
            await inFlight.value
            return current
        }
        let task = Task { await self.refresh() }
        inFlight = task
        await task.value
        return current
    }

    /// Reads the keys now (single-flight with ``currentKeys()``'s reads), whatever the TTL says.
    public func refreshNow() async {
        if case .keys = source { return }
        if let inFlight {
            await inFlight.value
            return
        }
        let task = Task { await self.refresh() }
        inFlight = task
        await task.value
    }

    private func refresh() async {
        defer { inFlight = nil }
        let started = now()
        do {
            let value = try await readSecret()
            let keys = try APIKeySet.parse(secretValue: value)
            current = keys
            nextRead = started.addingTimeInterval(cacheTTL)
            logger?.log(.debug, "api_keys_loaded", [("source", .string(source.description)), ("keys", .integer(keys.count))])
        } catch {
            nextRead = started.addingTimeInterval(retryInterval)
            let keeping = current != nil
            logger?.log(
                keeping ? .warning : .error, "api_key_refresh_failed",
                [
                    ("source", .string(source.description)), ("error", .string(String(describing: error))),
                    ("keeping_previous_keys", .bool(keeping)),
                ])
        }
    }

    private func readSecret() async throws -> String {
        guard let secrets else { throw APIKeySourceError("No secret store is configured.") }
        switch source {
        case .keys(let keys): return keys.joined(separator: ",")
        case .secretsManager(let id): return try await secrets.secretString(secretID: id)
        case .ssmParameter(let name): return try await secrets.parameterValue(name: name)
        }
    }
}
