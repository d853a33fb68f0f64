/// The fields of one invocation's log line, filled in as the invocation proceeds.
///
/// ```swift
/// var log = InvocationLog(invocation: invocation)
/// log.status = 200
/// logger.info("invocation", log.fields(duration: elapsed))
/// ```
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

    func fields(duration: Duration) -> [String: LambdaLogger.Value] {
        var fields: [String: LambdaLogger.Value] = [
            "requestId": .string(requestID),
            "outcome": .string(outcome),
            "durationMs": .number(LambdaRuntime.milliseconds(duration)),
        ]
        if let traceID { fields["traceId"] = .string(traceID) }
        if let eventType { fields["eventType"] = .string(eventType) }
        if let mode { fields["mode"] = .string(mode) }
        if let method { fields["method"] = .string(method) }
        if let path { fields["path"] = .string(path) }
        if let status { fields["status"] = .integer(status) }
        if let responseBytes { fields["responseBytes"] = .integer(responseBytes) }
        if let chunks { fields["chunks"] = .integer(chunks) }
        if let error { fields["error"] = .string(error) }
        return fields
    }
}
