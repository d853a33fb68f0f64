import Foundation

/// Builds the process's AWS adapters from the environment, once: region, endpoints, retry
/// settings and the Bedrock API key from the variables the AWS SDKs read, credentials from the
/// default chain (environment, web identity, profiles, container, IMDS) — fetched only when a
/// request needs a signature.
///
/// ```swift
/// let services = try BedrockClientFactory.live()     // at startup (gateway, Lambda init, CLI)
/// let answer = try await services.runtime.converse(modelID: id, request: request)
/// ```
public enum BedrockClientFactory {
    /// - Parameters:
    ///   - defaultRegion: the region when none is configured; `nil` makes that an error.
    ///   - homeDirectory: where `~/.aws` lives; `nil` means `HOME` from `environment`.
    ///   - httpClient: the HTTP client for AWS and for the credentials providers.
    ///   - configure: adjusts the configuration read from the environment (timeouts, …).
    /// - Throws: ``AWSClientConfigurationError``.
    public static func live(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        defaultRegion: String? = nil,
        homeDirectory: String? = nil,
        httpClient: HTTPClient = .shared,
        configure: (inout AWSClientConfiguration) -> Void = { _ in }
    ) throws(AWSClientConfigurationError) -> LiveAWSServices {
        var configuration = try AWSClientConfiguration.fromEnvironment(
            environment, defaultRegion: defaultRegion, homeDirectory: homeDirectory)
        configure(&configuration)
        let signer = SigV4Signer()
        let chain = DefaultCredentialsChain(
            environment: environment, homeDirectory: homeDirectory, transport: httpClient, signer: signer)
        let client = try AWSClient(
            configuration: configuration, credentialsProvider: chain, httpClient: httpClient, signer: signer)
        return LiveAWSServices(client: client)
    }
}
