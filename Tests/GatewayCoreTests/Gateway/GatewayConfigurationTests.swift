import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway configuration from the environment")
struct GatewayConfigurationTests {
    @Test("Defaults with only an API key set")
    func defaults() throws {
        let configuration = try GatewayConfiguration.fromEnvironment(["API_KEY": "sk-one"])
        #expect(configuration.apiKeySource == .keys(["sk-one"]))
        #expect(configuration.apiKeyCacheTTL == 300)
        #expect(configuration.allowUnauthenticated == false)
        #expect(configuration.region == "us-east-1")
        #expect(configuration.defaultModel == nil)
        #expect(configuration.enableCrossRegionInference)
        #expect(configuration.enableApplicationInferenceProfiles)
        #expect(configuration.enablePromptCaching == false)
        #expect(configuration.routePrefix == "/api/v1")
        #expect(configuration.maxRequestBodyBytes == 20 * 1024 * 1024)
        #expect(configuration.modelCatalogTTL == 600)
        #expect(configuration.bedrockTimeout == 300)
        #expect(configuration.logPrompts == false)
        #expect(configuration.logLevel == .info)
        #expect(configuration.imageFetchMaxBytes == 3_750_000)
        #expect(configuration.imageFetchTimeout == 10)
    }

    @Test("Every variable is read")
    func everyVariable() throws {
        let configuration = try GatewayConfiguration.fromEnvironment([
            "API_KEY_SECRET_ARN": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:gw-key-AbCdEf",
            "API_KEY_CACHE_TTL": "60", "AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "us-west-2",
            "DEFAULT_MODEL": "eu.anthropic.claude-sonnet-4-5-20250929-v1:0",
            "DEFAULT_EMBEDDING_MODEL": "cohere.embed-v4:0", "ENABLE_CROSS_REGION_INFERENCE": "false",
            "ENABLE_APPLICATION_INFERENCE_PROFILES": "0", "ENABLE_PROMPT_CACHING": "yes", "API_ROUTE_PREFIX": "openai/",
            "MAX_REQUEST_BODY_BYTES": "1048576", "MODEL_CATALOG_TTL": "0", "BEDROCK_TIMEOUT": "120.5", "DEBUG": "TRUE",
            "LOG_LEVEL": "warn", "IMAGE_FETCH_MAX_BYTES": "1000000", "IMAGE_FETCH_TIMEOUT": "3",
        ])
        #expect(configuration.apiKeySource == .secretsManager(secretID: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:gw-key-AbCdEf"))
        #expect(configuration.apiKeyCacheTTL == 60)
        #expect(configuration.region == "eu-west-1")
        #expect(configuration.defaultModel == "eu.anthropic.claude-sonnet-4-5-20250929-v1:0")
        #expect(configuration.defaultEmbeddingModel == "cohere.embed-v4:0")
        #expect(configuration.enableCrossRegionInference == false)
        #expect(configuration.enableApplicationInferenceProfiles == false)
        #expect(configuration.enablePromptCaching)
        #expect(configuration.routePrefix == "/openai")
        #expect(configuration.maxRequestBodyBytes == 1_048_576)
        #expect(configuration.modelCatalogTTL == 0)
        #expect(configuration.bedrockTimeout == 120.5)
        #expect(configuration.logPrompts)
        #expect(configuration.logLevel == .warning)
        #expect(configuration.imageFetchMaxBytes == 1_000_000)
        #expect(configuration.imageFetchTimeout == 3)
        #expect(configuration.translationOptions.enablePromptCaching)
        #expect(configuration.catalogOptions.defaultModelIDs == ["eu.anthropic.claude-sonnet-4-5-20250929-v1:0", "cohere.embed-v4:0"])
        #expect(configuration.catalogOptions.enableCrossRegionInference == false)
    }

    @Test("API_KEY may hold several comma-separated keys; AWS_DEFAULT_REGION is the fallback region")
    func severalKeys() throws {
        let configuration = try GatewayConfiguration.fromEnvironment([
            "API_KEY": " sk-new , sk-old,", "AWS_DEFAULT_REGION": "ap-northeast-1",
        ])
        #expect(configuration.apiKeySource == .keys(["sk-new", "sk-old"]))
        #expect(configuration.region == "ap-northeast-1")
    }

