import Foundation

/// The OpenAI-compatible API in front of Bedrock, independent of any transport: adapters (the
/// HTTP server, the Lambda handler) turn what they receive into a ``GatewayRequest`` and write
/// out the ``GatewayResponse``.
///
/// Routes, under the configured prefix (`/api/v1`) and under `/v1`:
/// `GET /models`, `GET /models/{id}`, `POST /chat/completions` (JSON, or server-sent events
/// with `stream: true`), `POST /embeddings`; Anthropic's `POST /messages` and
/// `POST /messages/count_tokens` (`Gateway+AnthropicMessages.swift`); and `GET /health` (also at
/// the root), the only route served without an API key. Other paths get 404, other methods 405
/// with `Allow`. Every response carries `x-request-id`; every failure is an OpenAI error
/// envelope (Anthropic's, ``AnthropicErrorResponse``, on the Anthropic routes) whose status
/// ``GatewayError`` decides; every request gives one `request` log record (``GatewayRequestLog``).
///
/// The gateway itself does no I/O and reads no clock or environment: Bedrock, the catalog
/// listings, image fetching, API keys, logging, the time and ids all come in through the
/// initializer. Decisions worth knowing:
/// - `model` is required (400 when missing or empty); `DEFAULT_MODEL` only orders `GET /models`.
/// - The model catalog only refines a model's capabilities: a chat or embeddings call for an id
///   the catalog does not know (or while the catalog cannot be fetched) is still sent to Bedrock,
///   and once there is a catalog such calls never wait for its refresh.
/// - A stream is answered with an error status (not an event) when Bedrock fails before its
///   first event: the first event is awaited before the response starts, so throttling at the
///   start is a real 429 the OpenAI SDKs retry.
/// - `GatewayRequest.deadline` is the adapter's to enforce (Bedrock calls have `BEDROCK_TIMEOUT`).
///
/// ```swift
/// let gateway = try Gateway(configuration: configuration, runtime: bedrock, catalogSource: bedrockControl,
///                           mediaFetcher: fetcher, apiKeys: provider, logSink: StdoutLogSink(),
///                           now: { Date() }, makeID: { UUID().uuidString.lowercased() })
/// let response = await gateway.handle(request)
/// ```
public struct Gateway: GatewayHandling {
    public let configuration: GatewayConfiguration
    let runtime: any BedrockRuntime
    let mediaFetcher: any RemoteMediaFetcher
    let apiKeys: APIKeyProvider?
    let catalog: ModelCatalogCache
    let logger: GatewayLogger
    let now: @Sendable () -> Date
    let makeID: @Sendable () -> String

    /// How many InvokeModel calls one embeddings request runs at a time.
    public static let embeddingsConcurrency = 4
    /// Seconds before a failed catalog listing is tried again.
    static let catalogRetryInterval: TimeInterval = 30

    /// - Parameters:
    ///   - apiKeys: the keys to check; `nil` only when `configuration.allowUnauthenticated`.
    ///   - now: the clock (response `created`, latencies, catalog TTL, log times).
    ///   - makeID: unique ids for completions (`chatcmpl-<id>`) and for requests that came
    ///     without one.
    /// - Throws: ``GatewayConfigurationError`` (`API_KEY`) when there is no key source and
    ///   unauthenticated use was not explicitly allowed.
    public init(
        configuration: GatewayConfiguration, runtime: any BedrockRuntime, catalogSource: any BedrockCatalogSource,
        mediaFetcher: any RemoteMediaFetcher, apiKeys: APIKeyProvider?, logSink: any GatewayLogSink,
        now: @escaping @Sendable () -> Date, makeID: @escaping @Sendable () -> String
    ) throws(GatewayConfigurationError) {
        guard apiKeys != nil || configuration.allowUnauthenticated else {
            throw GatewayConfigurationError(
                variable: "API_KEY",
                message: "The gateway needs an API key source (API_KEY, API_KEY_SECRET_ARN or API_KEY_PARAM_NAME); "
                    + "set ALLOW_UNAUTHENTICATED=true to serve without keys (local use only).")
        }
        self.configuration = configuration
        self.runtime = runtime
        self.mediaFetcher = mediaFetcher
        self.apiKeys = apiKeys
        self.now = now
        self.makeID = makeID
        let logger = GatewayLogger(sink: logSink, minimumLevel: configuration.logLevel, now: now)
        self.logger = logger
        self.catalog = ModelCatalogCache(
            source: catalogSource, options: configuration.catalogOptions, ttl: configuration.modelCatalogTTL,
            retryInterval: min(Self.catalogRetryInterval, max(configuration.modelCatalogTTL, 1)), now: now,
            logger: logger)
    }

