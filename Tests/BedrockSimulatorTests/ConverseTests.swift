import AWSServiceModel
import BedrockClient
import Foundation
import GatewayCore
import Testing

@Suite("Converse over HTTP")
struct ConverseTests {
    static let novaMicro = "amazon.nova-micro-v1:0"
    static let sonnet45Profile = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"
    static let hello = #"{"messages":[{"role":"user","content":[{"text":"Hello there, simulator"}]}]}"#

    @Test func replyMatchesTheServiceModelsConverseResponseShape() async throws {
        try await SimulatorHarness.with { harness in
            let response = try await harness.post(SimulatorHarness.modelPath(Self.novaMicro, "converse"), Self.hello)
            #expect(response.status == 200)
            #expect(response.headers["Content-Type"] == "application/json")
            #expect(response.headers["x-amzn-RequestId"] != nil)
            let model = try #require(ReferenceModels.runtime)
            #expect(try model.validateResponseBody(operation: "Converse", body: response.body).isEmpty)
            let reply = try response.decoded(ConverseResponse.self)
            #expect(reply.output.message?.role == .assistant)
            #expect(reply.text == "You said: Hello there, simulator")
            #expect(reply.stopReason == .endTurn)
            #expect(reply.usage.outputTokens == ("You said: Hello there, simulator".count + 3) / 4)
            #expect(reply.usage.totalTokens == reply.usage.inputTokens + reply.usage.outputTokens)
        }
    }

    @Test func identicalRequestsGetIdenticalReplies() async throws {
        try await SimulatorHarness.with { harness in
            let path = SimulatorHarness.modelPath(Self.novaMicro, "converse")
            let first = try await harness.post(path, Self.hello)
            let second = try await harness.post(path, Self.hello)
            #expect(first.body == second.body)
        }
    }

    @Test(arguments: [
        "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "global.anthropic.claude-haiku-4-5-20251001-v1:0",
        "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.amazon.nova-lite-v1:0",
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/8k2mqzsz4v1a",
    ])
    func percentEncodedModelIdentifiersResolve(modelID: String) async throws {
        try await SimulatorHarness.with { harness in
            let response = try await harness.post(SimulatorHarness.modelPath(modelID, "converse"), Self.hello)
            #expect(response.status == 200, "\(response.text)")
            #expect(harness.simulator.recordedRequests().last?.modelID == modelID)
        }
    }

    @Test func unknownModelIsResourceNotFound() async throws {
        try await SimulatorHarness.with { harness in
            let response = try await harness.post(SimulatorHarness.modelPath("acme.nonexistent-v1:0", "converse"), Self.hello)
            let error = try BedrockErrorAnswer(response)
            #expect(error.status == 404)
            #expect(error.type == "ResourceNotFoundException")
            #expect(!error.message.isEmpty)
        }
    }

    @Test func profileOnlyModelCalledOnDemandIsRejectedWithBedrocksWording() async throws {
        try await SimulatorHarness.with { harness in
            let response = try await harness.post(
                SimulatorHarness.modelPath("anthropic.claude-sonnet-4-5-20250929-v1:0", "converse"), Self.hello)
            let error = try BedrockErrorAnswer(response)
            #expect(error.status == 400)
            #expect(error.type == "ValidationException")
            #expect(error.message.contains("with on-demand throughput isn’t supported"))
            #expect(error.message.contains("inference profile"))
        }
    }

    @Test func provisionedOnlyModelCalledOnDemandIsRejected() async throws {
        try await SimulatorHarness.with { harness in
            let response = try await harness.post(
                SimulatorHarness.modelPath("anthropic.claude-3-haiku-20240307-v1:0:200k", "converse"), Self.hello)
            let error = try BedrockErrorAnswer(response)
            #expect(error.type == "ValidationException")
            #expect(error.message.contains("on-demand throughput"))
        }
    }

    @Test func requestWithoutAuthorizationIsMissingAuthenticationToken() async throws {
        try await SimulatorHarness.with { harness in
            let response = try await harness.post(
                SimulatorHarness.modelPath(Self.novaMicro, "converse"), Self.hello, authorized: false)
            let error = try BedrockErrorAnswer(response)
            #expect(error.status == 403)
            #expect(error.type == "MissingAuthenticationTokenException")
            #expect(error.message == "Missing Authentication Token")
        }
    }

