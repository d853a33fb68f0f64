import Foundation
import GatewayCore

/// The request pipeline every AWS call of the process goes through: endpoint, headers,
/// authorization (SigV4 or a Bedrock API key), sending, error decoding and retries.
///
/// Build one per process and share it: it holds the HTTP client (its connection pool), the
/// signer (its signing-key cache), the cached credentials, the resolved endpoints and the
/// retry quota, none of which is recreated per request. Service clients (``LiveBedrockRuntime``,
/// ``LiveBedrockCatalog``, ``SecretsManagerClient``, ``SSMClient``) are thin views on it.
///
/// ```swift
/// let configuration = try AWSClientConfiguration.fromEnvironment()
/// let client = try AWSClient(configuration: configuration, credentialsProvider: DefaultCredentialsChain(transport: HTTPClient.shared))
/// let runtime = LiveBedrockRuntime(client: client)
/// ```
///
/// Every failure is thrown as a `BedrockError` (or `CancellationError` when the calling task is
/// cancelled). Retries follow ``RetryPolicy`` and ``AWSRetryClassifier`` and happen only while
/// nothing has been returned to the caller; see ``AWSRetryRules``.
public final class AWSClient: Sendable {
    public let configuration: AWSClientConfiguration
    public let httpClient: HTTPClient
    public let signer: SigV4Signer
    /// The credentials for SigV4, cached until shortly before they expire.
    public let credentialsProvider: CachingCredentialsProvider
    private let endpoints: [AWSService: AWSEndpoint]
    private let clock: @Sendable () -> Date
    private let sleep: @Sendable (Duration) async throws -> Void

    /// The services whose endpoints are resolved up front.
    static let knownServices: [AWSService] = [.bedrockRuntime, .bedrock, .secretsManager, .ssm, .sts]

    /// - Parameters:
    ///   - credentialsProvider: wrapped in a ``CachingCredentialsProvider`` unless it is one.
    ///     Not asked at all for Bedrock calls when ``AWSClientConfiguration/bedrockAPIKey`` is set.
    ///   - clock: the signing time.
    ///   - sleep: waits between attempts; injected so tests never sleep for real.
    /// - Throws: ``AWSClientConfigurationError/invalidSetting(_:)`` when an endpoint override is unusable.
    public init(
        configuration: AWSClientConfiguration,
        credentialsProvider: any CredentialsProvider,
        httpClient: HTTPClient = .shared,
        signer: SigV4Signer = SigV4Signer(),
        clock: @escaping @Sendable () -> Date = { Date() },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) throws(AWSClientConfigurationError) {
        var endpoints: [AWSService: AWSEndpoint] = [:]
        for service in Self.knownServices {
            do {
                endpoints[service] = try configuration.endpointResolver.endpoint(
                    for: service, region: configuration.region)
            } catch {
                throw .invalidSetting("\(error)")
            }
        }
        self.configuration = configuration
        self.httpClient = httpClient
        self.signer = signer
        self.credentialsProvider =
            credentialsProvider as? CachingCredentialsProvider
            ?? CachingCredentialsProvider(wrapping: credentialsProvider)
        self.endpoints = endpoints
        self.clock = clock
        self.sleep = sleep
    }

    /// The endpoint requests to `service` go to.
    public func endpoint(for service: AWSService) throws -> AWSEndpoint {
        if let endpoint = endpoints[service] { return endpoint }
        do {
            return try configuration.endpointResolver.endpoint(for: service, region: configuration.region)
        } catch {
            throw BedrockError(kind: .unknown, message: "\(error)")
        }
    }

    // MARK: - Calls

    /// Sends `operation` and returns its 2xx response with the whole body.
    func execute(_ operation: AWSOperation) async throws -> HTTPResponse {
        let call = try prepare(operation)
        return try await run(call) { _ in
            let request = try await self.httpRequest(for: call)
            let response: HTTPResponse
            do {
                response = try await self.httpClient.execute(request, timeout: self.configuration.timeouts)
            } catch let error as HTTPClientError {
                throw try Self.attemptError(transport: error, operation: operation)
            }
            guard (200..<300).contains(response.status) else {
                throw Self.attemptError(
                    AWSErrorResponse(status: response.status, headers: response.headers, body: response.body), operation
                )
            }
            return response
        }
    }

