/// What an AWS call was about, so a failure can be told in the operator's terms ("access denied
/// to model X" rather than "AccessDeniedException").
///
/// ```swift
/// throw FailureExplainer.explain(error, target: .model("us.amazon.nova-pro-v1:0"), region: "us-east-1")
/// ```
enum FailureTarget: Sendable, Hashable {
    /// A Bedrock Runtime call on a model, profile or ARN.
    case model(String)
    /// The Bedrock model listings (ListFoundationModels, ListInferenceProfiles).
    case catalog
    /// A Secrets Manager secret (name or ARN).
    case secret(String)
    /// An SSM parameter.
    case parameter(String)

    /// The service, as an operator names it.
    var serviceName: String {
        switch self {
        case .model: "Bedrock Runtime"
        case .catalog: "Bedrock"
        case .secret: "Secrets Manager"
        case .parameter: "SSM Parameter Store"
        }
    }

    /// The resource, as an operator names it.
    var resourceName: String {
        switch self {
        case .model(let id): "model \(id)"
        case .catalog: "the Bedrock model list"
        case .secret(let id): "secret \(id)"
        case .parameter(let name): "parameter \(name)"
        }
    }

    /// The variable that overrides the service's endpoint (`AWS_ENDPOINT_URL_…`).
    var endpointVariable: String {
        switch self {
        case .model: "AWS_ENDPOINT_URL_BEDROCK_RUNTIME"
        case .catalog: "AWS_ENDPOINT_URL_BEDROCK"
        case .secret: "AWS_ENDPOINT_URL_SECRETS_MANAGER"
        case .parameter: "AWS_ENDPOINT_URL_SSM"
        }
    }

    /// The IAM actions a caller needs for what the CLI does with the resource.
    var permissions: String {
        switch self {
        case .model: "bedrock:InvokeModel and bedrock:InvokeModelWithResponseStream"
        case .catalog: "bedrock:ListFoundationModels and bedrock:ListInferenceProfiles"
        case .secret: "secretsmanager:GetSecretValue and secretsmanager:PutSecretValue (and kms:Decrypt/kms:GenerateDataKey on its key)"
        case .parameter: "ssm:GetParameter and ssm:PutParameter (and kms:Decrypt/kms:Encrypt on its key)"
        }
    }
}
