import Testing

@testable import GatewayCore

@Suite struct GatewayCredentialsErrorTests {
    // The transport's message for a missing credential chain names providers, files and
    // environment variables: operator information that must not reach API clients.
    @Test func missingAWSCredentialsDoNotLeakTheProviderChainToClients() {
        let detail = "Converse: no usable AWS credentials: tried environment: AWS_ACCESS_KEY_ID not set; "
            + "profile default: no such profile in /root/.aws/credentials; IMDS: unreachable"
        let failure = GatewayError.bedrock(
            BedrockError(kind: .unauthenticated, message: detail), modelID: "amazon.nova-lite-v1:0", region: "us-east-1")
        #expect(failure.status == 502)
        #expect(failure.error.code == "upstream_authentication_failed")
        #expect(!failure.error.message.contains("AWS_ACCESS_KEY_ID"))
        #expect(!failure.error.message.contains("/root/.aws"))
        #expect(failure.error.message.contains("gatewayctl doctor"))
    }
}
