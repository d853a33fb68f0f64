import Foundation

/// Everything the gateway is configured with, read once from the environment by
/// ``fromEnvironment(_:)`` (a pure function of the dictionary it is given).
///
/// | Variable | Default | Meaning |
/// |---|---|---|
/// | `API_KEY` | — | The key clients send as `Authorization: Bearer <key>` (or `x-api-key`). Several keys separated by commas are all accepted (rotation). |
/// | `API_KEY_SECRET_ARN` | — | Secrets Manager secret (ARN or name) holding the key: plain text, `{"api_key": "…"}`, or the rotation form `{"api_key": "new", "previous_api_key": "old", "previous_api_key_expires_at": "<ISO 8601>"}` (both accepted until the expiry). |
/// | `API_KEY_PARAM_NAME` | — | SSM parameter (SecureString) holding the key, same formats. |
/// | `API_KEY_CACHE_TTL` | `300` | Seconds before the secret or parameter is read again, so a rotation takes effect without a restart. |
/// | `ALLOW_UNAUTHENTICATED` | `false` | `true` serves without any API key. For local use only; exactly one of this and the three `API_KEY…` variables must be set. |
/// | `AWS_REGION`, then `AWS_DEFAULT_REGION` | `us-east-1` | Bedrock region. The fallback is the region with the widest Bedrock model choice, and what most examples assume. |
/// | `DEFAULT_MODEL` | — | Chat model listed first by `GET /models` (and always listed) and used by `gatewayctl` when none is given. Never substituted for a request's `model`: OpenAI requires it, and silently answering with another model would hide client bugs. |
/// | `DEFAULT_EMBEDDING_MODEL` | — | Embedding model always listed by `GET /models` and used by `gatewayctl` by default; likewise never substituted. |
/// | `ENABLE_CROSS_REGION_INFERENCE` | `true` | List system cross-region inference profiles (`us.…`, `eu.…`, `global.…`). |
/// | `ENABLE_APPLICATION_INFERENCE_PROFILES` | `true` | List application inference profiles (by ARN). |
/// | `ENABLE_PROMPT_CACHING` | `false` | Add Bedrock cache points for models that support them (a request can override with `prompt_caching`). |
/// | `API_ROUTE_PREFIX` | `/api/v1` | Prefix of the API routes; `/v1` is always served too. `/` serves at the root. |
/// | `MAX_REQUEST_BODY_BYTES` | `20971520` (20 MiB) | Largest request body; adapters answer 413 beyond it. Bedrock takes images up to 3.75 MB and documents up to 4.5 MB each, which grow by 4/3 as base64 `data:` URLs: 20 MiB carries about four full-size images with a long conversation, while bounding memory per request. |
/// | `MODEL_CATALOG_TTL` | `600` | Seconds the model list from ListFoundationModels/ListInferenceProfiles is reused. |
/// | `BEDROCK_TIMEOUT` | `300` | Seconds one Bedrock call may take (applied by the transport). |
/// | `DEBUG` | `false` | Log prompts (chat messages, embeddings input) in request log lines; also makes `debug` the default `LOG_LEVEL`. Keys are never logged. |
/// | `LOG_LEVEL` | `info` | Least important level logged: `debug`, `info`, `warning`, `error` (also `trace`, `notice`, `warn`, `critical`). |
/// | `IMAGE_FETCH_MAX_BYTES` | `3750000` | Largest image fetched from an `http(s)` `image_url` (Bedrock's per-image limit). |
/// | `IMAGE_FETCH_TIMEOUT` | `10` | Seconds an image fetch may take. |
///
/// A variable set to an empty string counts as unset. Durations are seconds (whole or decimal),
/// sizes whole bytes, switches `true`/`false` (also `1`/`0`, `yes`/`no`, `on`/`off`). A bad
/// value is a ``GatewayConfigurationError`` naming the variable.
///
/// ```swift
/// let configuration = try GatewayConfiguration.fromEnvironment(ProcessInfo.processInfo.environment)
/// configuration.routePrefix        // "/api/v1"
/// configuration.apiKeySource       // .secretsManager(secretID: "arn:…")
/// ```
public struct GatewayConfiguration: Sendable, Hashable {
    /// Where API keys come from; `nil` only with ``allowUnauthenticated``.
    public var apiKeySource: APIKeySource?
    public var apiKeyCacheTTL: TimeInterval
    public var allowUnauthenticated: Bool
    public var region: String
    public var defaultModel: String?
    public var defaultEmbeddingModel: String?
    public var enableCrossRegionInference: Bool
    public var enableApplicationInferenceProfiles: Bool
    public var enablePromptCaching: Bool
    /// Normalised: starts with `/`, no trailing `/`; empty for the root.
    public var routePrefix: String
    public var maxRequestBodyBytes: Int
    public var modelCatalogTTL: TimeInterval
    public var bedrockTimeout: TimeInterval
    /// `DEBUG`: prompts go into request log lines.
    public var logPrompts: Bool
    public var logLevel: GatewayLogLevel
    public var imageFetchMaxBytes: Int
    public var imageFetchTimeout: TimeInterval

