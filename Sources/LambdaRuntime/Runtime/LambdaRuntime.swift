import BedrockClient
import Foundation
import GatewayCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The Lambda custom runtime: initializes the handler once, then loops `next` → handle →
/// `response`/`error` until the Runtime API fails (Lambda then replaces the environment).
///
/// Each invocation's event is recognized (``LambdaHTTPEvent``), turned into a
/// `GatewayRequest` whose `deadline` is the invocation's deadline minus a margin, answered by
/// the handler, and sent back either buffered in the event's response format (ALB: at most
/// 1 MB, a streamed answer collected first) or, behind a streaming Function URL / API Gateway,
/// with the Runtime API's streaming mode as it is produced.
///
/// ```swift
/// let status = await LambdaRuntime.main(environment: ProcessInfo.processInfo.environment) { context in
///     try await makeGateway(context)
/// }
/// exit(status)
/// ```
public struct LambdaRuntime: Sendable {
    public let configuration: LambdaRuntimeConfiguration
    public let client: LambdaRuntimeClient
    public let logger: LambdaLogger

    public init(configuration: LambdaRuntimeConfiguration, client: LambdaRuntimeClient, logger: LambdaLogger) {
        self.configuration = configuration
        self.client = client
        self.logger = logger
    }

    /// Runs the runtime; returns the process exit status (only on failure: a missing Runtime
    /// API endpoint, a failed initialization — reported to `init/error` first — or a Runtime API
    /// that stopped answering).
    public static func main(
        environment: [String: String],
        makeHandler: @escaping @Sendable (LambdaInitContext) async throws -> any GatewayHandling
    ) async -> Int32 {
        let initStart = ContinuousClock.now
        let bootstrapLogger = LambdaLogger(minimumLevel: .info)
        let configuration: LambdaRuntimeConfiguration
        do {
            configuration = try LambdaRuntimeConfiguration.fromEnvironment(environment)
        } catch let error as LambdaRuntimeError {
            bootstrapLogger.log(.error, "lambda_runtime_unavailable", [("error", .string(error.message))])
            return 1
        } catch {
            // A bad setting: still report it, the endpoint is known.
            let endpoint = environment[LambdaRuntimeAPI.Environment.runtimeAPI] ?? ""
            let runtime = LambdaRuntime(
                configuration: LambdaRuntimeConfiguration(runtimeAPIEndpoint: endpoint),
                client: LambdaRuntimeClient(endpoint: endpoint), logger: bootstrapLogger)
            await runtime.failInit(error, initStart: initStart)
            return 1
        }
        let logger = LambdaLogger(minimumLevel: configuration.logLevel)
        let runtime = LambdaRuntime(
            configuration: configuration, client: LambdaRuntimeClient(endpoint: configuration.runtimeAPIEndpoint),
            logger: logger)

        let handler: any GatewayHandling
        do {
            handler = try await makeHandler(
                LambdaInitContext(environment: environment, configuration: configuration, logger: logger))
        } catch {
            await runtime.failInit(error, initStart: initStart)
            return 1
        }
        logger.log(
            .info, "lambda_init",
            [
                ("init_duration_ms", .number(milliseconds(ContinuousClock.now - initStart))),
                ("response_streaming", .bool(configuration.responseStreaming)),
                ("function_name", configuration.functionName.map(JSONValue.string) ?? .null),
                ("function_version", configuration.functionVersion.map(JSONValue.string) ?? .null),
            ])
        do {
            try await runtime.loop(handler: handler)
        } catch {
            logger.log(.error, "lambda_runtime_api_failed", [("error", .string(error.description))])
        }
        return 1
    }

    /// Reports an initialization failure to `init/error` and logs it.
    func failInit(_ error: any Error, initStart: ContinuousClock.Instant) async {
        let report = LambdaInitError.report(for: error)
        logger.log(
            .error, "lambda_init_failed",
            [
                ("error_type", .string(report.errorType)), ("error", .string(report.errorMessage)),
                ("init_duration_ms", .number(Self.milliseconds(ContinuousClock.now - initStart))),
            ])
        do {
            try await client.sendInitError(report)
        } catch {
            logger.log(.error, "lambda_init_error_unreported", [("error", .string(error.description))])
        }
    }

