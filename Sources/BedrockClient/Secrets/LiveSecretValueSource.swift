import Foundation
import GatewayCore

/// `SecretValueSource` backed by Secrets Manager and SSM Parameter Store.
///
/// ```swift
/// let secrets = LiveSecretValueSource(client: client)
/// let apiKey = try await secrets.secretString(secretID: "gateway/api-key")
/// let other = try await secrets.parameterValue(name: "/gateway/api-key")
/// ```
public struct LiveSecretValueSource: SecretValueSource {
    public let secretsManager: SecretsManagerClient
    public let ssm: SSMClient

    public init(client: AWSClient) {
        self.secretsManager = SecretsManagerClient(client: client)
        self.ssm = SSMClient(client: client)
    }

    /// The `SecretString` of the secret's `AWSCURRENT` version. A secret stored only as binary
    /// is returned when its bytes are UTF-8.
    public func secretString(secretID: String) async throws -> String {
        // The stage is named although it is the service's default: the port promises AWSCURRENT.
        let secret = try await secretsManager.getSecretValue(
            GetSecretValueRequest(secretID: secretID, versionStage: "AWSCURRENT"))
        if let text = secret.secretString { return text }
        if let binary = secret.secretBinary, let text = String(data: binary, encoding: .utf8) { return text }
        throw BedrockError(
            kind: .validation, message: "GetSecretValue: the secret '\(secretID)' has no text value")
    }

    /// The (decrypted) value of the parameter.
    public func parameterValue(name: String) async throws -> String {
        let answer = try await ssm.getParameter(GetParameterRequest(name: name, withDecryption: true))
        guard let value = answer.parameter?.value else {
            throw BedrockError(kind: .malformedResponse, message: "GetParameter: the answer for '\(name)' has no value")
        }
        return value
    }
}
