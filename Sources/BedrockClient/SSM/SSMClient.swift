import Foundation
import GatewayCore

/// AWS Systems Manager Parameter Store over the `awsJson1_1` protocol
/// (`X-Amz-Target: AmazonSSM.<Operation>`), through the process's ``AWSClient``. The endpoint
/// honours `AWS_ENDPOINT_URL_SSM`.
///
/// Failures are `BedrockError`s (`ParameterNotFound` → `.resourceNotFound`, …).
///
/// ```swift
/// let ssm = SSMClient(client: client)
/// let value = try await ssm.getParameter(GetParameterRequest(name: "/gateway/api-key", withDecryption: true)).parameter?.value
/// ```
public struct SSMClient: Sendable {
    public let client: AWSClient

    /// The `X-Amz-Target` prefix (the model's `targetPrefix`).
    static let targetPrefix = "AmazonSSM"

    public init(client: AWSClient) {
        self.client = client
    }

    public func getParameter(_ request: GetParameterRequest) async throws -> GetParameterResponse {
        try await call("GetParameter", request, isIdempotent: true)
    }

    /// Not retried once the request may have arrived: a second run would add another version.
    public func putParameter(_ request: PutParameterRequest) async throws -> PutParameterResponse {
        try await call("PutParameter", request, isIdempotent: false)
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
            service: .ssm, targetPrefix: Self.targetPrefix, name: name, body: body, isIdempotent: isIdempotent)
        return try await client.callJSON11(operation, returning: Output.self)
    }
}
