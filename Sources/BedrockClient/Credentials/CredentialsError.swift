/// Why credentials could not be obtained.
///
///     do { _ = try await chain.credentials() }
///     catch let error as CredentialsError { print(error) }   // lists every provider tried
///
public indirect enum CredentialsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The provider's source is not configured here (variable unset, no such profile, not on
    /// EC2); a chain tries the next provider.
    case notConfigured(String)
    /// No provider of a chain was configured; one entry per provider, in order.
    case noCredentials(attempts: [CredentialsChainAttempt])
    /// A provider of a chain was configured but failed; the chain stopped there.
    case providerFailed(provider: String, error: CredentialsError)
    /// The configuration is present but wrong (e.g. a profile with `role_arn` and neither
    /// `source_profile` nor `credential_source`, or a `source_profile` cycle).
    case invalidConfiguration(String)
    /// `credential_process` could not be run, exited non-zero, timed out, or printed
    /// something that is not the documented JSON.
    case processFailed(String)
    /// A credentials endpoint (STS, container agent, IMDS) answered with an error status.
    case serviceError(source: String, status: Int, code: String?, message: String?)
    /// A credentials endpoint answered 2xx with a body that is not the documented shape.
    case invalidResponse(source: String, detail: String)
    /// The request to a credentials endpoint failed before a response arrived.
    case transport(source: String, detail: String)
    /// A file the configuration points to (token file, profile file) could not be read.
    case unreadableFile(path: String, detail: String)

    public var description: String {
        switch self {
        case .notConfigured(let reason):
            return reason
        case .noCredentials(let attempts):
            let tried = attempts.map { "\($0.provider): \($0.reason)" }.joined(separator: "; ")
            return "no AWS credentials found; tried \(tried)"
        case .providerFailed(let provider, let error):
            return "\(provider): \(error)"
        case .invalidConfiguration(let detail):
            return detail
        case .processFailed(let detail):
            return detail
        case .serviceError(let source, let status, let code, let message):
            var text = "\(source) returned HTTP \(status)"
            if let code { text += " \(code)" }
            if let message, !message.isEmpty { text += ": \(message)" }
            return text
        case .invalidResponse(let source, let detail):
            return "\(source) returned an unexpected response: \(detail)"
        case .transport(let source, let detail):
            return "request to \(source) failed: \(detail)"
        case .unreadableFile(let path, let detail):
            return "cannot read \(path): \(detail)"
        }
    }
}
