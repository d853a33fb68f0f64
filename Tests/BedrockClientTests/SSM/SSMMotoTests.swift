import Foundation
import GatewayCore
import Testing

@testable import BedrockClient

/// The SSM Parameter Store client against moto: a SecureString is written, read back decrypted,
/// overwritten; an unknown name is `resourceNotFound`.
@Suite struct SSMMotoTests {
    @Test func aSecureStringParameterIsWrittenAndReadBackDecrypted() async throws {
        try await MotoServer.with { moto in
            try await HTTPTestHarness.withClient { http in
                let services = try BedrockClientFactory.live(
                    environment: SecretsManagerMotoTests.environment(moto), httpClient: http)
                let ssm = services.ssm
                let name = "/gateway/api-key-\(UUID().uuidString.prefix(8))"

                let first = try await ssm.putParameter(
                    PutParameterRequest(name: name, value: "s3cr3t", type: .secureString))
                #expect(first.version == 1)

                let read = try await ssm.getParameter(GetParameterRequest(name: name, withDecryption: true))
                let parameter = try #require(read.parameter)
                #expect(parameter.name == name)
                #expect(parameter.type == .secureString)
                #expect(parameter.value == "s3cr3t")
                #expect(parameter.version == 1)
                #expect(!parameter.description.contains("s3cr3t"), "SecureString values are redacted")

                let second = try await ssm.putParameter(
                    PutParameterRequest(name: name, value: "n3w", type: .secureString, overwrite: true))
                #expect(second.version == 2)
                #expect(try await services.secretValues.parameterValue(name: name) == "n3w")

                let error = await AWSTestHarness.bedrockError {
                    _ = try await ssm.getParameter(
                        GetParameterRequest(name: "/no/such/parameter", withDecryption: true))
                }
                #expect(error?.kind == .resourceNotFound)
                #expect(error?.code == "ParameterNotFound")
            }
        }
    }
}
