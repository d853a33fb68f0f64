import Foundation
import Testing

@testable import GatewayCore

@Suite("Anthropic golden pairs")
struct AnthropicGoldenTests {
    @Test("chat request with image and tool loop → InvokeModel body for Claude Sonnet 4.5 with prompt caching")
    func chatToAnthropic() throws {
        let request = try Golden.decode(ChatCompletionRequest.self, "anthropic/chat-tools.request")
        let body = try ChatToAnthropic.translate(
            request, model: ResolvedModel(requestedID: request.model), options: TranslationOptions(enablePromptCaching: true))
        try Golden.expectMatches(body, "anthropic/chat-tools.anthropic")
    }

    @Test("Claude answer with thinking, text and a tool call → chat completion")
    func anthropicToChat() throws {
        let response = try Golden.decode(AnthropicMessagesResponse.self, "anthropic/thinking-tool.response")
        let completion = AnthropicToChat.translate(
            response, id: "chatcmpl-bdrk-7f3c2a", created: 1_741_569_952, model: "us.anthropic.claude-sonnet-4-5-20250929-v1:0")
        try Golden.expectMatches(completion, "anthropic/thinking-tool.chat")
    }

    @Test("Anthropic Messages request → Converse request that the service model accepts")
    func anthropicToConverse() throws {
        let request = try Golden.decode(AnthropicMessagesRequest.self, "anthropic/messages.request")
        let converse = try AnthropicToConverse.translate(request)
        try AnthropicFixtures.expectValidConverse(converse)
        try Golden.expectMatches(converse, "anthropic/messages.converse")
    }
}
