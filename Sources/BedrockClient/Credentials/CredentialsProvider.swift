/// Something that supplies AWS credentials: the environment, a profile, STS, a container agent,
/// the EC2 instance metadata service, or a chain or cache of those.
///
///     let provider: any CredentialsProvider = CachingCredentialsProvider(wrapping: DefaultCredentialsChain(transport: http))
///     let credentials = try await provider.credentials()
///     let authorization = RequestAuthorization.sigV4(credentials: credentials, region: "us-east-1", service: "bedrock")
///
/// Providers throw ``CredentialsError``. ``CredentialsError/notConfigured(_:)`` means "this
/// source is not set up here" and lets ``DefaultCredentialsChain`` move on to the next one;
/// any other error means the source is set up but failed, and stops the chain.
public protocol CredentialsProvider: Sendable {
    /// A short name for messages and diagnostics, e.g. `environment` or `profile dev`.
    var providerName: String { get }

    /// Current credentials. Providers of temporary credentials fetch new ones on every call;
    /// wrap them in ``CachingCredentialsProvider`` to reuse them until shortly before expiry.
    func credentials() async throws -> AWSCredentials
}
