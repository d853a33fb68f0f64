import Foundation
import Testing

@testable import BedrockClient

@Suite struct AWSCredentialsTests {
    @Test func descriptionRedactsSecretAndSessionToken() {
        let credentials = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "very-secret", sessionToken: "also-secret")
        #expect(!credentials.description.contains("very-secret"))
        #expect(!credentials.description.contains("also-secret"))
        #expect(!"\(String(reflecting: credentials))".contains("very-secret"))
        #expect(credentials.description.contains("AKIDEXAMPLE"))
    }

    @Test func lambdaEnvironmentVariablesBecomeCredentials() throws {
        let credentials = try #require(
            AWSCredentials.fromEnvironment([
                "AWS_ACCESS_KEY_ID": "ASIAEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_SESSION_TOKEN": "token",
            ])
        )
        #expect(credentials == AWSCredentials(accessKeyId: "ASIAEXAMPLE", secretAccessKey: "secret", sessionToken: "token"))
        #expect(AWSCredentials.fromEnvironment(["AWS_ACCESS_KEY_ID": "AKID"]) == nil)
        #expect(AWSCredentials.fromEnvironment(["AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "s", "AWS_SESSION_TOKEN": ""])?.sessionToken == nil)
    }

    @Test func expiryIsJudgedAgainstTheGivenDate() {
        let expiration = Date(timeIntervalSince1970: 1_000)
        let credentials = AWSCredentials(accessKeyId: "a", secretAccessKey: "s", expiration: expiration)
        #expect(!credentials.isExpired(at: Date(timeIntervalSince1970: 999)))
        #expect(credentials.isExpired(at: Date(timeIntervalSince1970: 1_000)))
        #expect(credentials.isExpired(at: Date(timeIntervalSince1970: 800), leeway: 300))
        #expect(!AWSCredentials(accessKeyId: "a", secretAccessKey: "s").isExpired(at: .distantFuture))
    }
}
