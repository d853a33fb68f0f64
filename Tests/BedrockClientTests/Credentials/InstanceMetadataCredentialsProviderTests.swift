import Foundation
import Testing

@testable import BedrockClient

@Suite struct InstanceMetadataCredentialsProviderTests {
    static let document = """
        {
          "Code" : "Success",
          "LastUpdated" : "2012-04-26T16:39:16Z",
          "Type" : "AWS-HMAC",
          "AccessKeyId" : "ASIAIMDS",
          "SecretAccessKey" : "imdssecret",
          "Token" : "imdstoken",
          "Expiration" : "2017-05-17T15:09:54Z"
        }
        """

    /// An IMDSv2 fake: answers the token PUT, and the credential GETs only with that token.
    static func imds(tokenStatus: Int = 200, roleStatus: Int = 200) -> FakeCredentialsTransport {
        FakeCredentialsTransport { request in
            switch (request.method, request.url) {
            case ("PUT", "http://169.254.169.254/latest/api/token"):
                return .text(tokenStatus, tokenStatus == 200 ? "AQAEAHX-session-token==" : "")
            case (_, _) where tokenStatus == 200 && request.header("X-aws-ec2-metadata-token") != "AQAEAHX-session-token==":
                return .text(401, "")
            case ("GET", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"):
                return .text(roleStatus, roleStatus == 200 ? "gateway-instance-role\n" : "")
            case ("GET", "http://169.254.169.254/latest/meta-data/iam/security-credentials/gateway-instance-role"):
                return .text(200, document)
            default:
                return .text(404, "")
            }
        }
    }

    @Test func tokenThenRoleThenCredentials() async throws {
        let transport = Self.imds()
        let credentials = try await InstanceMetadataCredentialsProvider(environment: [:], transport: transport).credentials()
        #expect(
            credentials
                == AWSCredentials(
                    accessKeyId: "ASIAIMDS", secretAccessKey: "imdssecret", sessionToken: "imdstoken",
                    expiration: Date(timeIntervalSince1970: 1_495_033_794)
                )
        )
        let requests = transport.requests
        #expect(requests.map(\.method) == ["PUT", "GET", "GET"])
        #expect(requests[0].header("X-aws-ec2-metadata-token-ttl-seconds") == "21600")
        #expect(requests[1].header("X-aws-ec2-metadata-token") == "AQAEAHX-session-token==")
        #expect(requests[2].header("X-aws-ec2-metadata-token") == "AQAEAHX-session-token==")
        #expect(requests.allSatisfy { $0.timeout <= .seconds(1) })
    }

    @Test func disabledByEnvironment() async {
        let transport = Self.imds()
        await #expect(throws: CredentialsError.notConfigured("AWS_EC2_METADATA_DISABLED is true")) {
            try await InstanceMetadataCredentialsProvider(environment: ["AWS_EC2_METADATA_DISABLED": "TRUE"], transport: transport).credentials()
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func endpointOverride() async throws {
        let transport = FakeCredentialsTransport { _ in .text(404, "") }
        await #expect(throws: CredentialsError.notConfigured("no IAM role is attached to this instance")) {
            try await InstanceMetadataCredentialsProvider(
                environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1338/", "AWS_EC2_METADATA_V1_DISABLED": "false"],
                transport: transport
            ).credentials()
        }
        #expect(transport.requests.first?.url == "http://127.0.0.1:1338/latest/api/token")
        let ipv6 = InstanceMetadataCredentialsProvider(environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv6"], transport: transport)
        #expect(ipv6.baseURL() == "http://[fd00:ec2::254]")
    }

    @Test func unreachableServiceDeclinesAfterOneRetry() async {
        let transport = FakeCredentialsTransport.unreachable()
        let sleep = RecordingSleep()
        await #expect(throws: CredentialsError.notConfigured("no answer from http://169.254.169.254 (connection refused)")) {
            try await InstanceMetadataCredentialsProvider(environment: [:], transport: transport, sleep: sleep.function).credentials()
        }
        #expect(transport.requests.count == 2)
        #expect(sleep.durations.count == 1)
    }

    @Test func instanceWithoutRoleDeclines() async {
        await #expect(throws: CredentialsError.notConfigured("no IAM role is attached to this instance")) {
            try await InstanceMetadataCredentialsProvider(environment: [:], transport: Self.imds(roleStatus: 404)).credentials()
        }
    }

    @Test func tokenEndpointMissingFallsBackToIMDSv1() async throws {
        let transport = Self.imds(tokenStatus: 405)
        let credentials = try await InstanceMetadataCredentialsProvider(environment: [:], transport: transport).credentials()
        #expect(credentials.accessKeyId == "ASIAIMDS")
        #expect(transport.requests.dropFirst().allSatisfy { $0.header("X-aws-ec2-metadata-token") == nil })

        await #expect(throws: CredentialsError.self) {
            try await InstanceMetadataCredentialsProvider(environment: ["AWS_EC2_METADATA_V1_DISABLED": "true"], transport: Self.imds(tokenStatus: 405))
                .credentials()
        }
    }
}
