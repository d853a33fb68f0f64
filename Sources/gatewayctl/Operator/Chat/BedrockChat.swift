import BedrockClient
import Foundation
import GatewayCore

/// Sends the test prompt straight to Bedrock, translated exactly as the gateway translates it
/// (`ChatToConverse`, then `ConverseToChat` / `ConverseStreamTranslator` for the answer).
///
/// ```swift
/// let chat = BedrockChat(session: session)
/// try await chat.send(request, transcript: &transcript)
/// ```
struct BedrockChat: Sendable {
    let session: AWSSession

    func send(_ request: ChatCompletionRequest, transcript: inout ChatTranscript) async throws(OperatorError) {
        let model = await resolve(request.model)
        let options = TranslationOptions()
        let identity = ChatResponseIdentity(
            id: "chatcmpl-gatewayctl", created: Int(Date().timeIntervalSince1970), model: request.model)
        let target = FailureTarget.model(model.invocationID)
        do {
            if request.isStreaming {
                let body = try ChatToConverse.translateStream(request, model: model, options: options)
                let events = try await session.services.runtime.converseStream(modelID: model.invocationID, request: body)
                var translator = ConverseStreamTranslator(identity: identity, includeUsage: true)
                for try await event in events {
                    for chunk in try translator.consume(event) { transcript.show(chunk) }
                }
                for chunk in try translator.finish() { transcript.show(chunk) }
            } else {
                let body = try ChatToConverse.translate(request, model: model, options: options)
                let response = try await session.services.runtime.converse(modelID: model.invocationID, request: body)
                transcript.show(ConverseToChat.completion(from: response, identity: identity))
            }
        } catch let error as TranslationError {
            throw OperatorError("the prompt cannot be sent to \(request.model): \(error.message)")
        } catch let error as StreamTranslationError {
            transcript.finish()
            throw OperatorError("the answer stream failed: \(FailureExplainer.excerpt(error.error.message))")
        } catch {
            transcript.finish()
            throw FailureExplainer.explain(error, target: target, region: session.region)
        }
    }

    /// The model as the gateway would resolve it. Ids that name their base model resolve from
    /// the id; application profiles and custom models are looked up in the catalog (when it
    /// can be listed; otherwise they go to Bedrock as they are).
    private func resolve(_ id: String) async -> ResolvedModel {
        let model = ResolvedModel(requestedID: id)
        guard model.baseModelID == nil else { return model }
        do {
            return try await ModelListing.fetch(session: session).resolve(id)
        } catch {
            return model
        }
    }
}
