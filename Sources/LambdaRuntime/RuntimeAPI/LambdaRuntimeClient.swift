import BedrockClient
import Foundation

/// Talks to the Lambda Runtime API over its loopback HTTP endpoint (`AWS_LAMBDA_RUNTIME_API`).
///
/// Uses its own ``HTTPClient`` (no proxy, HTTP/1.1) so the long-polling `next` request never
/// shares limits with the Bedrock traffic.
///
/// ```swift
/// let client = LambdaRuntimeClient(endpoint: "127.0.0.1:9001")
/// let invocation = try await client.next()
/// try await client.sendResponse(requestID: invocation.requestID, body: payload)
/// ```
public struct LambdaRuntimeClient: Sendable {
    /// `host:port`, as given by `AWS_LAMBDA_RUNTIME_API`.
    public let endpoint: String
    private let http: HTTPClient

    /// `next` must not time out: the environment may be frozen between invocations for any
    /// length of time. Posts are loopback exchanges that complete immediately.
    private static let nextTimeouts = HTTPTimeouts(connect: .seconds(10), idleRead: nil, total: nil)
    private static let postTimeouts = HTTPTimeouts(connect: .seconds(10), idleRead: .seconds(60), total: nil)

    public init(endpoint: String, httpClient: HTTPClient? = nil) {
        self.endpoint = endpoint
        self.http =
            httpClient
            ?? HTTPClient(
                configuration: HTTPClient.Configuration(
                    timeouts: Self.postTimeouts, proxy: .disabled, responseBodyBufferLimit: 64 << 10,
                    preferHTTP2: false, maxCachedConnections: 4, userAgent: "bedrock-openai-gateway-lambda/1.0"))
    }

    /// Waits for the next invocation.
    public func next() async throws(LambdaRuntimeError) -> LambdaInvocation {
        let response = try await exchange(
            HTTPRequest(method: .get, url: url(LambdaRuntimeAPI.Path.next)), timeouts: Self.nextTimeouts)
        guard response.status == 200 else {
            throw unexpected(response, doing: "GET next invocation")
        }
        return try LambdaInvocation(headers: response.headers, body: response.body)
    }

    /// Sends a buffered response.
    public func sendResponse(requestID: String, body: Data) async throws(LambdaRuntimeError) {
        let request = HTTPRequest(
            method: .post, url: url(LambdaRuntimeAPI.Path.response(requestID: requestID)),
            headers: ["Content-Type": "application/json"], body: .bytes(body))
        try await expectAccepted(request, doing: "POST response")
    }

    /// Sends a streamed response: chunked transfer coding in the Runtime API's streaming mode.
    /// Each element of `chunks` is written as it is produced; the sequence throwing aborts the
    /// upload, which Lambda reports as a failed invocation.
    public func sendStreamingResponse<Chunks: AsyncSequence & Sendable>(
        requestID: String, contentType: String, chunks: Chunks
    ) async throws(LambdaRuntimeError) where Chunks.Element == [UInt8] {
        let request = HTTPRequest(
            method: .post, url: url(LambdaRuntimeAPI.Path.response(requestID: requestID)),
            headers: [
                LambdaRuntimeAPI.Header.responseMode: LambdaRuntimeAPI.Value.streamingResponseMode,
                "Content-Type": contentType,
            ],
            body: .stream(chunks))
        try await expectAccepted(request, doing: "POST streaming response")
    }

    /// Reports that the invocation failed.
    public func sendError(requestID: String, report: LambdaErrorReport) async throws(LambdaRuntimeError) {
        try await postError(LambdaRuntimeAPI.Path.error(requestID: requestID), report: report, doing: "POST error")
    }

    /// Reports that initialization failed; the process should exit afterwards.
    public func sendInitError(_ report: LambdaErrorReport) async throws(LambdaRuntimeError) {
        try await postError(LambdaRuntimeAPI.Path.initError, report: report, doing: "POST init error")
    }

    /// Stops the client's transfer thread.
    public func shutdown() async {
        await http.shutdown()
    }

    // MARK: - Private

    private func postError(_ path: String, report: LambdaErrorReport, doing action: String)
        async throws(LambdaRuntimeError)
    {
        let request = HTTPRequest(
            method: .post, url: url(path),
            headers: [
                LambdaRuntimeAPI.Header.functionErrorType: report.errorType,
                "Content-Type": "application/json",
            ],
            body: .bytes(report.encoded()))
        try await expectAccepted(request, doing: action)
    }

    private func expectAccepted(_ request: HTTPRequest, doing action: String) async throws(LambdaRuntimeError) {
        let response = try await exchange(request, timeouts: Self.postTimeouts)
        guard (200..<300).contains(response.status) else { throw unexpected(response, doing: action) }
    }

    private func exchange(_ request: HTTPRequest, timeouts: HTTPTimeouts) async throws(LambdaRuntimeError)
        -> HTTPResponse
    {
        do {
            return try await http.execute(request, timeout: timeouts)
        } catch {
            throw LambdaRuntimeError(.transport, "\(request.method.rawValue) \(request.url) failed: \(error)")
        }
    }

    private func unexpected(_ response: HTTPResponse, doing action: String) -> LambdaRuntimeError {
        let detail = String(decoding: response.body.prefix(512), as: UTF8.self)
        return LambdaRuntimeError(
            .unexpectedStatus, "\(action): the Runtime API answered HTTP \(response.status): \(detail)",
            status: response.status)
    }

    private func url(_ path: String) -> String {
        "http://\(endpoint)\(path)"
    }
}
