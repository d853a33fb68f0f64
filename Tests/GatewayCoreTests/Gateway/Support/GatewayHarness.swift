import Foundation
import Testing

@testable import GatewayCore

/// A gateway wired to in-memory ports: a fake Bedrock runtime and catalog, an image fetcher,
/// a collecting log sink, a hand-moved clock and fixed ids (`chatcmpl-golden`).
struct GatewayHarness {
    static let apiKey = "sk-gateway-test-0123456789"

    let runtime = FakeBedrockRuntime()
    let catalogSource: FakeCatalogSource
    let fetcher = FakeMediaFetcher()
    let logs = CollectingLogSink()
    let clock: TestClock
    let gateway: Gateway

    init(
        configuration: GatewayConfiguration = GatewayConfiguration(apiKeySource: .keys([GatewayHarness.apiKey])),
        catalogSource: FakeCatalogSource = FakeCatalogSource(), apiKeys: APIKeyProvider? = nil,
        clock: TestClock = TestClock()
    ) throws {
        self.catalogSource = catalogSource
        self.clock = clock
        let provider: APIKeyProvider?
        if let apiKeys {
            provider = apiKeys
        } else if case .keys(let keys)? = configuration.apiKeySource {
            provider = APIKeyProvider(keys: APIKeySet(keys), now: clock.now)
        } else {
            provider = nil
        }
        gateway = try Gateway(
            configuration: configuration, runtime: runtime, catalogSource: catalogSource, mediaFetcher: fetcher,
            apiKeys: provider, logSink: logs, now: clock.now, makeID: { "golden" })
    }

    /// Sends a request with the test key (or `key`), a JSON body and a fixed request id.
    func send(
        _ method: String, _ path: String, json: String? = nil, key: String? = GatewayHarness.apiKey,
        headers: [(name: String, value: String)] = []
    ) async -> GatewayResponse {
        var allHeaders = headers
        if let key { allHeaders.append(("authorization", "Bearer \(key)")) }
        if json != nil { allHeaders.append(("content-type", "application/json")) }
        return await gateway.handle(
            GatewayRequest(
                method: method, path: path, headers: allHeaders, body: Data((json ?? "").utf8), requestID: "req-1"))
    }
}

/// Reading responses in tests.
extension GatewayResponse {
    /// The whole body as text (a stream is read to its end).
    func text() async throws -> String {
        switch body {
        case .bytes(let data): return String(decoding: data, as: UTF8.self)
        case .stream(let chunks):
            var text = ""
            for try await chunk in chunks { text += String(decoding: chunk, as: UTF8.self) }
            return text
        }
    }

    /// The streamed body's pieces, one per element.
    func events() async throws -> [String] {
        guard case .stream(let chunks) = body else { return [] }
        var events: [String] = []
        for try await chunk in chunks { events.append(String(decoding: chunk, as: UTF8.self)) }
        return events
    }

    /// The body parsed as JSON.
    func json() async throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(try await text().utf8))
    }

    /// The `error` object of an OpenAI error envelope.
    func openAIError() async throws -> OpenAIError {
        try JSONDecoder().decode(OpenAIErrorResponse.self, from: Data(try await text().utf8)).error
    }
}