    /// `next` → process, forever; throws when the Runtime API fails.
    public func loop(handler: any GatewayHandling) async throws(LambdaRuntimeError) {
        while true {
            let invocation = try await client.next()
            try await process(invocation, handler: handler)
        }
    }

    /// Handles one invocation and sends its response (or error). Throws only for Runtime API
    /// failures that should end the process.
    public func process(_ invocation: LambdaInvocation, handler: any GatewayHandling) async throws(LambdaRuntimeError) {
        let started = ContinuousClock.now
        // The X-Ray SDKs (and anything else in the process) read the current trace from here.
        if let traceID = invocation.traceID {
            setenv(LambdaRuntimeAPI.Environment.traceID, traceID, 1)
        } else {
            unsetenv(LambdaRuntimeAPI.Environment.traceID)
        }
        var log = InvocationLog(invocation: invocation)
        defer { logger.log(.info, "lambda_invocation", log.fields(duration: ContinuousClock.now - started)) }

        let event: LambdaHTTPEvent
        do {
            event = try LambdaHTTPEvent.decode(invocation.event)
        } catch {
            // No known response format to answer in: the invocation fails with a clear report
            // (the invoker sees errorType Runtime.InvalidEvent and the message).
            log.outcome = "invalid event"
            log.error = error.message
            try await sendError(
                invocation, LambdaErrorReport(type: LambdaErrorReport.invalidEventType, message: error.message))
            return
        }
        log.eventType = event.typeName

        let deadline = invocation.deadline.map {
            $0.instant(now: .now, wallClock: Date()) - configuration.deadlineMargin
        }
        // One timer per invocation, shared by every race against the deadline.
        let signal = deadline.map(DeadlineSignal.init(deadline:))
        defer { signal?.cancel() }
        let streaming = configuration.responseStreaming && event.canStream
        log.mode = streaming ? "streaming" : "buffered"

        let response = await respond(
            to: event, invocation: invocation, handler: handler, deadline: deadline, signal: signal, log: &log)
        log.status = response.status
        if streaming {
            try await sendStreamed(response, format: event.responseFormat, invocation: invocation, signal: signal, log: &log)
        } else {
            try await sendBuffered(response, format: event.responseFormat, invocation: invocation, signal: signal, log: &log)
        }
    }

    // MARK: - Private

    /// The gateway's response, or the runtime's own error response.
    private func respond(
        to event: LambdaHTTPEvent, invocation: LambdaInvocation, handler: any GatewayHandling,
        deadline: ContinuousClock.Instant?, signal: DeadlineSignal?, log: inout InvocationLog
    ) async -> GatewayResponse {
        let request: GatewayRequest
        do {
            request = try event.gatewayRequest(requestID: invocation.requestID, deadline: deadline)
        } catch {
            log.outcome = "bad event"
            log.error = error.message
            return RuntimeErrorResponse.badEvent(error.message, requestID: invocation.requestID)
        }
        log.method = request.method
        log.path = request.path
        guard request.body.count <= configuration.maxRequestBodyBytes else {
            log.outcome = "request too large"
            return RuntimeErrorResponse.requestTooLarge(
                limit: configuration.maxRequestBodyBytes, requestID: invocation.requestID)
        }
        switch await DeadlineRace.run(signal, { await handler.handle(request) }) {
        case .finished(let response):
            return response
        case .deadlineReached:
            log.outcome = "deadline reached"
            return RuntimeErrorResponse.deadlineExceeded(requestID: invocation.requestID)
        }
    }

