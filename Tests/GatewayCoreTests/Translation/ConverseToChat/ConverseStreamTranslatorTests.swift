import Foundation
import Testing

@testable import GatewayCore

@Suite("ConverseStream events → chat completion chunks")
struct ConverseStreamTranslatorTests {
    static let identity = ChatResponseIdentity(id: "chatcmpl-7f3a", created: 1_741_569_952, model: "claude-sonnet")

    /// A chunk with one choice, as OpenAI streams them.
    func chunk(_ delta: ChatCompletionDelta, finish: FinishReason? = nil) -> ChatCompletionChunk {
        ChatCompletionChunk(
            id: "chatcmpl-7f3a", created: 1_741_569_952, model: "claude-sonnet",
            choices: [ChatCompletionChunkChoice(index: 0, delta: delta, finishReason: finish)])
    }

    func usageChunk(_ usage: CompletionUsage) -> ChatCompletionChunk {
        ChatCompletionChunk(id: "chatcmpl-7f3a", created: 1_741_569_952, model: "claude-sonnet", choices: [], usage: usage)
    }

    func toolStart(_ index: Int, id: String, name: String) -> ChatCompletionChunk {
        chunk(ChatCompletionDelta(toolCalls: [ChatToolCallDelta(index: index, id: id, type: "function", function: .init(name: name, arguments: ""))]))
    }

    func toolArguments(_ index: Int, _ fragment: String) -> ChatCompletionChunk {
        chunk(ChatCompletionDelta(toolCalls: [ChatToolCallDelta(index: index, function: .init(arguments: fragment))]))
    }

    /// Runs events through a translator, then `finish()`.
    func run(_ events: [ConverseStreamEvent], includeUsage: Bool = true) throws -> [ChatCompletionChunk] {
        var translator = ConverseStreamTranslator(identity: Self.identity, includeUsage: includeUsage)
        var chunks: [ChatCompletionChunk] = []
        for event in events { chunks += try translator.consume(event) }
        return chunks + (try translator.finish())
    }

