import Foundation
import Testing

@testable import GatewayCore

@Suite("Accumulating chat completion chunks")
struct ChatCompletionChunkAccumulatorTests {
    func chunks(_ lines: [String]) throws -> [ChatCompletionChunk] {
        try lines.map { try JSONDecoder().decode(ChatCompletionChunk.self, from: Data($0.utf8)) }
    }

    @Test("a streamed function call (OpenAI function-calling guide) accumulates into one tool call")
    func openAIToolCallStream() throws {
        let head = #"{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o","choices":[{"index":0,"delta":"#
        let fragments = ["{\\\"", "location", "\\\":\\\"", "Paris", ",", " France", "\\\"}"]
        var lines = [
            head + #"{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_DdmO9pD3xa9XTPNJ32zg2hcA","type":"function","function":{"name":"get_weather","arguments":""}}]},"logprobs":null,"finish_reason":null}]}"#
        ]
        lines += fragments.map { head + #"{"tool_calls":[{"index":0,"function":{"arguments":""# + $0 + #""}}]},"logprobs":null,"finish_reason":null}]}"# }
        lines.append(head + #"{},"logprobs":null,"finish_reason":"tool_calls"}]}"#)
        var accumulator = ChatCompletionChunkAccumulator()
        for chunk in try chunks(lines) { accumulator.add(chunk) }
        let completion = try #require(accumulator.completion())
        #expect(completion.id == "chatcmpl-1")
        #expect(completion.model == "gpt-4o")
        #expect(
            completion.choices == [
                ChatCompletionChoice(
                    index: 0,
                    message: ChatCompletionMessage(
                        content: nil,
                        toolCalls: [
                            ChatToolCall(
                                id: "call_DdmO9pD3xa9XTPNJ32zg2hcA",
                                function: FunctionCall(name: "get_weather", arguments: #"{"location":"Paris, France"}"#))
                        ]),
                    finishReason: .toolCalls)
            ])
    }

    @Test("text, refusal and the usage chunk are collected; unfinished streams give nil")
    func textAndUsage() throws {
        let head = #"{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":"#
        let lines = [
            head + #"[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#,
            head + #"[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]}"#,
            head + #"[{"index":0,"delta":{"content":"lo"},"finish_reason":null}]}"#,
        ]
        var accumulator = ChatCompletionChunkAccumulator()
        #expect(accumulator.completion() == nil)
        for chunk in try chunks(lines) { accumulator.add(chunk) }
        #expect(accumulator.completion() == nil)
        for chunk in try chunks([
            head + #"[{"index":0,"delta":{},"finish_reason":"stop"}]}"#,
            head + #"[],"usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}"#,
        ]) {
            accumulator.add(chunk)
        }
        let completion = try #require(accumulator.completion())
        #expect(completion.choices == [ChatCompletionChoice(index: 0, message: .init(content: "Hello"), finishReason: .stop)])
        #expect(completion.usage == CompletionUsage(promptTokens: 3, completionTokens: 2))
    }
}
