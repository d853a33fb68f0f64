import Foundation
import GatewayCore

/// The OpenAI-style error responses the Lambda runtime produces itself, for failures that
/// happen around the gateway rather than inside it: an answer too large for the invoking
/// service, the invocation's deadline, an unusable event.
///
/// ```swift
/// let response = RuntimeErrorResponse.responseTooLarge(limit: 1_000_000, isALB: true, requestID: id)
/// response.status   // 502, body {"error":{"type":"api_error","code":"response_too_large",…}}
/// ```
public enum RuntimeErrorResponse {
    /// The answer (a collected stream, or a large completion) does not fit in the invoking
    /// service's response limit. Answered with 502 and `x-should-retry: false`: the OpenAI SDKs
    /// would otherwise retry a 5xx, and a retry produces an equally large answer.
    public static func responseTooLarge(limit: Int, isALB: Bool, requestID: String) -> GatewayResponse {
        let advice =
            isALB
            ? "An Application Load Balancer accepts at most 1 MB from a Lambda function and cannot stream it. "
                + "Lower max_tokens, or use the gateway through a Lambda Function URL with response streaming "
                + "or the container (server) deployment for long streamed answers."
            : "Lower max_tokens, or enable response streaming (Function URL invoke mode RESPONSE_STREAM with "
                + "LAMBDA_RESPONSE_STREAMING=true)."
        return make(
            status: 502,
            error: OpenAIError(
                message: "The response is larger than the \(limit)-byte limit of a Lambda response. " + advice,
                type: .api, code: "response_too_large"),
            requestID: requestID, extraHeaders: [("x-should-retry", "false")])
    }

    /// The invocation's deadline (the function timeout) arrived before the answer was complete.
    public static func deadlineExceeded(requestID: String) -> GatewayResponse {
        make(
            status: 504,
            error: OpenAIError(
                message: "The request did not complete before the Lambda function's timeout. Raise the function "
                    + "timeout, lower max_tokens, or use streaming.",
                type: .timeout, code: "function_timeout"),
            requestID: requestID)
    }

    /// A recognized event that cannot be turned into a request (bad base64 body, bad path).
    public static func badEvent(_ message: String, requestID: String) -> GatewayResponse {
        make(
            status: 400, error: OpenAIError(message: message, type: .invalidRequest, code: "invalid_event"),
            requestID: requestID)
    }

    /// The request body exceeds the configured maximum.
    public static func requestTooLarge(limit: Int, requestID: String) -> GatewayResponse {
        make(
            status: 413,
            error: OpenAIError(
                message: "The request body is larger than the \(limit)-byte limit (MAX_REQUEST_BODY_BYTES).",
                type: .invalidRequest, code: "request_too_large"),
            requestID: requestID)
    }

    /// The handler failed in a way it did not turn into a response itself.
    public static func internalError(_ message: String, requestID: String) -> GatewayResponse {
        make(status: 500, error: .server(message), requestID: requestID)
    }

    /// `data: {"error":…}` followed by a blank line: how a stream that has already started
    /// reports a failure.
    public static func serverSentEvent(_ error: OpenAIError) -> Data {
        Data("data: ".utf8) + body(error) + Data("\n\n".utf8)
    }

    /// The JSON error envelope.
    public static func body(_ error: OpenAIError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a struct of strings cannot fail; fall back to a fixed body rather than trap.
        return (try? encoder.encode(OpenAIErrorResponse(error: error)))
            ?? Data(#"{"error":{"message":"Internal error","type":"server_error","param":null,"code":null}}"#.utf8)
    }

    private static func make(
        status: Int, error: OpenAIError, requestID: String, extraHeaders: [(name: String, value: String)] = []
    ) -> GatewayResponse {
        GatewayResponse(
            status: status,
            headers: [("content-type", "application/json"), ("x-request-id", requestID)] + extraHeaders,
            body: .bytes(body(error)))
    }
}
