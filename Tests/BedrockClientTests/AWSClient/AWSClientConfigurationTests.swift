import Foundation
import GatewayCore
import Testing

@testable import BedrockClient

/// What ``AWSClientConfiguration/fromEnvironment(_:defaultRegion:homeDirectory:)`` and
/// ``BedrockClientFactory`` read from the variables the AWS SDKs define.
@Suite struct AWSClientConfigurationTests {
    static let home = "/nonexistent-home"

    @Test func regionEndpointsAttemptsAndAPIKeyComeFromTheEnvironment() throws {
        let configuration = try AWSClientConfiguration.fromEnvironment(
            [
                "AWS_REGION": "eu-west-3", "AWS_MAX_ATTEMPTS": "5", "AWS_BEARER_TOKEN_BEDROCK": "key-123",
                "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": "http://127.0.0.1:4566/runtime", "HOME": Self.home,
            ], homeDirectory: Self.home)
        #expect(configuration.region.name == "eu-west-3")
        #expect(configuration.retryPolicy.maxAttempts == 5)
        #expect(configuration.retryPolicy.quota != nil, "a retry quota shared by the client's calls")
        #expect(configuration.bedrockAPIKey == "key-123")
        let client = try AWSClient(
            configuration: configuration, credentialsProvider: StaticCredentialsProvider(AWSTestHarness.credentials))
        #expect(try client.endpoint(for: .bedrockRuntime).baseURL == "http://127.0.0.1:4566/runtime")
        #expect(try client.endpoint(for: .bedrock).baseURL == "https://bedrock.eu-west-3.amazonaws.com")
        #expect(try client.endpoint(for: .secretsManager).hostHeader == "secretsmanager.eu-west-3.amazonaws.com")
    }

    @Test func aMissingRegionIsAnErrorUnlessADefaultIsGiven() throws {
        #expect(throws: AWSClientConfigurationError.missingRegion) {
            try AWSClientConfiguration.fromEnvironment(["HOME": Self.home], homeDirectory: Self.home)
        }
        let configuration = try AWSClientConfiguration.fromEnvironment(
            ["HOME": Self.home], defaultRegion: "us-west-2", homeDirectory: Self.home)
        #expect(configuration.region.name == "us-west-2")
        #expect(configuration.bedrockAPIKey == nil)
    }

    @Test func unusableSettingsAreReported() {
        for environment in [
            ["AWS_REGION": "us east 1"],
            ["AWS_REGION": "us-east-1", "AWS_MAX_ATTEMPTS": "zero"],
            ["AWS_REGION": "us-east-1", "AWS_USE_FIPS_ENDPOINT": "maybe"],
        ] {
            #expect(throws: AWSClientConfigurationError.self) {
                try AWSClientConfiguration.fromEnvironment(environment, homeDirectory: Self.home)
            }
        }
    }

    @Test func aBadEndpointOverrideFailsWhenTheClientIsBuilt() throws {
        let configuration = try AWSClientConfiguration.fromEnvironment(
            ["AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL_SSM": "ftp://example.com"], homeDirectory: Self.home)
        #expect(throws: AWSClientConfigurationError.self) {
            try AWSClient(
                configuration: configuration, credentialsProvider: StaticCredentialsProvider(AWSTestHarness.credentials)
            )
        }
    }

    /// The factory wires the default credentials chain to the same HTTP client: with keys in the
    /// environment, a call is signed with them.
    @Test func theFactoryBuildsEverythingFromTheEnvironment() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondJSON(#"{"modelSummaries":[]}"#)
        }) { standIn in
            try await HTTPTestHarness.withClient { http in
                let services = try BedrockClientFactory.live(
                    environment: [
                        "AWS_REGION": "us-east-2", "AWS_ENDPOINT_URL": standIn.baseURL,
                        "AWS_ACCESS_KEY_ID": "AKIDFROMENV",
                        "AWS_SECRET_ACCESS_KEY": "secret", "HOME": Self.home,
                    ],
                    httpClient: http)
                #expect(services.client.httpClient === http)
                _ = try await services.catalog.listFoundationModels()
            }
            let authorization = try SigV4AuthorizationHeader(
                try #require(standIn.requests.first?.header("Authorization")))
            #expect(authorization.credential.hasPrefix("AKIDFROMENV/"))
            #expect(authorization.credential.hasSuffix("/us-east-2/bedrock/aws4_request"))
        }
    }

    @Test func theHTTPClientServesAsTheCredentialsTransport() async throws {
        try await BedrockStandIn.with({ request, _, connection in
            connection.respond(
                status: 200, headers: [("Content-Type", "application/json"), ("X-Echo-Method", request.method)],
                body: request.body)
        }) { standIn in
            let response = try await HTTPTestHarness.withClient { http in
                try await http.send(
                    method: "PUT", url: standIn.baseURL + "/latest/api/token",
                    headers: [(name: "X-aws-ec2-metadata-token-ttl-seconds", value: "21600")],
                    body: Data("ping".utf8), timeout: .seconds(5))
            }
            #expect(response.status == 200)
            #expect(response.headerValue(named: "x-echo-method") == "PUT")
            #expect(response.body == Data("ping".utf8))
            #expect(standIn.requests.first?.header("X-aws-ec2-metadata-token-ttl-seconds") == "21600")
        }
    }
}
