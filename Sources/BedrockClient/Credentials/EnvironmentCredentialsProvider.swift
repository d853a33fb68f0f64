import Foundation

/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` — what
/// Lambda sets for the function's execution role.
///
///     let provider = EnvironmentCredentialsProvider(environment: ProcessInfo.processInfo.environment)
///     let credentials = try await provider.credentials()   // or CredentialsError.notConfigured
public struct EnvironmentCredentialsProvider: CredentialsProvider {
    public let environment: [String: String]
    public var providerName: String { "environment" }

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public func credentials() async throws -> AWSCredentials {
        if let credentials = AWSCredentials.fromEnvironment(environment) { return credentials }
        let hasKeyId = !(environment["AWS_ACCESS_KEY_ID"] ?? "").isEmpty
        throw CredentialsError.notConfigured(
            hasKeyId ? "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not" : "AWS_ACCESS_KEY_ID not set"
        )
    }
}
