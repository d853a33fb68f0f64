import BedrockClient
import Foundation
import GatewayCore
import LambdaRuntime

/// A test-only handler that lets the runtime's end-to-end tests produce answers the gateway
/// cannot be made to produce on demand: echoes of the request, gated streams, oversized and
/// binary bodies, a handler that outlives the deadline, a stream that fails.
///
/// Selected with `LAMBDA_ENTRY_TEST_HANDLER=probe`; `PROBE_INIT_ERROR=<message>` makes
/// initialization fail with `Runtime.ConfigInvalid`.
///
/// ```swift
/// let handler = try ProbeHandler(environment: ["LAMBDA_ENTRY_TEST_HANDLER": "probe"])
/// let response = await handler.handle(GatewayRequest(method: "GET", path: "/probe/echo"))
/// ```
struct ProbeHandler: GatewayHandling {
    init(environment: [String: String]) throws {
        if let message = environment["PROBE_INIT_ERROR"], !message.isEmpty {
            throw LambdaInitError(type: LambdaErrorReport.configInvalidType, message: message)
        }
    }

    func handle(_ request: GatewayRequest) async -> GatewayResponse {
        let query = Dictionary(request.query.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        switch request.path {
        case "/probe/stream":
            return stream(count: Int(query["chunks"] ?? "") ?? 3, gate: query["gate"], requestID: request.requestID)
        case "/probe/big":
            return big(bytes: Int(query["bytes"] ?? "") ?? 0, streamed: query["stream"] == "true")
        case "/probe/binary":
            return GatewayResponse(
                status: 200, headers: [("content-type", "image/png")], body: .bytes(Data((0...255).map { UInt8($0) })))
        case "/probe/slow":
            try? await Task.sleep(for: .seconds(Int(query["seconds"] ?? "") ?? 60))
            return json(["slept": .bool(true)])
        case "/probe/fail-stream":
            let chunks = BedrockEventStream<Data>(
                [Data("data: {\"n\":1}\n\n".utf8)], failingWith: ProbeFailure(description: "probe stream failure"))
            let type = query["type"] ?? "text/event-stream"
            return GatewayResponse(status: 200, headers: [("content-type", type)], body: .stream(chunks))
        default:
            return echo(request)
        }
    }

    private func echo(_ request: GatewayRequest) -> GatewayResponse {
        var object: [String: JSONValue] = [
            "method": .string(request.method),
            "path": .string(request.path),
            "query": .array(request.query.map { .array([.string($0.name), .string($0.value)]) }),
            "headers": .array(request.headers.map { .array([.string($0.name), .string($0.value)]) }),
            "bodyBase64": .string(request.body.base64EncodedString()),
            "requestID": .string(request.requestID),
            "traceEnvironment": .string(ProcessInfo.processInfo.environment["_X_AMZN_TRACE_ID"] ?? ""),
        ]
        if let deadline = request.deadline {
            let remaining = ContinuousClock.now.duration(to: deadline)
            object["deadlineRemainingMs"] = .integer(Int(remaining.components.seconds * 1000))
        }
        var response = json(object)
        response.headers.append(("set-cookie", "a=1"))
        response.headers.append(("set-cookie", "b=2"))
        response.headers.append(("x-multi", "one"))
        response.headers.append(("x-multi", "two"))
        return response
    }

    /// `count` SSE events; before the last one, waits for `gate` (a loopback URL the test
    /// answers once it has seen the first events arrive).
    private func stream(count: Int, gate: String?, requestID: String) -> GatewayResponse {
        let (chunks, continuation) = AsyncThrowingStream.makeStream(of: Data.self)
        let producer = Task {
            for index in 0..<max(count, 1) {
                if index == count - 1, let gate {
                    _ = try? await HTTPClient.shared.execute(HTTPRequest(url: gate))
                }
                continuation.yield(Data("data: {\"index\":\(index),\"id\":\"\(requestID)\"}\n\n".utf8))
            }
            continuation.yield(Data("data: [DONE]\n\n".utf8))
            continuation.finish()
        }
        continuation.onTermination = { _ in producer.cancel() }
        return GatewayResponse(
            status: 200, headers: [("content-type", "text/event-stream"), ("cache-control", "no-cache")],
            body: .stream(BedrockEventStream(chunks)))
    }

    /// A body of `bytes` bytes, as one piece or as 16 KiB SSE chunks.
    private func big(bytes: Int, streamed: Bool) -> GatewayResponse {
        guard streamed else {
            return GatewayResponse(
                status: 200, headers: [("content-type", "text/plain")], body: .bytes(Data(repeating: 0x78, count: bytes)))
        }
        var pieces: [Data] = []
        var left = bytes
        while left > 0 {
            let size = min(left, 16 << 10)
            pieces.append(Data("data: ".utf8) + Data(repeating: 0x78, count: max(0, size - 8)) + Data("\n\n".utf8))
            left -= size
        }
        return GatewayResponse(
            status: 200, headers: [("content-type", "text/event-stream")], body: .stream(BedrockEventStream(pieces)))
    }

    private func json(_ object: [String: JSONValue]) -> GatewayResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(JSONValue.object(object))) ?? Data("{}".utf8)
        return GatewayResponse(status: 200, headers: [("content-type", "application/json")], body: .bytes(body))
    }
}
