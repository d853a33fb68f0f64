/// A retry setting in the environment that cannot be used.
///
///     do { policy = try RetryPolicy.standard(environment: env) }
///     catch .invalidMaxAttempts(let value) { print("AWS_MAX_ATTEMPTS=\(value) is not a positive integer") }
public enum RetryConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `AWS_MAX_ATTEMPTS` is not an integer ≥ 1.
    case invalidMaxAttempts(String)

    public var description: String {
        switch self {
        case .invalidMaxAttempts(let value): return "AWS_MAX_ATTEMPTS=\"\(value)\" must be an integer of at least 1"
        }
    }
}
