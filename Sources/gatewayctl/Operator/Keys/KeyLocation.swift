/// Where the gateway's API key is stored: a Secrets Manager secret or an SSM parameter (the
/// gateway's `API_KEY_SECRET_ARN` / `API_KEY_PARAM_NAME`).
///
/// ```swift
/// let location = KeyLocation.secret("arn:aws:secretsmanager:us-east-1:123456789012:secret:gw-key")
/// print(location)   // "secret arn:aws:secretsmanager:…"
/// ```
enum KeyLocation: Sendable, Hashable, CustomStringConvertible {
    case secret(String)
    case parameter(String)

    var failureTarget: FailureTarget {
        switch self {
        case .secret(let id): .secret(id)
        case .parameter(let name): .parameter(name)
        }
    }

    var description: String { failureTarget.resourceName }
}
