/// A configuration value the gateway cannot run with, naming the environment variable.
///
/// ```swift
/// do { config = try GatewayConfiguration.fromEnvironment(env) }
/// catch { print("\(error.variable): \(error.message)"); exit(1) }   // "MODEL_CATALOG_TTL: …"
/// ```
public struct GatewayConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The environment variable at fault (`API_KEY`, `MAX_REQUEST_BODY_BYTES`, …).
    public var variable: String
    /// What is wrong and what is expected; never quotes a secret.
    public var message: String

    public init(variable: String, message: String) {
        self.variable = variable
        self.message = message
    }

    public var description: String { "\(variable): \(message)" }
}
