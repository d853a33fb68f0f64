import Foundation
import Testing

/// The real `LambdaEntry` binary with the real gateway and live AWS clients, answering
/// through the Bedrock simulator: what an ALB or a Function URL gets back.
@Suite("LambdaEntry with the gateway and the Bedrock simulator")
struct GatewayRuntimeTests {
    typealias H = RuntimeHarness
    typealias G = GatewayHarness

    @Test("Chat completion through ALB, in both header modes", arguments: [false, true])
    func chat(multiValue: Bool) async throws {
        try await G.with { emulator, _, _ in
            let event = TestEvents.alb(
                method: "POST", path: "/api/v1/chat/completions", headers: [G.bearer, G.json], body: G.chatBody(),
                multiValue: multiValue)
            let document = try H.document(try await emulator.invoke(event))
            #expect(document["statusCode"] as? Int == 200)
            #expect(document["statusDescription"] as? String == "200 OK")
            #expect((multiValue ? document["multiValueHeaders"] : document["headers"]) != nil)
            let completion = try H.json(try H.body(of: document))
            #expect(completion["object"] as? String == "chat.completion")
            let choices = try #require(completion["choices"] as? [[String: Any]])
            let message = try #require(choices.first?["message"] as? [String: Any])
            #expect((message["content"] as? String)?.isEmpty == false)
        }
    }

    @Test("A streamed chat answer behind ALB arrives as one SSE body, in both header modes", arguments: [false, true])
    func streamedChat(multiValue: Bool) async throws {
        try await G.with { emulator, _, _ in
            let event = TestEvents.alb(
                method: "POST", path: "/v1/chat/completions", headers: [G.bearer, G.json], body: G.chatBody(stream: true),
                multiValue: multiValue)
            let document = try H.document(try await emulator.invoke(event))
            #expect(document["statusCode"] as? Int == 200)
            let contentType =
                multiValue
                ? (document["multiValueHeaders"] as? [String: [String]])?["content-type"]?.first
                : (document["headers"] as? [String: String])?["content-type"]
            #expect(contentType?.hasPrefix("text/event-stream") == true)
            let text = String(decoding: try H.body(of: document), as: UTF8.self)
            #expect(text.contains("\"object\":\"chat.completion.chunk\""))
            #expect(text.hasSuffix("data: [DONE]\n\n"))
        }
    }

    @Test("Embeddings through ALB", arguments: [false, true])
    func embeddings(multiValue: Bool) async throws {
        try await G.with { emulator, _, _ in
            let body = TestEvents.json(["model": G.embeddingModel, "input": ["first", "second"]])
            let event = TestEvents.alb(
                method: "POST", path: "/api/v1/embeddings", headers: [G.bearer, G.json], body: body, multiValue: multiValue)
            let document = try H.document(try await emulator.invoke(event))
            #expect(document["statusCode"] as? Int == 200)
            let answer = try H.json(try H.body(of: document))
            let data = try #require(answer["data"] as? [[String: Any]])
            #expect(data.count == 2)
            #expect((data.first?["embedding"] as? [Any])?.isEmpty == false)
        }
    }

    @Test("Models through ALB", arguments: [false, true])
    func models(multiValue: Bool) async throws {
        try await G.with { emulator, _, _ in
            let event = TestEvents.alb(path: "/api/v1/models", headers: [G.bearer], multiValue: multiValue)
            let document = try H.document(try await emulator.invoke(event))
            #expect(document["statusCode"] as? Int == 200)
            let list = try H.json(try H.body(of: document))
            #expect(list["object"] as? String == "list")
            let ids = try #require(list["data"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            #expect(ids.contains(G.chatModel))
        }
    }

    @Test("A wrong API key gets 401 in the event's format", arguments: [false, true])
    func badKey(multiValue: Bool) async throws {
        try await G.with { emulator, _, _ in
            let event = TestEvents.alb(
                method: "POST", path: "/api/v1/chat/completions", headers: [("authorization", "Bearer sk-wrong"), G.json],
                body: G.chatBody(), multiValue: multiValue)
            let document = try H.document(try await emulator.invoke(event))
            #expect(document["statusCode"] as? Int == 401)
            #expect(document["statusDescription"] as? String == "401 Unauthorized")
            let error = try #require(try H.json(try H.body(of: document))["error"] as? [String: Any])
            #expect(error["code"] as? String == "invalid_api_key")
        }
    }