    /// Sends an `awsJson1_1` operation and decodes its answer.
    func callJSON11<Output: Decodable>(_ operation: AWSOperation, returning output: Output.Type) async throws -> Output
    {
        let response = try await execute(operation)
        do {
            return try AWSJSON11Coder.decode(Output.self, from: response.body)
        } catch {
            throw BedrockError(
                kind: .malformedResponse, message: "\(operation.name): unexpected response body: \(error)",
                statusCode: response.status, requestID: response.headers["x-amzn-RequestId"])
        }
    }

    /// Sends `operation`, whose answer is an `application/vnd.amazon.eventstream` body, and
    /// returns its events as they arrive.
    ///
    /// The call returns once the first event has been decoded; until then failures are retried
    /// like any other call. An error status is read as a plain JSON error. A stream whose first
    /// frame is a retryable exception (throttling, …) is retried too; when retries are over it is
    /// returned with that exception event.
    func streamEvents<Event: AWSStreamEvent>(_ operation: AWSOperation, as eventType: Event.Type) async throws
        -> BedrockEventStream<Event>
    {
        let call = try prepare(operation)
        return try await run(call) { _ in
            let request = try await self.httpRequest(for: call)
            let response: HTTPStreamingResponse
            do {
                response = try await self.httpClient.stream(request, timeout: self.configuration.timeouts)
            } catch let error as HTTPClientError {
                throw try Self.attemptError(transport: error, operation: operation)
            }
            guard (200..<300).contains(response.status) else {
                let body: Data
                do {
                    body = try await response.body.collect(upTo: self.configuration.maximumErrorBodyBytes)
                } catch let error as HTTPClientError where error.code == .cancelled {
                    throw CancellationError()
                } catch {
                    body = Data()  // the status and headers still say what went wrong
                }
                throw Self.attemptError(
                    AWSErrorResponse(status: response.status, headers: response.headers, body: body), operation)
            }
            var reader = AWSEventStreamReader<Event>(
                body: response.body, operation: operation.name,
                requestID: response.headers["x-amzn-RequestId"])
            let first: Event?
            do {
                first = try await reader.next()
            } catch let error as HTTPClientError {
                throw try Self.attemptError(transport: error, operation: operation, afterResponseHead: true)
            }
            guard let first else { return BedrockEventStream([]) }
            if first.isException {
                // Nothing was handed out yet: an exception as first frame is retried like an
                // error status of the same kind would be.
                let failure = reader.exceptionFailure(first, isIdempotent: operation.isIdempotent)
                throw AWSAttemptError(
                    error: failure.error, failure: failure.attempt, fallback: BedrockEventStream([first]))
            }
            return BedrockEventStream(AWSEventStreamSequence(reader: reader, first: first))
        }
    }

    // MARK: - Pipeline

    /// What stays the same across the attempts of one call.
    struct PreparedCall: Sendable {
        var operation: AWSOperation
        var endpoint: AWSEndpoint
        var url: String
        var signingPath: String
        var headers: [(name: String, value: String)]
        var payload: PayloadHash
        var usesBearerToken: Bool
    }

    func prepare(_ operation: AWSOperation) throws -> PreparedCall {
        let endpoint = try endpoint(for: operation.service)
        let signable = SignableRequest(
            method: operation.method.rawValue, path: operation.path, queryItems: operation.queryItems)
        let payload: PayloadHash
        do {
            payload = operation.body.isEmpty ? .emptyBody : try PayloadHash.sha256(of: operation.body)
        } catch {
            throw BedrockError(kind: .unknown, message: "\(operation.name): cannot hash the request body: \(error)")
        }
        return PreparedCall(
            operation: operation, endpoint: endpoint,
            url: endpoint.url(path: operation.path, query: signable.encodedQuery),
            signingPath: endpoint.requestPath(operation.path),
            headers: [(name: "Host", value: endpoint.hostHeader)] + operation.headers,
            payload: payload,
            usesBearerToken: configuration.bedrockAPIKey != nil
                && endpoint.signingName == AWSService.bedrock.signingName)
    }