    var reasoningTextAndTwoToolsChunks: [ChatCompletionChunk] {
        [
            chunk(ChatCompletionDelta(role: .assistant, content: "")),
            chunk(ChatCompletionDelta(reasoningContent: "The user wants the weather")),
            chunk(ChatCompletionDelta(reasoningContent: " in Paris and Tokyo.")),
            chunk(ChatCompletionDelta(content: "I'll check ")),
            chunk(ChatCompletionDelta(content: "both cities.")),
            toolStart(0, id: "tooluse_Paris01", name: "get_weather"),
            toolArguments(0, #"{"city":"#),
            toolArguments(0, #""Paris"}"#),
            toolStart(1, id: "tooluse_Tokyo02", name: "get_weather"),
            toolArguments(1, #"{"city":"Tokyo"}"#),
            chunk(ChatCompletionDelta(), finish: .toolCalls),
        ]
    }

    @Test("reasoning, text and two tool calls stream in OpenAI's order; tools are numbered 0 and 1, not by block")
    func fullStream() throws {
        let chunks = try run(ConverseStreamFrames.events(ConverseStreamFrames.reasoningTextAndTwoTools))
        #expect(chunks == reasoningTextAndTwoToolsChunks + [usageChunk(CompletionUsage(promptTokens: 412, completionTokens: 96, totalTokens: 508))])
    }

    @Test("without include_usage there is no usage chunk, but the usage is still known for logging")
    func withoutUsage() throws {
        var translator = ConverseStreamTranslator(identity: Self.identity, includeUsage: false)
        var chunks: [ChatCompletionChunk] = []
        for event in try ConverseStreamFrames.events(ConverseStreamFrames.reasoningTextAndTwoTools) {
            chunks += try translator.consume(event)
        }
        chunks += try translator.finish()
        #expect(chunks == reasoningTextAndTwoToolsChunks)
        #expect(translator.usage == CompletionUsage(promptTokens: 412, completionTokens: 96, totalTokens: 508))
        #expect(translator.finishReason == .toolCalls)
    }

    @Test("cached usage in the stream: prompt_tokens include the cache, cached_tokens shows the read")
    func cachedUsageChunk() throws {
        let chunks = try run(ConverseStreamFrames.events(ConverseStreamFrames.cachedText))
        #expect(
            chunks == [
                chunk(ChatCompletionDelta(role: .assistant, content: "")),
                chunk(ChatCompletionDelta(content: "Bonjour")),
                chunk(ChatCompletionDelta(content: " !")),
                chunk(ChatCompletionDelta(), finish: .stop),
                usageChunk(CompletionUsage(promptTokens: 2068, completionTokens: 3, totalTokens: 2071, promptTokensDetails: .init(cachedTokens: 2048))),
            ])
    }

    @Test("metadata before messageStop is held until after the finish chunk")
    func earlyMetadataIsHeld() throws {
        let events = try ConverseStreamFrames.events([
            ("messageStart", #"{"role":"assistant"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Hi"}}"#),
            ("metadata", #"{"usage":{"inputTokens":4,"outputTokens":1,"totalTokens":5},"metrics":{"latencyMs":90}}"#),
            ("contentBlockStop", #"{"contentBlockIndex":0}"#),
            ("messageStop", #"{"stopReason":"end_turn"}"#),
        ])
        #expect(
            try run(events) == [
                chunk(ChatCompletionDelta(role: .assistant, content: "")),
                chunk(ChatCompletionDelta(content: "Hi")),
                chunk(ChatCompletionDelta(), finish: .stop),
                usageChunk(CompletionUsage(promptTokens: 4, completionTokens: 1, totalTokens: 5)),
            ])
    }

    @Test("a tool call that streams no input gets arguments {} when its block stops")
    func toolWithoutInput() throws {
        let events = try ConverseStreamFrames.events([
            ("messageStart", #"{"role":"assistant"}"#),
            ("contentBlockStart", #"{"contentBlockIndex":0,"start":{"toolUse":{"toolUseId":"tooluse_now","name":"get_time"}}}"#),
            ("contentBlockStop", #"{"contentBlockIndex":0}"#),
            ("messageStop", #"{"stopReason":"tool_use"}"#),
        ])
        #expect(
            try run(events, includeUsage: false) == [
                chunk(ChatCompletionDelta(role: .assistant, content: "")),
                toolStart(0, id: "tooluse_now", name: "get_time"),
                toolArguments(0, "{}"),
                chunk(ChatCompletionDelta(), finish: .toolCalls),
            ])
    }

    @Test("a tool call still open at messageStop is closed with {} before the finish chunk")
    func toolClosedAtMessageStop() throws {
        let events = try ConverseStreamFrames.events([
            ("contentBlockStart", #"{"contentBlockIndex":1,"start":{"toolUse":{"toolUseId":"t","name":"f"}}}"#),
            ("messageStop", #"{"stopReason":"end_turn"}"#),
        ])
        #expect(
            try run(events, includeUsage: false) == [
                chunk(ChatCompletionDelta(role: .assistant, content: "")),
                toolStart(0, id: "t", name: "f"),
                toolArguments(0, "{}"),
                chunk(ChatCompletionDelta(), finish: .toolCalls),
            ])
    }

    @Test("without messageStart the role chunk comes before the first content")
    func missingMessageStart() throws {
        let events = try ConverseStreamFrames.events([
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Hi"}}"#),
            ("messageStop", #"{"stopReason":"max_tokens"}"#),
        ])
        #expect(
            try run(events) == [
                chunk(ChatCompletionDelta(role: .assistant, content: "")),
                chunk(ChatCompletionDelta(content: "Hi")),
                chunk(ChatCompletionDelta(), finish: .length),
            ])
    }

    @Test("signatures, redacted reasoning, citations and unknown events give no chunks")
    func invisibleEvents() throws {
        let events = try ConverseStreamFrames.events([
            ("messageStart", #"{"role":"assistant"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"reasoningContent":{"redactedContent":"RW1vS0FoZ0JFZ3kzdmEzcHppeA=="}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"reasoningContent":{"signature":"EqoBCkgIARAB"}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"text":"Grass is green."}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"citation":{"title":"nature facts","location":{"documentChar":{"documentIndex":0,"start":0,"end":20}}}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"image":{"source":{"bytes":"AAAA"}}}}"#),
            ("somethingNew", #"{"x":1}"#),
            ("messageStop", #"{"stopReason":"end_turn"}"#),
        ])
        #expect(
            try run(events) == [
                chunk(ChatCompletionDelta(role: .assistant, content: "")),
                chunk(ChatCompletionDelta(content: "Grass is green.")),
                chunk(ChatCompletionDelta(), finish: .stop),
            ])
    }

    @Test("tools Bedrock runs itself are not streamed as client tool calls")
    func serverToolUse() throws {
        let events = try ConverseStreamFrames.events([
            ("contentBlockStart", #"{"contentBlockIndex":0,"start":{"toolUse":{"toolUseId":"srv","name":"nova_grounding","type":"server_tool_use"}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"toolUse":{"input":"{\"q\":\"x\"}"}}}"#),
            ("contentBlockStop", #"{"contentBlockIndex":0}"#),
            ("contentBlockStart", #"{"contentBlockIndex":1,"start":{"toolUse":{"toolUseId":"mine","name":"f"}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"toolUse":{"input":"{}"}}}"#),
            ("messageStop", #"{"stopReason":"tool_use"}"#),
        ])
        #expect(
            try run(events) == [
                chunk(ChatCompletionDelta(role: .assistant, content: "")),
                toolStart(0, id: "mine", name: "f"),
                toolArguments(0, "{}"),
                chunk(ChatCompletionDelta(), finish: .toolCalls),
            ])
    }

    @Test(
        "each Bedrock exception becomes an OpenAI error with Bedrock's status",
        arguments: [
            ("internalServerException", #"{"message":"Internal failure"}"#, OpenAIErrorType.server, "internal_server_error", 500, "Internal failure"),
            (
                "modelStreamErrorException", #"{"originalStatusCode":529,"originalMessage":"Overloaded"}"#, .api, "model_stream_error", 424,
                "Overloaded"
            ),
            ("validationException", #"{"message":"Too many tokens"}"#, .invalidRequest, "validation_error", 400, "Too many tokens"),
            ("throttlingException", #"{"message":"Too many requests"}"#, .rateLimit, "rate_limit_exceeded", 429, "Too many requests"),
            ("serviceUnavailableException", #"{}"#, .server, "service_unavailable", 503, "Bedrock is unavailable; retry later."),
        ])
    func exceptions(type: String, payload: String, errorType: OpenAIErrorType, code: String, status: Int, message: String) throws {
        let error = try #require(StreamTranslationError.bedrockException(try ConverseStreamFrames.events([(type, payload)])[0]))
        #expect(error.error == OpenAIError(message: message, type: errorType, param: nil, code: code))
        #expect(error.status == status)
        #expect(error.bedrockExceptionType == type)
    }

    @Test("an exception mid-stream ends the translation after the chunks sent so far")
    func exceptionMidStream() throws {
        let events = try ConverseStreamFrames.events([
            ("messageStart", #"{"role":"assistant"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Par"}}"#),
            ("throttlingException", #"{"message":"Too many requests, please wait before trying your request again."}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"is"}}"#),
            ("messageStop", #"{"stopReason":"end_turn"}"#),
        ])
        var translator = ConverseStreamTranslator(identity: Self.identity, includeUsage: true)
        var chunks: [ChatCompletionChunk] = []
        var caught: StreamTranslationError?
        for event in events {
            do { chunks += try translator.consume(event) } catch { caught = caught ?? error }
        }
        #expect(chunks == [chunk(ChatCompletionDelta(role: .assistant, content: "")), chunk(ChatCompletionDelta(content: "Par"))])
        #expect(caught?.error.type == .rateLimit)
        #expect(caught?.status == 429)
        #expect(try translator.finish() == [])
    }

    @Test("a stream that ends without messageStop is reported as truncated, once")
    func truncatedStream() throws {
        var translator = ConverseStreamTranslator(identity: Self.identity, includeUsage: true)
        var chunks: [ChatCompletionChunk] = []
        for event in try ConverseStreamFrames.events(Array(ConverseStreamFrames.reasoningTextAndTwoTools.prefix(7))) {
            chunks += try translator.consume(event)
        }
        #expect(chunks == Array(reasoningTextAndTwoToolsChunks.prefix(5)))
        #expect(throws: StreamTranslationError.truncated) { try translator.finish() }
        #expect(StreamTranslationError.truncated.error.code == "stream_truncated")
        #expect(try translator.finish() == [])
        #expect(try translator.consume(.messageStop(.init(stopReason: .endTurn))) == [])
    }

    @Test("tool input for a block that never started a tool call is an error, not a guess")
    func toolInputWithoutStart() throws {
        var translator = ConverseStreamTranslator(identity: Self.identity, includeUsage: false)
        let event = try ConverseStreamFrames.events([("contentBlockDelta", #"{"contentBlockIndex":2,"delta":{"toolUse":{"input":"{}"}}}"#)])[0]
        #expect(throws: StreamTranslationError.toolInputWithoutStart(contentBlockIndex: 2)) { try translator.consume(event) }
    }

    @Test("events after messageStop other than metadata are ignored, and a repeated messageStop too")
    func afterMessageStop() throws {
        let events = try ConverseStreamFrames.events([
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Hi"}}"#),
            ("messageStop", #"{"stopReason":"end_turn"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":" again"}}"#),
            ("messageStop", #"{"stopReason":"max_tokens"}"#),
            ("metadata", #"{"usage":{"inputTokens":4,"outputTokens":1,"totalTokens":5},"metrics":{"latencyMs":90}}"#),
        ])
        #expect(
            try run(events) == [
                chunk(ChatCompletionDelta(role: .assistant, content: "")),
                chunk(ChatCompletionDelta(content: "Hi")),
                chunk(ChatCompletionDelta(), finish: .stop),
                usageChunk(CompletionUsage(promptTokens: 4, completionTokens: 1, totalTokens: 5)),
            ])
    }

    @Test("the aggregated stream equals the translation of the same non-streamed response")
    func aggregateEqualsNonStreaming() throws {
        let events = try ConverseStreamFrames.events(ConverseStreamFrames.reasoningTextAndTwoTools)
        let response = try WireJSON.decode(ConverseResponse.self, ConverseStreamFrames.reasoningTextAndTwoToolsResponse)
        for style in [ChatToolCallStyle.toolCalls, .legacyFunctionCall] {
            let streamed = try ConverseStreamTranslator.completion(from: events, identity: Self.identity, toolCallStyle: style)
            #expect(streamed == ConverseToChat.completion(from: response, identity: Self.identity, toolCallStyle: style))
        }
        let cached = try ConverseStreamTranslator.completion(
            from: ConverseStreamFrames.events(ConverseStreamFrames.cachedText), identity: Self.identity)
        #expect(cached.choices.first?.message == ChatCompletionMessage(content: "Bonjour !"))
        #expect(cached.usage?.promptTokensDetails?.cachedTokens == 2048)
    }

    @Test("the aggregate is what an OpenAI client gets from the chunks")
    func aggregateContents() throws {
        let completion = try ConverseStreamTranslator.completion(
            from: ConverseStreamFrames.events(ConverseStreamFrames.reasoningTextAndTwoTools), identity: Self.identity)
        let message = try #require(completion.choices.first?.message)
        #expect(message.content == "I'll check both cities.")
        #expect(message.reasoningContent == "The user wants the weather in Paris and Tokyo.")
        #expect(
            message.toolCalls == [
                ChatToolCall(id: "tooluse_Paris01", function: .init(name: "get_weather", arguments: #"{"city":"Paris"}"#)),
                ChatToolCall(id: "tooluse_Tokyo02", function: .init(name: "get_weather", arguments: #"{"city":"Tokyo"}"#)),
            ])
        #expect(completion.choices.first?.finishReason == .toolCalls)
        #expect(completion.usage == CompletionUsage(promptTokens: 412, completionTokens: 96, totalTokens: 508))
    }

    @Test("streamed arguments are re-written compactly in the aggregate; invalid JSON is kept as streamed")
    func aggregateArguments() throws {
        let events = try ConverseStreamFrames.events([
            ("contentBlockStart", #"{"contentBlockIndex":0,"start":{"toolUse":{"toolUseId":"a","name":"f"}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"toolUse":{"input":"{\"b\": 1, "}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"toolUse":{"input":"\"a\": [true, null]}"}}}"#),
            ("contentBlockStart", #"{"contentBlockIndex":1,"start":{"toolUse":{"toolUseId":"b","name":"g"}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"toolUse":{"input":"{\"text\": \"cut o"}}}"#),
            ("messageStop", #"{"stopReason":"max_tokens"}"#),
        ])
        let completion = try ConverseStreamTranslator.completion(from: events, identity: Self.identity)
        #expect(completion.choices.first?.message.toolCalls?.map(\.function.arguments) == [#"{"a":[true,null],"b":1}"#, #"{"text": "cut o"#])
        #expect(completion.choices.first?.finishReason == .length)
        #expect(completion.choices.first?.message.content == nil)
    }

    @Test("aggregating an interrupted stream throws the stream's error")
    func aggregateErrors() throws {
        let failing = try ConverseStreamFrames.events([
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Hi"}}"#),
            ("serviceUnavailableException", #"{"message":"down"}"#),
        ])
        #expect(throws: StreamTranslationError.self) { try ConverseStreamTranslator.completion(from: failing, identity: Self.identity) }
        let truncated = try ConverseStreamFrames.events([("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Hi"}}"#)])
        #expect(throws: StreamTranslationError.truncated) { try ConverseStreamTranslator.completion(from: truncated, identity: Self.identity) }
    }
}
