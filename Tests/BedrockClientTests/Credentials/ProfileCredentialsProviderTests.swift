import Foundation
import Testing

@testable import BedrockClient

@Suite struct ProfileCredentialsProviderTests {
    /// 2024-01-02T03:04:05Z, the signing time of every STS request here.
    static let now = Date(timeIntervalSince1970: 1_704_164_645)
    static let stsEnvironment = ["AWS_ENDPOINT_URL_STS": "http://127.0.0.1:4566", "AWS_REGION": "us-west-2"]

    private func provider(
        _ home: TemporaryDirectory,
        environment: [String: String] = stsEnvironment,
        profile: String? = nil,
        transport: FakeCredentialsTransport = .unreachable()
    ) -> ProfileCredentialsProvider {
        ProfileCredentialsProvider(
            profileName: profile, environment: environment, homeDirectory: home.path, transport: transport,
            clock: { Self.now }, sleep: { _ in }
        )
    }

    private static func stsTransport(_ responses: [String: String] = [:]) -> FakeCredentialsTransport {
        FakeCredentialsTransport { request in
            let roleArn = request.formParameters["RoleArn"] ?? ""
            return .text(200, responses[roleArn] ?? STSFixtures.assumeRoleResponse())
        }
    }

    @Test func staticKeysFromTheCredentialsFile() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = filesecret\naws_session_token = filetoken\n")
        let credentials = try await provider(home, environment: [:]).credentials()
        #expect(credentials == AWSCredentials(accessKeyId: "AKIDFILE", secretAccessKey: "filesecret", sessionToken: "filetoken"))
    }

    @Test func awsProfileSelectsTheProfile() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", "[default]\naws_access_key_id = D\naws_secret_access_key = d\n[dev]\naws_access_key_id = DEV\naws_secret_access_key = dev\n")
        let selected = provider(home, environment: ["AWS_PROFILE": "dev"])
        #expect(selected.providerName == "profile dev")
        #expect(try await selected.credentials().accessKeyId == "DEV")
    }

    @Test func missingDefaultProfileDeclinesAndNamesTheFiles() async throws {
        let home = try TemporaryDirectory()
        await #expect(throws: CredentialsError.notConfigured("neither ~/.aws/credentials nor ~/.aws/config exists")) {
            try await provider(home, environment: [:]).credentials()
        }
        try home.write(".aws/config", "[profile other]\nregion = us-east-1\n")
        await #expect(throws: CredentialsError.notConfigured("no such profile in ~/.aws/credentials or ~/.aws/config")) {
            try await provider(home, environment: [:]).credentials()
        }
    }

    @Test func explicitlySelectedMissingProfileIsAnError() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[default]\nregion = us-east-1\n")
        await #expect {
            try await provider(home, environment: ["AWS_PROFILE": "typo"]).credentials()
        } throws: { error in
            guard case CredentialsError.invalidConfiguration(let message) = error else { return false }
            return message.contains("typo") && message.contains("no such profile")
        }
    }

    @Test func profileWithOnlyARegionDeclines() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[default]\nregion = us-east-1\n")
        await #expect(throws: CredentialsError.notConfigured("profile default has no credentials")) {
            try await provider(home, environment: [:]).credentials()
        }
    }

    @Test func sourceProfileChainSignsAssumeRoleWithTheSourceKeys() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", """
            [profile dev]
            role_arn = arn:aws:iam::123456789012:role/gateway
            source_profile = base
            role_session_name = gateway-session
            external_id = ext-123
            duration_seconds = 900
            """)
        try home.write(".aws/credentials", "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = basesecret\n")
        let transport = Self.stsTransport()

        let credentials = try await provider(home, profile: "dev", transport: transport).credentials()

        #expect(
            credentials
                == AWSCredentials(
                    accessKeyId: "ASIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
                    sessionToken: credentials.sessionToken, expiration: STSFixtures.documentedExpiration
                )
        )
        #expect(credentials.sessionToken?.hasPrefix("AQoDYXdzEPT//////////wEXAMPLE") == true)
        let request = try #require(transport.requests.first)
        #expect(transport.requests.count == 1)
        #expect(request.method == "POST")
        #expect(request.url == "http://127.0.0.1:4566/")
        #expect(request.header("Host") == "127.0.0.1:4566")
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
        #expect(request.formParameters == [
            "Action": "AssumeRole", "Version": "2011-06-15", "RoleArn": "arn:aws:iam::123456789012:role/gateway",
            "RoleSessionName": "gateway-session", "ExternalId": "ext-123", "DurationSeconds": "900",
        ])
        #expect(request.bodyText.contains("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fgateway"))
        #expect(request.header("X-Amz-Date") == "20240102T030405Z")
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDBASE/20240102/us-west-2/sts/aws4_request, "))
        #expect(authorization.contains("SignedHeaders=content-type;host;x-amz-date,"))
        #expect(request.header("X-Amz-Security-Token") == nil)
    }

    @Test func signatureOfTheAssumeRoleRequestVerifies() async throws {
        // Recompute the signature independently from the recorded request and the source secret.
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n")
        try home.write(".aws/credentials", "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = basesecret\n")
        let transport = Self.stsTransport()
        _ = try await provider(home, profile: "dev", transport: transport).credentials()
        let request = try #require(transport.requests.first)
        let body = try #require(request.body)
        var signable = SignableRequest(
            method: "POST", path: "/",
            headers: request.headers.filter { ["host", "content-type"].contains($0.name.lowercased()) },
            payload: try PayloadHash.sha256(of: body)
        )
        try RequestAuthorization.sigV4(
            credentials: AWSCredentials(accessKeyId: "AKIDBASE", secretAccessKey: "basesecret"), region: "us-west-2", service: "sts"
        ).authorize(&signable, date: Self.now, signer: SigV4Signer())
        #expect(signable.headerValues(named: "Authorization") == [try #require(request.header("Authorization"))])
        // No configured session name: a generated one that STS accepts ([\w+=,.@-]{2,64}).
        let sessionName = try #require(request.formParameters["RoleSessionName"])
        #expect(sessionName == "bedrock-gateway-1704164645000")
    }

    @Test func twoHopChainUsesTheFirstRoleToAssumeTheSecond() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", """
            [profile top]
            role_arn = arn:aws:iam::111111111111:role/top
            source_profile = middle
            [profile middle]
            role_arn = arn:aws:iam::222222222222:role/middle
            source_profile = root
            [profile root]
            aws_access_key_id = AKIDROOT
            aws_secret_access_key = rootsecret
            """)
        let transport = Self.stsTransport([
            "arn:aws:iam::222222222222:role/middle": STSFixtures.assumeRoleResponse(accessKeyId: "ASIAMIDDLE", sessionToken: "middletoken"),
            "arn:aws:iam::111111111111:role/top": STSFixtures.assumeRoleResponse(accessKeyId: "ASIATOP", sessionToken: "toptoken"),
        ])
        let credentials = try await provider(home, profile: "top", transport: transport).credentials()
        #expect(credentials.accessKeyId == "ASIATOP")
        let requests = transport.requests
        #expect(requests.map { $0.formParameters["RoleArn"] } == ["arn:aws:iam::222222222222:role/middle", "arn:aws:iam::111111111111:role/top"])
        #expect(requests[0].header("Authorization")?.contains("Credential=AKIDROOT/") == true)
        #expect(requests[1].header("Authorization")?.contains("Credential=ASIAMIDDLE/") == true)
        #expect(requests[1].header("X-Amz-Security-Token") == "middletoken")
    }

    @Test func sourceProfileStaticKeysWinOverItsOwnRole() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", """
            [profile top]
            role_arn = arn:aws:iam::111111111111:role/top
            source_profile = middle
            [profile middle]
            role_arn = arn:aws:iam::222222222222:role/never-assumed
            source_profile = top
            aws_access_key_id = AKIDMIDDLE
            aws_secret_access_key = middlesecret
            """)
        let transport = Self.stsTransport()
        _ = try await provider(home, profile: "top", transport: transport).credentials()
        #expect(transport.requests.map { $0.formParameters["RoleArn"] } == ["arn:aws:iam::111111111111:role/top"])
        #expect(transport.requests.first?.header("Authorization")?.contains("Credential=AKIDMIDDLE/") == true)
    }

    @Test func sourceProfileCycleIsDetected() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", """
            [profile a]
            role_arn = arn:aws:iam::123456789012:role/a
            source_profile = b
            [profile b]
            role_arn = arn:aws:iam::123456789012:role/b
            source_profile = a
            """)
        let transport = Self.stsTransport()
        await #expect(throws: CredentialsError.invalidConfiguration("source_profile cycle: a -> b -> a")) {
            try await provider(home, profile: "a", transport: transport).credentials()
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func selfReferencingSourceProfileAssumesTheRoleWithItsOwnKeys() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/credentials", """
            [self]
            aws_access_key_id = AKIDSELF
            aws_secret_access_key = selfsecret
            role_arn = arn:aws:iam::123456789012:role/self
            source_profile = self
            """)
        let transport = Self.stsTransport()
        let credentials = try await provider(home, profile: "self", transport: transport).credentials()
        #expect(credentials.accessKeyId == "ASIAIOSFODNN7EXAMPLE")
        #expect(transport.requests.first?.header("Authorization")?.contains("Credential=AKIDSELF/") == true)
    }

    @Test func credentialSourceEnvironmentSignsWithEnvironmentKeys() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[default]\nrole_arn = arn:aws:iam::123456789012:role/r\ncredential_source = Environment\n")
        var environment = Self.stsEnvironment
        environment["AWS_ACCESS_KEY_ID"] = "AKIDENV"
        environment["AWS_SECRET_ACCESS_KEY"] = "envsecret"
        let transport = Self.stsTransport()
        _ = try await provider(home, environment: environment, transport: transport).credentials()
        #expect(transport.requests.first?.header("Authorization")?.contains("Credential=AKIDENV/") == true)
    }

    @Test func credentialSourceThatIsMissingIsAConfigurationError() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[default]\nrole_arn = arn:aws:iam::123456789012:role/r\ncredential_source = Environment\n")
        await #expect(throws: CredentialsError.invalidConfiguration("credential_source Environment: AWS_ACCESS_KEY_ID not set")) {
            try await provider(home, transport: Self.stsTransport()).credentials()
        }
    }

    @Test func roleWithBothOrNeitherSourceIsRejected() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", """
            [profile both]
            role_arn = arn:aws:iam::123456789012:role/r
            source_profile = x
            credential_source = Environment
            [profile neither]
            role_arn = arn:aws:iam::123456789012:role/r
            """)
        await #expect(throws: CredentialsError.invalidConfiguration("profile both has both source_profile and credential_source; only one is allowed")) {
            try await provider(home, profile: "both").credentials()
        }
        await #expect(throws: CredentialsError.invalidConfiguration("profile neither has role_arn but neither source_profile nor credential_source")) {
            try await provider(home, profile: "neither").credentials()
        }
    }

    @Test func stsErrorResponseSurfacesCodeAndMessage() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n[profile base]\naws_access_key_id = A\naws_secret_access_key = s\n")
        let message = "User: arn:aws:iam::123456789012:user/x is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/r"
        let transport = FakeCredentialsTransport { _ in .text(403, STSFixtures.errorResponse(code: "AccessDenied", message: message)) }
        await #expect(
            throws: CredentialsError.serviceError(source: "STS AssumeRole", status: 403, code: "AccessDenied", message: message)
        ) {
            try await provider(home, profile: "dev", transport: transport).credentials()
        }
        #expect(transport.requests.count == 1)  // not retried
    }

    @Test func stsThrottlingIsRetried() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n[profile base]\naws_access_key_id = A\naws_secret_access_key = s\n")
        let attempts = AttemptCounter()
        let transport = FakeCredentialsTransport { _ in
            attempts.next() == 1
                ? .text(400, STSFixtures.errorResponse(code: "Throttling", message: "Rate exceeded"))
                : .text(200, STSFixtures.assumeRoleResponse())
        }
        let credentials = try await provider(home, profile: "dev", transport: transport).credentials()
        #expect(credentials.accessKeyId == "ASIAIOSFODNN7EXAMPLE")
        #expect(transport.requests.count == 2)
    }

    @Test func webIdentityProfileCallsAssumeRoleWithWebIdentityUnsigned() async throws {
        let home = try TemporaryDirectory()
        let tokenPath = try home.write("token.jwt", "eyJhbGciOiJSUzI1NiJ9.payload.signature\n")
        try home.write(".aws/config", "[default]\nrole_arn = arn:aws:iam::123456789012:role/web\nweb_identity_token_file = \(tokenPath)\nrole_session_name = pod-1\n")
        let transport = FakeCredentialsTransport { _ in .text(200, STSFixtures.assumeRoleWithWebIdentityResponse) }
        let credentials = try await provider(home, transport: transport).credentials()
        #expect(credentials.accessKeyId == "ASgeIAIOSFODNN7EXAMPLE")
        let request = try #require(transport.requests.first)
        #expect(request.formParameters["Action"] == "AssumeRoleWithWebIdentity")
        #expect(request.formParameters["WebIdentityToken"] == "eyJhbGciOiJSUzI1NiJ9.payload.signature")
        #expect(request.formParameters["RoleSessionName"] == "pod-1")
        #expect(request.header("Authorization") == nil)
    }

    @Test func ssoProfilesAreReportedAsUnsupported() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[default]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n")
        await #expect {
            try await provider(home, environment: [:]).credentials()
        } throws: { error in
            guard case CredentialsError.invalidConfiguration(let message) = error else { return false }
            return message.contains("IAM Identity Center")
        }
    }
}

final class AttemptCounter: @unchecked Sendable {
    // @unchecked: `value` is only touched while `lock` is held.
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { value += 1; return value } }
    var count: Int { lock.withLock { value } }
}
