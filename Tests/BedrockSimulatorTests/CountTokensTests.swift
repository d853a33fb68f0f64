import BedrockClient
import Foundation
import GatewayCore
import Testing

@Suite("CountTokens over HTTP")
struct CountTokensTests {
    static let sonnet = "anthropic.claude-sonnet-4-5-20250929-v1:0"

    @Test func converseInputCountsWhatConverseBills() async throws {
        try await SimulatorHarness.with { harness in
            let conversation = #"{"system":[{"text":"Be brief."}],"messages":[{"role":"user","content":[{"text":"How many tokens is this?"}]}]}"#
            let counted = try await harness.post(
                SimulatorHarness.modelPath(Self.sonnet, "count-tokens"), #"{"input":{"converse":"# + conversation + "}}"
            )
            #expect(counted.status == 200, "\(counted.text)")
            #expect(try #require(ReferenceModels.runtime).validateResponseBody(operation: "CountTokens", body: counted.body).isEmpty)
            let reply = try await harness.post(SimulatorHarness.modelPath("us." + Self.sonnet, "converse"), conversation)
                .decoded(ConverseResponse.self)
            #expect(try counted.decoded(CountTokensResponse.self).inputTokens == reply.usage.inputTokens)
        }
    }

    @Test func invokeModelInputCountsWhatInvokeModelBills() async throws {
        try await SimulatorHarness.with { harness in
            let messages = #"{"anthropic_version":"bedrock-2023-05-31","max_tokens":100,"messages":[{"role":"user","content":"Count me"}]}"#
            let body = #"{"input":{"invokeModel":{"body":""# + Data(messages.utf8).base64EncodedString() + #""}}}"#
            let counted = try await harness.post(SimulatorHarness.modelPath(Self.sonnet, "count-tokens"), body)
                .decoded(CountTokensResponse.self)
            let invoked = try await harness.post(SimulatorHarness.modelPath("anthropic.claude-3-haiku-20240307-v1:0", "invoke"), messages)
            #expect(invoked.headers["X-Amzn-Bedrock-Input-Token-Count"] == String(counted.inputTokens))
        }
    }

    @Test func modelsOtherThanClaudeDoNotCountTokens() async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(
                try await harness.post(
                    SimulatorHarness.modelPath("amazon.nova-micro-v1:0", "count-tokens"),
                    #"{"input":{"converse":{"messages":[{"role":"user","content":[{"text":"Hi"}]}]}}}"#))
            #expect(error.type == "ValidationException")
        }
    }

    @Test func malformedInputIsAValidationException() async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(
                try await harness.post(SimulatorHarness.modelPath(Self.sonnet, "count-tokens"), #"{"input":{}}"#))
            #expect(error.status == 400)
            #expect(error.type == "ValidationException")
            #expect(error.message.contains("validation error"))
        }
    }
}
