import BedrockClient
import Foundation
import GatewayCore
import GatewayServer
import OpenAIModels
import Testing

@Suite("GatewayServer request body limit")
struct GatewayServerBodyLimitTests {
    static let expectedEnvelope: JSONValue = [
        "error": [
            "message": "Request body too large (limit 1024 bytes)",
            "type": "invalid_request_error",
            "param": nil,
            "code": "request_too_large",
        ]
    ]

    static func okHandler() -> FakeGatewayHandler {
        FakeGatewayHandler { _ in GatewayResponse(status: 200, body: .bytes(Data("ok".utf8))) }
    }

    @Test("a body over the limit is answered 413 with the OpenAI envelope, and the server keeps serving")
    func oversizedBodyRejected() async throws {
        let handler = Self.okHandler()
        try await ServerTestHarness.withServer(maxRequestBodyBytes: 1024, handler: handler) { running, client in
            let url = ServerTestHarness.url(running, "/v1/chat/completions")
            let response = try await client.execute(HTTPRequest(
                method: .post, url: url, headers: ["Content-Type": "application/json"],
                body: .bytes([UInt8](repeating: UInt8(ascii: "a"), count: 1025))))

            #expect(response.status == 413)
            #expect(response.headers["content-type"] == "application/json")
            #expect(try JSONDecoder().decode(JSONValue.self, from: response.body) == Self.expectedEnvelope)
            #expect(response.headers["x-request-id"] != nil)
            #expect(handler.requests.isEmpty)

            let next = try await client.execute(HTTPRequest(method: .post, url: url, body: .bytes(Data("{}".utf8))))
            #expect(next.status == 200)
            #expect(handler.requests.count == 1)
        }
    }

    @Test("a large body over the limit still gets its 413 answer rather than a reset connection")
    func largeOversizedBody() async throws {
        let handler = Self.okHandler()
        try await ServerTestHarness.withServer(maxRequestBodyBytes: 1024, handler: handler) { running, client in
            let url = ServerTestHarness.url(running, "/v1/chat/completions")
            for _ in 0..<5 {
                let response = try await client.execute(HTTPRequest(
                    method: .post, url: url, headers: ["Content-Type": "application/json"],
                    body: .bytes([UInt8](repeating: UInt8(ascii: "a"), count: 8 << 20))))
                #expect(response.status == 413)
            }
            #expect(handler.requests.isEmpty)
        }
    }

    @Test("a body of exactly the limit is accepted")
    func bodyAtLimitAccepted() async throws {
        let handler = Self.okHandler()
        try await ServerTestHarness.withServer(maxRequestBodyBytes: 1024, handler: handler) { running, client in
            let body = [UInt8](repeating: UInt8(ascii: "b"), count: 1024)
            let response = try await client.execute(HTTPRequest(
                method: .post, url: ServerTestHarness.url(running, "/v1/embeddings"), body: .bytes(body)))
            #expect(response.status == 200)
            #expect(handler.requests.first?.body == Data(body))
        }
    }

    @Test("a declared Content-Length over the limit is answered before any body byte is sent, then the connection closes")
    func declaredLengthAnsweredWithoutReading() async throws {
        let handler = Self.okHandler()
        try await ServerTestHarness.withServer(maxRequestBodyBytes: 1024, handler: handler) { running, _ in
            let connection = try RawHTTPConnection.connect(port: running.port)
            try await connection.send(
                "POST /v1/chat/completions HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 10000000\r\n\r\n")
            let response = try await connection.readResponse()
            #expect(response.status == 413)
            #expect(response.header("connection")?.lowercased() == "close")
            #expect(try JSONDecoder().decode(JSONValue.self, from: Data(response.body)) == Self.expectedEnvelope)
            #expect(await connection.waitForClose())
            #expect(handler.requests.isEmpty)
        }
    }

    @Test("a chunked body is cut off as soon as it passes the limit")
    func chunkedBodyCutOff() async throws {
        let handler = Self.okHandler()
        try await ServerTestHarness.withServer(maxRequestBodyBytes: 1024, handler: handler) { running, _ in
            let connection = try RawHTTPConnection.connect(port: running.port)
            let chunk = String(repeating: "x", count: 600)
            // Two chunks (1200 bytes) and no terminating chunk: the server must not wait for one.
            try await connection.send(
                "POST /v1/chat/completions HTTP/1.1\r\nHost: gateway\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "258\r\n\(chunk)\r\n258\r\n\(chunk)\r\n")
            let response = try await connection.readResponse()
            #expect(response.status == 413)
            #expect(await connection.waitForClose())
            #expect(handler.requests.isEmpty)
        }
    }
}
