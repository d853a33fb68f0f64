import Foundation
import Testing

@testable import BedrockClient

@Suite struct ContainerCredentialsProviderTests {
    static let document = """
        {"AccessKeyId": "ASIACONTAINER", "SecretAccessKey": "containersecret", "Token": "containertoken",
         "Expiration": "2016-02-25T06:03:31Z", "RoleArn": "arn:aws:iam::123456789012:role/task"}
        """

    @Test func relativeUriIsServedByTheEcsAgent() async throws {
        let transport = FakeCredentialsTransport { _ in .text(200, Self.document) }
        let provider = ContainerCredentialsProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/5c1f6a9d"], transport: transport
        )
        let credentials = try await provider.credentials()
        #expect(
            credentials
                == AWSCredentials(
                    accessKeyId: "ASIACONTAINER", secretAccessKey: "containersecret", sessionToken: "containertoken",
                    expiration: Date(timeIntervalSince1970: 1_456_380_211)
                )
        )
        let request = try #require(transport.requests.first)
        #expect(request.method == "GET")
        #expect(request.url == "http://169.254.170.2/v2/credentials/5c1f6a9d")
        #expect(request.header("Authorization") == nil)
    }

    @Test func fullUriUsesTheTokenFileAsAuthorization() async throws {
        let directory = try TemporaryDirectory()
        let tokenFile = try directory.write("eks-pod-identity-token", "pod-identity-token\n")
        let transport = FakeCredentialsTransport { _ in .text(200, Self.document) }
        let provider = ContainerCredentialsProvider(
            environment: [
                "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.170.23/v1/credentials",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile,
                "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored-when-the-file-is-set",
            ],
            transport: transport
        )
        _ = try await provider.credentials()
        let request = try #require(transport.requests.first)
        #expect(request.url == "http://169.254.170.23/v1/credentials")
        #expect(request.header("Authorization") == "pod-identity-token")
    }

    @Test func fullUriWithTokenVariable() async throws {
        let transport = FakeCredentialsTransport { _ in .text(200, Self.document) }
        _ = try await ContainerCredentialsProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://localhost:8080/get-credentials", "AWS_CONTAINER_AUTHORIZATION_TOKEN": "Basic abcd"],
            transport: transport
        ).credentials()
        #expect(transport.requests.first?.header("Authorization") == "Basic abcd")
    }

    @Test(arguments: [
        "https://credentials.example.com/creds", "http://127.0.0.1/creds", "http://127.1.2.3:9000/creds", "http://localhost/creds",
        "http://[::1]:8080/creds", "http://169.254.170.2/creds", "http://169.254.170.23/v1/credentials", "http://[fd00:ec2::23]/v1/credentials",
    ])
    func fullUriHostsTheSdksAllow(_ url: String) throws {
        let provider = ContainerCredentialsProvider(environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": url], transport: FakeCredentialsTransport.unreachable())
        #expect(try provider.endpointURL() == url)
    }

    @Test(arguments: ["http://credentials.example.com/creds", "http://169.254.169.254/latest", "http://10.0.0.1/creds", "ftp://127.0.0.1/x", "not a url"])
    func fullUriHostsTheSdksRefuse(_ url: String) async {
        let transport = FakeCredentialsTransport.unreachable()
        await #expect {
            try await ContainerCredentialsProvider(environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": url], transport: transport).credentials()
        } throws: { error in
            guard case CredentialsError.invalidConfiguration = error else { return false }
            return true
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func declinesWhenNoUriIsSet() async {
        await #expect(throws: CredentialsError.notConfigured("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI not set")) {
            try await ContainerCredentialsProvider(environment: [:], transport: FakeCredentialsTransport.unreachable()).credentials()
        }
    }

    @Test func errorBodyCodeAndMessageAreReported() async {
        let transport = FakeCredentialsTransport { _ in .text(401, #"{"code": "AccessDenied", "message": "token rejected"}"#) }
        await #expect(
            throws: CredentialsError.serviceError(
                source: "container credentials endpoint http://169.254.170.2/creds", status: 401, code: "AccessDenied", message: "token rejected"
            )
        ) {
            try await ContainerCredentialsProvider(environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds"], transport: transport).credentials()
        }
    }

    @Test func tokenWithALineBreakIsRejected() async {
        await #expect(throws: CredentialsError.invalidConfiguration("the container authorization token contains a line break")) {
            try await ContainerCredentialsProvider(
                environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/creds", "AWS_CONTAINER_AUTHORIZATION_TOKEN": "a\r\nX-Injected: 1"],
                transport: FakeCredentialsTransport.unreachable()
            ).credentials()
        }
    }
}
