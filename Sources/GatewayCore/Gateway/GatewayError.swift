import Foundation

/// Every failure the gateway answers, as the HTTP status, OpenAI error body and extra headers
/// it is sent with — the one place where errors get their status.
///
/// | Failure | Status | `type` | `code` |
/// |---|---|---|---|
/// | Body not valid JSON / not a valid request | 400 | `invalid_request_error` | decoder's (`param` named) |
/// | Request cannot be translated for the model | 400 | `invalid_request_error` | translation's (`param` named) |
/// | `image_url` could not be fetched or is refused | 400 | `invalid_request_error` | `image_fetch_failed`, `image_url_blocked`, … (`param` named) |
/// | `model` missing or empty | 400 | `invalid_request_error` | `missing_required_parameter` |
/// | No or wrong API key | 401 (+ `WWW-Authenticate: Bearer`) | `invalid_request_error` | `invalid_api_key` |
/// | API keys could not be read yet | 503 | `server_error` | `auth_unavailable` |
/// | Unknown route | 404 | `invalid_request_error` | — |
/// | Known route, other method | 405 (+ `Allow`) | `invalid_request_error` | `method_not_allowed` |
/// | Bedrock `ResourceNotFoundException`; `ValidationException` saying the model id is invalid or not found | 404 | `invalid_request_error` | `model_not_found` |
/// | `ValidationException`: on-demand throughput isn't supported | 400 | `invalid_request_error` | `model_requires_inference_profile` (message names a profile id to use) |
/// | Other `ValidationException` | 400 | `invalid_request_error` | `validation_error` |
/// | `AccessDeniedException` | 403 | `permission_error` | `model_access_denied` (message: enable model access in the Bedrock console) |
/// | `ThrottlingException` | 429 (+ `Retry-After`) | `rate_limit_error` | `rate_limit_exceeded` |
/// | `ServiceQuotaExceededException` | 429 (+ `Retry-After`) | `rate_limit_error` | `quota_exceeded` |
/// | `ModelNotReadyException` | 503 (+ `Retry-After`) | `server_error` | `model_not_ready` |
/// | `ServiceUnavailableException` | 503 (+ `Retry-After`) | `server_error` | `service_unavailable` |
/// | `ModelTimeoutException`, gateway's own Bedrock timeout | 504 | `timeout` | `model_timeout`, `upstream_timeout` |
/// | The gateway's AWS credentials rejected | 502 | `api_error` | `upstream_authentication_failed` |
/// | `ModelErrorException`, 5xx, network, unreadable answer, anything else | 502 | `api_error` | `model_error`, `upstream_error`, `upstream_unreachable`, `invalid_upstream_response` |
///
/// `Retry-After` is Bedrock's own hint rounded up to whole seconds, or
/// ``defaultRetryAfterSeconds``. Messages are Bedrock's or the gateway's sentences, never a
/// stack trace or an internal type name.
///
/// ```swift
/// let failure = GatewayError.bedrock(error, modelID: "us.amazon.nova-pro-v1:0", region: "us-east-1")
/// failure.status         // 429
/// failure.headers        // [("retry-after", "5")]
/// ```
public struct GatewayError: Error, Sendable, CustomStringConvertible {
    public var status: Int
    public var error: OpenAIError
    /// Headers that belong to this failure (`retry-after`, `allow`, `www-authenticate`).
    public var headers: [(name: String, value: String)]
    /// Bedrock's request id, for the log line.
    public var bedrockRequestID: String?

    /// The `Retry-After` sent for throttling and unavailability when Bedrock gave no hint.
    public static let defaultRetryAfterSeconds = 5

    public init(
        status: Int, error: OpenAIError, headers: [(name: String, value: String)] = [], bedrockRequestID: String? = nil
    ) {
        self.status = status
        self.error = error
        self.headers = headers
        self.bedrockRequestID = bedrockRequestID
    }

    public var description: String { "\(status) \(error.type.rawValue)/\(error.code ?? "-"): \(error.message)" }

    // MARK: - Client errors

    public static func invalidBody(_ error: RequestDecodingError) -> GatewayError {
        GatewayError(status: 400, error: error.openAIError)
    }

    public static func translation(_ error: TranslationError) -> GatewayError {
        GatewayError(status: 400, error: .invalidRequest(error.message, param: error.param, code: error.code))
    }

