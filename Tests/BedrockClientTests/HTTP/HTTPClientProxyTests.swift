import Foundation
import Synchronization
import Testing

@testable import BedrockClient

/// The loopback server plays the proxy: a forward proxy receives the absolute-form target
/// (RFC 9112 §3.2.2) for `http` URLs and a `CONNECT host:port` (§3.2.3) for `https` URLs. The
/// upstream hosts are never resolved, so nothing leaves 127.0.0.1.
@Suite("HTTPClient proxy selection")
struct HTTPClientProxyTests {
    @Test func explicitProxyReceivesAbsoluteFormRequests() async throws {
        let seen = Mutex<LoopbackRequest?>(nil)
        try await HTTPTestHarness.withServer({ request, connection in
            seen.withLock { $0 = request }
            connection.respond(status: 200, body: Array("via proxy".utf8))
        }) { proxy in
            var configuration = HTTPClient.Configuration()
            configuration.proxy = .explicit(url: proxy.baseURL)
            try await HTTPTestHarness.withClient(configuration) { client in
                let response = try await client.execute(HTTPRequest(url: "http://upstream.test/v1/models"))
                #expect(response.body == Data("via proxy".utf8))
                let request = try #require(seen.withLock { $0 })
                #expect(request.target == "http://upstream.test/v1/models")
                #expect(request.header("Host") == "upstream.test")
            }
        }
    }

    @Test func uppercaseHTTPProxyFromTheEnvironmentIsHonoured() async throws {
        let seen = Mutex<LoopbackRequest?>(nil)
        try await HTTPTestHarness.withServer({ request, connection in
            seen.withLock { $0 = request }
            connection.respond(status: 200)
        }) { proxy in
            try await HTTPTestHarness.withClient(environment: ["HTTP_PROXY": proxy.baseURL]) { client in
                _ = try await client.execute(HTTPRequest(url: "http://upstream.test/ping"))
                #expect(seen.withLock { $0 }?.target == "http://upstream.test/ping")
            }
        }
    }

    @Test func httpsProxyFromTheEnvironmentGetsAConnectTunnelRequest() async throws {
        let seen = Mutex<LoopbackRequest?>(nil)
        try await HTTPTestHarness.withServer({ request, connection in
            seen.withLock { $0 = request }
            connection.respond(status: 403)
            connection.closeNow()
        }) { proxy in
            try await HTTPTestHarness.withClient(environment: ["https_proxy": proxy.baseURL]) { client in
                let error = await HTTPTestHarness.clientError {
                    _ = try await client.execute(HTTPRequest(url: "https://bedrock-runtime.test/model/x/converse"))
                }
                #expect(error != nil, "a refused tunnel is a transport failure")
                let request = try #require(seen.withLock { $0 })
                #expect(request.method == "CONNECT")
                #expect(request.target == "bedrock-runtime.test:443")
            }
        }
    }

    @Test func loopbackDestinationsBypassTheProxy() async throws {
        let deadProxyPort = try LoopbackSocket.closedPort()
        let seen = Mutex<LoopbackRequest?>(nil)
        try await HTTPTestHarness.withServer({ request, connection in
            seen.withLock { $0 = request }
            connection.respond(status: 200)
        }) { server in
            let environment = [
                "http_proxy": "http://127.0.0.1:\(deadProxyPort)",
                "NO_PROXY": "internal.example",
            ]
            try await HTTPTestHarness.withClient(environment: environment) { client in
                let response = try await client.execute(HTTPRequest(url: server.baseURL + "/direct"))
                #expect(response.status == 200)
                #expect(seen.withLock { $0 }?.target == "/direct")
            }
        }
    }
}
