import BedrockClient
import Foundation

/// Direct access to the secrets and parameters in moto, to set up a key store before a test
/// and to read what `gatewayctl` stored.
struct MotoStore {
    let services: LiveAWSServices

    init(moto: MotoServer) throws {
        services = try BedrockClientFactory.live(environment: moto.environment())
    }

    /// Creates a secret with `value`; returns its ARN.
    func createSecret(named name: String, value: String) async throws -> String {
        let created = try await services.secretsManager.createSecret(CreateSecretRequest(name: name, secretString: value))
        guard let arn = created.arn else { throw TestFailure("CreateSecret returned no ARN") }
        return arn
    }

    func secretValue(_ id: String) async throws -> String {
        let answer = try await services.secretsManager.getSecretValue(GetSecretValueRequest(secretID: id))
        guard let value = answer.secretString else { throw TestFailure("secret \(id) has no string") }
        return value
    }

    func putParameter(_ name: String, value: String) async throws {
        _ = try await services.ssm.putParameter(
            PutParameterRequest(name: name, value: value, type: .secureString, overwrite: true))
    }

    func parameter(_ name: String) async throws -> SSMParameter {
        guard let parameter = try await services.ssm.getParameter(GetParameterRequest(name: name, withDecryption: true)).parameter
        else { throw TestFailure("parameter \(name) missing") }
        return parameter
    }

    /// A name no other test uses.
    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}
