/// The live AWS adapters of the gateway, all sharing one ``AWSClient``.
///
/// ```swift
/// let services = try BedrockClientFactory.live()
/// let gatewayRuntime: any BedrockRuntime = services.runtime
/// let secrets: any SecretValueSource = services.secretValues
/// ```
public struct LiveAWSServices: Sendable {
    public let client: AWSClient
    public let runtime: LiveBedrockRuntime
    public let catalog: LiveBedrockCatalog
    public let secretsManager: SecretsManagerClient
    public let ssm: SSMClient
    public let secretValues: LiveSecretValueSource

    public init(client: AWSClient) {
        self.client = client
        self.runtime = LiveBedrockRuntime(client: client)
        self.catalog = LiveBedrockCatalog(client: client)
        self.secretsManager = SecretsManagerClient(client: client)
        self.ssm = SSMClient(client: client)
        self.secretValues = LiveSecretValueSource(client: client)
    }
}