    @Test("An SSM parameter is a key source; DEBUG alone lowers the log level to debug")
    func ssmParameter() throws {
        let configuration = try GatewayConfiguration.fromEnvironment(["API_KEY_PARAM_NAME": "/gateway/api-key", "DEBUG": "1"])
        #expect(configuration.apiKeySource == .ssmParameter(name: "/gateway/api-key"))
        #expect(configuration.logLevel == .debug)
    }

    @Test("ALLOW_UNAUTHENTICATED=true without keys is accepted; empty values count as unset")
    func unauthenticated() throws {
        let configuration = try GatewayConfiguration.fromEnvironment(["ALLOW_UNAUTHENTICATED": "true", "API_KEY": "  ", "DEFAULT_MODEL": ""])
        #expect(configuration.allowUnauthenticated)
        #expect(configuration.apiKeySource == nil)
        #expect(configuration.defaultModel == nil)
    }

    @Test(
        "Bad values are errors naming the variable",
        arguments: [
            ([:], "API_KEY"),
            (["API_KEY": ",, ,"], "API_KEY"),
            (["API_KEY": "k", "API_KEY_SECRET_ARN": "arn"], "API_KEY_SECRET_ARN"),
            (["API_KEY": "k", "ALLOW_UNAUTHENTICATED": "true"], "ALLOW_UNAUTHENTICATED"),
            (["API_KEY": "k", "ALLOW_UNAUTHENTICATED": "maybe"], "ALLOW_UNAUTHENTICATED"),
            (["API_KEY": "k", "API_KEY_CACHE_TTL": "-1"], "API_KEY_CACHE_TTL"),
            (["API_KEY": "k", "MODEL_CATALOG_TTL": "ten"], "MODEL_CATALOG_TTL"),
            (["API_KEY": "k", "BEDROCK_TIMEOUT": "0"], "BEDROCK_TIMEOUT"),
            (["API_KEY": "k", "MAX_REQUEST_BODY_BYTES": "20MB"], "MAX_REQUEST_BODY_BYTES"),
            (["API_KEY": "k", "IMAGE_FETCH_MAX_BYTES": "0"], "IMAGE_FETCH_MAX_BYTES"),
            (["API_KEY": "k", "IMAGE_FETCH_TIMEOUT": "nan"], "IMAGE_FETCH_TIMEOUT"),
            (["API_KEY": "k", "LOG_LEVEL": "verbose"], "LOG_LEVEL"),
            (["API_KEY": "k", "ENABLE_PROMPT_CACHING": "enabled"], "ENABLE_PROMPT_CACHING"),
            (["API_KEY": "k", "API_ROUTE_PREFIX": "/api v1"], "API_ROUTE_PREFIX"),
            (["API_KEY": "k", "API_ROUTE_PREFIX": "/api//v1"], "API_ROUTE_PREFIX"),
            (["API_KEY": "k", "API_ROUTE_PREFIX": "/../admin"], "API_ROUTE_PREFIX"),
            (["API_KEY": "k", "AWS_REGION": "US East"], "AWS_REGION"),
        ] as [([String: String], String)])
    func badValues(environment: [String: String], variable: String) {
        #expect(throws: GatewayConfigurationError.self) { try GatewayConfiguration.fromEnvironment(environment) }
        do {
            _ = try GatewayConfiguration.fromEnvironment(environment)
        } catch {
            #expect(error.variable == variable)
        }
    }

    @Test("Errors about keys never quote a key")
    func keyNotQuoted() {
        do {
            _ = try GatewayConfiguration.fromEnvironment(["API_KEY": "sk-secret-value", "ALLOW_UNAUTHENTICATED": "true"])
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.contains("sk-secret-value"))
        }
    }

    @Test("A route prefix of '/' serves at the root")
    func rootPrefix() throws {
        let configuration = try GatewayConfiguration.fromEnvironment(["API_KEY": "k", "API_ROUTE_PREFIX": "/"])
        #expect(configuration.routePrefix == "")
    }

    @Test("Directly given keys never show in descriptions of the configuration")
    func keysRedacted() throws {
        let configuration = try GatewayConfiguration.fromEnvironment(["API_KEY": "sk-secret-value"])
        #expect(!String(describing: configuration).contains("sk-secret-value"))
        var dumped = ""
        dump(configuration, to: &dumped)
        #expect(!dumped.contains("sk-secret-value"))
    }
}
