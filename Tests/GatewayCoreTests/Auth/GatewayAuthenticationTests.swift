import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway authentication")
struct GatewayAuthenticationTests {
    @Test("No key is a 401 invalid_api_key with WWW-Authenticate, and Bedrock is not called")
    func missingKey() async throws {
        let harness = try GatewayHarness(catalogSource: try .fixture())
        let response = await harness.send("GET", "/v1/models", key: nil)
        #expect(response.status == 401)
        #expect(response.header("www-authenticate") == "Bearer")
        #expect(response.header("x-request-id") == "req-1")
        let error = try await response.openAIError()
        #expect(error.code == "invalid_api_key")
        #expect(error.type == .invalidRequest)
        #expect(harness.catalogSource.listCalls == 0)
    }

    @Test("A wrong key is a 401 that does not echo the key")
    func wrongKey() async throws {
        let harness = try GatewayHarness()
        let response = await harness.send("POST", "/v1/chat/completions", json: "{}", key: "sk-wrong-key")
        #expect(response.status == 401)
        let text = try await response.text()
        #expect(!text.contains("sk-wrong-key"))
        #expect(try await response.openAIError().code == "invalid_api_key")
        #expect(harness.runtime.conversed.isEmpty)
    }

    @Test("The right key passes as a Bearer token (any scheme case) or as x-api-key")
    func rightKey() async throws {
        let harness = try GatewayHarness(catalogSource: try .fixture())
        #expect(await harness.send("GET", "/v1/models").status == 200)
        let lowercase = await harness.gateway.handle(
            GatewayRequest(method: "GET", path: "/v1/models", headers: [("Authorization", "bearer   \(GatewayHarness.apiKey) ")]))
        #expect(lowercase.status == 200)
        let anthropicStyle = await harness.gateway.handle(
            GatewayRequest(method: "GET", path: "/v1/models", headers: [("X-Api-Key", GatewayHarness.apiKey)]))
        #expect(anthropicStyle.status == 200)
        let basic = await harness.gateway.handle(
            GatewayRequest(method: "GET", path: "/v1/models", headers: [("authorization", "Basic \(GatewayHarness.apiKey)")]))
        #expect(basic.status == 401)
    }

    @Test("Two keys are valid at once during a rotation")
    func twoKeys() async throws {
        let harness = try GatewayHarness(
            configuration: GatewayConfiguration(apiKeySource: .keys(["sk-new", "sk-old"])), catalogSource: try .fixture())
        #expect(await harness.send("GET", "/v1/models", key: "sk-new").status == 200)
        #expect(await harness.send("GET", "/v1/models", key: "sk-old").status == 200)
        #expect(await harness.send("GET", "/v1/models", key: "sk-older").status == 401)
    }

    @Test("Keys that could never be loaded give 503 auth_unavailable, not 401")
    func keysUnavailable() async throws {
        let clock = TestClock()
        let secrets = FakeSecretSource(value: "")
        secrets.fail(with: BedrockError(kind: .accessDenied, code: "AccessDeniedException", message: "not allowed"))
        let provider = APIKeyProvider(source: .secretsManager(secretID: "gw"), secrets: secrets, now: clock.now)
        let harness = try GatewayHarness(
            configuration: GatewayConfiguration(apiKeySource: .secretsManager(secretID: "gw")), apiKeys: provider, clock: clock)
        let response = await harness.send("GET", "/v1/models", key: "sk-any")
        #expect(response.status == 503)
        #expect(try await response.openAIError().code == "auth_unavailable")
        #expect(response.header("retry-after") != nil)
    }

    @Test("A gateway without a key source is refused unless unauthenticated use is allowed")
    func refuseWithoutKeys() throws {
        #expect(throws: GatewayConfigurationError.self) {
            _ = try GatewayHarness(configuration: GatewayConfiguration(apiKeySource: nil))
        }
        let open = try GatewayHarness(configuration: GatewayConfiguration(allowUnauthenticated: true), catalogSource: try .fixture())
        #expect(open.gateway.configuration.allowUnauthenticated)
    }

    @Test("With ALLOW_UNAUTHENTICATED requests need no key")
    func unauthenticated() async throws {
        let harness = try GatewayHarness(configuration: GatewayConfiguration(allowUnauthenticated: true), catalogSource: try .fixture())
        #expect(await harness.send("GET", "/v1/models", key: nil).status == 200)
    }
}
