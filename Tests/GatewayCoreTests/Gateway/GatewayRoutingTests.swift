import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway routing")
struct GatewayRoutingTests {
    @Test("API routes are served under the configured prefix and under /v1")
    func prefixAndV1() {
        for prefix in ["/api/v1", "/v1"] {
            #expect(GatewayRoute(method: "GET", path: "\(prefix)/models", prefix: "/api/v1") == .listModels)
            #expect(GatewayRoute(method: "POST", path: "\(prefix)/chat/completions", prefix: "/api/v1") == .chatCompletions)
            #expect(GatewayRoute(method: "POST", path: "\(prefix)/embeddings", prefix: "/api/v1") == .embeddings)
        }
        #expect(GatewayRoute(method: "GET", path: "/openai/models", prefix: "/openai") == .listModels)
        #expect(GatewayRoute(method: "GET", path: "/v1/models", prefix: "/openai") == .listModels)
        #expect(GatewayRoute(method: "GET", path: "/api/v1/models", prefix: "/openai") == .notFound)
        #expect(GatewayRoute(method: "GET", path: "/models", prefix: "") == .listModels)
    }

    @Test("The health check answers at /health and under both prefixes")
    func health() {
        for path in ["/health", "/api/v1/health", "/v1/health"] {
            #expect(GatewayRoute(method: "GET", path: path, prefix: "/api/v1") == .health)
        }
    }

    @Test("Model ids keep ':' and '/', whether percent-encoded or not, decoded exactly once")
    func modelIDs() {
        let arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"
        let cases: [(String, String)] = [
            ("/v1/models/us.amazon.nova-pro-v1:0", "us.amazon.nova-pro-v1:0"),
            ("/v1/models/us.amazon.nova-pro-v1%3A0", "us.amazon.nova-pro-v1:0"),
            ("/v1/models/\(arn)", arn),
            ("/api/v1/models/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fa1b2c3d4e5f6", arn),
            // %25 decodes to a literal '%' and is not decoded again.
            ("/v1/models/odd%2541", "odd%41"),
            ("/v1/models/anthropic.claude-3-haiku-20240307-v1:0/", "anthropic.claude-3-haiku-20240307-v1:0"),
        ]
        for (path, id) in cases {
            #expect(GatewayRoute(method: "GET", path: path, prefix: "/api/v1") == .retrieveModel(id), "\(path)")
        }
    }

    @Test("Unknown paths are not found; known paths with another method list the allowed ones")
    func notFoundAndMethodNotAllowed() {
        #expect(GatewayRoute(method: "POST", path: "/v1/completions", prefix: "/api/v1") == .notFound)
        #expect(GatewayRoute(method: "GET", path: "/v2/models", prefix: "/api/v1") == .notFound)
        #expect(GatewayRoute(method: "GET", path: "/v1models", prefix: "/api/v1") == .notFound)
        #expect(GatewayRoute(method: "GET", path: "/models", prefix: "/api/v1") == .notFound)
        #expect(GatewayRoute(method: "GET", path: "/v1/chat/completions", prefix: "/api/v1") == .methodNotAllowed(allowed: ["POST"]))
        #expect(GatewayRoute(method: "DELETE", path: "/v1/models/x", prefix: "/api/v1") == .methodNotAllowed(allowed: ["GET"]))
    }

    @Test("An unknown route is a 404 OpenAI envelope with x-request-id, before any key check")
    func unknownRouteThroughGateway() async throws {
        let harness = try GatewayHarness()
        let response = await harness.send("POST", "/v1/completions", json: "{}", key: nil)
        #expect(response.status == 404)
        #expect(response.header("x-request-id") == "req-1")
        #expect(response.header("content-type") == "application/json")
        let error = try await response.openAIError()
        #expect(error.type == .invalidRequest)
        #expect(error.message == "Invalid URL (POST /v1/completions)")
    }

    @Test("A wrong method is a 405 with an Allow header")
    func wrongMethodThroughGateway() async throws {
        let harness = try GatewayHarness()
        let response = await harness.send("GET", "/api/v1/chat/completions")
        #expect(response.status == 405)
        #expect(response.header("allow") == "POST")
        #expect(try await response.openAIError().code == "method_not_allowed")
    }

    @Test("GET /health answers without an API key")
    func healthWithoutKey() async throws {
        let harness = try GatewayHarness()
        let response = await harness.send("GET", "/health", key: nil)
        #expect(response.status == 200)
        #expect(try await response.json() == ["status": "ok"])
        #expect(response.header("x-request-id") == "req-1")
    }

    @Test("A retrieved model's id arrives decoded at the catalog, encoded or not")
    func retrieveThroughGateway() async throws {
        let harness = try GatewayHarness(catalogSource: try .fixture())
        let arn = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6"
        for path in ["/v1/models/\(arn)", "/v1/models/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fa1b2c3d4e5f6"] {
            let response = await harness.send("GET", path)
            #expect(response.status == 200)
            let model = try await response.json()
            #expect(model["id"] == .string(arn))
            #expect(model["object"] == "model")
            #expect(model["owned_by"] == "anthropic")
        }
    }
}
