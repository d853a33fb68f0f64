import BedrockClient
import Foundation
import GatewayCore

/// The AWS clients one CLI run uses, built from the environment the way the gateway builds its
/// own (region, endpoints, credentials chain), with the command's `--region` on top.
///
/// The region falls back to the gateway's default (`us-east-1`), so the CLI looks where a
/// gateway started in the same shell would.
///
/// ```swift
/// let session = try AWSSession(region: options.region)
/// let models = try await session.services.catalog.listFoundationModels()
/// ```
struct AWSSession: Sendable {
    let services: LiveAWSServices
    /// The environment the clients were built from (with the `--region` override applied).
    let environment: [String: String]

    var region: String { services.client.configuration.region.name }

    /// - Parameters:
    ///   - region: `--region`; overrides `AWS_REGION`/`AWS_DEFAULT_REGION` and the profile's region.
    ///   - configure: adjusts the client configuration (time limits, retries) for the command.
    /// - Throws: ``OperatorError`` for an unusable region or endpoint setting.
    init(
        region: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        configure: (inout AWSClientConfiguration) -> Void = { _ in }
    ) throws(OperatorError) {
        var environment = environment
        if let region, !region.isEmpty {
            environment["AWS_REGION"] = region
        }
        do {
            self.services = try BedrockClientFactory.live(
                environment: environment, defaultRegion: GatewayConfiguration.defaultRegion, configure: configure)
        } catch {
            throw FailureExplainer.explain(error)
        }
        self.environment = environment
    }

    /// The chain the clients sign with, asked directly: credentials and which provider answered.
    func resolveCredentials() async throws -> ResolvedCredentials {
        if let chain = services.client.credentialsProvider.base as? DefaultCredentialsChain {
            return try await chain.resolve()
        }
        let base = services.client.credentialsProvider.base
        return ResolvedCredentials(credentials: try await base.credentials(), providerName: base.providerName)
    }
}
