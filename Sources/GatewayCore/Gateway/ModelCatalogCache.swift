import Foundation

/// The model catalog, fetched from Bedrock's listings and reused for `MODEL_CATALOG_TTL`.
///
/// - Single-flight: concurrent requests that find it due wait for one fetch.
/// - Stale on error: when a refresh fails the previous catalog stays in use (and the fetch is
///   retried after `retryInterval`); only when there never was a catalog does ``current()``
///   throw.
/// - Model resolution for chat and embeddings calls (``forResolution()``) never waits for a
///   refresh when there is a catalog: it uses the one it has and refreshes in the background.
///   `GET /models` (``current()``) waits for a due refresh, so the list it shows is current.
/// - ListFoundationModels is required; a failing ListInferenceProfiles (often a missing IAM
///   permission) gives a catalog without profiles, logged, and retried after `retryInterval`.
actor ModelCatalogCache {
    private let source: any BedrockCatalogSource
    private let options: ModelCatalogOptions
    private let ttl: TimeInterval
    private let retryInterval: TimeInterval
    private let now: @Sendable () -> Date
    private let logger: GatewayLogger

    private var catalog: ModelCatalog?
    private var lastError: (any Error)?
    private var nextRefresh: Date?
    private var inFlight: Task<Void, Never>?

    init(
        source: any BedrockCatalogSource, options: ModelCatalogOptions, ttl: TimeInterval, retryInterval: TimeInterval,
        now: @escaping @Sendable () -> Date, logger: GatewayLogger
    ) {
        self.source = source
        self.options = options
        self.ttl = max(ttl, 0)
        self.retryInterval = max(retryInterval, 0)
        self.now = now
        self.logger = logger
    }

    /// The catalog, refreshed first if due; throws the fetch error only if there is none at all.
    func current() async throws -> ModelCatalog {
        let due = nextRefresh.map { now() >= $0 } ?? true
        if due {
            if let inFlight {
                await inFlight.value
            } else {
                let task = Task { await self.refresh() }
                inFlight = task
                await task.value
            }
        }
        if let catalog { return catalog }
        throw lastError ?? BedrockError(kind: .unknown, message: "The model catalog is not available.")
    }

    /// The catalog for resolving a model id: the cached one at once (a due refresh is started in
    /// the background), or the first fetch's result; `nil` when there is none.
    func forResolution() async -> ModelCatalog? {
        guard let catalog else { return try? await current() }
        if nextRefresh.map({ now() >= $0 }) ?? true, inFlight == nil {
            inFlight = Task { await self.refresh() }
        }
        return catalog
    }

    private func refresh() async {
        defer { inFlight = nil }
        let started = now()
        do {
            async let modelsCall = source.listFoundationModels()
            async let profilesCall = source.listInferenceProfiles(type: nil)
            let models = try await modelsCall
            var profiles: [InferenceProfileSummary] = []
            var complete = true
            do {
                profiles = try await profilesCall
            } catch {
                complete = false
                logger.log(.warning, "inference_profiles_unavailable", [("error", .string(String(describing: error)))])
            }
            catalog = ModelCatalog(
                foundationModels: models, inferenceProfiles: profiles, options: options,
                created: Int(started.timeIntervalSince1970.rounded(.down)))
            lastError = nil
            nextRefresh = started.addingTimeInterval(complete ? ttl : min(ttl, retryInterval))
        } catch {
            lastError = error
            nextRefresh = started.addingTimeInterval(retryInterval)
            logger.log(
                catalog == nil ? .error : .warning, "model_catalog_refresh_failed",
                [("error", .string(String(describing: error))), ("serving_stale_catalog", .bool(catalog != nil))])
        }
    }
}
