import BedrockClient
import Foundation
import GatewayCore
import Testing

/// Failures end to end, each answered in the OpenAI error envelope with the documented status:
/// authentication, malformed bodies, throttling (steered on the simulator), and a stream that
/// breaks after it started.
@Suite("Failures end to end")
struct FailureEndToEndTests {
    static let model = "us.amazon.nova-lite-v1:0"
    static let chat: JSONValue = ["model": .string(model), "messages": [["role": "user", "content": "hello there friend"]]]

    static func expectEnvelope(_ response: HTTPResponse, type: String) throws {
        let error = try #require(try response.json["error"])
        #expect(error["type"]?.stringValue == type)
        #expect(error["message"]?.stringValue?.isEmpty == false)
        #expect(error.objectValue?.keys.contains("param") == true)
        #expect(error.objectValue?.keys.contains("code") == true)
    }

    @Test func missingOrWrongKeyIs401() async throws {
        try await EndToEndStack.with { stack in
            let missing = try await stack.post("/v1/chat/completions", json: Self.chat, apiKey: nil)
            let wrong = try await stack.post("/v1/chat/completions", json: Self.chat, apiKey: "sk-wrong")

            #expect(missing.status == 401)
            #expect(wrong.status == 401)
            try Self.expectEnvelope(wrong, type: "invalid_request_error")
            #expect(!wrong.text.contains("sk-wrong"))
        }
    }

    @Test func healthNeedsNoKey() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.get("/health", apiKey: nil)

            #expect(response.status == 200)
            #expect(try response.json["status"] == "ok")
        }
    }

    @Test func malformedJSONIs400() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.post("/v1/chat/completions", body: Data(#"{"model": "x", "messages": ["#.utf8))

            #expect(response.status == 400)
            try Self.expectEnvelope(response, type: "invalid_request_error")
        }
    }

    @Test func throttlingIs429WithRetryAfter() async throws {
        try await EndToEndStack.with { stack in
            try stack.always("throttle")

            let response = try await stack.post("/v1/chat/completions", json: Self.chat)

            #expect(response.status == 429)
            #expect(response.headers["Retry-After"] != nil)
            try Self.expectEnvelope(response, type: "rate_limit_error")
        }
    }

    @Test func throttlingBeforeTheFirstEventIsA429NotAStream() async throws {
        try await EndToEndStack.with { stack in
            try stack.always("throttle")
            var streamed = Self.chat
            if case .object(var members) = streamed {
                members["stream"] = true
                streamed = .object(members)
            }

            let response = try await stack.post("/v1/chat/completions", json: streamed)

            #expect(response.status == 429)
            try Self.expectEnvelope(response, type: "rate_limit_error")
        }
    }

    @Test func failureMidStreamBecomesAnErrorEventAndTheStreamEnds() async throws {
        try await EndToEndStack.with { stack in
            try stack.always("stream_error:modelStreamErrorException")

            let response = try await stack.post(
                "/v1/chat/completions",
                json: [
                    "model": .string(Self.model), "stream": true,
                    "messages": [["role": "user", "content": "a long enough sentence to stream in several deltas"]],
                ])

            #expect(response.status == 200)
            let events = try ServerSentEvents.jsonEvents(response.body)
            let chunks = events.filter { $0["object"] == "chat.completion.chunk" }
            #expect(!chunks.isEmpty)
            let last = try #require(events.last)
            #expect(last["error"]?["message"]?.stringValue?.isEmpty == false)
            #expect(!ServerSentEvents.dataPayloads(response.body).contains("[DONE]"))
        }
    }

    @Test func accessDeniedIs403() async throws {
        try await EndToEndStack.with { stack in
            try stack.always("error:AccessDeniedException")

            let response = try await stack.post("/v1/chat/completions", json: Self.chat)

            #expect(response.status == 403)
            try Self.expectEnvelope(response, type: "permission_error")
        }
    }
}