    /// The request of one attempt, authorized now (a fresh date, the current credentials).
    func httpRequest(for call: PreparedCall) async throws -> HTTPRequest {
        let operation = call.operation
        var signable = SignableRequest(
            method: operation.method.rawValue, path: call.signingPath, queryItems: operation.queryItems,
            headers: call.headers, payload: call.payload)
        let authorization: RequestAuthorization
        if call.usesBearerToken, let token = configuration.bedrockAPIKey {
            authorization = .bearer(token: token)
        } else {
            let credentials: AWSCredentials
            do {
                credentials = try await credentialsProvider.credentials()
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                throw AWSAttemptError(
                    error: BedrockError(
                        kind: .unauthenticated, message: "\(operation.name): no usable AWS credentials: \(error)"),
                    failure: AttemptFailure())
            }
            authorization = .sigV4(
                credentials: credentials, region: call.endpoint.signingRegion, service: call.endpoint.signingName)
        }
        do {
            try authorization.authorize(&signable, date: clock(), signer: signer)
        } catch {
            throw AWSAttemptError(
                error: BedrockError(
                    kind: .unauthenticated, message: "\(operation.name): cannot authorize the request: \(error)"),
                failure: AttemptFailure())
        }
        var headers = HTTPHeaders(signable.headers.map { ($0.name, $0.value) })
        headers.add(name: "User-Agent", value: configuration.userAgent)
        let body: HTTPRequestBody =
            operation.method == .get || operation.method == .head ? .none : .bytes(operation.body)
        return HTTPRequest(method: operation.method, url: call.url, headers: headers, body: body)
    }

    /// Runs `attempt` under the retry rules and turns the final failure into a `BedrockError`.
    func run<T>(_ call: PreparedCall, attempt: (Int) async throws -> T) async throws -> T {
        let start = ContinuousClock.now
        var rules = AWSRetryRules()
        var refreshedCredentials = false
        while true {
            var lastFailure: AWSAttemptError?
            let failure: AWSAttemptError
            do {
                return try await withRetries(
                    policy: configuration.retryPolicy,
                    classify: { rules.decision(for: $0) },
                    sleep: { delay in
                        guard ContinuousClock.now - start + delay <= self.configuration.retryTimeLimit else {
                            throw RetryTimeLimitReached()
                        }
                        try await self.sleep(delay)
                    },
                    operation: { number in
                        do {
                            return try await attempt(number)
                        } catch let error as AWSAttemptError {
                            lastFailure = error
                            throw error
                        }
                    })
            } catch let error as AWSAttemptError {
                failure = error
            } catch is RetryTimeLimitReached {
                guard let lastFailure else { throw CancellationError() }
                failure = lastFailure
            } catch let error as HTTPClientError where error.code == .cancelled {
                throw CancellationError()
            }
            if failure.isExpiredToken, !refreshedCredentials, !call.usesBearerToken {
                // The cached credentials expired early (revoked session, clock skew): fetch
                // new ones and try once more.
                refreshedCredentials = true
                await credentialsProvider.invalidate()
                continue
            }
            if let fallback = failure.fallback as? T { return fallback }
            throw failure.error
        }
    }

    /// Thrown by the sleep between attempts to stop retrying once the time limit is reached.
    private struct RetryTimeLimitReached: Error {}

    static func attemptError(_ response: AWSErrorResponse, _ operation: AWSOperation) -> AWSAttemptError {
        var error = response.bedrockError
        error.message = "\(operation.name): \(error.message)"
        return AWSAttemptError(
            error: error, failure: response.attemptFailure(isIdempotent: operation.isIdempotent),
            isExpiredToken: response.isExpiredToken)
    }

    /// A transport failure as an attempt error, or `CancellationError` when the task was cancelled.
    static func attemptError(
        transport error: HTTPClientError, operation: AWSOperation, afterResponseHead: Bool = false
    ) throws -> AWSAttemptError {
        if error.code == .cancelled { throw CancellationError() }
        return AWSAttemptError(transport: error, operation: operation, afterResponseHead: afterResponseHead)
    }
}
