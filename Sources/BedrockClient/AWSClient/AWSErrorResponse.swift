import Foundation
import GatewayCore

/// An AWS error response (`rest-json` or `awsJson1_1`) taken apart: error code, message, request
/// id, suggested delay, and the `BedrockError` it stands for.
///
/// The code comes from the `x-amzn-ErrorType` header, else the body's `code`, else its `__type`
/// (the order the Smithy protocol specifications give), with a `:<namespace URL>` suffix or a
/// `<namespace>#` prefix removed. The message is the body's `message` or `Message`.
///
/// ```swift
/// let failure = AWSErrorResponse(status: 429, headers: response.headers, body: response.body)
/// throw failure.bedrockError   // kind .throttling, code "ThrottlingException"
/// ```
struct AWSErrorResponse: Sendable {
    var status: Int
    /// The bare error code, e.g. `ThrottlingException`, if the response named one.
    var code: String?
    var message: String
    var requestID: String?
    var retryAfter: Duration?
    var headers: [(name: String, value: String)]

    init(status: Int, headers: HTTPHeaders, body: Data) {
        let fields = headers.map { (name: $0.name, value: $0.value) }
        let object = Self.jsonObject(body)
        self.status = status
        self.headers = fields

        let rawCode =
            Self.nonEmpty(headers["x-amzn-ErrorType"])
            ?? object?["code"]?.stringValue.flatMap(Self.nonEmpty)
            ?? object?["__type"]?.stringValue.flatMap(Self.nonEmpty)
        self.code = rawCode.map(AWSRetryClassifier.normalizedErrorCode).flatMap(Self.nonEmpty)

        let bodyMessage =
            object?["message"]?.stringValue ?? object?["Message"]?.stringValue
            ?? object?["errorMessage"]?.stringValue
        if let bodyMessage {
            self.message = bodyMessage
        } else if let headerMessage = Self.nonEmpty(headers["x-amzn-ErrorMessage"]) {
            self.message = headerMessage
        } else if object == nil, let snippet = Self.snippet(body) {
            // A proxy or load balancer answering with text or HTML instead of AWS JSON.
            self.message = snippet
        } else {
            self.message = "HTTP \(status)"
        }
        self.requestID = Self.nonEmpty(headers["x-amzn-RequestId"]) ?? Self.nonEmpty(headers["x-amz-request-id"])
        self.retryAfter = AWSRetryClassifier.retryAfter(from: fields)
    }

    /// Whether the credentials used have expired (STS session tokens, Lambda role keys).
    var isExpiredToken: Bool {
        code == "ExpiredTokenException" || code == "ExpiredToken"
    }

    /// The error as the ports report it. An unknown code is classified by the status.
    var bedrockError: BedrockError {
        var kind = code.map(BedrockError.kind(forErrorType:)) ?? .unknown
        if kind == .unknown { kind = Self.kind(forStatus: status) }
        return BedrockError(
            kind: kind, code: code, message: message, statusCode: status,
            retryAfterSeconds: retryAfter.map(\.seconds),
            requestID: requestID)
    }

    /// What the retry classifier needs to know about this response.
    func attemptFailure(isIdempotent: Bool) -> AttemptFailure {
        AttemptFailure(statusCode: status, errorCode: code, headers: headers, isIdempotent: isIdempotent)
    }

    /// The kind of an error response that names no (known) error code.
    static func kind(forStatus status: Int) -> BedrockError.Kind {
        switch status {
        case 400: .validation
        case 401: .unauthenticated
        case 403: .accessDenied
        case 404: .resourceNotFound
        case 408: .modelTimeout
        case 409: .conflict
        case 424: .modelError
        case 429: .throttling
        case 503: .serviceUnavailable
        case 500...599: .internalServer
        default: .unknown
        }
    }

    private static func jsonObject(_ body: Data) -> [String: JSONValue]? {
        guard !body.isEmpty, let value = try? JSONDecoder().decode(JSONValue.self, from: body) else { return nil }
        return value.objectValue
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private static func snippet(_ body: Data) -> String? {
        let text = String(decoding: body.prefix(512), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}
