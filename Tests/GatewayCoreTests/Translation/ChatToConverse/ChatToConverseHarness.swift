import AWSServiceModel
import Foundation
import Testing

@testable import GatewayCore

/// Shared steps of the chat → Converse tests: decode a request body the way the gateway does,
/// translate it, check the encoded Converse body against the bedrock-runtime service model,
/// and hand back the wire JSON for assertions.
///
/// ```swift
/// let wire = try ChatToConverseHarness.converse(#"{"model":"m","messages":[{"role":"user","content":"Hi"}]}"#)
/// #expect(wire["messages"] == [["role": "user", "content": [["text": "Hi"]]]])
/// ```
enum ChatToConverseHarness {
    /// Models as clients name them, each standing for a profile family.
    enum Models {
        static let claudeSonnet45 = ResolvedModel(requestedID: "us.anthropic.claude-sonnet-4-5-20250929-v1:0")
        static let claude37Sonnet = ResolvedModel(requestedID: "us.anthropic.claude-3-7-sonnet-20250219-v1:0")
        static let claude3Haiku = ResolvedModel(requestedID: "anthropic.claude-3-haiku-20240307-v1:0")
        static let claude35Haiku = ResolvedModel(requestedID: "anthropic.claude-3-5-haiku-20241022-v1:0")
        static let novaPro = ResolvedModel(requestedID: "us.amazon.nova-pro-v1:0")
        static let novaMicro = ResolvedModel(requestedID: "amazon.nova-micro-v1:0")
        static let nova2Lite = ResolvedModel(requestedID: "us.amazon.nova-2-lite-v1:0")
        static let titanExpress = ResolvedModel(requestedID: "amazon.titan-text-express-v1")
        static let llama33 = ResolvedModel(requestedID: "us.meta.llama3-3-70b-instruct-v1:0")
        static let mistralLarge = ResolvedModel(requestedID: "mistral.mistral-large-2407-v1:0")
        static let gptOss = ResolvedModel(requestedID: "openai.gpt-oss-120b-1:0")
        static let deepSeekR1 = ResolvedModel(requestedID: "us.deepseek.r1-v1:0")
        static let jambaInstruct = ResolvedModel(requestedID: "ai21.jamba-instruct-v1:0")
    }

    /// A 1×1 PNG, as OpenAI SDK users inline it.
    static let pngBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    static var pngData: Data { Data(base64Encoded: pngBase64) ?? Data() }
    /// `%PDF-1.4\n`
    static let pdfBase64 = "JVBERi0xLjQK"

    static func request(_ json: String) throws -> ChatCompletionRequest {
        try OpenAIRequestDecoder.decode(ChatCompletionRequest.self, from: Data(json.utf8))
    }

    /// The Converse body for `json` as wire JSON, after checking it against the service model.
    static func converse(
        _ json: String, model: ResolvedModel = Models.claudeSonnet45, options: TranslationOptions = TranslationOptions(),
        media: FetchedMedia = FetchedMedia(), sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> JSONValue {
        let translated = try ChatToConverse.translate(try request(json), model: model, options: options, media: media)
        return try checked(translated, operation: "Converse", sourceLocation: sourceLocation)
    }

    /// The ConverseStream body for `json` as wire JSON, after checking it against the service model.
    static func converseStream(
        _ json: String, model: ResolvedModel = Models.claudeSonnet45, options: TranslationOptions = TranslationOptions(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> JSONValue {
        let translated = try ChatToConverse.translateStream(try request(json), model: model, options: options)
        return try checked(translated, operation: "ConverseStream", sourceLocation: sourceLocation)
    }

    /// Encodes `value` as Bedrock does, records any service-model violation, returns the JSON.
    static func checked(
        _ value: some Encodable, operation: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> JSONValue {
        let body = try BedrockJSONEncoder().encode(value)
        let violations = try ServiceModels.bedrockRuntime.validateRequestBody(operation: operation, body: body)
        #expect(violations.isEmpty, "\(operation) body violates the service model: \(violations)", sourceLocation: sourceLocation)
        return try WireJSON.value(body)
    }

    /// The translation error `json` must produce (records an issue when it translates).
    static func error(
        _ json: String, model: ResolvedModel = Models.claudeSonnet45, options: TranslationOptions = TranslationOptions(),
        media: FetchedMedia = FetchedMedia(), stream: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> TranslationError? {
        let decoded = try request(json)
        do {
            if stream {
                _ = try ChatToConverse.translateStream(decoded, model: model, options: options, media: media)
            } else {
                _ = try ChatToConverse.translate(decoded, model: model, options: options, media: media)
            }
        } catch {
            return error
        }
        Issue.record("Expected a TranslationError", sourceLocation: sourceLocation)
        return nil
    }
}
