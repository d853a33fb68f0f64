import Foundation
import GatewayCore
import Testing

@testable import BedrockClient

/// The Secrets Manager client against moto's implementation of the service: create, read,
/// rotate a version stage, describe. The client is built by ``BedrockClientFactory`` from an
/// environment with the endpoint override and dummy credentials.
@Suite struct SecretsManagerMotoTests {
    static func environment(_ moto: MotoServer) -> [String: String] {
        [
            "AWS_REGION": "us-east-1",
            "AWS_ENDPOINT_URL_SECRETS_MANAGER": moto.baseURL,
            "AWS_ENDPOINT_URL_SSM": moto.baseURL,
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "HOME": "/nonexistent",
        ]
    }

    @Test func aSecretIsCreatedReadRotatedAndDescribed() async throws {
        try await MotoServer.with { moto in
            try await HTTPTestHarness.withClient { http in
                let services = try BedrockClientFactory.live(environment: Self.environment(moto), httpClient: http)
                let secrets = services.secretsManager
                let name = "gateway/api-key-\(UUID().uuidString.prefix(8))"

                let created = try await secrets.createSecret(
                    CreateSecretRequest(
                        name: name, description: "gateway key", secretString: "key-v1",
                        tags: [AWSTag(key: "app", value: "gateway")]))
                #expect(created.name == name)
                let firstVersion = try #require(created.versionID)

                let current = try await secrets.getSecretValue(GetSecretValueRequest(secretID: name))
                #expect(current.secretString == "key-v1")
                #expect(current.versionID == firstVersion)
                #expect(current.versionStages?.contains("AWSCURRENT") == true)
                #expect(current.createdDate != nil, "epoch-seconds timestamps decode")

                let put = try await secrets.putSecretValue(
                    PutSecretValueRequest(secretID: name, secretString: "key-v2", versionStages: ["AWSPENDING"]))
                let secondVersion = try #require(put.versionID)
                #expect(secondVersion != firstVersion)
                let pending = try await secrets.getSecretValue(
                    GetSecretValueRequest(secretID: name, versionStage: "AWSPENDING"))
                #expect(pending.secretString == "key-v2")
                #expect(
                    try await secrets.getSecretValue(GetSecretValueRequest(secretID: name)).secretString == "key-v1")

                _ = try await secrets.updateSecretVersionStage(
                    UpdateSecretVersionStageRequest(
                        secretID: name, versionStage: "AWSCURRENT", removeFromVersionID: firstVersion,
                        moveToVersionID: secondVersion))
                // Named stage: moto keeps answering an unqualified read with the version created
                // first even after AWSCURRENT moved (AWS answers with AWSCURRENT).
                let promoted = try await secrets.getSecretValue(
                    GetSecretValueRequest(secretID: name, versionStage: "AWSCURRENT"))
                #expect(promoted.secretString == "key-v2")
                #expect(promoted.versionID == secondVersion)
                #expect(try await services.secretValues.secretString(secretID: name) == "key-v2")

                let described = try await secrets.describeSecret(DescribeSecretRequest(secretID: name))
                #expect(described.name == name)
                #expect(described.arn == created.arn)
                #expect(described.description == "gateway key")
                #expect(described.tags == [AWSTag(key: "app", value: "gateway")])
                let stages = try #require(described.versionIDsToStages)
                #expect(stages[secondVersion]?.contains("AWSCURRENT") == true)
                #expect(stages[firstVersion]?.contains("AWSCURRENT") != true)
                #expect(stages[firstVersion]?.contains("AWSPREVIOUS") == true)
            }
        }
    }

    @Test func anUnknownSecretIsResourceNotFound() async throws {
        try await MotoServer.with { moto in
            try await HTTPTestHarness.withClient { http in
                let services = try BedrockClientFactory.live(environment: Self.environment(moto), httpClient: http)
                let error = await AWSTestHarness.bedrockError {
                    _ = try await services.secretValues.secretString(secretID: "no/such/secret")
                }
                #expect(error?.kind == .resourceNotFound)
                #expect(error?.code == "ResourceNotFoundException")
                #expect(error?.statusCode == 400 || error?.statusCode == 404)
            }
        }
    }
}
