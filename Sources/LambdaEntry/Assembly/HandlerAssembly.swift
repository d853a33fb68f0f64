import BedrockClient
import Foundation
import GatewayCore
import LambdaRuntime

/// Builds the request handler at initialization: the gateway with its live AWS clients, or,
/// for the runtime's own end-to-end tests, the ``ProbeHandler`` (`LAMBDA_ENTRY_TEST_HANDLER=probe`).
///
/// ```swift
/// let handler = try await HandlerAssembly.makeHandler(context)
/// ```
enum HandlerAssembly {
    /// Selects the test-only probe handler. Never set in a deployment.
    static let testHandlerVariable = "LAMBDA_ENTRY_TEST_HANDLER"

    static func makeHandler(_ context: LambdaInitContext) async throws -> any GatewayHandling {
        if let name = context.environment[testHandlerVariable], !name.isEmpty {
            guard name == "probe" else {
                throw LambdaInitError(
                    type: LambdaErrorReport.configInvalidType,
                    message: "\(testHandlerVariable): unknown test handler '\(name)' (expected probe).")
            }
            context.logger.log(.warning, "lambda_test_handler", [("handler", .string(name))])
            return try ProbeHandler(environment: context.environment)
        }
        return try await GatewayAssembly.makeGateway(context)
    }
}
