import Foundation

/// What the gateway learns about one request while answering it, written as one `request`
/// log record when the answer is complete (for a stream: when it ends or the client leaves).
///
/// Members, in order (absent ones are left out): `request_id`, `method`, `path`, `route`,
/// `model`, `status`, `latency_ms`, `stream`, `outcome` (streams: `completed`, `failed`,
/// `client_closed`), `prompt_tokens`, `completion_tokens`, `total_tokens`, `cached_tokens`,
/// `finish_reason`, `error_type`, `error_code`, `error_param`, `error_message` (5xx only),
/// `bedrock_request_id`, `error_detail` (unexpected errors), and with `DEBUG` only, `prompt` (chat messages or embeddings input).
/// Never an API key or header.
///
/// ```swift
/// var log = GatewayRequestLog(requestID: request.requestID, method: "POST", path: request.path, started: now())
/// log.model = "us.amazon.nova-pro-v1:0"
/// logger.log(log.record(status: 200, finished: now()))
/// ```
struct GatewayRequestLog: Sendable {
    var requestID: String
    var method: String
    var path: String
    var route: String?
    var started: Date
    var model: String?
    var stream = false
    var outcome: String?
    var usage: CompletionUsage?
    var finishReason: FinishReason?
    var error: OpenAIError?
    var bedrockRequestID: String?
    /// A description of an unexpected error, for the operator (never sent to the client).
    var detail: String?
    /// Set only when `DEBUG` is on.
    var prompt: JSONValue?

    init(requestID: String, method: String, path: String, started: Date) {
        self.requestID = requestID
        self.method = method
        self.path = path
        self.started = started
    }

    /// The `request` record for the finished request.
    func record(status: Int, finished: Date) -> GatewayLogRecord {
        var fields: [(name: String, value: JSONValue)] = [
            ("request_id", .string(requestID)), ("method", .string(method)), ("path", .string(path)),
        ]
        if let route { fields.append(("route", .string(route))) }
        if let model { fields.append(("model", .string(model))) }
        fields.append(("status", .integer(status)))
        let elapsed = finished.timeIntervalSince(started) * 1000
        fields.append(("latency_ms", .integer(elapsed.isFinite ? max(Int(elapsed.rounded()), 0) : 0)))
        fields.append(("stream", .bool(stream)))
        if let outcome { fields.append(("outcome", .string(outcome))) }
        if let usage {
            fields.append(("prompt_tokens", .integer(usage.promptTokens)))
            fields.append(("completion_tokens", .integer(usage.completionTokens)))
            fields.append(("total_tokens", .integer(usage.totalTokens)))
            if let cached = usage.promptTokensDetails?.cachedTokens {
                fields.append(("cached_tokens", .integer(cached)))
            }
        }
        if let finishReason { fields.append(("finish_reason", .string(finishReason.rawValue))) }
        if let error {
            fields.append(("error_type", .string(error.type.rawValue)))
            if let code = error.code { fields.append(("error_code", .string(code))) }
            if let param = error.param { fields.append(("error_param", .string(param))) }
            // Client errors are the client's to read; server-side ones are worth a message here.
            if status >= 500 { fields.append(("error_message", .string(error.message))) }
        }
        if let bedrockRequestID { fields.append(("bedrock_request_id", .string(bedrockRequestID))) }
        if let detail { fields.append(("error_detail", .string(detail))) }
        if let prompt { fields.append(("prompt", prompt)) }
        return GatewayLogRecord(time: finished, level: status >= 500 ? .error : .info, event: "request", fields: fields)
    }
}
