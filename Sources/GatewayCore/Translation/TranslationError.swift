/// A request that cannot be translated for the chosen model, with the parameter at fault.
///
/// The gateway maps it to an OpenAI error envelope with status 400 (`invalid_request_error`),
/// so `param` uses the OpenAI request's field path (`messages[2].content[0].image_url`).
///
/// ```swift
/// throw TranslationError(param: "tool_choice", message: "Unknown tool 'lookup'.")
/// ```
public struct TranslationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The OpenAI request field at fault, if any.
    public var param: String?
    /// A sentence for the client.
    public var message: String
    /// An OpenAI-style error code (`unsupported_content`, `invalid_image`, …), if any.
    public var code: String?

    public init(param: String?, message: String, code: String? = nil) {
        self.param = param
        self.message = message
        self.code = code
    }

    public var description: String {
        if let param { return "\(message) (param: \(param))" }
        return message
    }
}
