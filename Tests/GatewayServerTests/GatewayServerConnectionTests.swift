import BedrockClient
import Foundation
import GatewayCore
import GatewayServer
import Testing

@Suite("GatewayServer connections and shutdown")
struct GatewayServerConnectionTests {
    @Test("several requests are served one after another on one kept-alive connection")
    func keepAlive() async throws {
        let handler = FakeGatewayHandler { request in
            GatewayResponse(status: 200, body: .bytes(Data(request.path.utf8)))
        }
        try await ServerTestHarness.withServer(handler: handler) { running, _ in
            let connection = try RawHTTPConnection.connect(port: running.port)
            for path in ["/v1/models", "/v1/chat/completions", "/health"] {
                try await connection.send("GET \(path) HTTP/1.1\r\nHost: gateway\r\n\r\n")
                let response = try await connection.readResponse()
                #expect(response.status == 200)
                #expect(response.body == Array(path.utf8))
                #expect(response.header("connection")?.lowercased() != "close")
            }
            #expect(handler.requests.map(\.path) == ["/v1/models", "/v1/chat/completions", "/health"])
        }
    }

    @Test("a graceful shutdown stops accepting connections but lets an in-flight request finish")
    func gracefulShutdownDrains() async throws {
        let entered = TestSignal()
        let release = TestSignal()
        let handler = FakeGatewayHandler { _ in
            entered.fire()
            _ = await release.wait()
            return GatewayResponse(status: 200, body: .bytes(Data("finished".utf8)))
        }
        let running = try await GatewayServer(
            handler: handler, configuration: .init(port: 0, shutdownGracePeriod: .seconds(30)),
            logger: ServerTestHarness.quietLogger
        ).start()
        let client = HTTPClient(configuration: .init(proxy: .disabled))
        let url = "http://127.0.0.1:\(running.port)/v1/chat/completions"

        let inFlight = Task { try await client.execute(HTTPRequest(method: .post, url: url, body: .bytes(Data("{}".utf8)))) }
        #expect(await entered.wait())

        let shutdown = Task { await running.shutdown() }
        // The listener closes first; poll for that (the deadline is only a safety net).
        let deadline = ContinuousClock.now + .seconds(30)
        while RawHTTPConnection.isAccepting(port: running.port), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(!RawHTTPConnection.isAccepting(port: running.port))

        release.fire()
        let response = try await inFlight.value
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "finished")
        await shutdown.value
        try await running.waitUntilStopped()
        await client.shutdown()
    }

    @Test("start reports the ephemeral port it bound")
    func ephemeralPort() async throws {
        let handler = FakeGatewayHandler { _ in GatewayResponse(status: 204, body: .bytes(Data())) }
        try await ServerTestHarness.withServer(handler: handler) { running, client in
            #expect(running.port > 0)
            let response = try await client.execute(HTTPRequest(url: ServerTestHarness.url(running, "/")))
            #expect(response.status == 204)
        }
    }

    @Test("start fails when the port is taken")
    func bindFailure() async throws {
        let handler = FakeGatewayHandler { _ in GatewayResponse(status: 204, body: .bytes(Data())) }
        try await ServerTestHarness.withServer(handler: handler) { running, _ in
            let second = GatewayServer(
                handler: handler, configuration: .init(port: running.port), logger: ServerTestHarness.quietLogger)
            await #expect(throws: (any Error).self) { _ = try await second.start() }
        }
    }
}
