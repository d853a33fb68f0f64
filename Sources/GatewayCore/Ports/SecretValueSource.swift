/// Reads secret values the gateway is configured with (its API keys): a Secrets Manager secret
/// or an SSM SecureString parameter.
///
/// ```swift
/// let text = try await secrets.secretString(secretID: "arn:aws:secretsmanager:…:secret:gw-key")
/// let value = try await secrets.parameterValue(name: "/gateway/api-key")
/// ```
public protocol SecretValueSource: Sendable {
    /// Secrets Manager `GetSecretValue` (`AWSCURRENT`), the `SecretString`.
    func secretString(secretID: String) async throws -> String
    /// SSM `GetParameter` with decryption, the value.
    func parameterValue(name: String) async throws -> String
}