    public static func remoteMedia(_ error: RemoteMediaError) -> GatewayError {
        GatewayError(status: 400, error: .invalidRequest(error.description, param: error.param, code: error.reason.rawValue))
    }

    static let missingModel = GatewayError(
        status: 400,
        error: .invalidRequest(
            "You must provide a model parameter (a Bedrock model id, inference profile id or ARN; see GET /v1/models).",
            param: "model", code: "missing_required_parameter"))

    static func modelNotFound(_ id: String, detail: String? = nil) -> GatewayError {
        var message = "The model '\(id)' does not exist or you do not have access to it."
        if let detail, !detail.isEmpty { message += " Bedrock says: \(detail)" }
        return GatewayError(status: 404, error: .invalidRequest(message, param: "model", code: "model_not_found"))
    }

    static func routeNotFound(method: String, path: String) -> GatewayError {
        GatewayError(status: 404, error: .invalidRequest("Invalid URL (\(method) \(path))"))
    }

    static func methodNotAllowed(method: String, path: String, allowed: [String]) -> GatewayError {
        GatewayError(
            status: 405,
            error: .invalidRequest(
                "Method \(method) is not allowed for \(path); use \(allowed.joined(separator: " or ")).",
                code: "method_not_allowed"),
            headers: [("allow", allowed.joined(separator: ", "))])
    }

    static let missingAPIKey = GatewayError(
        status: 401,
        error: .invalidRequest(
            "You didn't provide an API key. Send it in an Authorization header using Bearer auth "
                + "(Authorization: Bearer YOUR_KEY) or in an x-api-key header.",
            code: "invalid_api_key"),
        headers: [("www-authenticate", "Bearer")])

    static let invalidAPIKey = GatewayError(
        status: 401, error: .invalidRequest("Incorrect API key provided.", code: "invalid_api_key"),
        headers: [("www-authenticate", "Bearer")])

    static let authUnavailable = GatewayError(
        status: 503,
        error: .server("The gateway could not load its API keys; retry later.", code: "auth_unavailable"),
        headers: [("retry-after", String(defaultRetryAfterSeconds))])

    static func internalError(_ message: String) -> GatewayError {
        GatewayError(status: 500, error: .server(message, code: "internal_error"))
    }

    // MARK: - Upstream errors

    /// A failed embeddings answer: Bedrock answered, but not in a shape that can be used.
    public static func embeddingsResponse(_ error: EmbeddingsResponseError) -> GatewayError {
        GatewayError(status: 502, error: OpenAIError(message: error.message, type: .api, code: "invalid_upstream_response"))
    }

    /// A stream that failed on its first event, answered before any byte was sent.
    public static func stream(_ error: StreamTranslationError) -> GatewayError {
        var headers: [(name: String, value: String)] = []
        if error.status == 429 || error.status == 503 {
            headers.append(("retry-after", String(defaultRetryAfterSeconds)))
        }
        // Bedrock's in-stream model error status (424) means nothing to OpenAI clients.
        let status = error.status == 424 ? 502 : error.status
        return GatewayError(status: status, error: error.error, headers: headers)
    }

