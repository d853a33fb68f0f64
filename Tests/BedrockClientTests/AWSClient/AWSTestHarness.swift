import Foundation
import GatewayCore

@testable import BedrockClient

/// Builds an ``AWSClient`` aimed at a loopback stand-in (every service's endpoint overridden),
/// with a private HTTP client, static credentials, a fixed clock and a recording sleep.
enum AWSTestHarness {
    static let credentials = AWSCredentials(
        accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        sessionToken: "FQoGZXIvYXdzEXAMPLE")
    /// 2025-03-15T09:07:05Z
    static let date = Date(timeIntervalSince1970: 1_742_029_625)

    static func configuration(
        baseURL: String,
        retryPolicy: RetryPolicy = .none,
        retryTimeLimit: Duration = .seconds(60),
        timeouts: HTTPTimeouts = .default,
        bedrockAPIKey: String? = nil
    ) throws -> AWSClientConfiguration {
        AWSClientConfiguration(
            region: try AWSRegion("us-east-1"),
            endpointResolver: AWSEndpointResolver(useFIPS: false, globalOverride: baseURL),
            retryPolicy: retryPolicy, retryTimeLimit: retryTimeLimit, timeouts: timeouts, bedrockAPIKey: bedrockAPIKey)
    }

    static func withClient<T>(
        _ standIn: BedrockStandIn,
        retryPolicy: RetryPolicy = .none,
        retryTimeLimit: Duration = .seconds(60),
        timeouts: HTTPTimeouts = .default,
        bedrockAPIKey: String? = nil,
        credentialsProvider: (any CredentialsProvider)? = nil,
        sleep: RecordingSleep = RecordingSleep(),
        _ body: (AWSClient) async throws -> T
    ) async throws -> T {
        try await HTTPTestHarness.withClient { http in
            let client = try AWSClient(
                configuration: try configuration(
                    baseURL: standIn.baseURL, retryPolicy: retryPolicy, retryTimeLimit: retryTimeLimit,
                    timeouts: timeouts,
                    bedrockAPIKey: bedrockAPIKey),
                credentialsProvider: credentialsProvider ?? StaticCredentialsProvider(credentials),
                httpClient: http, clock: { date }, sleep: sleep.function)
            return try await body(client)
        }
    }

    /// Runs `operation` and returns the `BedrockError` it throws (`nil` when it succeeds; any
    /// other error is reported as `.unknown` with its description).
    static func bedrockError(_ operation: () async throws -> Void) async -> BedrockError? {
        do {
            try await operation()
            return nil
        } catch let error as BedrockError {
            return error
        } catch {
            return BedrockError(kind: .unknown, message: "unexpected \(type(of: error)): \(error)")
        }
    }
}
