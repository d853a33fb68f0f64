import Foundation
import Testing

@testable import OpenAIModels

/// `chat.completion` and `chat.completion.chunk` objects, compared with the examples in the
/// OpenAI API reference (members this gateway never produces, such as `annotations` and
/// `audio_tokens`, are left out of the expected JSON).
@Suite struct ChatCompletionResponseTests {
    @Test func completionEncodesAsTheDocumentedObject() throws {
        let completion = ChatCompletion(
            id: "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", created: 1_741_569_952,
            model: "gpt-4.1-2025-04-14",
            choices: [
                ChatCompletionChoice(
                    index: 0, message: ChatCompletionMessage(content: "Hello! How can I assist you today?"),
                    finishReason: .stop)
            ],
            usage: CompletionUsage(
                promptTokens: 19, completionTokens: 10,
                promptTokensDetails: .init(cachedTokens: 0),
                completionTokensDetails: .init(reasoningTokens: 0)),
            serviceTier: "default")
        let expected = try WireJSON.parse(
            """
            {"id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT","object":"chat.completion","created":1741569952,
             "model":"gpt-4.1-2025-04-14",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Hello! How can I assist you today?","refusal":null},
               "logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":19,"completion_tokens":10,"total_tokens":29,
               "prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}},
             "service_tier":"default"}
            """)
        #expect(try WireJSON.encode(completion) == expected)
    }

    @Test func toolCallAnswerHasExplicitNullContent() throws {
        let choice = ChatCompletionChoice(
            index: 0,
            message: ChatCompletionMessage(
                content: nil,
                toolCalls: [
                    ChatToolCall(
                        id: "call_abc123",
                        function: .init(name: "get_current_weather", arguments: "{\n\"location\": \"Boston, MA\"\n}"))
                ]),
            finishReason: .toolCalls)
        let expected = try WireJSON.parse(
            """
            {"index":0,"message":{"role":"assistant","content":null,"refusal":null,"tool_calls":[{"id":"call_abc123","type":"function",
              "function":{"name":"get_current_weather","arguments":"{\\n\\"location\\": \\"Boston, MA\\"\\n}"}}]},
             "logprobs":null,"finish_reason":"tool_calls"}
            """)
        #expect(try WireJSON.encode(choice) == expected)
    }

