import Testing

@testable import BedrockClient

@Suite("HTTPRequest resolve entries")
struct HTTPRequestResolveTests {
    @Test("a resolve entry makes libcurl connect to the given address while sending the URL's host")
    func resolveEntryPinsAddress() async throws {
        let hosts = TestHeaders()
        try await HTTPTestHarness.withServer({ request, connection in
            hosts.record(request.header("Host") ?? "")
            connection.respond(status: 200, body: Array("pinned".utf8))
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let response = try await client.execute(HTTPRequest(
                    url: "http://pinned.invalid:\(server.port)/x",
                    resolve: ["pinned.invalid:\(server.port):127.0.0.1"]))
                #expect(response.status == 200)
                #expect(String(decoding: response.body, as: UTF8.self) == "pinned")
                #expect(hosts.values == ["pinned.invalid:\(server.port)"])
            }
        }
    }

    @Test("a resolve entry bypasses a configured proxy")
    func resolveEntryBypassesProxy() async throws {
        try await HTTPTestHarness.withServer({ _, connection in
            connection.respond(status: 200, body: Array("direct".utf8))
        }) { server in
            // The proxy address is a closed loopback port: going through it would fail.
            let configuration = HTTPClient.Configuration(proxy: .explicit(url: "http://127.0.0.1:9", noProxy: []))
            try await HTTPTestHarness.withClient(configuration) { client in
                let response = try await client.execute(HTTPRequest(
                    url: "http://direct.invalid:\(server.port)/",
                    resolve: ["direct.invalid:\(server.port):127.0.0.1"]))
                #expect(String(decoding: response.body, as: UTF8.self) == "direct")
            }
        }
    }

    @Test("a resolve entry with whitespace is an invalid request")
    func malformedEntryRejected() async throws {
        try await HTTPTestHarness.withClient { client in
            let error = await HTTPTestHarness.clientError {
                _ = try await client.execute(HTTPRequest(url: "http://a.invalid/", resolve: ["a.invalid:80: 127.0.0.1"]))
            }
            #expect(error?.code == .invalidRequest)
        }
    }
}
