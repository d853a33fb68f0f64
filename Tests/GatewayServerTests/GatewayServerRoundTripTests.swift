import BedrockClient
import Foundation
import GatewayCore
import GatewayServer
import Testing

@Suite("GatewayServer request and response mapping")
struct GatewayServerRoundTripTests {
    @Test("a JSON request reaches the handler whole and its response comes back with status, headers and body")
    func jsonRoundTrip() async throws {
        let handler = FakeGatewayHandler { request in
            GatewayResponse(
                status: 201,
                headers: [("Content-Type", "application/json"), ("openai-processing-ms", "12")],
                body: .bytes(Data(#"{"id":"chatcmpl-1","echo":\#(String(decoding: request.body, as: UTF8.self))}"#.utf8)))
        }
        let sent = #"{"model":"anthropic.claude-3-haiku","messages":[{"role":"user","content":"hi"}]}"#
        try await ServerTestHarness.withServer(handler: handler) { running, client in
            let response = try await client.execute(HTTPRequest(
                method: .post,
                url: ServerTestHarness.url(running, "/v1/chat/completions?api-version=2024+06&tag=a%2Bb&flag"),
                headers: ["Content-Type": "application/json", "Authorization": "Bearer sk-test"],
                body: .bytes(Data(sent.utf8))))

            #expect(response.status == 201)
            #expect(response.headers["content-type"] == "application/json")
            #expect(response.headers["openai-processing-ms"] == "12")
            #expect(String(decoding: response.body, as: UTF8.self) == #"{"id":"chatcmpl-1","echo":\#(sent)}"#)

            let received = try #require(handler.requests.first)
            #expect(received.method == "POST")
            #expect(received.path == "/v1/chat/completions")
            #expect(received.query.map(\.name) == ["api-version", "tag", "flag"])
            #expect(received.query.map(\.value) == ["2024 06", "a+b", ""])
            #expect(received.header("authorization") == "Bearer sk-test")
            #expect(received.body == Data(sent.utf8))

            // A generated id (the client sent none) is a UUID, handed to the handler and echoed.
            let echoed = try #require(response.headers["x-request-id"])
            #expect(UUID(uuidString: echoed) != nil)
            #expect(received.requestID == echoed)
        }
    }

    @Test("the path reaches the handler still percent-encoded")
    func pathStaysEncoded() async throws {
        let handler = FakeGatewayHandler { _ in GatewayResponse(status: 200, body: .bytes(Data())) }
        try await ServerTestHarness.withServer(handler: handler) { running, client in
            let response = try await client.execute(HTTPRequest(
                url: ServerTestHarness.url(running, "/v1/models/arn%3Aaws%3Abedrock%3Aus-east-1%3A%3Afoundation-model%2Fx")))
            #expect(response.status == 200)
            #expect(handler.requests.first?.path == "/v1/models/arn%3Aaws%3Abedrock%3Aus-east-1%3A%3Afoundation-model%2Fx")
            #expect(handler.requests.first?.method == "GET")
        }
    }

    @Test("an error status from the handler is passed through with its body")
    func errorStatusPassesThrough() async throws {
        let envelope = #"{"error":{"message":"Unknown model.","type":"not_found_error","param":"model","code":"model_not_found"}}"#
        let handler = FakeGatewayHandler { _ in
            GatewayResponse(status: 404, headers: [("content-type", "application/json")], body: .bytes(Data(envelope.utf8)))
        }
        try await ServerTestHarness.withServer(handler: handler) { running, client in
            let response = try await client.execute(HTTPRequest(url: ServerTestHarness.url(running, "/v1/models/nope")))
            #expect(response.status == 404)
            #expect(String(decoding: response.body, as: UTF8.self) == envelope)
            #expect(response.headers["x-request-id"] != nil)
        }
    }

    @Test("a sane incoming x-request-id is kept; an unusable one is replaced")
    func incomingRequestID() async throws {
        let handler = FakeGatewayHandler { _ in GatewayResponse(status: 200, body: .bytes(Data("ok".utf8))) }
        try await ServerTestHarness.withServer(handler: handler) { running, client in
            let url = ServerTestHarness.url(running, "/v1/models")
            let kept = try await client.execute(HTTPRequest(url: url, headers: ["X-Request-Id": "req_01HZ-abc.9:1"]))
            #expect(kept.headers["x-request-id"] == "req_01HZ-abc.9:1")
            #expect(handler.requests.last?.requestID == "req_01HZ-abc.9:1")

            for unusable in ["two words", "<script>", String(repeating: "a", count: 129)] {
                let replaced = try await client.execute(HTTPRequest(url: url, headers: ["X-Request-Id": unusable]))
                let id = try #require(replaced.headers["x-request-id"])
                #expect(id != unusable)
                #expect(UUID(uuidString: id) != nil)
                #expect(handler.requests.last?.requestID == id)
            }
        }
    }

    @Test("framing headers set by the handler are ignored in favour of the server's own")
    func handlerFramingHeadersIgnored() async throws {
        let handler = FakeGatewayHandler { _ in
            GatewayResponse(
                status: 200, headers: [("Content-Length", "999"), ("x-request-id", "spoofed"), ("x-custom", "1")],
                body: .bytes(Data("four".utf8)))
        }
        try await ServerTestHarness.withServer(handler: handler) { running, client in
            let response = try await client.execute(HTTPRequest(url: ServerTestHarness.url(running, "/v1/models")))
            #expect(String(decoding: response.body, as: UTF8.self) == "four")
            #expect(response.headers["content-length"] == "4")
            #expect(response.headers["x-custom"] == "1")
            #expect(response.headers["x-request-id"] == handler.requests.first?.requestID)
        }
    }
}