    public static let defaultRegion = "us-east-1"
    public static let defaultRoutePrefix = "/api/v1"
    public static let defaultMaxRequestBodyBytes = 20 * 1024 * 1024

    /// A configuration from values (tests, embedding the gateway in code). A `routePrefix`
    /// that ``fromEnvironment(_:)`` would reject falls back to ``defaultRoutePrefix``.
    public init(
        apiKeySource: APIKeySource? = nil, apiKeyCacheTTL: TimeInterval = 300, allowUnauthenticated: Bool = false,
        region: String = GatewayConfiguration.defaultRegion, defaultModel: String? = nil,
        defaultEmbeddingModel: String? = nil, enableCrossRegionInference: Bool = true,
        enableApplicationInferenceProfiles: Bool = true, enablePromptCaching: Bool = false,
        routePrefix: String = GatewayConfiguration.defaultRoutePrefix,
        maxRequestBodyBytes: Int = GatewayConfiguration.defaultMaxRequestBodyBytes, modelCatalogTTL: TimeInterval = 600,
        bedrockTimeout: TimeInterval = 300, logPrompts: Bool = false, logLevel: GatewayLogLevel = .info,
        imageFetchMaxBytes: Int = 3_750_000, imageFetchTimeout: TimeInterval = 10
    ) {
        self.apiKeySource = apiKeySource
        self.apiKeyCacheTTL = apiKeyCacheTTL
        self.allowUnauthenticated = allowUnauthenticated
        self.region = region
        self.defaultModel = defaultModel
        self.defaultEmbeddingModel = defaultEmbeddingModel
        self.enableCrossRegionInference = enableCrossRegionInference
        self.enableApplicationInferenceProfiles = enableApplicationInferenceProfiles
        self.enablePromptCaching = enablePromptCaching
        self.routePrefix = (try? Self.normalizedRoutePrefix(routePrefix)) ?? Self.defaultRoutePrefix
        self.maxRequestBodyBytes = maxRequestBodyBytes
        self.modelCatalogTTL = modelCatalogTTL
        self.bedrockTimeout = bedrockTimeout
        self.logPrompts = logPrompts
        self.logLevel = logLevel
        self.imageFetchMaxBytes = imageFetchMaxBytes
        self.imageFetchTimeout = imageFetchTimeout
    }

    /// Reads the configuration from environment variables (see the table above).
    public static func fromEnvironment(_ environment: [String: String]) throws(GatewayConfigurationError) -> GatewayConfiguration {
        let env = EnvironmentReader(environment: environment)
        var configuration = GatewayConfiguration()

        configuration.allowUnauthenticated = try env.bool("ALLOW_UNAUTHENTICATED", default: false)
        configuration.apiKeySource = try apiKeySource(env, allowUnauthenticated: configuration.allowUnauthenticated)
        configuration.apiKeyCacheTTL = try env.seconds("API_KEY_CACHE_TTL", default: 300, allowZero: true)

        if let name = ["AWS_REGION", "AWS_DEFAULT_REGION"].first(where: { env.string($0) != nil }),
            let region = env.string(name)
        {
            guard isRegionName(region) else {
                throw GatewayConfigurationError(
                    variable: name, message: "Expected an AWS region such as us-east-1, got '\(region)'.")
            }
            configuration.region = region
        }

        configuration.defaultModel = env.string("DEFAULT_MODEL")
        configuration.defaultEmbeddingModel = env.string("DEFAULT_EMBEDDING_MODEL")
        configuration.enableCrossRegionInference = try env.bool("ENABLE_CROSS_REGION_INFERENCE", default: true)
        configuration.enableApplicationInferenceProfiles = try env.bool("ENABLE_APPLICATION_INFERENCE_PROFILES", default: true)
        configuration.enablePromptCaching = try env.bool("ENABLE_PROMPT_CACHING", default: false)

        if let prefix = env.string("API_ROUTE_PREFIX") {
            configuration.routePrefix = try normalizedRoutePrefix(prefix)
        }
        configuration.maxRequestBodyBytes = try env.bytes("MAX_REQUEST_BODY_BYTES", default: defaultMaxRequestBodyBytes)
        configuration.modelCatalogTTL = try env.seconds("MODEL_CATALOG_TTL", default: 600, allowZero: true)
        configuration.bedrockTimeout = try env.seconds("BEDROCK_TIMEOUT", default: 300, allowZero: false)

        configuration.logPrompts = try env.bool("DEBUG", default: false)
        if let name = env.string("LOG_LEVEL") {
            guard let level = GatewayLogLevel(name: name) else {
                throw GatewayConfigurationError(
                    variable: "LOG_LEVEL", message: "Expected debug, info, warning or error, got '\(name)'.")
            }
            configuration.logLevel = level
        } else {
            configuration.logLevel = configuration.logPrompts ? .debug : .info
        }

        configuration.imageFetchMaxBytes = try env.bytes("IMAGE_FETCH_MAX_BYTES", default: 3_750_000)
        configuration.imageFetchTimeout = try env.seconds("IMAGE_FETCH_TIMEOUT", default: 10, allowZero: false)
        return configuration
    }

