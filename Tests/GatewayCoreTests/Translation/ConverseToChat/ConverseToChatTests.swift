import Foundation
import Testing

@testable import GatewayCore

@Suite("Converse response → chat completion")
struct ConverseToChatTests {
    let identity = ChatResponseIdentity(id: "chatcmpl-7f3a", created: 1_741_569_952, model: "claude-sonnet")

    func translate(_ json: String, style: ChatToolCallStyle = .toolCalls) throws -> ChatCompletion {
        ConverseToChat.completion(
            from: try WireJSON.decode(ConverseResponse.self, json), identity: identity, toolCallStyle: style)
    }

    func response(content: String, stopReason: String = "end_turn") -> String {
        """
        {"output": {"message": {"role": "assistant", "content": \(content)}}, "stopReason": "\(stopReason)",
         "usage": {"inputTokens": 10, "outputTokens": 5, "totalTokens": 15}, "metrics": {"latencyMs": 100}}
        """
    }

    @Test("a text answer keeps id, created and the client's model name, with content and usage")
    func textAnswer() throws {
        let completion = try translate(ConverseExamples.text)
        #expect(completion.id == "chatcmpl-7f3a")
        #expect(completion.created == 1_741_569_952)
        #expect(completion.model == "claude-sonnet")
        #expect(completion.systemFingerprint == nil)
        #expect(
            completion.choices == [
                ChatCompletionChoice(index: 0, message: .init(content: "Here is a short poem about the sea..."), finishReason: .stop)
            ])
        #expect(completion.usage == CompletionUsage(promptTokens: 125, completionTokens: 60, totalTokens: 185))
    }

    @Test("several text blocks are concatenated as they come")
    func textBlocksConcatenate() throws {
        let completion = try translate(response(content: #"[{"text": "Hello"}, {"text": ", world"}]"#))
        #expect(completion.choices.first?.message.content == "Hello, world")
    }

    @Test("a tool call keeps the text that came with it and maps to tool_calls")
    func toolUseWithText() throws {
        let completion = try translate(ConverseExamples.toolUse)
        let choice = try #require(completion.choices.first)
        #expect(choice.finishReason == .toolCalls)
        #expect(choice.message.content == "I'll look up the most popular song on WZPZ.")
        #expect(
            choice.message.toolCalls == [
                ChatToolCall(id: "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", function: FunctionCall(name: "top_song", arguments: #"{"sign":"WZPZ"}"#))
            ])
        #expect(choice.message.functionCall == nil)
    }

    @Test("an answer with only tool calls has content null, as OpenAI writes it")
    func onlyToolCallsHaveNullContent() throws {
        let json = response(
            content: #"[{"toolUse": {"toolUseId": "tooluse_1", "name": "get_time", "input": {}}}]"#, stopReason: "tool_use")
        let completion = try translate(json)
        let choice = try #require(completion.choices.first)
        #expect(choice.message.content == nil)
        #expect(choice.message.toolCalls == [ChatToolCall(id: "tooluse_1", function: FunctionCall(name: "get_time", arguments: "{}"))])
        let wire = try WireJSON.value(JSONEncoder().encode(completion))
        #expect(wire["choices"]?.arrayValue?.first?["message"]?["content"] == .null)
    }

    @Test("tool arguments are compact JSON with sorted keys; a missing input is {}")
    func toolArgumentsAreCanonical() throws {
        let json = response(
            content: """
                [{"toolUse": {"toolUseId": "t1", "name": "search", "input": {"query": "a/b \\"q\\"\\n", "filters": {"year": 2024, "lang": ["fr", "en"]}, "limit": 2.5, "exact": true, "cursor": null}}},
                 {"toolUse": {"toolUseId": "t2", "name": "ping", "input": null}}]
                """, stopReason: "tool_use")
        let calls = try #require(try translate(json).choices.first?.message.toolCalls)
        #expect(
            calls.map(\.function.arguments) == [
                #"{"cursor":null,"exact":true,"filters":{"lang":["fr","en"],"year":2024},"limit":2.5,"query":"a/b \"q\"\n"}"#,
                "{}",
            ])
    }

    @Test("tool input strings Bedrock's decoder reads as non-finite numbers come back as the same strings; control characters are escaped")
    func toolArgumentsSurviveOddInput() throws {
        // BedrockJSONDecoder reads the strings "NaN"/"Infinity" as doubles (Smithy's non-finite
        // float convention), which JSON cannot hold; the arguments must still be valid JSON.
        let json = response(
            content: #"[{"toolUse": {"toolUseId": "t1", "name": "f", "input": {"label": "NaN", "max": "-Infinity", "ctrl": "a\u0001b\tc"}}}]"#,
            stopReason: "tool_use")
        let arguments = try #require(try translate(json).choices.first?.message.toolCalls?.first?.function.arguments)
        #expect(arguments == #"{"ctrl":"a\u0001b\tc","label":"NaN","max":"-Infinity"}"#)
        #expect(try WireJSON.value(arguments) == ["ctrl": "a\u{01}b\tc", "label": "NaN", "max": "-Infinity"])
    }

    @Test("end_turn with tool calls finishes with tool_calls (some models end that way)")
    func endTurnWithToolCalls() throws {
        let json = response(content: #"[{"toolUse": {"toolUseId": "t1", "name": "f", "input": {"x": 1}}}]"#, stopReason: "end_turn")
        #expect(try translate(json).choices.first?.finishReason == .toolCalls)
    }

    @Test("legacy functions requests get function_call and finish_reason function_call")
    func legacyFunctionCall() throws {
        let completion = try translate(ConverseExamples.toolUse, style: .legacyFunctionCall)
        let choice = try #require(completion.choices.first)
        #expect(choice.finishReason == .functionCall)
        #expect(choice.message.toolCalls == nil)
        #expect(choice.message.functionCall == FunctionCall(name: "top_song", arguments: #"{"sign":"WZPZ"}"#))
        #expect(choice.message.content == "I'll look up the most popular song on WZPZ.")
        let wire = try WireJSON.value(JSONEncoder().encode(completion))
        #expect(wire["choices"]?.arrayValue?.first?["message"]?["function_call"]?["name"] == "top_song")
        #expect(wire["choices"]?.arrayValue?.first?["message"]?["tool_calls"] == nil)
    }

    @Test("legacy function_call holds one call: the first")
    func legacyKeepsFirstCall() throws {
        let json = response(
            content: """
                [{"toolUse": {"toolUseId": "t1", "name": "first", "input": {}}}, {"toolUse": {"toolUseId": "t2", "name": "second", "input": {}}}]
                """, stopReason: "tool_use")
        let message = try #require(try translate(json, style: .legacyFunctionCall).choices.first?.message)
        #expect(message.functionCall?.name == "first")
    }

    @Test("readable reasoning becomes reasoning_content; signatures and redacted reasoning are not shown")
    func reasoning() throws {
        let completion = try translate(ConverseExamples.reasoning)
        let message = try #require(completion.choices.first?.message)
        #expect(message.reasoningContent == "The user asks for 27 * 453. 27 * 453 = 12231.")
        #expect(message.content == "27 * 453 = 12,231")
        let text = String(decoding: try JSONEncoder().encode(completion), as: UTF8.self)
        #expect(!text.contains("EqoBCkgIARABGAIiQL2UyQ9W"))
        #expect(!text.contains("RW1vS0FoZ0JFZ3kzdmEzcHppeA"))
    }

    @Test("only redacted reasoning: no reasoning_content, and a plain answer still has string content")
    func onlyRedactedReasoning() throws {
        let json = response(content: #"[{"reasoningContent": {"redactedContent": "RW1vS0FoZ0JFZ3kzdmEzcHppeA=="}}]"#, stopReason: "max_tokens")
        let choice = try #require(try translate(json).choices.first)
        #expect(choice.message.reasoningContent == nil)
        #expect(choice.message.content == "")
        #expect(choice.finishReason == .length)
    }

    @Test("citation blocks keep their generated text")
    func citationsKeepText() throws {
        let completion = try translate(ConverseExamples.citations)
        #expect(completion.choices.first?.message.content == "The grass is green.")
    }

    @Test("tools Bedrock runs itself (server_tool_use) are not client tool calls")
    func serverToolUseIsLeftOut() throws {
        let json = response(
            content: """
                [{"toolUse": {"toolUseId": "srv_1", "name": "nova_grounding", "input": {"q": "x"}, "type": "server_tool_use"}},
                 {"text": "Grounded answer."}]
                """)
        let choice = try #require(try translate(json).choices.first)
        #expect(choice.message.toolCalls == nil)
        #expect(choice.message.content == "Grounded answer.")
        #expect(choice.finishReason == .stop)
    }

    @Test(
        "each Converse stop reason maps to its documented finish_reason",
        arguments: [
            ("end_turn", FinishReason.stop), ("stop_sequence", .stop), ("tool_use", .toolCalls), ("max_tokens", .length),
            ("model_context_window_exceeded", .length), ("content_filtered", .contentFilter),
            ("guardrail_intervened", .contentFilter), ("malformed_model_output", .stop), ("malformed_tool_use", .stop),
            ("some_future_reason", .stop),
        ])
    func stopReasons(stopReason: String, expected: FinishReason) throws {
        // With a tool call present, as tool_use implies; only end_turn and tool_use turn into tool_calls.
        let withTool = response(
            content: #"[{"text": "x"}, {"toolUse": {"toolUseId": "t", "name": "f", "input": {}}}]"#, stopReason: stopReason)
        let expectedWithTool: FinishReason = stopReason == "end_turn" ? .toolCalls : expected
        #expect(try translate(withTool).choices.first?.finishReason == expectedWithTool)
        let textOnly = response(content: #"[{"text": "x"}]"#, stopReason: stopReason)
        #expect(try translate(textOnly).choices.first?.finishReason == (expected == .toolCalls ? .stop : expected))
    }

    @Test("cached tokens count in prompt_tokens and show as cached_tokens; totals add up")
    func cachedUsage() throws {
        let completion = try translate(ConverseExamples.cachedUsage)
        // inputTokens 12 excludes the cache: 12 + 2048 read + 2048 written = 4108 prompt tokens.
        #expect(
            completion.usage
                == CompletionUsage(
                    promptTokens: 4108, completionTokens: 100, totalTokens: 4208, promptTokensDetails: .init(cachedTokens: 2048)))
        #expect(completion.usage?.completionTokensDetails == nil)
        #expect(completion.choices.first?.finishReason == .length)
    }

    @Test("usage without caching has no prompt_tokens_details; a reported zero cache read shows 0")
    func usageDetails() {
        #expect(
            ConverseToChat.usage(from: ConverseTokenUsage(inputTokens: 7, outputTokens: 3, totalTokens: 10))
                == CompletionUsage(promptTokens: 7, completionTokens: 3, totalTokens: 10))
        #expect(
            ConverseToChat.usage(from: ConverseTokenUsage(inputTokens: 7, outputTokens: 3, totalTokens: 1034, cacheWriteInputTokens: 1024))
                == CompletionUsage(promptTokens: 1031, completionTokens: 3, totalTokens: 1034, promptTokensDetails: .init(cachedTokens: 0)))
    }

    @Test("absurd token counts saturate instead of trapping")
    func hugeCountsSaturate() {
        let usage = ConverseToChat.usage(
            from: ConverseTokenUsage(inputTokens: Int.max, outputTokens: 5, totalTokens: Int.max, cacheReadInputTokens: 10))
        #expect(usage.promptTokens == Int.max)
        #expect(usage.totalTokens == Int.max)
    }

    @Test("the encoded completion has OpenAI's shape")
    func wireShape() throws {
        let data = try JSONEncoder().encode(try translate(ConverseExamples.toolUse))
        let expected = """
            {"id": "chatcmpl-7f3a", "object": "chat.completion", "created": 1741569952, "model": "claude-sonnet",
             "choices": [{"index": 0, "logprobs": null, "finish_reason": "tool_calls",
               "message": {"role": "assistant", "content": "I'll look up the most popular song on WZPZ.", "refusal": null,
                 "tool_calls": [{"id": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "type": "function",
                                 "function": {"name": "top_song", "arguments": "{\\"sign\\":\\"WZPZ\\"}"}}]}}],
             "usage": {"prompt_tokens": 375, "completion_tokens": 64, "total_tokens": 439}}
            """
        #expect(try WireJSON.value(data) == WireJSON.value(expected))
    }
}
