import Foundation
import Testing

@testable import BedrockClient

@Suite struct EnvironmentCredentialsProviderTests {
    @Test func keysAndSessionTokenComeFromTheStandardVariables() async throws {
        let provider = EnvironmentCredentialsProvider(environment: [
            "AWS_ACCESS_KEY_ID": "ASIAENV", "AWS_SECRET_ACCESS_KEY": "envsecret", "AWS_SESSION_TOKEN": "envtoken",
        ])
        let credentials = try await provider.credentials()
        #expect(credentials == AWSCredentials(accessKeyId: "ASIAENV", secretAccessKey: "envsecret", sessionToken: "envtoken"))
    }

    @Test func declinesNamingTheMissingVariable() async {
        await #expect(throws: CredentialsError.notConfigured("AWS_ACCESS_KEY_ID not set")) {
            try await EnvironmentCredentialsProvider(environment: [:]).credentials()
        }
        await #expect(throws: CredentialsError.notConfigured("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")) {
            try await EnvironmentCredentialsProvider(environment: ["AWS_ACCESS_KEY_ID": "AKID"]).credentials()
        }
    }
}
