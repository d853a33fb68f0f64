import Foundation
import GatewayCore

/// How the runtime behaves, read from the environment Lambda (and the infrastructure template)
/// sets.
///
/// | Variable | Default | Meaning |
/// |---|---|---|
/// | `AWS_LAMBDA_RUNTIME_API` | — (required) | `host:port` of the Runtime API, set by Lambda. |
/// | `LAMBDA_RESPONSE_STREAMING` | `false` | `true` when the function sits behind a Function URL (or API Gateway) in `RESPONSE_STREAM` mode: API Gateway and Function URL events are then answered with the Runtime API's streaming mode. ALB events are always buffered. |
/// | `MAX_REQUEST_BODY_BYTES` | `20971520` | Largest request body; larger ones get 413 (Lambda itself caps synchronous payloads at 6 MB). |
/// | `LOG_LEVEL`, then `AWS_LAMBDA_LOG_LEVEL` | `info` | Least important runtime log level. |
///
/// ```swift
/// let configuration = try LambdaRuntimeConfiguration.fromEnvironment(ProcessInfo.processInfo.environment)
/// configuration.responseStreaming   // true behind a streaming Function URL
/// ```
public struct LambdaRuntimeConfiguration: Sendable, Hashable {
    public var runtimeAPIEndpoint: String
    public var responseStreaming: Bool
    public var maxRequestBodyBytes: Int
    public var logLevel: GatewayLogLevel
    /// Time kept free before the invocation's deadline: the gateway's Bedrock calls and a
    /// streamed body end this much earlier, so an error response can still be sent.
    public var deadlineMargin: Duration
    public var functionName: String?
    public var functionVersion: String?

    public static let defaultMaxRequestBodyBytes = 20 * 1024 * 1024

    public init(
        runtimeAPIEndpoint: String, responseStreaming: Bool = false,
        maxRequestBodyBytes: Int = LambdaRuntimeConfiguration.defaultMaxRequestBodyBytes,
        logLevel: GatewayLogLevel = .info, deadlineMargin: Duration = .milliseconds(500),
        functionName: String? = nil, functionVersion: String? = nil
    ) {
        self.runtimeAPIEndpoint = runtimeAPIEndpoint
        self.responseStreaming = responseStreaming
        self.maxRequestBodyBytes = maxRequestBodyBytes
        self.logLevel = logLevel
        self.deadlineMargin = deadlineMargin
        self.functionName = functionName
        self.functionVersion = functionVersion
    }

    /// Reads the variables above.
    /// - Throws: ``LambdaRuntimeError`` (`missingEndpoint`) without `AWS_LAMBDA_RUNTIME_API` —
    ///   nothing can be reported then; ``LambdaInitError`` (`Runtime.ConfigInvalid`) for a bad value.
    public static func fromEnvironment(_ environment: [String: String]) throws -> LambdaRuntimeConfiguration {
        func value(_ name: String) -> String? {
            guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        guard let endpoint = value(LambdaRuntimeAPI.Environment.runtimeAPI) else {
            throw LambdaRuntimeError(
                .missingEndpoint,
                "\(LambdaRuntimeAPI.Environment.runtimeAPI) is not set: this binary is a Lambda custom runtime "
                    + "and must run inside Lambda (or a Runtime API emulator).")
        }
        var configuration = LambdaRuntimeConfiguration(runtimeAPIEndpoint: endpoint)
        configuration.functionName = value(LambdaRuntimeAPI.Environment.functionName)
        configuration.functionVersion = value(LambdaRuntimeAPI.Environment.functionVersion)

        let streamingName = LambdaRuntimeAPI.Environment.responseStreaming
        if let text = value(streamingName) {
            switch text.lowercased() {
            case "true", "1", "yes", "on": configuration.responseStreaming = true
            case "false", "0", "no", "off": configuration.responseStreaming = false
            default: throw invalid(streamingName, "expected true or false, got '\(text)'")
            }
        }
        if let text = value("MAX_REQUEST_BODY_BYTES") {
            guard let bytes = Int(text), bytes > 0 else {
                throw invalid("MAX_REQUEST_BODY_BYTES", "expected a positive number of bytes, got '\(text)'")
            }
            configuration.maxRequestBodyBytes = bytes
        }
        for name in ["LOG_LEVEL", "AWS_LAMBDA_LOG_LEVEL"] {
            guard let text = value(name) else { continue }
            guard let level = GatewayLogLevel(name: text) else {
                throw invalid(name, "expected debug, info, warning or error, got '\(text)'")
            }
            configuration.logLevel = level
            break
        }
        return configuration
    }

    private static func invalid(_ variable: String, _ message: String) -> LambdaInitError {
        LambdaInitError(type: LambdaErrorReport.configInvalidType, message: "\(variable): \(message)")
    }
}