    @Test("Malformed JSON gets 400 in the event's format", arguments: [false, true])
    func badJSON(multiValue: Bool) async throws {
        try await G.with { emulator, _, _ in
            let event = TestEvents.alb(
                method: "POST", path: "/api/v1/chat/completions", headers: [G.bearer, G.json],
                body: Data("{\"model\": ".utf8), multiValue: multiValue)
            let document = try H.document(try await emulator.invoke(event))
            #expect(document["statusCode"] as? Int == 400)
            #expect(document["statusDescription"] as? String == "400 Bad Request")
            let error = try #require(try H.json(try H.body(of: document))["error"] as? [String: Any])
            #expect(error["type"] as? String == "invalid_request_error")
        }
    }

    @Test("Function URL with response streaming: the gateway's SSE chunks are streamed with the prelude")
    func functionURLStreaming() async throws {
        try await G.with(environment: ["LAMBDA_RESPONSE_STREAMING": "true"]) { emulator, _, _ in
            let event = TestEvents.functionURL(
                method: "POST", rawPath: "/api/v1/chat/completions",
                headers: ["authorization": "Bearer \(G.apiKey)", "content-type": "application/json"],
                body: G.chatBody(stream: true))
            let record = try await emulator.invoke(event)
            #expect(record.isComplete)
            #expect(record.header("Lambda-Runtime-Function-Response-Mode") == "streaming")
            let delimiter = try #require(record.body.range(of: Data(repeating: 0, count: 8)))
            let prelude = try H.json(record.body[..<delimiter.lowerBound])
            #expect(prelude["statusCode"] as? Int == 200)
            #expect((prelude["headers"] as? [String: String])?["content-type"]?.hasPrefix("text/event-stream") == true)
            let body = String(decoding: record.body[delimiter.upperBound...], as: UTF8.self)
            #expect(body.hasPrefix("data: {"))
            #expect(body.contains("chat.completion.chunk"))
            #expect(body.hasSuffix("data: [DONE]\n\n"))
        }
    }

    @Test("The API key secret is read once at init, before the first next")
    func secretReadAtInit() async throws {
        try await G.with { emulator, _, _ in
            try await emulator.nextRequests(atLeast: 1)
            #expect(emulator.serviceRequests == ["secretsmanager.GetSecretValue"])
            let event = TestEvents.alb(path: "/api/v1/models", headers: [G.bearer])
            #expect(try H.document(try await emulator.invoke(event))["statusCode"] as? Int == 200)
            #expect(emulator.serviceRequests == ["secretsmanager.GetSecretValue"])
        }
    }

    @Test("A missing API key secret at init is reported to /runtime/init/error")
    func missingSecret() async throws {
        try await G.with(secret: .missing) { emulator, process, _ in
            let record = try await emulator.initError()
            #expect(record.header("Lambda-Runtime-Function-Error-Type") == "Runtime.APIKeyNotFound")
            let report = try #require(record.errorReport)
            let message = try #require(report["errorMessage"] as? String)
            #expect(message.contains("API_KEY_SECRET_ARN"))
            #expect(message.contains(G.secretARN))
            #expect(message.contains("ResourceNotFoundException"))
            #expect(try await process.exitStatus() != 0)
            #expect(emulator.nextRequestCount == 0)
        }
    }

    @Test("A bad gateway setting is an init error with the variable's name")
    func badGatewaySetting() async throws {
        try await G.with(environment: ["API_KEY_CACHE_TTL": "soon"]) { emulator, process, _ in
            let report = try #require(try await emulator.initError().errorReport)
            #expect(report["errorType"] as? String == "Runtime.ConfigInvalid")
            #expect((report["errorMessage"] as? String)?.hasPrefix("API_KEY_CACHE_TTL") == true)
            #expect(try await process.exitStatus() != 0)
        }
    }
}
