import BedrockClient
import Foundation
import GatewayCore

/// Sends the test prompt through a running gateway, over its OpenAI HTTP API
/// (`POST …/chat/completions`, server-sent events with `--stream`), as any OpenAI client would.
///
/// `baseURL` is the gateway's address with or without the API prefix: `http://localhost:8080`
/// (then `/v1` is used), `http://localhost:8080/api/v1`, or the full `…/chat/completions` URL.
///
/// ```swift
/// let chat = GatewayChat(baseURL: "http://localhost:8080", apiKey: key)
/// try await chat.send(request, transcript: &transcript)
/// ```
struct GatewayChat: Sendable {
    let baseURL: String
    let apiKey: String?
    var httpClient: HTTPClient = .shared

    /// Largest error or non-streamed body read.
    static let maximumBodyBytes = 8 << 20

    /// The chat completions URL for a base URL given on the command line.
    static func completionsURL(for base: String) throws(OperatorError) -> String {
        var url = base.trimmingCharacters(in: .whitespaces)
        while url.hasSuffix("/") { url.removeLast() }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", components.host?.isEmpty == false
        else {
            throw OperatorError("--gateway must be an http(s) URL such as http://localhost:8080, got '\(base)'", exitCode: 64)
        }
        if url.hasSuffix("/chat/completions") { return url }
        return components.path.isEmpty ? url + "/v1/chat/completions" : url + "/chat/completions"
    }

    func send(_ request: ChatCompletionRequest, transcript: inout ChatTranscript) async throws(OperatorError) {
        let url = try Self.completionsURL(for: baseURL)
        let body: Data
        do {
            body = try JSONEncoder().encode(request)
        } catch {
            throw OperatorError("the request could not be encoded: \(error)")
        }
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        headers.add(name: "Accept", value: request.isStreaming ? "text/event-stream" : "application/json")
        if let apiKey, !apiKey.isEmpty { headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        let httpRequest = HTTPRequest(method: .post, url: url, headers: headers, body: .bytes(body))

        do {
            let response = try await httpClient.stream(httpRequest)
            guard (200..<300).contains(response.status) else {
                let errorBody = try await response.body.collect(upTo: Self.maximumBodyBytes)
                throw Self.failure(status: response.status, body: errorBody, url: url)
            }
            if request.isStreaming {
                var parser = ServerSentEventParser()
                var done = false
                for try await bytes in response.body {
                    for data in parser.feed(bytes) {
                        if try consume(data, transcript: &transcript) { done = true }
                    }
                    if done { break }
                }
                if !done, let data = parser.finish() { done = try consume(data, transcript: &transcript) }
                if !done, transcript.finishReason == nil {
                    throw OperatorError("the gateway ended the stream before the answer was complete")
                }
            } else {
                let data = try await response.body.collect(upTo: Self.maximumBodyBytes)
                do {
                    transcript.show(try JSONDecoder().decode(ChatCompletion.self, from: data))
                } catch {
                    throw OperatorError("the gateway's answer is not a chat completion: \(error)")
                }
            }
        } catch let error as OperatorError {
            transcript.finish()
            throw error
        } catch let error as HTTPClientError {
            transcript.finish()
            throw OperatorError(
                "cannot reach the gateway at \(url): \(FailureExplainer.excerpt(error.message))",
                hint: "is it running? check --gateway")
        } catch {
            transcript.finish()
            throw OperatorError("the call to the gateway failed: \(FailureExplainer.excerpt(String(describing: error)))")
        }
    }

    /// Shows one event's data; `true` at the end of the stream (`[DONE]`).
    private func consume(_ data: String, transcript: inout ChatTranscript) throws(OperatorError) -> Bool {
        if data == "[DONE]" { return true }
        let bytes = Data(data.utf8)
        // The gateway reports a failure after the stream started as an `{"error": …}` event.
        if let failure = try? JSONDecoder().decode(OpenAIErrorResponse.self, from: bytes) {
            throw OperatorError("the gateway reported an error mid-stream: \(FailureExplainer.excerpt(failure.error.message))")
        }
        do {
            transcript.show(try JSONDecoder().decode(ChatCompletionChunk.self, from: bytes))
        } catch {
            throw OperatorError("the gateway sent an event that is not a chat completion chunk: \(error)")
        }
        return false
    }

    static func failure(status: Int, body: Data, url: String) -> OperatorError {
        let message =
            (try? JSONDecoder().decode(OpenAIErrorResponse.self, from: body)).map { $0.error.message }
            ?? FailureExplainer.excerpt(String(decoding: body.prefix(300), as: UTF8.self))
        let hint: String?
        switch status {
        case 401: hint = "pass the gateway's key with --api-key (or OPENAI_API_KEY)"
        case 404: hint = "check the --gateway URL and the model id (gatewayctl models)"
        case 429: hint = "retry later"
        case 503: hint = "the gateway cannot reach its key secret or Bedrock; see gatewayctl doctor"
        default: hint = nil
        }
        return OperatorError("the gateway answered HTTP \(status): \(FailureExplainer.excerpt(message))", hint: hint)
    }
}