    public func handle(_ request: GatewayRequest) async -> GatewayResponse {
        let requestID = request.requestID.isEmpty ? makeID() : request.requestID
        var log = GatewayRequestLog(requestID: requestID, method: request.method, path: request.path, started: now())
        let route = GatewayRoute(method: request.method, path: request.path, prefix: configuration.routePrefix)
        log.route = route.template

        var response: GatewayResponse
        do {
            response = try await respond(to: request, route: route, requestID: requestID, log: &log)
        } catch {
            log.error = error.error
            log.bedrockRequestID = error.bedrockRequestID
            response = route.speaksAnthropic
                ? Self.anthropicErrorResponse(error, requestID: requestID) : Self.errorResponse(error, requestID: requestID)
        }
        response.headers.append(("x-request-id", requestID))
        // Anthropic's SDKs read the request id from `request-id`.
        if route.speaksAnthropic { response.headers.append(("request-id", requestID)) }
        // A streamed answer logs itself when the stream ends.
        if !response.isStreamed {
            var record = log.record(status: response.status, finished: now())
            // Load balancer probes would drown the request log.
            if route == .health { record.level = .debug }
            logger.log(record)
        }
        return response
    }

    /// An error response as the gateway sends it, for adapters that refuse a request before
    /// it reaches the gateway (413 for a body over `MAX_REQUEST_BODY_BYTES`, …).
    public static func errorResponse(
        status: Int, error: OpenAIError, requestID: String, headers: [(name: String, value: String)] = []
    ) -> GatewayResponse {
        let body = (try? ResponseJSON.encode(OpenAIErrorResponse(error: error))) ?? ResponseJSON.fallbackErrorBody
        return GatewayResponse(
            status: status,
            headers: [("content-type", "application/json")] + headers + [("x-request-id", requestID)],
            body: .bytes(body))
    }

    /// The response for a ``GatewayError`` (without `x-request-id`; `handle` adds it).
    static func errorResponse(_ failure: GatewayError, requestID: String) -> GatewayResponse {
        let body = (try? ResponseJSON.encode(OpenAIErrorResponse(error: failure.error))) ?? ResponseJSON.fallbackErrorBody
        return GatewayResponse(
            status: failure.status, headers: [("content-type", "application/json")] + failure.headers, body: .bytes(body))
    }

    // MARK: - Dispatch

    private func respond(
        to request: GatewayRequest, route: GatewayRoute, requestID: String, log: inout GatewayRequestLog
    ) async throws(GatewayError) -> GatewayResponse {
        switch route {
        case .notFound:
            throw .routeNotFound(method: request.method, path: request.path)
        case .methodNotAllowed(let allowed):
            throw .methodNotAllowed(method: request.method, path: request.path, allowed: allowed)
        case .health:
            return try json(status: 200, HealthStatus(status: "ok"))
        default:
            break
        }
        try await authenticate(request)
        switch route {
        case .listModels: return try await listModels()
        case .retrieveModel(let id): return try await retrieveModel(id)
        case .chatCompletions: return try await chatCompletions(request, log: &log)
        case .embeddings: return try await embeddings(request, log: &log)
        case .anthropicMessages: return try await anthropicMessages(request, log: &log)
        case .anthropicCountTokens: return try await anthropicCountTokens(request, log: &log)
        case .health, .notFound, .methodNotAllowed: throw .internalError("Unroutable request.")
        }
    }

    private func authenticate(_ request: GatewayRequest) async throws(GatewayError) {
        guard let apiKeys else { return }
        guard let key = APIKeyCredential.apiKey(in: request) else { throw .missingAPIKey }
        switch await apiKeys.check(key) {
        case .accepted: return
        case .rejected: throw .invalidAPIKey
        case .unavailable: throw .authUnavailable
        }
    }

    // MARK: - Shared steps

    /// What the client named, resolved through the catalog when there is one; without a
    /// catalog, from the id's shape alone, so a catalog outage never blocks a call.
    func resolve(_ id: String) async -> ResolvedModel {
        await catalog.forResolution()?.resolve(id) ?? ResolvedModel(requestedID: id)
    }

    /// A Bedrock call's failure as the client sees it.
    func upstreamFailure(_ error: any Error, modelID: String?, log: inout GatewayRequestLog) -> GatewayError {
        switch error {
        case let bedrock as BedrockError:
            return .bedrock(bedrock, modelID: modelID, region: configuration.region)
        case is CancellationError:
            return GatewayError(status: 499, error: .invalidRequest("The request was cancelled.", code: "client_closed_request"))
        default:
            log.detail = String(describing: error)
            return GatewayError(status: 502, error: OpenAIError(message: "The Bedrock call failed.", type: .api, code: "upstream_error"))
        }
    }

    /// A 200 (or other) JSON response.
    func json(status: Int, _ value: some Encodable) throws(GatewayError) -> GatewayResponse {
        do {
            return GatewayResponse(
                status: status, headers: [("content-type", "application/json")], body: .bytes(try ResponseJSON.encode(value)))
        } catch {
            throw .internalError("The response could not be encoded.")
        }
    }

    /// Unix seconds now.
    var unixTime: Int { Int(now().timeIntervalSince1970.rounded(.down)) }
}
