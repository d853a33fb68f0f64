import BedrockClient
import Foundation
import GatewayCore
import LambdaRuntime

/// Builds the `Gateway` with its live AWS adapters from the function's environment, at
/// initialization (before the first `next`).
///
/// What happens here is what must not wait or must fail early: the configuration is parsed,
/// the AWS clients are set up (credentials are fetched on the first signed request) and the API
/// key secret or parameter is read once — a missing or unreadable secret is an init error, so a
/// misconfigured function never serves 503s. What can wait does: the model catalog is listed
/// on the first request that needs it.
///
/// ```swift
/// let gateway = try await GatewayAssembly.makeGateway(context)
/// ```
enum GatewayAssembly {
    /// The error type for a key source that cannot be read (the Runtime API documentation's
    /// own example of a `Category.Reason` type).
    static let apiKeyNotFoundType = "Runtime.APIKeyNotFound"

    static func makeGateway(_ context: LambdaInitContext) async throws -> Gateway {
        let environment = context.environment
        let configuration: GatewayConfiguration
        do {
            configuration = try GatewayConfiguration.fromEnvironment(environment)
        } catch {
            throw LambdaInitError(type: LambdaErrorReport.configInvalidType, message: error.description)
        }

        let services: LiveAWSServices
        do {
            services = try BedrockClientFactory.live(environment: environment, defaultRegion: configuration.region) {
                $0.timeouts.total = .milliseconds(Int64(configuration.bedrockTimeout * 1000))
            }
        } catch {
            throw LambdaInitError(type: LambdaErrorReport.configInvalidType, message: error.description)
        }

        let secrets = try await preloadKeys(configuration.apiKeySource, from: services.secretValues)
        let apiKeys = APIKeyProvider(
            configuration: configuration, secrets: secrets, now: { Date() }, logSink: context.logger)
        // Consumes the value read above: the provider starts with keys, no second read.
        await apiKeys?.refreshNow()

        let fetcher = LiveRemoteMediaFetcher(
            configuration: LiveRemoteMediaFetcher.Configuration(
                maxBytes: configuration.imageFetchMaxBytes,
                timeout: .milliseconds(Int64(configuration.imageFetchTimeout * 1000))))
        do {
            return try Gateway(
                configuration: configuration, runtime: services.runtime, catalogSource: services.catalog,
                mediaFetcher: fetcher, apiKeys: apiKeys, logSink: context.logger, now: { Date() },
                makeID: { UUID().uuidString.lowercased() })
        } catch {
            throw LambdaInitError(type: LambdaErrorReport.configInvalidType, message: error.description)
        }
    }

    /// Reads the key secret or parameter now and checks that it holds keys; returns a source
    /// that hands that value to the key provider's first read.
    static func preloadKeys(_ source: APIKeySource?, from secrets: any SecretValueSource) async throws
        -> any SecretValueSource
    {
        let variable: String
        let value: String
        switch source {
        case nil, .keys?:
            return secrets
        case .secretsManager(let secretID)?:
            variable = "API_KEY_SECRET_ARN"
            do {
                value = try await secrets.secretString(secretID: secretID)
            } catch {
                throw LambdaInitError(
                    type: apiKeyNotFoundType, message: "\(variable): the secret '\(secretID)' could not be read: \(error)")
            }
        case .ssmParameter(let name)?:
            variable = "API_KEY_PARAM_NAME"
            do {
                value = try await secrets.parameterValue(name: name)
            } catch {
                throw LambdaInitError(
                    type: apiKeyNotFoundType, message: "\(variable): the parameter '\(name)' could not be read: \(error)")
            }
        }
        do {
            _ = try APIKeySet.parse(secretValue: value)
        } catch {
            throw LambdaInitError(type: LambdaErrorReport.configInvalidType, message: "\(variable): \(error)")
        }
        return PrefetchedSecretValues(base: secrets, source: source, value: value)
    }
}
