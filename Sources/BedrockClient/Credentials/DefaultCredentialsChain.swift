import Foundation

/// The AWS SDKs' default credentials chain: the first of environment variables, web identity
/// (`AWS_WEB_IDENTITY_TOKEN_FILE`), the shared config/credentials files, the container
/// credentials endpoint and EC2 instance metadata that is configured here.
///
///     let chain = DefaultCredentialsChain(transport: http)
///     let resolved = try await chain.resolve()          // credentials + which provider answered
///     let cached = CachingCredentialsProvider(wrapping: chain)
///
/// A provider that is not configured is skipped; when all are skipped the error lists each one
/// and why (``CredentialsError/noCredentials(attempts:)``). A provider that is configured but
/// fails stops the chain (``CredentialsError/providerFailed(provider:error:)``) rather than
/// silently falling through to other credentials.
public struct DefaultCredentialsChain: CredentialsProvider {
    /// The providers in the order they are asked.
    public let providers: [any CredentialsProvider]
    public var providerName: String { "default chain" }

    /// A chain of arbitrary providers.
    public init(providers: [any CredentialsProvider]) {
        self.providers = providers
    }

    /// The standard chain.
    ///
    /// - Parameters:
    ///   - homeDirectory: where `.aws/` lives; `nil` means `HOME` from `environment`.
    ///   - clock: signing time for STS and the default role session names.
    ///   - sleep: waits between retries of credentials requests.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String? = nil,
        transport: any CredentialsHTTPTransport,
        signer: SigV4Signer = SigV4Signer(),
        clock: @escaping @Sendable () -> Date = { Date() },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.providers = [
            EnvironmentCredentialsProvider(environment: environment),
            WebIdentityCredentialsProvider(
                environment: environment, homeDirectory: homeDirectory, transport: transport, clock: clock, sleep: sleep
            ),
            ProfileCredentialsProvider(
                environment: environment, homeDirectory: homeDirectory, transport: transport, signer: signer,
                clock: clock, sleep: sleep
            ),
            ContainerCredentialsProvider(environment: environment, transport: transport, sleep: sleep),
            InstanceMetadataCredentialsProvider(environment: environment, transport: transport, sleep: sleep),
        ]
    }

    /// Credentials from the first configured provider, and that provider's name.
    public func resolve() async throws -> ResolvedCredentials {
        var attempts: [CredentialsChainAttempt] = []
        for provider in providers {
            do {
                let credentials = try await provider.credentials()
                return ResolvedCredentials(credentials: credentials, providerName: provider.providerName)
            } catch let error as CredentialsError {
                guard case .notConfigured(let reason) = error else {
                    throw CredentialsError.providerFailed(provider: provider.providerName, error: error)
                }
                attempts.append(CredentialsChainAttempt(provider: provider.providerName, reason: reason))
            } catch let error as CancellationError {
                throw error
            } catch {
                throw CredentialsError.providerFailed(
                    provider: provider.providerName, error: .transport(source: provider.providerName, detail: "\(error)")
                )
            }
        }
        throw CredentialsError.noCredentials(attempts: attempts)
    }

    public func credentials() async throws -> AWSCredentials {
        try await resolve().credentials
    }
}
