import AWSServiceModel
import Foundation
import GatewayCore
import Testing

@testable import BedrockClient

/// What the Secrets Manager and SSM clients put on the wire, checked on a loopback stand-in and
/// against the official service models: `POST /`, `X-Amz-Target`, the JSON-1.1 content type,
/// bodies that validate against the operation's input shape, a signature scoped to the service.
@Suite struct JSON11WireFormatTests {
    struct Call: Sendable, CustomTestStringConvertible {
        var target: String
        var service: String
        var answer: String
        var send: @Sendable (AWSClient) async throws -> Void
        var testDescription: String { target }
    }

    static let calls: [Call] = [
        Call(
            target: "secretsmanager.GetSecretValue", service: "secretsmanager",
            answer: #"{"SecretString":"x","CreatedDate":1.7E9}"#
        ) {
            _ = try await SecretsManagerClient(client: $0).getSecretValue(
                GetSecretValueRequest(secretID: "gateway/key", versionStage: "AWSCURRENT"))
        },
        Call(target: "secretsmanager.PutSecretValue", service: "secretsmanager", answer: #"{"VersionId":"v2"}"#) {
            _ = try await SecretsManagerClient(client: $0).putSecretValue(
                PutSecretValueRequest(
                    secretID: "gateway/key", secretBinary: Data([0, 1, 2]), versionStages: ["AWSPENDING"]))
        },
        Call(target: "secretsmanager.DescribeSecret", service: "secretsmanager", answer: #"{"Name":"gateway/key"}"#) {
            _ = try await SecretsManagerClient(client: $0).describeSecret(
                DescribeSecretRequest(secretID: "gateway/key"))
        },
        Call(
            target: "secretsmanager.UpdateSecretVersionStage", service: "secretsmanager",
            answer: #"{"Name":"gateway/key"}"#
        ) {
            _ = try await SecretsManagerClient(client: $0).updateSecretVersionStage(
                UpdateSecretVersionStageRequest(
                    secretID: "gateway/key", versionStage: "AWSCURRENT",
                    removeFromVersionID: String(repeating: "a", count: 32),
                    moveToVersionID: String(repeating: "b", count: 32)))
        },
        Call(target: "secretsmanager.CreateSecret", service: "secretsmanager", answer: #"{"Name":"gateway/key"}"#) {
            _ = try await SecretsManagerClient(client: $0).createSecret(
                CreateSecretRequest(name: "gateway/key", secretString: "v1", tags: [AWSTag(key: "app", value: "gw")]))
        },
        Call(
            target: "AmazonSSM.GetParameter", service: "ssm",
            answer: #"{"Parameter":{"Name":"/gw/key","Value":"x","Version":3,"LastModifiedDate":1.7E9}}"#
        ) {
            _ = try await SSMClient(client: $0).getParameter(GetParameterRequest(name: "/gw/key", withDecryption: true))
        },
        Call(target: "AmazonSSM.PutParameter", service: "ssm", answer: #"{"Version":1,"Tier":"Standard"}"#) {
            _ = try await SSMClient(client: $0).putParameter(
                PutParameterRequest(name: "/gw/key", value: "x", type: .secureString, overwrite: true))
        },
    ]

    @Test(arguments: calls)
    func requestsFollowTheJSON11ProtocolAndTheServiceModel(_ call: Call) async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respond(
                status: 200, headers: [("Content-Type", "application/x-amz-json-1.1")], body: Array(call.answer.utf8))
        }) { standIn in
            try await AWSTestHarness.withClient(standIn) { try await call.send($0) }
            let received = try #require(standIn.requests.first)
            #expect(received.method == "POST")
            #expect(received.target == "/")
            #expect(received.header("X-Amz-Target") == call.target)
            #expect(received.header("Content-Type") == "application/x-amz-json-1.1")
            let authorization = try SigV4AuthorizationHeader(try #require(received.header("Authorization")))
            #expect(authorization.credential == "AKIDEXAMPLE/20250315/us-east-1/\(call.service)/aws4_request")
            #expect(authorization.signedHeaders.split(separator: ";").contains("x-amz-target"))

            let model = call.service == "ssm" ? try AWSServiceModels.ssm : try AWSServiceModels.secretsManager
            let operation = String(call.target.split(separator: ".")[1])
            let violations = try model.validateRequestBody(operation: operation, body: Data(received.body))
            #expect(violations.isEmpty, "\(violations.map(\.description))")
        }
    }

    @Test func idempotencyTokensAreFilledInAndReusedAcrossRetries() async throws {
        try await BedrockStandIn.with({ _, number, connection in
            if number == 1 {
                connection.respondAWSError(status: 500, type: "InternalServiceError", message: "oops", form: .bodyType)
            } else {
                connection.respondJSON(#"{"VersionId":"v2"}"#)
            }
        }) { standIn in
            try await AWSTestHarness.withClient(standIn, retryPolicy: RetryPolicy(maxAttempts: 2)) { client in
                _ = try await SecretsManagerClient(client: client).putSecretValue(
                    PutSecretValueRequest(secretID: "gateway/key", secretString: "v2"))
            }
            let tokens = try standIn.requests.map { request in
                try JSONDecoder().decode(JSONValue.self, from: Data(request.body))["ClientRequestToken"]?.stringValue
            }
            #expect(tokens.count == 2)
            #expect(tokens[0] != nil)
            #expect(tokens[0] == tokens[1], "the retry carries the same token, so only one version is created")
        }
    }

    @Test func secretValuesAreRedactedInDescriptions() {
        let secret = GetSecretValueResponse(name: "gateway/key", secretString: "hunter2")
        #expect(!secret.description.contains("hunter2"))
        #expect(!"\(secret)".contains("hunter2"))
    }
}
