import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway models and catalog cache")
struct GatewayModelsTests {
    @Test("GET /models lists the catalog as the documented list")
    func listModels() async throws {
        let harness = try GatewayHarness(catalogSource: try .fixture())
        let response = await harness.send("GET", "/api/v1/models")
        #expect(response.status == 200)
        var golden = try Golden.json("catalog/models.all-profiles")
        // The catalog fixture's `created` is the build time; here it is the test clock's.
        if case .object(var list) = golden, case .array(let models)? = list["data"] {
            list["data"] = .array(models.map { model in
                guard case .object(var members) = model, members["created"] == .integer(CatalogFixture.created) else { return model }
                members["created"] = .integer(1_741_569_952)
                return .object(members)
            })
            golden = .object(list)
        }
        #expect(Golden.normalized(try await response.json()) == Golden.normalized(golden))
    }

    @Test("DEFAULT_MODEL is listed first; the default embedding model is listed even if unknown")
    func defaultModelFirst() async throws {
        let harness = try GatewayHarness(
            configuration: GatewayConfiguration(
                apiKeySource: .keys([GatewayHarness.apiKey]), defaultModel: "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
                defaultEmbeddingModel: "arn:aws:bedrock:us-east-1:123456789012:custom-model/embed"),
            catalogSource: try .fixture())
        let ids = try #require(try await harness.send("GET", "/v1/models").json()["data"]?.arrayValue).compactMap { $0["id"]?.stringValue }
        #expect(ids.first == "us.anthropic.claude-sonnet-4-5-20250929-v1:0")
        #expect(ids.contains("arn:aws:bedrock:us-east-1:123456789012:custom-model/embed"))
        #expect(Set(ids).count == ids.count)
    }

    @Test("GET /models/{id} answers a known id as written, and 404 model_not_found otherwise")
    func retrieve() async throws {
        let harness = try GatewayHarness(catalogSource: try .fixture())
        let known = await harness.send("GET", "/v1/models/us.anthropic.claude-sonnet-4-5-20250929-v1%3A0")
        #expect(known.status == 200)
        let model = try await known.json()
        #expect(model["id"] == "us.anthropic.claude-sonnet-4-5-20250929-v1:0")
        #expect(model["owned_by"] == "anthropic")

        let unknown = await harness.send("GET", "/v1/models/openai.gpt-17")
        #expect(unknown.status == 404)
        let error = try await unknown.openAIError()
        #expect(error.code == "model_not_found")
        #expect(error.message.contains("openai.gpt-17"))

        // Image generation models are known to the catalog but not served.
        #expect(await harness.send("GET", "/v1/models/amazon.nova-canvas-v1:0").status == 404)
    }

    @Test("The catalog is fetched once per MODEL_CATALOG_TTL")
    func catalogTTL() async throws {
        let clock = TestClock()
        let source = try FakeCatalogSource.fixture()
        let harness = try GatewayHarness(
            configuration: GatewayConfiguration(apiKeySource: .keys([GatewayHarness.apiKey]), modelCatalogTTL: 600),
            catalogSource: source, clock: clock)
        _ = await harness.send("GET", "/v1/models")
        _ = await harness.send("GET", "/v1/models")
        #expect(source.listCalls == 1)

        source.answer(models: [], profiles: [])
        clock.advance(by: 599)
        #expect(try await harness.send("GET", "/v1/models").json()["data"]?.arrayValue?.isEmpty == false)
        clock.advance(by: 1)
        #expect(try await harness.send("GET", "/v1/models").json()["data"]?.arrayValue?.isEmpty == true)
        #expect(source.listCalls == 2)
    }

    @Test("Concurrent requests share one catalog fetch")
    func catalogSingleFlight() async throws {
        let source = try FakeCatalogSource.fixture()
        let harness = try GatewayHarness(catalogSource: source)
        await withTaskGroup(of: Int.self) { group in
            for _ in 0..<6 { group.addTask { await harness.send("GET", "/v1/models").status } }
            for await status in group { #expect(status == 200) }
        }
        #expect(source.listCalls == 1)
    }

    @Test("A failed refresh keeps serving the stale catalog and logs a warning")
    func staleOnError() async throws {
        let clock = TestClock()
        let source = try FakeCatalogSource.fixture()
        let harness = try GatewayHarness(
            configuration: GatewayConfiguration(apiKeySource: .keys([GatewayHarness.apiKey]), modelCatalogTTL: 600),
            catalogSource: source, clock: clock)
        let fresh = try await harness.send("GET", "/v1/models").json()
        source.fail(models: BedrockError(kind: .serviceUnavailable, code: "ServiceUnavailableException", message: "down"))
        clock.advance(by: 601)
        let stale = await harness.send("GET", "/v1/models")
        #expect(stale.status == 200)
        #expect(try await stale.json() == fresh)
        let warning = try #require(harness.logs.records(event: "model_catalog_refresh_failed").first)
        #expect(warning.level == .warning)
        #expect(warning[field: "serving_stale_catalog"] == true)
    }

    @Test("Without any catalog, GET /models reports Bedrock's error")
    func noCatalog() async throws {
        let source = FakeCatalogSource()
        source.fail(models: BedrockError(kind: .accessDenied, code: "AccessDeniedException", message: "not authorized to perform bedrock:ListFoundationModels"))
        let harness = try GatewayHarness(catalogSource: source)
        let response = await harness.send("GET", "/v1/models")
        #expect(response.status == 403)
        #expect(try await response.openAIError().message.contains("bedrock:ListFoundationModels"))
    }

    @Test("A failing ListInferenceProfiles still gives the foundation models")
    func profilesUnavailable() async throws {
        let source = try FakeCatalogSource.fixture()
        source.fail(models: nil, profiles: BedrockError(kind: .accessDenied, code: "AccessDeniedException", message: "no"))
        let harness = try GatewayHarness(catalogSource: source)
        let ids = try #require(try await harness.send("GET", "/v1/models").json()["data"]?.arrayValue).compactMap { $0["id"]?.stringValue }
        #expect(ids.contains("amazon.nova-pro-v1:0"))
        #expect(!ids.contains { $0.hasPrefix("us.") })
        #expect(harness.logs.records(event: "inference_profiles_unavailable").count == 1)
    }

    @Test(
        "After the TTL, chat calls use the cached catalog at once while it is refreshed in the background",
        .timeLimit(.minutes(1)))
    func chatDoesNotWaitForRefresh() async throws {
        let clock = TestClock()
        let source = try FakeCatalogSource.fixture()
        let harness = try GatewayHarness(
            configuration: GatewayConfiguration(apiKeySource: .keys([GatewayHarness.apiKey]), modelCatalogTTL: 600),
            catalogSource: source, clock: clock)
        let answer = try BedrockJSONDecoder().decode(
            ConverseResponse.self, from: Golden.data("converse-to-chat/tool-use-with-text.converse"))
        harness.runtime.onConverse = { _, _ in answer }
        #expect(await harness.send("GET", "/v1/models").status == 200)

        let (gate, open) = AsyncStream<Void>.makeStream()
        source.hold(until: gate)
        clock.advance(by: 601)
        let body = #"{"model":"a1b2c3d4e5f6","messages":[{"role":"user","content":"Hi"}]}"#
        // The refresh is held; the chat call must not wait for it.
        #expect(await harness.send("POST", "/v1/chat/completions", json: body).status == 200)
        #expect(
            harness.runtime.conversed.map(\.modelID)
                == ["arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"])
        open.finish()
        while source.listCalls < 2 { await Task.yield() }
    }
}
