/// Why a request body was rejected, in the terms OpenAI uses for a 400 `invalid_request_error`.
///
/// `param` is the OpenAI-style path of the offending field (`messages[2].content`,
/// `temperature`), or `nil` when the body as a whole is at fault (invalid JSON).
///
/// ```swift
/// do { _ = try OpenAIRequestDecoder.decode(ChatCompletionRequest.self, from: body) }
/// catch { return OpenAIErrorResponse(error: error.openAIError) }   // → HTTP 400
/// ```
public struct RequestDecodingError: Error, Sendable, Hashable {
    /// The offending parameter, e.g. `messages[0].role`; `nil` for the whole body.
    public var param: String?
    /// A sentence a developer can act on, worded like OpenAI's own messages.
    public var message: String
    /// OpenAI's machine-readable code (`invalid_type`, `missing_required_parameter`,
    /// `invalid_value`, `empty_array`, …), or `nil` (OpenAI sends none for unparsable JSON).
    public var code: String?

    public init(param: String?, message: String, code: String? = nil) {
        self.param = param
        self.message = message
        self.code = code
    }

    /// The error body OpenAI sends for this failure (type `invalid_request_error`).
    public var openAIError: OpenAIError {
        .invalidRequest(message, param: param, code: code)
    }
}

extension RequestDecodingError: CustomStringConvertible {
    public var description: String {
        if let param { return "\(param): \(message)" }
        return message
    }
}
