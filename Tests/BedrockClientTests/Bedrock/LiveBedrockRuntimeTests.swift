import Foundation
import GatewayCore
import Testing

@testable import BedrockClient

/// Non-streamed Bedrock Runtime operations over real HTTP to a loopback stand-in: the wire
/// request (path, headers, signature) and the decoding of the answers.
@Suite struct LiveBedrockRuntimeTests {
    static let profileARN = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc"
    static let request = ConverseRequest(
        messages: [ConverseMessage(role: .user, content: [.text("Hello")])],
        inferenceConfig: ConverseInferenceConfiguration(maxTokens: 64))
    static let converseAnswer = """
        {"output":{"message":{"role":"assistant","content":[{"text":"Hi there"}]}},"stopReason":"end_turn",
         "usage":{"inputTokens":5,"outputTokens":3,"totalTokens":8},"metrics":{"latencyMs":120}}
        """

    @Test func converseSendsJSONAndDecodesTheAnswer() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondJSON(Self.converseAnswer)
        }) { standIn in
            let response = try await AWSTestHarness.withClient(standIn) { client in
                try await LiveBedrockRuntime(client: client).converse(
                    modelID: "amazon.nova-lite-v1:0", request: Self.request)
            }
            #expect(response.output.message?.content == [.text("Hi there")])
            #expect(response.stopReason == .endTurn)
            #expect(response.usage.totalTokens == 8)

            let received = try #require(standIn.requests.first)
            #expect(received.method == "POST")
            #expect(received.target == "/model/amazon.nova-lite-v1%3A0/converse")
            #expect(received.header("Content-Type") == "application/json")
            #expect(received.header("Accept") == "application/json")
            #expect(received.header("User-Agent") == AWSClientConfiguration.defaultUserAgent)
            #expect(received.header("X-Amz-Security-Token") == AWSTestHarness.credentials.sessionToken)
            let sent = try JSONDecoder().decode(JSONValue.self, from: Data(received.body))
            #expect(sent["messages"]?[0]?["content"]?[0]?["text"]?.stringValue == "Hello")
            #expect(sent.objectValue?.keys.contains("modelId") == false, "modelId is bound to the URI, not the body")
        }
    }

    /// The profile ARN is one `{modelId}` label: `:` and `/` arrive encoded, and the signature
    /// verifies when recomputed from what the server received (canonical URI encoded twice).
    @Test func inferenceProfileARNIsOneEncodedSegmentAndTheSignatureVerifies() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondJSON(Self.converseAnswer)
        }) { standIn in
            _ = try await AWSTestHarness.withClient(standIn) { client in
                try await LiveBedrockRuntime(client: client).converse(modelID: Self.profileARN, request: Self.request)
            }
            let received = try #require(standIn.requests.first)
            #expect(
                received.target
                    == "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fabc/converse"
            )

            let authorization = try #require(received.header("Authorization"))
            let parts = try SigV4AuthorizationHeader(authorization)
            #expect(parts.credential == "AKIDEXAMPLE/20250315/us-east-1/bedrock/aws4_request")
            #expect(received.header("X-Amz-Date") == "20250315T090705Z")

            // Independent recomputation: the received method, path, signed headers and body.
            let signedNames = Set(parts.signedHeaders.split(separator: ";").map(String.init))
            #expect(
                signedNames.isSuperset(of: ["host", "content-type", "accept", "x-amz-date", "x-amz-security-token"]))
            let request = SignableRequest(
                method: received.method, path: received.target,
                headers: received.headers.filter { signedNames.contains($0.name.lowercased()) },
                payload: try PayloadHash.sha256(of: received.body))
            let expected = try SigV4Signer().sign(
                request, credentials: AWSTestHarness.credentials, region: "us-east-1", service: "bedrock",
                date: AWSTestHarness.date)
            #expect(
                expected.canonicalRequest.split(separator: "\n", omittingEmptySubsequences: false)[1]
                    == "/model/arn%253Aaws%253Abedrock%253Aus-east-1%253A123456789012%253Aapplication-inference-profile%252Fabc/converse"
            )
            #expect(expected.signedHeaders == parts.signedHeaders)
            #expect(expected.signature == parts.signature)
        }
    }

    @Test func bedrockAPIKeySendsABearerTokenAndNoSignature() async throws {
        let provider = CountingCredentialsProvider()
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondJSON(Self.converseAnswer)
        }) { standIn in
            _ = try await AWSTestHarness.withClient(
                standIn, bedrockAPIKey: "bedrock-api-key-ABC", credentialsProvider: provider
            ) {
                client in
                try await LiveBedrockRuntime(client: client).converse(
                    modelID: "amazon.nova-lite-v1:0", request: Self.request)
            }
            let received = try #require(standIn.requests.first)
            #expect(received.header("Authorization") == "Bearer bedrock-api-key-ABC")
            #expect(received.header("X-Amz-Date") == nil)
            #expect(received.header("X-Amz-Security-Token") == nil)
            #expect(provider.calls == 0, "credentials are not even looked up in bearer mode")
        }
    }

    @Test func callsReuseOneConnection() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondJSON(Self.converseAnswer)
        }) { standIn in
            try await AWSTestHarness.withClient(standIn) { client in
                let runtime = LiveBedrockRuntime(client: client)
                for _ in 0..<3 {
                    _ = try await runtime.converse(modelID: "amazon.nova-lite-v1:0", request: Self.request)
                }
            }
            #expect(standIn.requestCount == 3)
            #expect(standIn.acceptedConnections == 1)
        }
    }

    @Test func invokeModelReturnsTheNativeBodyAndTokenCountHeaders() async throws {
        let native = #"{"embedding":[0.1,0.2],"inputTextTokenCount":4}"#
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondJSON(
                native,
                headers: [("X-Amzn-Bedrock-Input-Token-Count", "4"), ("X-Amzn-Bedrock-Output-Token-Count", "0")])
        }) { standIn in
            let result = try await AWSTestHarness.withClient(standIn) { client in
                try await LiveBedrockRuntime(client: client).invokeModel(
                    modelID: "amazon.titan-embed-text-v2:0", body: Data(#"{"inputText":"hi"}"#.utf8))
            }
            #expect(result.body == Data(native.utf8))
            #expect(result.contentType == "application/json")
            #expect(result.inputTokenCount == 4)
            #expect(result.outputTokenCount == 0)
            let received = try #require(standIn.requests.first)
            #expect(received.target == "/model/amazon.titan-embed-text-v2%3A0/invoke")
            #expect(received.body == Array(#"{"inputText":"hi"}"#.utf8))
        }
    }

    @Test func countTokensPostsTheInputUnion() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondJSON(#"{"inputTokens":17}"#)
        }) { standIn in
            let response = try await AWSTestHarness.withClient(standIn) { client in
                try await LiveBedrockRuntime(client: client).countTokens(
                    modelID: "anthropic.claude-3-5-haiku-20241022-v1:0",
                    request: CountTokensRequest(
                        input: .converse(ConverseTokensRequest(messages: Self.request.messages))))
            }
            #expect(response.inputTokens == 17)
            let received = try #require(standIn.requests.first)
            #expect(received.target == "/model/anthropic.claude-3-5-haiku-20241022-v1%3A0/count-tokens")
            let sent = try JSONDecoder().decode(JSONValue.self, from: Data(received.body))
            #expect(sent["input"]?["converse"]?["messages"]?[0]?["role"]?.stringValue == "user")
        }
    }

    @Test func anIdleReadTimeoutIsATimeoutError() async throws {
        let release = TestSignal()
        try await BedrockStandIn.with({ _, _, connection in
            _ = release.waitBlocking()  // never answers while the client waits
        }) { standIn in
            let error = await AWSTestHarness.bedrockError {
                try await AWSTestHarness.withClient(
                    standIn, timeouts: HTTPTimeouts(connect: .seconds(5), idleRead: .milliseconds(200))
                ) { client in
                    _ = try await LiveBedrockRuntime(client: client).converse(
                        modelID: "amazon.nova-lite-v1:0", request: Self.request)
                }
            }
            release.fire()
            #expect(error?.kind == .timeout)
            #expect(standIn.requestCount == 1, "a model call that may have run is not repeated")
        }
    }

    @Test func anUndecodableAnswerIsAMalformedResponse() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondJSON(#"{"output":"#)
        }) { standIn in
            let error = await AWSTestHarness.bedrockError {
                try await AWSTestHarness.withClient(standIn) { client in
                    _ = try await LiveBedrockRuntime(client: client).converse(modelID: "m", request: Self.request)
                }
            }
            #expect(error?.kind == .malformedResponse)
            #expect(error?.requestID == LoopbackConnection.requestID)
        }
    }
}
