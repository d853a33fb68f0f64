import Foundation
import Testing

@testable import BedrockClient

@Suite struct DefaultCredentialsChainTests {
    private func chain(_ environment: [String: String], home: TemporaryDirectory, transport: FakeCredentialsTransport) -> DefaultCredentialsChain {
        DefaultCredentialsChain(
            environment: environment, homeDirectory: home.path, transport: transport,
            clock: { Date(timeIntervalSince1970: 1_704_164_645) }, sleep: { _ in }
        )
    }

    @Test func environmentComesFirst() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n")
        let resolved = try await chain(
            ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s"], home: home, transport: .unreachable()
        ).resolve()
        #expect(resolved.providerName == "environment")
        #expect(resolved.credentials.accessKeyId == "AKIDENV")
    }

    @Test func webIdentityComesBeforeTheProfile() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n")
        let token = try home.write("token", "jwt")
        let transport = FakeCredentialsTransport { _ in .text(200, STSFixtures.assumeRoleWithWebIdentityResponse) }
        let resolved = try await chain(
            ["AWS_WEB_IDENTITY_TOKEN_FILE": token, "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/r", "AWS_REGION": "us-east-1"],
            home: home, transport: transport
        ).resolve()
        #expect(resolved.providerName == "web identity")
        #expect(resolved.credentials.accessKeyId == "ASgeIAIOSFODNN7EXAMPLE")
    }

    @Test func profileComesBeforeContainerAndIMDS() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = s\n")
        let transport = FakeCredentialsTransport.unreachable()
        let resolved = try await chain(["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds"], home: home, transport: transport).resolve()
        #expect(resolved.providerName == "profile default")
        #expect(resolved.credentials.accessKeyId == "AKIDFILE")
        #expect(transport.requests.isEmpty)
    }

    @Test func containerComesBeforeIMDS() async throws {
        let home = try TemporaryDirectory()
        let transport = FakeCredentialsTransport { request in
            request.url.hasPrefix("http://169.254.170.2/")
                ? .text(200, #"{"AccessKeyId":"ASIAECS","SecretAccessKey":"s","Token":"t","Expiration":"2030-01-01T00:00:00Z"}"#)
                : .text(500, "")
        }
        let resolved = try await chain(["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/x"], home: home, transport: transport).resolve()
        #expect(resolved.providerName == "container")
        #expect(transport.requests.map(\.url) == ["http://169.254.170.2/v2/credentials/x"])
    }

    @Test func imdsIsTheLastResort() async throws {
        let home = try TemporaryDirectory()
        let resolved = try await chain([:], home: home, transport: InstanceMetadataCredentialsProviderTests.imds()).resolve()
        #expect(resolved.providerName == "IMDS")
        #expect(resolved.credentials.accessKeyId == "ASIAIMDS")
    }

    @Test func nothingConfiguredListsEveryProviderAndWhy() async throws {
        let home = try TemporaryDirectory()
        let chain = chain([:], home: home, transport: .unreachable())
        let expected: [CredentialsChainAttempt] = [
            .init(provider: "environment", reason: "AWS_ACCESS_KEY_ID not set"),
            .init(provider: "web identity", reason: "AWS_WEB_IDENTITY_TOKEN_FILE not set"),
            .init(provider: "profile default", reason: "neither ~/.aws/credentials nor ~/.aws/config exists"),
            .init(provider: "container", reason: "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI not set"),
            .init(provider: "IMDS", reason: "no answer from http://169.254.169.254 (connection refused)"),
        ]
        await #expect(throws: CredentialsError.noCredentials(attempts: expected)) { try await chain.resolve() }
        let message = CredentialsError.noCredentials(attempts: expected).description
        #expect(
            message
                == "no AWS credentials found; tried environment: AWS_ACCESS_KEY_ID not set; "
                + "web identity: AWS_WEB_IDENTITY_TOKEN_FILE not set; "
                + "profile default: neither ~/.aws/credentials nor ~/.aws/config exists; "
                + "container: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI not set; "
                + "IMDS: no answer from http://169.254.169.254 (connection refused)"
        )
    }

    @Test func aConfiguredProviderThatFailsStopsTheChain() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[default]\ncredential_process = echo broken >&2; exit 1\n")
        let transport = InstanceMetadataCredentialsProviderTests.imds()
        await #expect(
            throws: CredentialsError.providerFailed(
                provider: "profile default", error: .processFailed("credential_process exited with status 1: broken")
            )
        ) {
            try await chain([:], home: home, transport: transport).credentials()
        }
        #expect(transport.requests.isEmpty)  // IMDS was not asked
    }

    @Test func customChainsKeepTheirOrder() async throws {
        let chain = DefaultCredentialsChain(providers: [
            EnvironmentCredentialsProvider(environment: [:]),
            StaticCredentialsProvider(AWSCredentials(accessKeyId: "AKIDSTATIC", secretAccessKey: "s"), providerName: "fixed"),
        ])
        let resolved = try await chain.resolve()
        #expect(resolved == ResolvedCredentials(credentials: AWSCredentials(accessKeyId: "AKIDSTATIC", secretAccessKey: "s"), providerName: "fixed"))
    }
}
