import Foundation
import GatewayCore

/// AWS Secrets Manager over the `awsJson1_1` protocol (`X-Amz-Target: secretsmanager.<Operation>`),
/// through the process's ``AWSClient``. The endpoint honours `AWS_ENDPOINT_URL_SECRETS_MANAGER`.
///
/// Failures are `BedrockError`s (`ResourceNotFoundException` → `.resourceNotFound`, …).
///
/// ```swift
/// let secretsManager = SecretsManagerClient(client: client)
/// let key = try await secretsManager.getSecretValue(GetSecretValueRequest(secretID: "gateway/api-key")).secretString
/// ```
public struct SecretsManagerClient: Sendable {
    public let client: AWSClient

    /// The `X-Amz-Target` prefix (the model's `targetPrefix`).
    static let targetPrefix = "secretsmanager"

    public init(client: AWSClient) {
        self.client = client
    }

    public func getSecretValue(_ request: GetSecretValueRequest) async throws -> GetSecretValueResponse {
        try await call("GetSecretValue", request, isIdempotent: true)
    }

    /// Stores a new secret version. A missing `clientRequestToken` is filled with a UUID, which
    /// makes the call safe to retry.
    public func putSecretValue(_ request: PutSecretValueRequest) async throws -> PutSecretValueResponse {
        var request = request
        if request.clientRequestToken == nil { request.clientRequestToken = UUID().uuidString }
        return try await call("PutSecretValue", request, isIdempotent: true)
    }

    public func describeSecret(_ request: DescribeSecretRequest) async throws -> DescribeSecretResponse {
        try await call("DescribeSecret", request, isIdempotent: true)
    }

    public func updateSecretVersionStage(_ request: UpdateSecretVersionStageRequest) async throws
        -> UpdateSecretVersionStageResponse
    {
        // Not idempotent: once the label moved, repeating the move names the wrong source version.
        try await call("UpdateSecretVersionStage", request, isIdempotent: false)
    }

    /// Creates a secret. A missing `clientRequestToken` is filled with a UUID.
    public func createSecret(_ request: CreateSecretRequest) async throws -> CreateSecretResponse {
        var request = request
        if request.clientRequestToken == nil { request.clientRequestToken = UUID().uuidString }
        return try await call("CreateSecret", request, isIdempotent: true)
    }

    private func call<Output: Decodable>(_ name: String, _ input: some Encodable, isIdempotent: Bool) async throws
        -> Output
    {
        let body: [UInt8]
        do {
            body = try AWSJSON11Coder.encode(input)
        } catch {
            throw BedrockError(kind: .validation, message: "\(name): the request cannot be encoded: \(error)")
        }
        let operation = AWSOperation.json11(
            service: .secretsManager, targetPrefix: Self.targetPrefix, name: name, body: body,
            isIdempotent: isIdempotent)
        return try await client.callJSON11(operation, returning: Output.self)
    }
}
