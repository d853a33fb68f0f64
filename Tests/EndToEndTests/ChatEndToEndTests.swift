import BedrockClient
import Foundation
import GatewayCore
import Testing

/// Chat completions from an HTTP client through GatewayServer, the Gateway and the live AWS
/// client to the simulator, checked against the OpenAI wire contract.
@Suite("Chat completions end to end")
struct ChatEndToEndTests {
    static let model = "us.amazon.nova-lite-v1:0"

    @Test func chatCompletionAnswersWithTheOpenAIResponseShape() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.post(
                "/v1/chat/completions",
                json: [
                    "model": .string(Self.model),
                    "messages": [["role": "system", "content": "Be terse."], ["role": "user", "content": "Hello from Swift"]],
                ])

            #expect(response.status == 200)
            #expect(response.headers["Content-Type"]?.hasPrefix("application/json") == true)
            #expect(response.headers["x-request-id"]?.isEmpty == false)
            let body = try response.json
            #expect(body["object"] == "chat.completion")
            #expect(body["id"]?.stringValue?.hasPrefix("chatcmpl-") == true)
            #expect(body["model"]?.stringValue == Self.model)
            #expect(body["created"]?.intValue != nil)
            let choice = try #require(body["choices"]?.arrayValue?.first)
            #expect(choice["index"] == 0)
            #expect(choice["finish_reason"] == "stop")
            #expect(choice["message"]?["role"] == "assistant")
            #expect(choice["message"]?["content"]?.stringValue?.contains("Hello from Swift") == true)
            let usage = try #require(body["usage"])
            let prompt = try #require(usage["prompt_tokens"]?.intValue)
            let completion = try #require(usage["completion_tokens"]?.intValue)
            #expect(prompt > 0 && completion > 0)
            #expect(usage["total_tokens"]?.intValue == prompt + completion)
        }
    }

    @Test func streamSendsChunksThenUsageThenDone() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.post(
                "/v1/chat/completions",
                json: [
                    "model": .string(Self.model), "stream": true, "stream_options": ["include_usage": true],
                    "messages": [["role": "user", "content": "Stream this sentence back"]],
                ])

            #expect(response.status == 200)
            #expect(response.headers["Content-Type"]?.hasPrefix("text/event-stream") == true)
            let payloads = ServerSentEvents.dataPayloads(response.body)
            #expect(payloads.last == "[DONE]")
            let events = try ServerSentEvents.jsonEvents(response.body)
            #expect(events.allSatisfy { $0["object"] == "chat.completion.chunk" })
            #expect(Set(events.compactMap { $0["id"]?.stringValue }).count == 1)
            let text = events.compactMap { $0["choices"]?.arrayValue?.first?["delta"]?["content"]?.stringValue }.joined()
            #expect(text.contains("Stream this sentence back"))
            // include_usage: a last chunk with empty choices and the usage; `usage: null` before it.
            let last = try #require(events.last)
            #expect(last["choices"] == .array([]))
            #expect((last["usage"]?["total_tokens"]?.intValue ?? 0) > 0)
            #expect(events.dropLast().allSatisfy { $0["usage"] == nil || $0["usage"] == .null })
            #expect(events.dropLast().last?["choices"]?.arrayValue?.first?["finish_reason"] == "stop")
        }
    }

    @Test func streamWithoutIncludeUsageHasNoUsageChunk() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.post(
                "/v1/chat/completions",
                json: ["model": .string(Self.model), "stream": true, "messages": [["role": "user", "content": "No usage"]]])

            let events = try ServerSentEvents.jsonEvents(response.body)
            #expect(events.allSatisfy { $0["usage"] == nil || $0["usage"] == .null })
            #expect(events.last?["choices"]?.arrayValue?.first?["finish_reason"] == "stop")
            #expect(ServerSentEvents.dataPayloads(response.body).last == "[DONE]")
        }
    }

    @Test func imageAsDataURLIsAcceptedAndCountsAsInput() async throws {
        try await EndToEndStack.with { stack in
            let question = "What colour is this picture?"
            let withImage = try await stack.post(
                "/v1/chat/completions",
                json: [
                    "model": .string(Self.model),
                    "messages": [
                        [
                            "role": "user",
                            "content": [
                                ["type": "text", "text": .string(question)],
                                ["type": "image_url", "image_url": ["url": .string(TinyPNG.dataURL)]],
                            ],
                        ]
                    ],
                ])
            let textOnly = try await stack.post(
                "/v1/chat/completions",
                json: ["model": .string(Self.model), "messages": [["role": "user", "content": .string(question)]]])

            #expect(withImage.status == 200)
            let imageTokens = try #require(try withImage.json["usage"]?["prompt_tokens"]?.intValue)
            let textTokens = try #require(try textOnly.json["usage"]?["prompt_tokens"]?.intValue)
            #expect(imageTokens > textTokens)
        }
    }

    @Test func routePrefixServesTheSameAPI() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.post(
                "/api/v1/chat/completions",
                json: ["model": .string(Self.model), "messages": [["role": "user", "content": "prefixed"]]])

            #expect(response.status == 200)
        }
    }

    @Test func eachRequestGivesOneJSONLogLineWithoutKeyOrPrompt() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.post(
                "/v1/chat/completions",
                json: ["model": .string(Self.model), "messages": [["role": "user", "content": "secret prompt text"]]])
            let requestID = try #require(response.headers["x-request-id"])

            let records = stack.logs.requestRecords.filter { $0[field: "request_id"]?.stringValue == requestID }
            #expect(records.count == 1)
            let record = try #require(records.first)
            #expect(record[field: "status"] == 200)
            #expect(record[field: "model"]?.stringValue == Self.model)
            #expect(record[field: "total_tokens"]?.intValue == (try response.json["usage"]?["total_tokens"]?.intValue))
            let lines = stack.logs.lines.joined(separator: "\n")
            #expect(!lines.contains(EndToEndStack.apiKey))
            #expect(!lines.contains("secret prompt text"))
        }
    }
}