    /// A Bedrock (or secret store) failure for a call about `modelID` in `region`.
    public static func bedrock(_ error: BedrockError, modelID: String?, region: String?) -> GatewayError {
        let message = error.message.isEmpty ? (error.code ?? "Bedrock returned an error.") : error.message
        func make(_ status: Int, _ type: OpenAIErrorType, _ code: String, _ text: String, param: String? = nil, retry: Bool = false) -> GatewayError {
            var headers: [(name: String, value: String)] = []
            if retry { headers.append(("retry-after", String(retryAfter(error.retryAfterSeconds)))) }
            return GatewayError(
                status: status, error: OpenAIError(message: text, type: type, param: param, code: code), headers: headers,
                bedrockRequestID: error.requestID)
        }
        switch error.kind {
        case .validation:
            if isOnDemandUnsupported(message) {
                let suggestion = modelID.map { suggestedProfileID(for: $0, region: region) }
                var text = "Bedrock says: \(message)"
                if let suggestion { text += " Use an inference profile id such as '\(suggestion)' as the model (GET /v1/models lists the profiles available)." }
                return make(400, .invalidRequest, "model_requires_inference_profile", text, param: "model")
            }
            if isUnknownModel(message), let modelID {
                var failure = modelNotFound(modelID, detail: message)
                failure.bedrockRequestID = error.requestID
                return failure
            }
            return make(400, .invalidRequest, "validation_error", message)
        case .resourceNotFound:
            if let modelID {
                var failure = modelNotFound(modelID, detail: message)
                failure.bedrockRequestID = error.requestID
                return failure
            }
            return make(404, .notFound, "not_found", message)
        case .accessDenied:
            guard let modelID else {
                return make(
                    403, .permission, "access_denied",
                    "Bedrock denied access: \(message) Check that the gateway's IAM role may list models "
                        + "(bedrock:ListFoundationModels, bedrock:ListInferenceProfiles).")
            }
            var text = "Bedrock denied access to '\(modelID)': \(message) Enable access to the model in the Amazon Bedrock "
                + "console (Model access)"
            if let region { text += " in \(region)" }
            text += ", and check that the gateway's IAM role may invoke it."
            return make(403, .permission, "model_access_denied", text)
        case .unauthenticated:
            // The detail names the gateway's credential providers and files: operator
            // information, not the client's. `gatewayctl doctor` shows it.
            return make(
                502, .api, "upstream_authentication_failed",
                "The gateway could not authenticate to AWS (its credentials are missing, expired or "
                    + "rejected). The operator can run `gatewayctl doctor` to see why.")
        case .throttling:
            return make(429, .rateLimit, "rate_limit_exceeded", message, retry: true)
        case .serviceQuotaExceeded:
            return make(429, .rateLimit, "quota_exceeded", message, retry: true)
        case .modelNotReady:
            return make(503, .server, "model_not_ready", message, retry: true)
        case .serviceUnavailable:
            return make(503, .server, "service_unavailable", message, retry: true)
        case .modelTimeout:
            return make(504, .timeout, "model_timeout", message)
        case .timeout:
            return make(504, .timeout, "upstream_timeout", "Bedrock did not answer in time: \(message)")
        case .modelError:
            return make(502, .api, "model_error", message)
        case .network:
            return make(502, .api, "upstream_unreachable", "Bedrock could not be reached: \(message)")
        case .malformedResponse:
            return make(502, .api, "invalid_upstream_response", "Bedrock's answer could not be read: \(message)")
        case .internalServer, .conflict, .unknown:
            return make(502, .api, "upstream_error", message)
        }
    }

    /// Seconds for `Retry-After`: Bedrock's hint rounded up (at least 1), else the default.
    static func retryAfter(_ hint: Double?) -> Int {
        guard let hint, hint.isFinite, hint > 0 else { return defaultRetryAfterSeconds }
        return Int(min(hint.rounded(.up), 86_400))
    }

    /// "Invocation of model ID … with on-demand throughput isn’t supported. Retry your request
    /// with the ID or ARN of an inference profile that contains this model." (apostrophe
    /// straight or typographic).
    static func isOnDemandUnsupported(_ message: String) -> Bool {
        let text = message.lowercased().replacingOccurrences(of: "’", with: "'")
        return text.contains("on-demand throughput isn't supported") || text.contains("on-demand throughput is not supported")
    }

    /// "The provided model identifier is invalid.", "Could not resolve the foundation model
    /// from the provided model identifier.", "Model not found".
    static func isUnknownModel(_ message: String) -> Bool {
        let text = message.lowercased()
        return text.contains("model identifier is invalid") || text.contains("model id is invalid")
            || text.contains("could not resolve the foundation model") || text.contains("model not found")
            || text.contains("model does not exist")
    }

    /// The system inference profile for a model id in a region's geography: `us.` for
    /// `us-*`/`ca-*`, `eu.` for `eu-*`, `apac.` for `ap-*`, `us-gov.` for GovCloud.
    static func suggestedProfileID(for modelID: String, region: String?) -> String {
        let geography: String
        switch region {
        case let region? where region.hasPrefix("us-gov-"): geography = "us-gov"
        case let region? where region.hasPrefix("eu-"): geography = "eu"
        case let region? where region.hasPrefix("ap-"): geography = "apac"
        default: geography = "us"
        }
        return "\(geography).\(modelID)"
    }
}
