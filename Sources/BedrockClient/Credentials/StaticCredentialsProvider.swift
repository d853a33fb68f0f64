/// Always returns the same credentials (keys from configuration, or a test double).
///
///     let provider = StaticCredentialsProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret"))
///     let credentials = try await provider.credentials()
public struct StaticCredentialsProvider: CredentialsProvider {
    public let staticCredentials: AWSCredentials
    public let providerName: String

    public init(_ credentials: AWSCredentials, providerName: String = "static") {
        self.staticCredentials = credentials
        self.providerName = providerName
    }

    public func credentials() async throws -> AWSCredentials { staticCredentials }
}
