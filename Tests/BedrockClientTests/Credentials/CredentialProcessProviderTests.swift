import Foundation
import Testing

@testable import BedrockClient

@Suite struct CredentialProcessProviderTests {
    @Test func documentedJSONOutputBecomesCredentials() async throws {
        let directory = try TemporaryDirectory()
        let script = try directory.write("creds.sh", """
            #!/bin/sh
            cat <<'JSON'
            {"Version": 1, "AccessKeyId": "ASIAPROCESS", "SecretAccessKey": "processsecret",
             "SessionToken": "processtoken", "Expiration": "2030-01-01T00:00:00Z"}
            JSON
            """, executable: true)
        let credentials = try await CredentialProcessProvider(command: script, environment: [:]).credentials()
        #expect(
            credentials
                == AWSCredentials(
                    accessKeyId: "ASIAPROCESS", secretAccessKey: "processsecret", sessionToken: "processtoken",
                    expiration: Date(timeIntervalSince1970: 1_893_456_000)
                )
        )
    }

    @Test func profileCredentialProcessRunsWithArguments() async throws {
        let directory = try TemporaryDirectory()
        let script = try directory.write("bin/creds.sh", """
            #!/bin/sh
            printf '{"Version":1,"AccessKeyId":"%s","SecretAccessKey":"s"}' "$1"
            """, executable: true)
        try directory.write(".aws/config", "[default]\ncredential_process = \(script) AKIDFROMARG\n")
        let provider = ProfileCredentialsProvider(environment: [:], homeDirectory: directory.path, transport: FakeCredentialsTransport.unreachable())
        let credentials = try await provider.credentials()
        #expect(credentials.accessKeyId == "AKIDFROMARG")
        #expect(credentials.expiration == nil)
    }

    @Test func nonZeroExitFailsWithStandardError() async throws {
        let directory = try TemporaryDirectory()
        let script = try directory.write("fail.sh", "#!/bin/sh\necho 'token expired, run login' >&2\nexit 3\n", executable: true)
        await #expect(throws: CredentialsError.processFailed("credential_process exited with status 3: token expired, run login")) {
            try await CredentialProcessProvider(command: script, environment: [:]).credentials()
        }
    }

    @Test func outputThatIsNotVersion1IsRejected() async throws {
        await #expect(throws: CredentialsError.processFailed("credential_process output has Version 2; only 1 is supported")) {
            try await CredentialProcessProvider(
                command: #"echo '{"Version":2,"AccessKeyId":"a","SecretAccessKey":"s"}'"#, environment: [:]
            ).credentials()
        }
        await #expect(throws: CredentialsError.processFailed("credential_process printed something that is not a JSON object")) {
            try await CredentialProcessProvider(command: "echo hello", environment: [:]).credentials()
        }
    }

    @Test func hangingProcessIsKilledAtTheTimeout() async throws {
        await #expect(throws: CredentialsError.processFailed("credential_process did not finish within 0.2 seconds")) {
            try await CredentialProcessProvider(command: "sleep 30", environment: [:], timeout: .milliseconds(200)).credentials()
        }
    }
}
