/// The envelope every OpenAI error response has: `{"error": {…}}`.
///
/// ```swift
/// let body = OpenAIErrorResponse(error: .authentication("Incorrect API key provided."))
/// let data = try JSONEncoder().encode(body)   // {"error":{"message":…,"param":null,"code":null,…}}
/// ```
public struct OpenAIErrorResponse: Codable, Sendable, Hashable {
    public var error: OpenAIError

    public init(error: OpenAIError) {
        self.error = error
    }
}
