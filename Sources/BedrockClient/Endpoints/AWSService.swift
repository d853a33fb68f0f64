/// An AWS service this package talks to, with the names its endpoint and signature need.
///
///     let endpoint = try resolver.endpoint(for: .bedrockRuntime, region: try AWSRegion("us-west-2"))
///     AWSService.bedrockRuntime.signingName   // "bedrock" — not the host prefix
///     AWSService.secretsManager.endpointVariable  // "AWS_ENDPOINT_URL_SECRETS_MANAGER"
public struct AWSService: Sendable, Hashable {
    /// The first label of the regional host name (`bedrock-runtime` in `bedrock-runtime.us-east-1.amazonaws.com`).
    public let endpointPrefix: String
    /// The SigV4 service name (`bedrock` for both Bedrock endpoints).
    public let signingName: String
    /// The variable that overrides this service's endpoint: `AWS_ENDPOINT_URL_` + the service
    /// id uppercased with spaces as underscores ("Bedrock Runtime" → `BEDROCK_RUNTIME`), as the
    /// SDKs' service-specific endpoint setting defines it.
    public let endpointVariable: String

    public init(endpointPrefix: String, signingName: String, endpointVariable: String) {
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName
        self.endpointVariable = endpointVariable
    }

    /// Amazon Bedrock Runtime (Converse, InvokeModel…).
    public static let bedrockRuntime = AWSService(
        endpointPrefix: "bedrock-runtime", signingName: "bedrock", endpointVariable: "AWS_ENDPOINT_URL_BEDROCK_RUNTIME"
    )
    /// Amazon Bedrock control plane (ListFoundationModels, inference profiles…).
    public static let bedrock = AWSService(
        endpointPrefix: "bedrock", signingName: "bedrock", endpointVariable: "AWS_ENDPOINT_URL_BEDROCK"
    )
    /// AWS Secrets Manager.
    public static let secretsManager = AWSService(
        endpointPrefix: "secretsmanager", signingName: "secretsmanager", endpointVariable: "AWS_ENDPOINT_URL_SECRETS_MANAGER"
    )
    /// AWS Systems Manager (Parameter Store).
    public static let ssm = AWSService(endpointPrefix: "ssm", signingName: "ssm", endpointVariable: "AWS_ENDPOINT_URL_SSM")
    /// AWS Security Token Service (AssumeRole, AssumeRoleWithWebIdentity).
    public static let sts = AWSService(endpointPrefix: "sts", signingName: "sts", endpointVariable: "AWS_ENDPOINT_URL_STS")
}
