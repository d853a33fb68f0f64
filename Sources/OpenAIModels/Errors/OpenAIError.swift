/// The body of an OpenAI error: `{"message", "type", "param", "code"}`.
///
/// `param` and `code` are always written, as explicit `null` when absent, as OpenAI does. It is
/// also a Swift `Error`, so a Swift client can throw what the server sent.
///
/// ```swift
/// let error = OpenAIError.invalidRequest("Unknown model.", param: "model", code: "model_not_found")
/// let body = try JSONEncoder().encode(OpenAIErrorResponse(error: error))
/// ```
public struct OpenAIError: Error, Codable, Sendable, Hashable {
    public var message: String
    public var type: OpenAIErrorType
    public var param: String?
    public var code: String?

    public init(message: String, type: OpenAIErrorType, param: String? = nil, code: String? = nil) {
        self.message = message
        self.type = type
        self.param = param
        self.code = code
    }

    enum CodingKeys: String, CodingKey {
        case message, type, param, code
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.message = try container.decode(String.self, forKey: .message)
        self.type = try container.decode(OpenAIErrorType.self, forKey: .type)
        self.param = try container.decodeIfPresent(String.self, forKey: .param)
        // Some OpenAI-compatible servers send a numeric code; keep it as text.
        switch try container.decodeIfPresent(JSONValue.self, forKey: .code) {
        case .string(let code)?: self.code = code
        case .integer(let code)?: self.code = String(code)
        case nil, .null?: self.code = nil
        default:
            throw DecodingError.typeMismatch(
                String.self,
                DecodingError.Context(
                    codingPath: container.codingPath + [CodingKeys.code],
                    debugDescription: "Expected a string or null."))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encode(type, forKey: .type)
        try container.encode(param, forKey: .param)
        try container.encode(code, forKey: .code)
    }

    public static func invalidRequest(
        _ message: String, param: String? = nil, code: String? = nil
    ) -> OpenAIError {
        OpenAIError(message: message, type: .invalidRequest, param: param, code: code)
    }

    public static func authentication(_ message: String, code: String? = nil) -> OpenAIError {
        OpenAIError(message: message, type: .authentication, code: code)
    }

    public static func permission(_ message: String, code: String? = nil) -> OpenAIError {
        OpenAIError(message: message, type: .permission, code: code)
    }

    public static func notFound(
        _ message: String, param: String? = nil, code: String? = nil
    ) -> OpenAIError {
        OpenAIError(message: message, type: .notFound, param: param, code: code)
    }

    public static func rateLimit(_ message: String, code: String? = nil) -> OpenAIError {
        OpenAIError(message: message, type: .rateLimit, code: code)
    }

    public static func server(_ message: String, code: String? = nil) -> OpenAIError {
        OpenAIError(message: message, type: .server, code: code)
    }

    public static func timeout(_ message: String, code: String? = nil) -> OpenAIError {
        OpenAIError(message: message, type: .timeout, code: code)
    }
}
