/// Credentials together with the name of the provider of a chain that supplied them.
///
///     let resolved = try await DefaultCredentialsChain(transport: http).resolve()
///     print("credentials from \(resolved.providerName), key \(resolved.credentials.accessKeyId)")
public struct ResolvedCredentials: Sendable, Equatable {
    public let credentials: AWSCredentials
    /// The answering provider's ``CredentialsProvider/providerName``, e.g. `profile dev`.
    public let providerName: String

    public init(credentials: AWSCredentials, providerName: String) {
        self.credentials = credentials
        self.providerName = providerName
    }
}
