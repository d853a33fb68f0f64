/// The fields of one invocation's log line, filled in as the invocation proceeds.
///
/// ```swift
/// var log = InvocationLog(invocation: invocation)
/// log.status = 200
/// logger.log(.info, "lambda_invocation", log.fields(duration: elapsed))
/// ```
import GatewayCore

struct InvocationLog {
    var requestID: String
    var traceID: String?
    var eventType: String?
    var mode: String?
    var method: String?
    var path: String?
    var status: Int?
    var responseBytes: Int?
    var chunks: Int?
    var outcome = "ok"
    var error: String?

    init(invocation: LambdaInvocation) {
        requestID = invocation.requestID
        traceID = invocation.traceID
    }

    func fields(duration: Duration) -> [(name: String, value: JSONValue)] {
        var fields: [(name: String, value: JSONValue)] = [("request_id", .string(requestID))]
        if let traceID { fields.append(("trace_id", .string(traceID))) }
        if let eventType { fields.append(("event_type", .string(eventType))) }
        if let mode { fields.append(("mode", .string(mode))) }
        if let method { fields.append(("method", .string(method))) }
        if let path { fields.append(("path", .string(path))) }
        if let status { fields.append(("status", .integer(status))) }
        if let responseBytes { fields.append(("response_bytes", .integer(responseBytes))) }
        if let chunks { fields.append(("chunks", .integer(chunks))) }
        fields.append(("outcome", .string(outcome)))
        if let error { fields.append(("error", .string(error))) }
        fields.append(("duration_ms", .number(LambdaRuntime.milliseconds(duration))))
        return fields
    }
}
