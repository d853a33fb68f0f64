import Foundation
import Testing

@testable import GatewayCore

@Suite("Converse → chat golden files")
struct ConverseToChatGoldenTests {
    @Test(
        "a documented Converse response gives the hand-written chat completion",
        arguments: [
            ("tool-use-with-text", "anthropic.claude-3-5-sonnet-20241022-v2:0"),
            ("reasoning-cached", "claude-sonnet-4"),
        ])
    func response(name: String, model: String) throws {
        let response = try BedrockJSONDecoder().decode(ConverseResponse.self, from: Golden.data("converse-to-chat/\(name).converse"))
        let identity = ChatResponseIdentity(id: "chatcmpl-golden", created: 1_741_569_952, model: model)
        try Golden.expectMatches(ConverseToChat.completion(from: response, identity: identity), "converse-to-chat/\(name).chat")
    }

    @Test("a ConverseStream event list gives the hand-written SSE body, byte for byte", arguments: ["text-and-tools", "throttled"])
    func stream(name: String) throws {
        let events = try ConverseStreamFrames.events(golden: "converse-to-chat/\(name).events")
        let expected = try String(
            contentsOf: Golden.directory.appendingPathComponent("converse-to-chat/\(name).sse"), encoding: .utf8)
        #expect(try sseBody(events) == expected)
    }

    /// What the gateway writes: each chunk, then `[DONE]` — or, on a stream error, the error
    /// event and nothing after it.
    func sseBody(_ events: [ConverseStreamEvent]) throws -> String {
        var translator = ConverseStreamTranslator(
            identity: ChatResponseIdentity(id: "chatcmpl-golden", created: 1_741_569_952, model: "claude-haiku"), includeUsage: true)
        var body = ""
        do {
            for event in events {
                for chunk in try translator.consume(event) { body += try ChatChunkSSE.event(chunk) }
            }
            for chunk in try translator.finish() { body += try ChatChunkSSE.event(chunk) }
        } catch let error as StreamTranslationError {
            return body + (try ChatChunkSSE.errorEvent(error))
        }
        return body + ChatChunkSSE.done
    }
}
