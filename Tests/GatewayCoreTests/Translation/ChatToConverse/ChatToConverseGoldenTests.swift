import Testing

@testable import GatewayCore

/// Complete chat requests and the Converse bodies written by hand from the Bedrock API reference.
@Suite("Chat → Converse golden pairs")
struct ChatToConverseGoldenTests {
    typealias H = ChatToConverseHarness

    static func translate(_ name: String, options: TranslationOptions = TranslationOptions()) throws -> ConverseRequest {
        let request = try OpenAIRequestDecoder.decode(
            ChatCompletionRequest.self, from: try Golden.data("chat-to-converse/\(name).request"))
        let converse = try ChatToConverse.translate(request, model: ResolvedModel(requestedID: request.model), options: options)
        _ = try H.checked(converse, operation: "Converse")
        return converse
    }

    @Test func multiTurnToolConversationOnClaude() throws {
        try Golden.expectMatches(try Self.translate("tool-conversation"), "chat-to-converse/tool-conversation.converse")
    }

    @Test func visionAndDocumentOnNovaWithJSONMode() throws {
        try Golden.expectMatches(try Self.translate("vision-and-document"), "chat-to-converse/vision-and-document.converse")
    }

    @Test func claudeReasoningWithPromptCaching() throws {
        let converse = try Self.translate("claude-reasoning-caching", options: TranslationOptions(enablePromptCaching: true))
        try Golden.expectMatches(converse, "chat-to-converse/claude-reasoning-caching.converse")
    }

    @Test func extraBodyPassThroughAndControlKeys() throws {
        let converse = try Self.translate("extra-body-pass-through", options: TranslationOptions(enablePromptCaching: true))
        try Golden.expectMatches(converse, "chat-to-converse/extra-body-pass-through.converse")
    }
}
