/// How important a log record is; `LOG_LEVEL` sets the least important level written.
///
/// The names are those of swift-log, so `LOG_LEVEL=warning` means the same here as in other
/// Swift servers; `trace` and `notice` are accepted and fold into `debug` and `info`.
///
/// ```swift
/// let level = GatewayLogLevel(name: "WARN")    // .warning
/// if record.level >= configuration.logLevel { sink.log(record) }
/// ```
public enum GatewayLogLevel: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    case debug
    case info
    case warning
    case error

    /// The level for a `LOG_LEVEL` value (case-insensitive); `nil` for an unknown name.
    public init?(name: String) {
        switch name.lowercased() {
        case "trace", "debug": self = .debug
        case "info", "notice": self = .info
        case "warn", "warning": self = .warning
        case "error", "critical", "fatal": self = .error
        default: return nil
        }
    }

    /// The name written in the `level` member of a log line.
    public var description: String {
        switch self {
        case .debug: "debug"
        case .info: "info"
        case .warning: "warning"
        case .error: "error"
        }
    }

    public static func < (lhs: GatewayLogLevel, rhs: GatewayLogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
