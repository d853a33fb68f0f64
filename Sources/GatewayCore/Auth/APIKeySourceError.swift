/// Why API keys could not be read from their source: a malformed secret value. Failures of
/// the secret store itself arrive as the store's own errors (`BedrockError`).
///
/// ```swift
/// throw APIKeySourceError("The API key secret is empty.")
/// ```
public struct APIKeySourceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, never quoting the secret value.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
