/// Where the gateway's API keys come from (`API_KEY`, `API_KEY_SECRET_ARN` or
/// `API_KEY_PARAM_NAME`).
///
/// Keys given directly never appear in `description` or `dump`.
///
/// ```swift
/// let source = APIKeySource.secretsManager(secretID: "arn:aws:secretsmanager:us-east-1:123456789012:secret:gw-key")
/// let provider = APIKeyProvider(source: source, secrets: secretsClient, now: { Date() })
/// ```
public enum APIKeySource: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    /// Fixed keys (`API_KEY`, comma-separated for several).
    case keys([String])
    /// A Secrets Manager secret (ARN or name), re-read every `API_KEY_CACHE_TTL`.
    case secretsManager(secretID: String)
    /// An SSM parameter (SecureString), re-read every `API_KEY_CACHE_TTL`.
    case ssmParameter(name: String)

    public var description: String {
        switch self {
        case .keys(let keys): "keys(\(keys.count))"
        case .secretsManager(let id): "secretsManager(\(id))"
        case .ssmParameter(let name): "ssmParameter(\(name))"
        }
    }

    public var customMirror: Mirror { Mirror(reflecting: description) }
}
