import Foundation

/// Decodes an OpenAI request body and validates it the way OpenAI does, so a bad body becomes a
/// 400 with the offending `param` instead of a confusing error from Bedrock later.
///
/// ```swift
/// let request = try OpenAIRequestDecoder.decode(ChatCompletionRequest.self, from: body)
/// // on failure: RequestDecodingError(param: "messages[0].role", message: "Missing required …")
/// ```
public enum OpenAIRequestDecoder {
    /// Decodes `type` from a JSON body, then checks value ranges for request types that have any
    /// (``ChatCompletionRequest/validate()``, ``EmbeddingRequest/validate()``).
    public static func decode<Body: Decodable>(
        _ type: Body.Type, from data: Data
    ) throws(RequestDecodingError) -> Body {
        let value: Body
        do {
            value = try JSONDecoder().decode(Body.self, from: data)
        } catch let error as DecodingError {
            throw DecodingErrorTranslator(body: data).translate(error)
        } catch let error as RequestDecodingError {
            throw error
        } catch {
            throw RequestDecodingError(param: nil, message: DecodingErrorTranslator.unparsableBodyMessage)
        }
        if let request = value as? any ValidatableRequest {
            try request.validate()
        }
        return value
    }
}
