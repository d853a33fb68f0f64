import Foundation
import Testing

@testable import GatewayCore

@Suite("API key provider from configuration")
struct APIKeyProviderConfigurationTests {
    @Test("A configuration with keys gives a provider; one without keys gives none")
    func fromConfiguration() async throws {
        let configuration = try GatewayConfiguration.fromEnvironment(["API_KEY": "sk-a,sk-b"])
        let provider = try #require(APIKeyProvider(configuration: configuration, secrets: nil, now: TestClock().now))
        #expect(await provider.check("sk-b") == .accepted)
        let open = try GatewayConfiguration.fromEnvironment(["ALLOW_UNAUTHENTICATED": "true"])
        #expect(APIKeyProvider(configuration: open, secrets: nil, now: TestClock().now) == nil)
    }

    @Test("A secret source without a secret store never loads: unavailable, not rejected")
    func secretWithoutStore() async throws {
        let configuration = try GatewayConfiguration.fromEnvironment(["API_KEY_SECRET_ARN": "gw-key"])
        let provider = try #require(APIKeyProvider(configuration: configuration, secrets: nil, now: TestClock().now))
        #expect(await provider.check("sk-a") == .unavailable)
    }
}
