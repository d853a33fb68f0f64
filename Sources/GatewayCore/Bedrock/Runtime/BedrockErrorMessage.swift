/// The payload of most Bedrock errors and stream exceptions: `{"message": "…"}`
/// (`InternalServerException`, `ValidationException`, `ThrottlingException`,
/// `ServiceUnavailableException`, `ModelTimeoutException`, …).
///
/// ```swift
/// if case .throttlingException(let error) = event { print(error.message ?? "throttled") }
/// ```
public struct BedrockErrorMessage: Codable, Hashable, Sendable {
    public var message: String?

    public init(message: String? = nil) {
        self.message = message
    }
}
