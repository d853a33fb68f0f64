import Foundation
import GatewayCore
import Testing

@Suite("gatewayctl models")
struct ModelsCommandTests {
    static let applicationProfileARN =
        "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/8k2mqzsz4v1a"

    @Test("lists exactly the models GET /v1/models lists, in its order, as an aligned table")
    func tableMatchesTheGatewaysList() async throws {
        try await SimulatorBackend.with { backend in
            let listed = try await InProcessGateway.withUnauthenticated(backend: backend) { try await $0.listedModelIDs() }
            let result = try await CLI.run(["models"], environment: backend.environment)
            #expect(result.status == 0, "\(result)")

            let table = try ModelTable(parsing: result.stdout)
            #expect(table.headers == ["ID", "TYPE", "USE", "INPUT", "STREAM", "LIFECYCLE", "NAME"])
            #expect(table.rows.compactMap { $0["ID"] } == listed)
            // The summary is for the operator: stderr, one line.
            #expect(result.stderrLines.count == 1)
            #expect(result.stderr.contains("listed in us-east-1"))
        }
    }

    @Test("shows each model's input modalities, streaming support and lifecycle from ListFoundationModels")
    func tableShowsModelFacts() async throws {
        try await SimulatorBackend.with { backend in
            let result = try await CLI.run(["models"], environment: backend.environment)
            #expect(result.status == 0, "\(result)")
            let table = try ModelTable(parsing: result.stdout)

            let haiku = try #require(table.row(id: "anthropic.claude-3-haiku-20240307-v1:0"))
            #expect(haiku["TYPE"] == "foundation-model")
            #expect(haiku["USE"] == "chat")
            #expect(haiku["INPUT"] == "TEXT,IMAGE")
            #expect(haiku["STREAM"] == "yes")
            #expect(haiku["LIFECYCLE"] == "ACTIVE")
            #expect(haiku["NAME"] == "Claude 3 Haiku")

            #expect(table.row(id: "anthropic.claude-3-5-sonnet-20240620-v1:0")?["LIFECYCLE"] == "LEGACY")
            let embeddings = try #require(table.row(id: "amazon.titan-embed-text-v2:0"))
            #expect(embeddings["USE"] == "embedding")
            #expect(embeddings["STREAM"] == "no")

            let profile = try #require(table.row(id: "us.anthropic.claude-sonnet-4-5-20250929-v1:0"))
            #expect(profile["TYPE"] == "cross-region-profile")
            #expect(profile["INPUT"] == "TEXT,IMAGE")
            let application = try #require(table.row(id: Self.applicationProfileARN))
            #expect(application["TYPE"] == "application-profile")
            #expect(application["NAME"] == "support-chat-prod")

            // Image generation and provisioned-only variants are not served.
            #expect(table.row(id: "amazon.nova-canvas-v1:0") == nil)
            #expect(table.row(id: "anthropic.claude-3-haiku-20240307-v1:0:200k") == nil)
        }
    }

    @Test("--json gives the same models with their facts for scripts")
    func jsonOutput() async throws {
        try await SimulatorBackend.with { backend in
            let listed = try await InProcessGateway.withUnauthenticated(backend: backend) { try await $0.listedModelIDs() }
            let result = try await CLI.run(["models", "--json"], environment: backend.environment)
            #expect(result.status == 0, "\(result)")
            let document = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
            #expect(document["region"] == "us-east-1")
            let models = try #require(document["models"]?.arrayValue)
            #expect(models.compactMap { $0["id"]?.stringValue } == listed)

            let haiku = try #require(models.first { $0["id"] == "anthropic.claude-3-haiku-20240307-v1:0" })
            #expect(haiku["type"] == "foundation-model")
            #expect(haiku["usage"] == "chat")
            #expect(haiku["input_modalities"] == ["TEXT", "IMAGE"])
            #expect(haiku["streaming"] == true)
            #expect(haiku["lifecycle"] == "ACTIVE")
            #expect(haiku["listed"] == true)
            let application = try #require(models.first { $0["id"]?.stringValue == Self.applicationProfileARN })
            #expect(application["base_model_id"] == "anthropic.claude-sonnet-4-5-20250929-v1:0")
        }
    }

    @Test("follows the gateway's ENABLE_CROSS_REGION_INFERENCE setting")
    func honoursCrossRegionSetting() async throws {
        try await SimulatorBackend.with { backend in
            var environment = backend.environment
            environment["ENABLE_CROSS_REGION_INFERENCE"] = "false"
            let result = try await CLI.run(["models", "--json"], environment: environment)
            #expect(result.status == 0, "\(result)")
            let models = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))["models"]?.arrayValue ?? []
            #expect(!models.isEmpty)
            #expect(!models.contains { $0["type"] == "cross-region-profile" })
        }
    }

    @Test("--all adds the models the gateway does not list, marked as such")
    func allIncludesUnlisted() async throws {
        try await SimulatorBackend.with { backend in
            let result = try await CLI.run(["models", "--all"], environment: backend.environment)
            #expect(result.status == 0, "\(result)")
            let table = try ModelTable(parsing: result.stdout)
            #expect(table.headers.contains("LISTED"))
            #expect(table.row(id: "amazon.nova-canvas-v1:0")?["LISTED"] == "no")
            #expect(table.row(id: "amazon.nova-lite-v1:0")?["LISTED"] == "yes")
        }
    }

    @Test("an unreachable Bedrock endpoint is one plain line on stderr and a non-zero exit")
    func unreachableEndpoint() async throws {
        let closed = try LoopbackPort.free()
        var environment = TestEnvironment.aws
        environment["AWS_ENDPOINT_URL_BEDROCK"] = "http://127.0.0.1:\(closed)"
        environment["AWS_MAX_ATTEMPTS"] = "1"
        let result = try await CLI.run(["models"], environment: environment)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.hasPrefix("gatewayctl models: cannot reach Bedrock"))
        #expect(result.stderr.contains("AWS_ENDPOINT_URL_BEDROCK"))
    }
}
