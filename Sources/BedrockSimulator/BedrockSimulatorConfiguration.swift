import Foundation
import Logging

/// Settings of a `BedrockSimulator`.
///
/// ```swift
/// var configuration = BedrockSimulatorConfiguration()
/// configuration.eventInterval = .milliseconds(5)
/// let simulator = BedrockSimulator(configuration: configuration)
/// ```
public struct BedrockSimulatorConfiguration: Sendable {
    /// Address `run()` binds (`start(host:port:)` takes its own).
    public var host: String
    /// Port `run()` binds; 0 picks a free one.
    public var port: Int
    public var catalog: SimulatorCatalog
    /// Folder with `bedrock-runtime/service-2.json.gz` and `bedrock/service-2.json.gz`. `nil`
    /// looks at `BEDROCK_SIMULATOR_MODELS_DIR`, then `../shared/aws-models` from the current
    /// directory or the enclosing package. Without models, requests are not schema-validated.
    public var modelsDirectory: String?
    /// Validate request bodies against the service models (when they are found).
    public var validatesRequests: Bool
    /// Answer requests without an `Authorization` header with 403 "Missing Authentication Token".
    public var requiresAuthorization: Bool
    /// Characters per streamed text delta.
    public var streamDeltaCharacters: Int
    /// Delay before the first byte of every answer (scenarios can override it per request).
    public var firstByteDelay: Duration
    /// Delay between stream events (scenarios can override it per request).
    public var eventInterval: Duration
    /// Add Bedrock's random-length `p` member to event payloads.
    public var padsStreamEvents: Bool
    /// Cache prefixes shorter than this are not cached (Bedrock's minimum is 1,024 tokens for
    /// most models; the default of 0 lets tests cache short prompts).
    public var minimumCacheableTokens: Int
    /// Largest accepted request body.
    public var maximumRequestBodySize: Int
    public var logger: Logger

    public init(
        host: String = "127.0.0.1", port: Int = 0, catalog: SimulatorCatalog = .standard(),
        modelsDirectory: String? = nil, validatesRequests: Bool = true, requiresAuthorization: Bool = true,
        streamDeltaCharacters: Int = 10, firstByteDelay: Duration = .zero, eventInterval: Duration = .zero,
        padsStreamEvents: Bool = true, minimumCacheableTokens: Int = 0, maximumRequestBodySize: Int = 32 << 20,
        logger: Logger = Logger(label: "BedrockSimulator")
    ) {
        self.host = host
        self.port = port
        self.catalog = catalog
        self.modelsDirectory = modelsDirectory
        self.validatesRequests = validatesRequests
        self.requiresAuthorization = requiresAuthorization
        self.streamDeltaCharacters = streamDeltaCharacters
        self.firstByteDelay = firstByteDelay
        self.eventInterval = eventInterval
        self.padsStreamEvents = padsStreamEvents
        self.minimumCacheableTokens = minimumCacheableTokens
        self.maximumRequestBodySize = maximumRequestBodySize
        self.logger = logger
    }
}
