import GatewayCore
import Logging

/// Routes swift-log (what Hummingbird, ServiceLifecycle and the simulator log through) to
/// standard error, so standard output carries only the gateway's JSON request lines.
///
/// ```swift
/// ConsoleLogging.bootstrap()
/// let logger = ConsoleLogging.logger("gatewayctl.serve", level: configuration.logLevel)
/// ```
enum ConsoleLogging {
    /// Installs the standard-error handler; call once, before the first `Logger` is made.
    static func bootstrap() {
        LoggingSystem.bootstrap { label in StreamLogHandler.standardError(label: label) }
    }

    /// A logger for the server libraries. They announce routine events (server started, every
    /// connection) at `info`, which the banner and the JSON request lines already cover, so
    /// below `debug` only warnings and errors are shown.
    static func logger(_ label: String, level: GatewayLogLevel) -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = level == .debug ? .debug : .warning
        return logger
    }
}