    private func sendBuffered(
        _ response: GatewayResponse, format: LambdaResponseFormat, invocation: LambdaInvocation,
        signal: DeadlineSignal?, log: inout InvocationLog
    ) async throws(LambdaRuntimeError) {
        let limit = format.maximumPayloadBytes
        var final = response
        switch await BufferedBodyCollector.collect(response.body, limit: limit, deadline: signal) {
        case .complete(let data):
            final.body = .bytes(data)
        case .tooLarge:
            log.outcome = "response too large"
            final = RuntimeErrorResponse.responseTooLarge(limit: limit, isALB: format.isALB, requestID: invocation.requestID)
        case .deadlineReached:
            log.outcome = "deadline reached"
            final = RuntimeErrorResponse.deadlineExceeded(requestID: invocation.requestID)
        case .failed(let message):
            log.outcome = "stream failed"
            log.error = message
            final = RuntimeErrorResponse.internalError(
                "The response stream failed: \(message)", requestID: invocation.requestID)
        }
        var payload = Self.encode(final, format: format)
        if payload.count > limit {
            log.outcome = "response too large"
            final = RuntimeErrorResponse.responseTooLarge(limit: limit, isALB: format.isALB, requestID: invocation.requestID)
            payload = Self.encode(final, format: format)
        }
        log.status = final.status
        log.responseBytes = payload.count
        do {
            try await client.sendResponse(requestID: invocation.requestID, body: payload)
        } catch where error.kind == .unexpectedStatus && (400..<500).contains(error.status ?? 0) {
            // The Runtime API refused this response (e.g. too large); the invocation still needs an end.
            log.error = error.message
            try await sendError(invocation, LambdaErrorReport(type: LambdaErrorReport.unhandledType, message: error.message))
        }
    }

    private func sendStreamed(
        _ response: GatewayResponse, format: LambdaResponseFormat, invocation: LambdaInvocation,
        signal: DeadlineSignal?, log: inout InvocationLog
    ) async throws(LambdaRuntimeError) {
        let prelude: [UInt8]
        do {
            prelude = try HTTPIntegrationPrelude.encode(status: response.status, headers: response.headers, format: format)
        } catch {
            try await sendError(
                invocation, LambdaErrorReport(type: LambdaErrorReport.unhandledType, message: "prelude: \(error)"))
            return
        }
        let isEventStream =
            response.header("content-type")?.lowercased().hasPrefix("text/event-stream") ?? false
        let body = StreamedResponseBody(prelude: prelude, body: response.body, isEventStream: isEventStream, deadline: signal)
        defer {
            log.responseBytes = body.progress.bytesSent
            log.chunks = body.progress.chunks
            if body.progress.deadlineReached { log.outcome = "deadline reached mid-stream" }
            if let failure = body.progress.failure {
                log.outcome = "stream failed"
                log.error = failure
            }
        }
        do {
            try await client.sendStreamingResponse(
                requestID: invocation.requestID, contentType: LambdaRuntimeAPI.Value.httpIntegrationContentType,
                chunks: body)
        } catch where error.kind == .transport && body.progress.failure != nil {
            // The body stream failed and the upload was aborted. If the Runtime API saw part of
            // the response it has recorded a truncated one and refuses the error post (logged);
            // if the abort came before the request went out, the error post ends the invocation
            // instead of leaving it to time out.
            try await sendError(
                invocation,
                LambdaErrorReport(
                    type: LambdaErrorReport.unhandledType,
                    message: "The response stream failed: \(body.progress.failure ?? "unknown error")"))
        } catch where error.kind == .unexpectedStatus && (400..<500).contains(error.status ?? 0) {
            log.error = error.message
            try await sendError(invocation, LambdaErrorReport(type: LambdaErrorReport.unhandledType, message: error.message))
        }
    }

    /// Posts an invocation error; a refusal (4xx) is logged, not fatal.
    private func sendError(_ invocation: LambdaInvocation, _ report: LambdaErrorReport) async throws(LambdaRuntimeError) {
        do {
            try await client.sendError(requestID: invocation.requestID, report: report)
        } catch where error.kind == .unexpectedStatus && (400..<500).contains(error.status ?? 0) {
            logger.log(
                .warning, "lambda_error_report_refused",
                [("request_id", .string(invocation.requestID)), ("error", .string(error.message))])
        }
    }

    private static func encode(_ response: GatewayResponse, format: LambdaResponseFormat) -> Data {
        guard case .bytes(let body) = response.body else { return Data() }
        do {
            return try LambdaResponseEncoder.encode(
                status: response.status, headers: response.headers, body: body, format: format)
        } catch {
            // Only strings and numbers are encoded; a failure here would be a Foundation bug.
            return Data(#"{"statusCode":500,"body":"response encoding failed","isBase64Encoded":false}"#.utf8)
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return ((Double(seconds) * 1000 + Double(attoseconds) / 1e15) * 1000).rounded() / 1000
    }
}
