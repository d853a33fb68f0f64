/// What the handler factory gets at initialization.
///
/// ```swift
/// await LambdaRuntime.main(environment: env) { context in
///     try await makeGateway(environment: context.environment, logger: context.logger)
/// }
/// ```
public struct LambdaInitContext: Sendable {
    public var environment: [String: String]
    public var configuration: LambdaRuntimeConfiguration
    public var logger: LambdaLogger

    public init(environment: [String: String], configuration: LambdaRuntimeConfiguration, logger: LambdaLogger) {
        self.environment = environment
        self.configuration = configuration
        self.logger = logger
    }
}
