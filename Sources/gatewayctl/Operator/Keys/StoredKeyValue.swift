import BedrockClient

/// The API key secret as read from its store: the value and what identifies this version.
/// Its description never shows the value.
///
/// ```swift
/// let stored = try await store.read()
/// let document = try KeySecretDocument(parsing: stored.value)
/// ```
struct StoredKeyValue: Sendable, CustomStringConvertible {
    var value: String
    /// The Secrets Manager version id, or the SSM parameter version.
    var version: String?
    /// For SSM: the parameter's type, kept when it is overwritten.
    var parameterType: SSMParameterType?

    var description: String { "StoredKeyValue(version: \(version ?? "?"), value: <redacted>)" }
}
