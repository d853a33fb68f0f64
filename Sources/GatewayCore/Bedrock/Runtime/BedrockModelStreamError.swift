/// A model failure reported mid-stream (`ModelStreamErrorException`), with the status and
/// message the model itself returned.
///
/// ```swift
/// if case .modelStreamErrorException(let error) = event {
///     print(error.originalStatusCode ?? 0, error.originalMessage ?? "")
/// }
/// ```
public struct BedrockModelStreamError: Codable, Hashable, Sendable {
    public var message: String?
    public var originalStatusCode: Int?
    public var originalMessage: String?

    public init(message: String? = nil, originalStatusCode: Int? = nil, originalMessage: String? = nil) {
        self.message = message
        self.originalStatusCode = originalStatusCode
        self.originalMessage = originalMessage
    }
}
