import AWSServiceModel
import Foundation
import Testing

@testable import GatewayCore

/// Models, inputs and checks shared by the Anthropic translation tests.
enum AnthropicFixtures {
    /// Claude Sonnet 4.5: thinking, caching, temperature/top_p exclusive, 64000 output tokens.
    static let sonnet45 = ResolvedModel(requestedID: "us.anthropic.claude-sonnet-4-5-20250929-v1:0")
    /// Claude 3.7 Sonnet: thinking, caching, temperature and top_p together, 64000 output tokens.
    static let sonnet37 = ResolvedModel(requestedID: "anthropic.claude-3-7-sonnet-20250219-v1:0")
    /// Claude 3 Haiku: no thinking, no caching, 4096 output tokens.
    static let haiku3 = ResolvedModel(requestedID: "anthropic.claude-3-haiku-20240307-v1:0")
    /// Claude 3.5 Haiku: text only.
    static let haiku35 = ResolvedModel(requestedID: "anthropic.claude-3-5-haiku-20241022-v1:0")

    /// The 8-byte PNG signature (enough for format detection) and its base64.
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    static let pngBase64 = "iVBORw0KGgo="
    /// A JPEG start-of-image marker.
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10])
    static let pdf = Data("%PDF-1.4\n".utf8)

    /// A chat request decoded the way the gateway decodes client bodies.
    static func chat(_ json: String) throws -> ChatCompletionRequest {
        try OpenAIRequestDecoder.decode(ChatCompletionRequest.self, from: Data(json.utf8))
    }

    /// The translated Anthropic body as wire JSON.
    static func anthropicBody(
        _ json: String, model: ResolvedModel = sonnet37, options: TranslationOptions = TranslationOptions(),
        media: FetchedMedia = FetchedMedia()
    ) throws -> JSONValue {
        try WireJSON.encoded(ChatToAnthropic.translate(chat(json), model: model, options: options, media: media))
    }

    /// The translation error for a request that must be refused.
    static func translationError(
        _ json: String, model: ResolvedModel = sonnet37, options: TranslationOptions = TranslationOptions(),
        media: FetchedMedia = FetchedMedia()
    ) throws -> TranslationError? {
        let request = try chat(json)
        do {
            _ = try ChatToAnthropic.translate(request, model: model, options: options, media: media)
            return nil
        } catch {
            return error
        }
    }

    /// Encodes a Converse request and checks it against the bedrock-runtime service model.
    static func expectValidConverse(_ request: ConverseRequest, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let body = try BedrockJSONEncoder().encode(request)
        let violations = try ServiceModels.bedrockRuntime.validateRequestBody(operation: "Converse", body: body)
        #expect(violations.isEmpty, "\(violations)", sourceLocation: sourceLocation)
    }
}
