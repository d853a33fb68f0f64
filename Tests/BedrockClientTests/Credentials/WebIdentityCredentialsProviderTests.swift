import Foundation
import Testing

@testable import BedrockClient

@Suite struct WebIdentityCredentialsProviderTests {
    @Test func environmentTokenFileAndRoleCallStsUnsigned() async throws {
        let directory = try TemporaryDirectory()
        let tokenPath = try directory.write("token", "header.claims.signature")
        let transport = FakeCredentialsTransport { _ in .text(200, STSFixtures.assumeRoleWithWebIdentityResponse) }
        let provider = WebIdentityCredentialsProvider(
            environment: [
                "AWS_WEB_IDENTITY_TOKEN_FILE": tokenPath, "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/FederatedWebIdentityRole",
                "AWS_ROLE_SESSION_NAME": "app1", "AWS_REGION": "eu-west-1", "AWS_ENDPOINT_URL_STS": "http://127.0.0.1:4566",
            ],
            homeDirectory: directory.path, transport: transport, clock: { Date(timeIntervalSince1970: 0) }, sleep: { _ in }
        )
        let credentials = try await provider.credentials()
        #expect(
            credentials
                == AWSCredentials(
                    accessKeyId: "ASgeIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
                    sessionToken: "AQoDYXdzEE0a8ANXXXXXXXXNO1ewxE5TijQyp+IEXAMPLE",
                    expiration: Date(timeIntervalSince1970: 1_414_191_623)  // 2014-10-24T23:00:23Z
                )
        )
        let request = try #require(transport.requests.first)
        #expect(request.url == "http://127.0.0.1:4566/")
        #expect(request.formParameters == [
            "Action": "AssumeRoleWithWebIdentity", "Version": "2011-06-15",
            "RoleArn": "arn:aws:iam::123456789012:role/FederatedWebIdentityRole", "RoleSessionName": "app1",
            "WebIdentityToken": "header.claims.signature",
        ])
        #expect(request.header("Authorization") == nil)
        #expect(request.header("X-Amz-Date") == nil)
    }

    @Test func withoutARegionStsIsCalledInUsEast1() async throws {
        let directory = try TemporaryDirectory()
        let tokenPath = try directory.write("token", "t")
        let transport = FakeCredentialsTransport { _ in .text(200, STSFixtures.assumeRoleWithWebIdentityResponse) }
        _ = try await WebIdentityCredentialsProvider(
            environment: ["AWS_WEB_IDENTITY_TOKEN_FILE": tokenPath, "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/r"],
            homeDirectory: directory.path, transport: transport, sleep: { _ in }
        ).credentials()
        #expect(transport.requests.first?.url == "https://sts.us-east-1.amazonaws.com/")
    }

    @Test func declinesWhenTheVariablesAreUnset() async throws {
        let transport = FakeCredentialsTransport.unreachable()
        await #expect(throws: CredentialsError.notConfigured("AWS_WEB_IDENTITY_TOKEN_FILE not set")) {
            try await WebIdentityCredentialsProvider(environment: [:], transport: transport).credentials()
        }
        await #expect(throws: CredentialsError.notConfigured("AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not")) {
            try await WebIdentityCredentialsProvider(environment: ["AWS_WEB_IDENTITY_TOKEN_FILE": "/x"], transport: transport).credentials()
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func idpCommunicationErrorIsRetried() async throws {
        let directory = try TemporaryDirectory()
        let tokenPath = try directory.write("token", "t")
        let attempts = AttemptCounter()
        let sleep = RecordingSleep()
        let transport = FakeCredentialsTransport { _ in
            attempts.next() == 1
                ? .text(400, STSFixtures.errorResponse(code: "IDPCommunicationError", message: "The IdP did not answer"))
                : .text(200, STSFixtures.assumeRoleWithWebIdentityResponse)
        }
        _ = try await WebIdentityCredentialsProvider(
            environment: ["AWS_WEB_IDENTITY_TOKEN_FILE": tokenPath, "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/r", "AWS_REGION": "us-east-1"],
            homeDirectory: directory.path, transport: transport, sleep: sleep.function
        ).credentials()
        #expect(transport.requests.count == 2)
        #expect(sleep.durations.count == 1)
    }
}
