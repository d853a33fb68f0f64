import Foundation

/// Temporary credentials for an IAM role, obtained with STS `AssumeRole` signed by the
/// credentials of another provider (a profile's `role_arn` + `source_profile`/`credential_source`).
///
///     let provider = AssumeRoleCredentialsProvider(
///         source: EnvironmentCredentialsProvider(), roleArn: "arn:aws:iam::123456789012:role/gateway",
///         region: try AWSRegion("us-east-1"), transport: http)
///     let credentials = try await provider.credentials()
public struct AssumeRoleCredentialsProvider: CredentialsProvider {
    public let source: any CredentialsProvider
    public let roleArn: String
    /// `RoleSessionName`; `nil` generates `bedrock-gateway-<milliseconds>`.
    public let sessionName: String?
    public let externalId: String?
    public let durationSeconds: Int?
    /// The region whose STS endpoint is called (and signed for).
    public let region: AWSRegion
    /// The STS endpoint rules; `nil` reads them from ``environment`` (`AWS_ENDPOINT_URL_STS`, …).
    public let endpointResolver: AWSEndpointResolver?
    /// Where the STS endpoint settings are read when ``endpointResolver`` is `nil`.
    public let environment: [String: String]
    public let providerName: String
    let transport: any CredentialsHTTPTransport
    let signer: SigV4Signer
    let clock: @Sendable () -> Date
    let sleep: @Sendable (Duration) async throws -> Void

    public init(
        source: any CredentialsProvider,
        roleArn: String,
        sessionName: String? = nil,
        externalId: String? = nil,
        durationSeconds: Int? = nil,
        region: AWSRegion,
        endpointResolver: AWSEndpointResolver? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any CredentialsHTTPTransport,
        signer: SigV4Signer = SigV4Signer(),
        clock: @escaping @Sendable () -> Date = { Date() },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        providerName: String? = nil
    ) {
        self.source = source
        self.roleArn = roleArn
        self.sessionName = sessionName
        self.externalId = externalId
        self.durationSeconds = durationSeconds
        self.region = region
        self.endpointResolver = endpointResolver
        self.environment = environment
        self.transport = transport
        self.signer = signer
        self.clock = clock
        self.sleep = sleep
        self.providerName = providerName ?? "assume role \(roleArn)"
    }

    public func credentials() async throws -> AWSCredentials {
        let sourceCredentials = try await source.credentials()
        let endpoint = try STSClient.endpoint(region: region, resolver: endpointResolver, environment: environment)
        let sts = STSClient(transport: transport, endpoint: endpoint, signer: signer, clock: clock, sleep: sleep)
        return try await sts.assumeRole(
            with: sourceCredentials, roleArn: roleArn, sessionName: sessionName ?? STSClient.defaultSessionName(at: clock()),
            externalId: externalId, durationSeconds: durationSeconds
        )
    }
}