    /// The options every chat translation gets.
    public var translationOptions: TranslationOptions {
        TranslationOptions(enablePromptCaching: enablePromptCaching)
    }

    /// The options the model catalog is built with; the default models are always listed.
    public var catalogOptions: ModelCatalogOptions {
        ModelCatalogOptions(
            enableCrossRegionInference: enableCrossRegionInference,
            enableApplicationInferenceProfiles: enableApplicationInferenceProfiles,
            defaultModelIDs: [defaultModel, defaultEmbeddingModel].compactMap { $0 })
    }

    // MARK: - Rules

    private static let keyVariables = ["API_KEY", "API_KEY_SECRET_ARN", "API_KEY_PARAM_NAME"]

    private static func apiKeySource(
        _ env: EnvironmentReader, allowUnauthenticated: Bool
    ) throws(GatewayConfigurationError) -> APIKeySource? {
        let set = keyVariables.filter { env.string($0) != nil }
        if set.count > 1 {
            throw GatewayConfigurationError(
                variable: set[1], message: "Set only one of \(set.joined(separator: ", ")): they are alternative key sources.")
        }
        if allowUnauthenticated {
            if let variable = set.first {
                throw GatewayConfigurationError(
                    variable: "ALLOW_UNAUTHENTICATED",
                    message: "ALLOW_UNAUTHENTICATED=true contradicts \(variable); unset one of them.")
            }
            return nil
        }
        if let raw = env.string("API_KEY") {
            let keys = APIKeySet.splitKeyList(raw)
            guard !keys.isEmpty else {
                throw GatewayConfigurationError(variable: "API_KEY", message: "Holds no key (only commas and spaces).")
            }
            return .keys(keys)
        }
        if let id = env.string("API_KEY_SECRET_ARN") { return .secretsManager(secretID: id) }
        if let name = env.string("API_KEY_PARAM_NAME") { return .ssmParameter(name: name) }
        throw GatewayConfigurationError(
            variable: "API_KEY",
            message: "No API key is configured. Set API_KEY, API_KEY_SECRET_ARN or API_KEY_PARAM_NAME "
                + "(or ALLOW_UNAUTHENTICATED=true for local use without keys).")
    }

    /// `api/v1/` → `/api/v1`; `/` → `` (root). Segments of URL-safe characters only.
    static func normalizedRoutePrefix(_ raw: String) throws(GatewayConfigurationError) -> String {
        var prefix = raw
        while prefix.hasSuffix("/") { prefix.removeLast() }
        if prefix.isEmpty { return "" }
        if !prefix.hasPrefix("/") { prefix = "/" + prefix }
        let segments = prefix.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
        for segment in segments where segment.isEmpty || segment == "." || segment == ".." || !segment.allSatisfy(allowed.contains) {
            throw GatewayConfigurationError(
                variable: "API_ROUTE_PREFIX",
                message: "Expected a path such as /api/v1 (letters, digits, '-', '.', '_', '~' between slashes), got '\(raw)'.")
        }
        return prefix
    }

    private static func isRegionName(_ text: String) -> Bool {
        text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && text.first?.isLetter == true && !text.hasSuffix("-")
    }
}
