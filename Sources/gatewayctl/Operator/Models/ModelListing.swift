import BedrockClient
import Foundation
import GatewayCore

/// The models the gateway would serve, fetched the way the gateway fetches them: both Bedrock
/// listings (ListFoundationModels, ListInferenceProfiles of every type) built into a
/// `ModelCatalog` with the catalog options of the gateway's environment
/// (`ENABLE_CROSS_REGION_INFERENCE`, `ENABLE_APPLICATION_INFERENCE_PROFILES`, `DEFAULT_MODEL`,
/// `DEFAULT_EMBEDDING_MODEL`).
///
/// ```swift
/// let catalog = try await ModelListing.fetch(session: session)
/// let listed = catalog.entries.filter(\.isListed)
/// ```
enum ModelListing {
    static func fetch(session: AWSSession) async throws(OperatorError) -> ModelCatalog {
        let options = try catalogOptions(environment: session.environment)
        let source = session.services.catalog
        do {
            async let models = source.listFoundationModels()
            async let profiles = source.listInferenceProfiles(type: nil)
            return ModelCatalog(
                foundationModels: try await models, inferenceProfiles: try await profiles, options: options,
                created: Int(Date().timeIntervalSince1970))
        } catch {
            throw FailureExplainer.explain(error, target: .catalog, region: session.region)
        }
    }

    /// The gateway's catalog options, read by the gateway's own configuration reader. The key
    /// variables are set aside: listing models needs no API key, and a missing one must not
    /// stop an operator from seeing the models.
    static func catalogOptions(environment: [String: String]) throws(OperatorError) -> ModelCatalogOptions {
        var environment = environment
        for variable in ["API_KEY", "API_KEY_SECRET_ARN", "API_KEY_PARAM_NAME"] { environment[variable] = nil }
        environment["ALLOW_UNAUTHENTICATED"] = "true"
        do {
            return try GatewayConfiguration.fromEnvironment(environment).catalogOptions
        } catch {
            throw OperatorError("\(error.variable): \(error.message)")
        }
    }
}
