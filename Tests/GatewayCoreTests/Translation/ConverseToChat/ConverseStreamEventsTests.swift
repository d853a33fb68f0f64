import Foundation
import Testing

@testable import GatewayCore

@Suite("Replaying a Converse answer as ConverseStream events")
struct ConverseStreamEventsTests {
    static let identity = ChatResponseIdentity(id: "chatcmpl-7f3a", created: 1_741_569_952, model: "meta.llama3-1-70b-instruct-v1:0")

    @Test("the streamed translation of a replayed answer equals the non-streamed translation of it")
    func replayAggregatesLikeConverse() throws {
        let golden = try BedrockJSONDecoder().decode(
            ConverseResponse.self, from: Golden.data("converse-to-chat/tool-use-with-text.converse"))
        let reasoning = try WireJSON.decode(ConverseResponse.self, ConverseStreamFrames.reasoningTextAndTwoToolsResponse)
        for response in [golden, reasoning] {
            for style in [ChatToolCallStyle.toolCalls, .legacyFunctionCall] {
                let streamed = try ConverseStreamTranslator.completion(
                    from: ConverseStreamEvents.replaying(response), identity: Self.identity, toolCallStyle: style)
                #expect(streamed == ConverseToChat.completion(from: response, identity: Self.identity, toolCallStyle: style))
            }
        }
        let completion = ConverseToChat.completion(from: golden, identity: Self.identity)
        #expect(completion.choices.first?.message.toolCalls?.count == 2)
        #expect(completion.usage?.totalTokens == 814)
    }

    @Test("a replay has the event order Bedrock streams: start, blocks by index, stop, metadata")
    func replayMatchesBedrockStreamShape() throws {
        let response = try WireJSON.decode(ConverseResponse.self, ConverseStreamFrames.reasoningTextAndTwoToolsResponse)
        let events = ConverseStreamEvents.replaying(response)
        #expect(events == (try ConverseStreamFrames.events([
            ("messageStart", #"{"role":"assistant"}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"reasoningContent":{"text":"The user wants the weather in Paris and Tokyo."}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"reasoningContent":{"signature":"EqoBCkgIARABGAIiQL2UyQ9W"}}}"#),
            ("contentBlockStop", #"{"contentBlockIndex":0}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"text":"I'll check both cities."}}"#),
            ("contentBlockStop", #"{"contentBlockIndex":1}"#),
            ("contentBlockStart", #"{"contentBlockIndex":2,"start":{"toolUse":{"toolUseId":"tooluse_Paris01","name":"get_weather"}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":2,"delta":{"toolUse":{"input":"{\"city\":\"Paris\"}"}}}"#),
            ("contentBlockStop", #"{"contentBlockIndex":2}"#),
            ("contentBlockStart", #"{"contentBlockIndex":3,"start":{"toolUse":{"toolUseId":"tooluse_Tokyo02","name":"get_weather"}}}"#),
            ("contentBlockDelta", #"{"contentBlockIndex":3,"delta":{"toolUse":{"input":"{\"city\":\"Tokyo\"}"}}}"#),
            ("contentBlockStop", #"{"contentBlockIndex":3}"#),
            ("messageStop", #"{"stopReason":"tool_use"}"#),
            ("metadata", #"{"usage":{"inputTokens":412,"outputTokens":96,"totalTokens":508},"metrics":{"latencyMs":1834}}"#),
        ])))
    }
}
