/// One provider a credentials chain asked, and why it had nothing to offer.
///
///     catch CredentialsError.noCredentials(let attempts) {
///         for attempt in attempts { print("\(attempt.provider): \(attempt.reason)") }
///     }
public struct CredentialsChainAttempt: Sendable, Hashable {
    /// The provider's ``CredentialsProvider/providerName``.
    public let provider: String
    /// Why it declined, e.g. `AWS_ACCESS_KEY_ID not set`.
    public let reason: String

    public init(provider: String, reason: String) {
        self.provider = provider
        self.reason = reason
    }
}
