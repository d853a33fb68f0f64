import Foundation
import Testing

@testable import GatewayCore

@Suite("Chat chunk SSE framing")
struct ChatChunkSSETests {
    let identity = ChatResponseIdentity(id: "chatcmpl-7f3a", created: 1_741_569_952, model: "claude-sonnet")

    @Test("a chunk is one data line of compact JSON with sorted keys and a blank line")
    func chunkEvent() throws {
        let chunk = ChatCompletionChunk(
            id: "chatcmpl-7f3a", created: 1_741_569_952, model: "claude-sonnet",
            choices: [.init(index: 0, delta: .init(role: .assistant, content: ""))])
        #expect(
            try ChatChunkSSE.event(chunk)
                == #"data: {"choices":[{"delta":{"content":"","role":"assistant"},"finish_reason":null,"index":0,"logprobs":null}],"created":1741569952,"id":"chatcmpl-7f3a","model":"claude-sonnet","object":"chat.completion.chunk"}"#
                + "\n\n")
    }

    @Test("a tool-call fragment and the usage chunk are framed byte for byte")
    func toolAndUsageEvents() throws {
        let fragment = ChatCompletionChunk(
            id: "chatcmpl-7f3a", created: 1_741_569_952, model: "claude-sonnet",
            choices: [.init(index: 0, delta: .init(toolCalls: [.init(index: 1, function: .init(arguments: "{\"path\":\"a/b\"}"))]))])
        #expect(
            try ChatChunkSSE.event(fragment)
                == #"data: {"choices":[{"delta":{"tool_calls":[{"function":{"arguments":"{\"path\":\"a/b\"}"},"index":1}]},"finish_reason":null,"index":0,"logprobs":null}],"created":1741569952,"id":"chatcmpl-7f3a","model":"claude-sonnet","object":"chat.completion.chunk"}"#
                + "\n\n")
        let usage = ChatCompletionChunk(
            id: "chatcmpl-7f3a", created: 1_741_569_952, model: "claude-sonnet", choices: [],
            usage: .init(promptTokens: 2068, completionTokens: 3, promptTokensDetails: .init(cachedTokens: 2048)))
        #expect(
            try ChatChunkSSE.event(usage)
                == #"data: {"choices":[],"created":1741569952,"id":"chatcmpl-7f3a","model":"claude-sonnet","object":"chat.completion.chunk","usage":{"completion_tokens":3,"prompt_tokens":2068,"prompt_tokens_details":{"cached_tokens":2048},"total_tokens":2071}}"#
                + "\n\n")
    }

    @Test("line breaks inside text stay escaped, so an event is always a single data line")
    func lineBreaksStayEscaped() throws {
        let chunk = ChatCompletionChunk(
            id: "c", created: 1, model: "m", choices: [.init(index: 0, delta: .init(content: "a\nb\r\n\nc"))])
        let event = try ChatChunkSSE.event(chunk)
        #expect(event.hasPrefix("data: {"))
        #expect(event.hasSuffix("}\n\n"))
        #expect(event.dropLast(2).allSatisfy { $0 != "\n" && $0 != "\r" && $0 != "\r\n" })
        #expect(event.contains(#""content":"a\nb\r\n\nc""#))
    }

    @Test("the stream ends with data: [DONE]")
    func done() throws {
        #expect(ChatChunkSSE.done == "data: [DONE]\n\n")
        let chunk = ChatCompletionChunk(id: "c", created: 1, model: "m", choices: [.init(index: 0, delta: .init(), finishReason: .stop)])
        #expect(try ChatChunkSSE.stream([chunk]) == (try ChatChunkSSE.event(chunk)) + "data: [DONE]\n\n")
    }

    @Test("a mid-stream error is a data event with OpenAI's error envelope, param and code included")
    func errorEvent() throws {
        let error = try #require(StreamTranslationError.bedrockException(.throttlingException(.init(message: "Too many requests, please wait before trying your request again."))))
        #expect(
            try ChatChunkSSE.errorEvent(error)
                == #"data: {"error":{"code":"rate_limit_exceeded","message":"Too many requests, please wait before trying your request again.","param":null,"type":"rate_limit_error"}}"#
                + "\n\n")
        // What OpenAI's client libraries check: the event's JSON has an "error" object with a message.
        let body = try #require(try ChatChunkSSE.errorEvent(.truncated).split(separator: "data: ", maxSplits: 1).last)
        let json = try WireJSON.value(String(body.dropLast(2)))
        #expect(json["error"]?["message"]?.stringValue == "The Bedrock stream ended before the answer was complete.")
        #expect(json["error"]?["type"] == "server_error")
    }
}
