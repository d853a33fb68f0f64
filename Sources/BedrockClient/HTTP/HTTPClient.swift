import Synchronization

/// The process's HTTP client: libcurl's multi interface driven by one dedicated thread, so
/// connections (and HTTP/2 sessions) are reused across every request sent through it.
///
/// Share one client per process (``shared``); create others only for different settings or tests.
/// ```swift
/// let response = try await HTTPClient.shared.execute(HTTPRequest(url: "https://example.com/"))
/// let streamed = try await HTTPClient.shared.stream(request)
/// for try await chunk in streamed.body { consume(chunk) }
/// ```
public final class HTTPClient: Sendable {
    /// The shared client, created on first use with the default configuration.
    public static let shared = HTTPClient()

    public let configuration: Configuration

    private let loop: CurlMultiLoop
    private let proxy: ProxyResolution
    private let nextTransferID = Atomic<UInt64>(0)

    /// Creates a client and starts its loop thread. Proxy environment variables are read now.
    public convenience init(configuration: Configuration = Configuration()) {
        self.init(configuration: configuration, environment: ProcessEnvironment.snapshot())
    }

    /// Creates a client that resolves ``HTTPProxyConfiguration/environment`` against `environment`
    /// instead of the process environment.
    init(configuration: Configuration, environment: [String: String]) {
        self.configuration = configuration
        self.proxy = ProxyResolution(configuration.proxy, environment: environment)
        self.loop = CurlMultiLoop(
            maxConnectionsPerHost: configuration.maxConnectionsPerHost,
            maxCachedConnections: configuration.maxCachedConnections)
    }

    deinit {
        loop.requestStop()
    }

    /// Sends `request` and returns the complete response once its body has arrived.
    ///
    /// Throws ``HTTPClientError`` for transport failures (never for HTTP error statuses).
    /// Cancelling the calling task aborts the transfer and throws ``HTTPClientError/Code/cancelled``.
    /// - Parameter timeout: overrides ``Configuration/timeouts`` for this request.
    public func execute(_ request: HTTPRequest, timeout: HTTPTimeouts? = nil) async throws -> HTTPResponse {
        let transfer = try makeTransfer(request, mode: .collect, timeouts: timeout)
        let exchange = transfer.exchange
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                if exchange.installResponseWaiter(continuation) {
                    launch(transfer, body: request.body)
                }
            }
        } onCancel: {
            exchange.cancel()
        }
    }

    /// Sends `request` and returns as soon as the response head has arrived; the body follows as
    /// an `AsyncSequence` of byte chunks with backpressure (a slow consumer pauses the transfer).
    ///
    /// Leaving the body's `for await` loop early, or dropping the response unread, cancels the
    /// transfer. Cancelling the task that iterates it does too.
    /// - Parameter timeout: overrides ``Configuration/timeouts`` for this request; the total
    ///   timeout covers reading the body.
    public func stream(_ request: HTTPRequest, timeout: HTTPTimeouts? = nil) async throws -> HTTPStreamingResponse {
        let transfer = try makeTransfer(request, mode: .stream, timeouts: timeout)
        let exchange = transfer.exchange
        let head = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponseHead, any Error>) in
                if exchange.installHeadWaiter(continuation) {
                    launch(transfer, body: request.body)
                }
            }
        } onCancel: {
            exchange.cancel()
        }
        return HTTPStreamingResponse(status: head.status, headers: head.headers, body: HTTPResponseBody(exchange: exchange))
    }

    /// Stops the loop thread: in-flight requests fail with ``HTTPClientError/Code/shutdown``,
    /// later ones too. Returns once every libcurl handle has been freed. Idempotent.
    public func shutdown() async {
        await loop.stop()
    }

    // MARK: - Private

    private func makeTransfer(_ request: HTTPRequest, mode: TransferExchange.Mode, timeouts: HTTPTimeouts?) throws
        -> CurlTransfer
    {
        let prepared = try PreparedRequest(request, userAgent: configuration.userAgent)
        let id = nextTransferID.add(1, ordering: .relaxed).newValue
        let exchange = TransferExchange(
            id: id, mode: mode, loop: loop,
            responseBufferLimit: configuration.responseBodyBufferLimit,
            requestBufferLimit: configuration.requestBodyBufferLimit)
        let settings = CurlTransfer.Settings(
            timeouts: timeouts ?? configuration.timeouts,
            proxy: proxy,
            preferHTTP2: configuration.preferHTTP2,
            caBundlePath: configuration.caBundlePath)
        return CurlTransfer(request: prepared, exchange: exchange, settings: settings)
    }

    private func launch(_ transfer: CurlTransfer, body: HTTPRequestBody) {
        if case .stream(let pump) = body.storage {
            transfer.exchange.startProducer(pump)
        }
        if !loop.submit(.add(transfer)) {
            transfer.exchange.finish(.failure(.shutdown))
        }
    }
}