    @Test func reasoningContentIsWrittenOnlyWhenPresent() throws {
        let message = ChatCompletionMessage(content: "42", reasoningContent: "6×7")
        #expect(
            try WireJSON.encode(message)
                == ["role": "assistant", "content": "42", "reasoning_content": "6×7", "refusal": nil])
    }

    @Test func documentedCompletionDecodesIgnoringMembersWeDoNotModel() throws {
        let completion = try WireJSON.decode(
            ChatCompletion.self,
            """
            {"id":"chatcmpl-123","object":"chat.completion","created":1741569952,"model":"gpt-4.1",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Hi","refusal":null,"annotations":[]},
               "logprobs":null,"finish_reason":"length"}],
             "usage":{"prompt_tokens":19,"completion_tokens":10,"total_tokens":29,
               "prompt_tokens_details":{"cached_tokens":3,"audio_tokens":0},
               "completion_tokens_details":{"reasoning_tokens":4,"audio_tokens":0,"accepted_prediction_tokens":0,
                 "rejected_prediction_tokens":0}},
             "service_tier":"default","system_fingerprint":"fp_44709d6fcb"}
            """)
        #expect(completion.choices[0].message.content == "Hi")
        #expect(completion.choices[0].finishReason == .length)
        #expect(completion.usage?.promptTokensDetails?.cachedTokens == 3)
        #expect(completion.usage?.completionTokensDetails?.reasoningTokens == 4)
        #expect(completion.systemFingerprint == "fp_44709d6fcb")
        #expect(completion.object == "chat.completion")
    }

    @Test func firstChunkEncodesWithExplicitNullFinishReasonAndLogprobs() throws {
        let chunk = ChatCompletionChunk(
            id: "chatcmpl-123", created: 1_694_268_190, model: "gpt-4o-mini",
            choices: [ChatCompletionChunkChoice(index: 0, delta: .init(role: .assistant, content: ""))],
            systemFingerprint: "fp_44709d6fcb")
        let expected = try WireJSON.parse(
            """
            {"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"gpt-4o-mini",
             "system_fingerprint":"fp_44709d6fcb",
             "choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}
            """)
        #expect(try WireJSON.encode(chunk) == expected)
    }

    @Test func toolCallChunksEncodeAsDocumented() throws {
        let opening = ChatCompletionChunkChoice(
            index: 0,
            delta: .init(toolCalls: [
                ChatToolCallDelta(
                    index: 0, id: "call_DdmO9pD3xa9XTPNJ32zg2hcA", type: "function",
                    function: .init(name: "get_weather", arguments: ""))
            ]))
        #expect(
            try WireJSON.encode(opening)
                == WireJSON.parse(
                    """
                    {"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_DdmO9pD3xa9XTPNJ32zg2hcA","type":"function",
                      "function":{"name":"get_weather","arguments":""}}]},"logprobs":null,"finish_reason":null}
                    """))
        let piece = ChatCompletionChunkChoice(
            index: 0, delta: .init(toolCalls: [ChatToolCallDelta(index: 0, function: .init(arguments: "{\""))]))
        #expect(
            try WireJSON.encode(piece)
                == WireJSON.parse(
                    #"{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\""}}]},"logprobs":null,"finish_reason":null}"#
                ))
        let end = ChatCompletionChunkChoice(index: 0, delta: .init(), finishReason: .toolCalls)
        #expect(
            try WireJSON.encode(end)
                == WireJSON.parse(#"{"index":0,"delta":{},"logprobs":null,"finish_reason":"tool_calls"}"#))
    }

    @Test func finalUsageChunkHasEmptyChoices() throws {
        let chunk = ChatCompletionChunk(
            id: "chatcmpl-123", created: 1_694_268_190, model: "m", choices: [],
            usage: CompletionUsage(promptTokens: 9, completionTokens: 12))
        #expect(
            try WireJSON.encode(chunk)
                == WireJSON.parse(
                    """
                    {"id":"chatcmpl-123","object":"chat.completion.chunk","created":1694268190,"model":"m","choices":[],
                     "usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21}}
                    """))
    }

    @Test func streamedChunksDecodeForSwiftClients() throws {
        let lines = [
            #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null}"#,
            #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"reasoning_content":"hm"},"finish_reason":null}]}"#,
            #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"content_filter"}]}"#,
            #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}"#,
        ]
        let chunks = try lines.map { try WireJSON.decode(ChatCompletionChunk.self, $0) }
        #expect(chunks[0].choices[0].delta == ChatCompletionDelta(role: .assistant, content: ""))
        #expect(chunks[0].usage == nil)
        #expect(chunks[1].choices[0].delta.reasoningContent == "hm")
        #expect(chunks[2].choices[0].finishReason == .contentFilter)
        #expect(chunks[3].choices.isEmpty)
        #expect(chunks[3].usage == CompletionUsage(promptTokens: 1, completionTokens: 2, totalTokens: 3))
    }

    @Test func finishReasonsUseTheDocumentedStrings() throws {
        let strings = try FinishReason.allCases.map { try WireJSON.encode($0) }
        #expect(strings == ["stop", "length", "tool_calls", "content_filter", "function_call"])
        #expect(throws: DecodingError.self) { try WireJSON.decode(FinishReason.self, #""eos""#) }
    }

    @Test func completionsRoundTrip() throws {
        let completion = ChatCompletion(
            id: "x", created: 2, model: "m",
            choices: [
                .init(
                    index: 0,
                    message: .init(
                        content: nil, reasoningContent: "r", refusal: "no",
                        functionCall: .init(name: "f", arguments: "{}")),
                    finishReason: .functionCall, logprobs: ["content": []])
            ],
            systemFingerprint: "fp")
        let data = try JSONEncoder().encode(completion)
        #expect(try JSONDecoder().decode(ChatCompletion.self, from: data) == completion)
    }
}