    @Test func bearerTokenIsAccepted() async throws {
        try await SimulatorHarness.with { harness in
            let response = try await harness.post(
                SimulatorHarness.modelPath(Self.novaMicro, "converse"), Self.hello, headers: [("Authorization", "Bearer ABSKexample")],
                authorized: false)
            #expect(response.status == 200)
        }
    }

    @Test func schemaViolationsAreListedLikeBedrock() async throws {
        try await SimulatorHarness.with { harness in
            #expect(harness.simulator.validatesAgainstServiceModel)
            let body = #"{"messages":[{"role":"system","content":[{"text":"Hi"}]}],"inferenceConfig":{"maxTokens":0}}"#
            let response = try await harness.post(SimulatorHarness.modelPath(Self.novaMicro, "converse"), body)
            let error = try BedrockErrorAnswer(response)
            #expect(error.status == 400)
            #expect(error.type == "ValidationException")
            #expect(error.message.hasPrefix("2 validation errors detected: "))
            #expect(error.message.contains("at 'messages.1.member.role' failed to satisfy constraint: Member must satisfy enum value set: [user, assistant]"))
            #expect(error.message.contains("at 'inferenceConfig.maxTokens' failed to satisfy constraint: Member must have value greater than or equal to 1"))
        }
    }

    @Test func missingRequiredMemberIsReportedAsNull() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"messages":[{"role":"user"}]}"#
            let error = try BedrockErrorAnswer(try await harness.post(SimulatorHarness.modelPath(Self.novaMicro, "converse"), body))
            #expect(error.message == "1 validation error detected: Value null at 'messages.1.member.content' failed to satisfy constraint: Member must not be null")
        }
    }

    @Test(arguments: [
        (#"{"messages":[{"role":"assistant","content":[{"text":"Hi"}]}]}"#, "must start with a user message"),
        (#"{"messages":[{"role":"user","content":[{"text":"Hi"}]},{"role":"user","content":[{"text":"again"}]}]}"#,
         "must alternate between user and assistant roles"),
        (#"{"messages":[{"role":"user","content":[{"text":"  "}]}]}"#, "at messages.0.content.0 is blank"),
        (#"{"messages":[{"role":"user","content":[{"text":"Hi"}]},{"role":"assistant","content":[{"toolUse":{"toolUseId":"t1","name":"f","input":{}}}]},{"role":"user","content":[{"toolResult":{"toolUseId":"t1","content":[{"text":"ok"}]}}]}]}"#,
         "toolConfig field must be defined"),
        (#"{"messages":[{"role":"user","content":[{"text":"Hi"}]},{"role":"assistant","content":[{"toolUse":{"toolUseId":"t1","name":"f","input":{}}}]},{"role":"user","content":[{"toolResult":{"toolUseId":"t2","content":[{"text":"ok"}]}}]}],"toolConfig":{"tools":[{"toolSpec":{"name":"f","inputSchema":{"json":{"type":"object"}}}}]}}"#,
         "unexpected `tool_use_id` found in `tool_result` blocks: t2"),
    ])
    func conversationRulesAreEnforced(body: String, expected: String) async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(try await harness.post(SimulatorHarness.modelPath(Self.novaMicro, "converse"), body))
            #expect(error.type == "ValidationException")
            #expect(error.message.contains(expected), "\(error.message)")
        }
    }

    @Test(arguments: [
        (#""inferenceConfig":{"maxTokens":4000},"additionalModelRequestFields":{"thinking":{"type":"enabled","budget_tokens":512}}"#,
         "greater than or equal to 1024"),
        (#""inferenceConfig":{"maxTokens":2000},"additionalModelRequestFields":{"thinking":{"type":"enabled","budget_tokens":2000}}"#,
         "`max_tokens` must be greater than `thinking.budget_tokens`"),
        (#""inferenceConfig":{"temperature":0.5,"topP":0.9}"#, "`temperature` and `top_p` cannot both be specified"),
    ])
    func claudeSamplingAndThinkingLimitsAreEnforced(fields: String, expected: String) async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"messages":[{"role":"user","content":[{"text":"Hi"}]}],"# + fields + "}"
            let error = try BedrockErrorAnswer(try await harness.post(SimulatorHarness.modelPath(Self.sonnet45Profile, "converse"), body))
            #expect(error.type == "ValidationException")
            #expect(error.message.contains(expected), "\(error.message)")
        }
    }

    @Test func cachePointIsRejectedForModelsWithoutPromptCaching() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"system":[{"text":"Be brief."},{"cachePoint":{"type":"default"}}],"messages":[{"role":"user","content":[{"text":"Hi"}]}]}"#
            let error = try BedrockErrorAnswer(
                try await harness.post(SimulatorHarness.modelPath("anthropic.claude-3-haiku-20240307-v1:0", "converse"), body))
            #expect(error.type == "ValidationException")
            #expect(error.message.contains("prompt caching"))
        }
    }

    @Test func embeddingModelIsNotAConverseModel() async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(
                try await harness.post(SimulatorHarness.modelPath("amazon.titan-embed-text-v2:0", "converse"), Self.hello))
            #expect(error.type == "ValidationException")
            #expect(error.message.contains("doesn't support the model"))
        }
    }

    @Test func smallMaxTokensStopsWithMaxTokens() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"messages":[{"role":"user","content":[{"text":"Tell me a long story about a lighthouse keeper"}]}],"inferenceConfig":{"maxTokens":3}}"#
            let reply = try await harness.post(SimulatorHarness.modelPath(Self.novaMicro, "converse"), body).decoded(ConverseResponse.self)
            #expect(reply.stopReason == .maxTokens)
            #expect(reply.usage.outputTokens == 3)
            #expect(reply.text == String("You said: Tell me a long story".prefix(12)))
        }
    }

    @Test func stopSequenceInTheGeneratedTextStopsThere() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"messages":[{"role":"user","content":[{"text":"one two STOP three"}]}],"inferenceConfig":{"stopSequences":["STOP"]}}"#
            let reply = try await harness.post(SimulatorHarness.modelPath(Self.novaMicro, "converse"), body).decoded(ConverseResponse.self)
            #expect(reply.stopReason == .stopSequence)
            #expect(reply.text == "You said: one two ")
        }
    }

    static let weatherTool =
        #""toolConfig":{"tools":[{"toolSpec":{"name":"get_weather","description":"Weather by city","inputSchema":{"json":{"type":"object","properties":{"city":{"type":"string"},"unit":{"type":"string","enum":["C","F"]}},"required":["city","unit"]}}}}]}"#

    @Test func askingToCallAToolProducesAToolUseWithTheGivenInput() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"messages":[{"role":"user","content":[{"text":"Please call get_weather {\"city\": \"Paris\", \"unit\": \"C\"}"}]}],"# + Self.weatherTool + "}"
            let response = try await harness.post(SimulatorHarness.modelPath(Self.novaMicro, "converse"), body)
            #expect(try #require(ReferenceModels.runtime).validateResponseBody(operation: "Converse", body: response.body).isEmpty)
            let reply = try response.decoded(ConverseResponse.self)
            #expect(reply.stopReason == .toolUse)
            let use = try #require(reply.toolUses.first)
            #expect(reply.toolUses.count == 1)
            #expect(use.name == "get_weather")
            #expect(use.input == ["city": "Paris", "unit": "C"])
            #expect(use.toolUseId.hasPrefix("tooluse_"))
        }
    }

    @Test func toolUseScenarioCallsTheFirstToolWithInputFromItsSchema() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"messages":[{"role":"user","content":[{"text":"What's the weather?"}]}],"# + Self.weatherTool + "}"
            let reply = try await harness.post(
                SimulatorHarness.modelPath(Self.novaMicro, "converse"), body, headers: [("x-simulator-scenario", "tool_use")]
            ).decoded(ConverseResponse.self)
            #expect(reply.stopReason == .toolUse)
            let use = try #require(reply.toolUses.first)
            #expect(use.input == ["city": "example", "unit": "C"])
        }
    }

    @Test func toolResultTurnIsAnsweredWithTheResult() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"messages":[{"role":"user","content":[{"text":"call get_weather"}]},{"role":"assistant","content":[{"toolUse":{"toolUseId":"tooluse_1","name":"get_weather","input":{"city":"Paris","unit":"C"}}}]},{"role":"user","content":[{"toolResult":{"toolUseId":"tooluse_1","content":[{"text":"18 degrees"}]}}]}],"# + Self.weatherTool + "}"
            let reply = try await harness.post(SimulatorHarness.modelPath(Self.novaMicro, "converse"), body).decoded(ConverseResponse.self)
            #expect(reply.stopReason == .endTurn)
            #expect(reply.text == "The tool returned: 18 degrees")
        }
    }

    @Test func enabledThinkingReturnsSignedReasoningFirst() async throws {
        try await SimulatorHarness.with { harness in
            let body = #"{"messages":[{"role":"user","content":[{"text":"Think first"}]}],"inferenceConfig":{"maxTokens":4000},"additionalModelRequestFields":{"thinking":{"type":"enabled","budget_tokens":1024}}}"#
            let reply = try await harness.post(SimulatorHarness.modelPath(Self.sonnet45Profile, "converse"), body).decoded(ConverseResponse.self)
            let content = reply.output.message?.content ?? []
            guard case .reasoningContent(.reasoningText(let reasoning)) = content.first else {
                Issue.record("expected reasoning first, got \(content)")
                return
            }
            #expect(!reasoning.text.isEmpty)
            #expect(reasoning.signature?.isEmpty == false)
            #expect(reply.text == "You said: Think first")
        }
    }

    @Test func redactedReasoningScenarioReturnsRedactedContent() async throws {
        try await SimulatorHarness.with { harness in
            let response = try await harness.post(
                SimulatorHarness.modelPath(Self.sonnet45Profile, "converse"), Self.hello,
                headers: [("x-simulator-scenario", "redacted_reasoning")])
            #expect(try #require(ReferenceModels.runtime).validateResponseBody(operation: "Converse", body: response.body).isEmpty)
            let content = try response.decoded(ConverseResponse.self).output.message?.content ?? []
            guard case .reasoningContent(.redactedContent(let data)) = content.first else {
                Issue.record("expected redacted reasoning first, got \(content)")
                return
            }
            #expect(!data.isEmpty)
        }
    }

    @Test func alwaysReasoningModelReturnsUnsignedReasoning() async throws {
        try await SimulatorHarness.with { harness in
            let reply = try await harness.post(SimulatorHarness.modelPath("us.deepseek.r1-v1:0", "converse"), Self.hello)
                .decoded(ConverseResponse.self)
            guard case .reasoningContent(.reasoningText(let reasoning)) = reply.output.message?.content.first else {
                Issue.record("expected reasoning")
                return
            }
            #expect(reasoning.signature == nil)
        }
    }

    @Test func cachePointWritesThenReadsThePrefix() async throws {
        try await SimulatorHarness.with { harness in
            let system = String(repeating: "You are a meticulous assistant. ", count: 20)
            let body = #"{"system":[{"text":"\#(system)"},{"cachePoint":{"type":"default"}}],"messages":[{"role":"user","content":[{"text":"Hi"}]}]}"#
            let path = SimulatorHarness.modelPath(Self.novaMicro, "converse")
            let first = try await harness.post(path, body).decoded(ConverseResponse.self).usage
            let second = try await harness.post(path, body).decoded(ConverseResponse.self).usage
            let written = try #require(first.cacheWriteInputTokens)
            #expect(written >= system.count / 4)
            #expect(first.cacheReadInputTokens == 0)
            #expect(second.cacheReadInputTokens == written)
            #expect(second.cacheWriteInputTokens == 0)
            #expect(first.inputTokens == second.inputTokens)
            #expect(second.totalTokens == second.inputTokens + second.outputTokens + written)
        }
    }

    @Test(arguments: [("guardrail_intervened", ConverseStopReason.guardrailIntervened), ("content_filtered", .contentFiltered)])
    func stopReasonScenarios(directive: String, expected: ConverseStopReason) async throws {
        try await SimulatorHarness.with { harness in
            let reply = try await harness.post(
                SimulatorHarness.modelPath(Self.novaMicro, "converse"), Self.hello,
                headers: [("x-simulator-scenario", "stop:\(directive)")]
            ).decoded(ConverseResponse.self)
            #expect(reply.stopReason == expected)
        }
    }
}
