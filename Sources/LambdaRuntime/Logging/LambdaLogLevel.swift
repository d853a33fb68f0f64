/// Severity of a runtime log line, ordered from least to most important.
///
/// ```swift
/// let level = LambdaLogLevel(name: "warn") ?? .info   // .warning
/// ```
public enum LambdaLogLevel: Int, Sendable, Comparable, CaseIterable {
    case debug, info, warning, error

    /// Accepts the usual spellings (`trace`/`debug`, `info`/`notice`, `warn`/`warning`, `error`/`fatal`/`critical`),
    /// case-insensitively.
    public init?(name: String) {
        switch name.lowercased() {
        case "trace", "debug": self = .debug
        case "info", "notice": self = .info
        case "warn", "warning": self = .warning
        case "error", "fatal", "critical": self = .error
        default: return nil
        }
    }

    /// The name written in log lines (`INFO`), as Lambda's own JSON logs spell levels.
    public var label: String {
        switch self {
        case .debug: return "DEBUG"
        case .info: return "INFO"
        case .warning: return "WARN"
        case .error: return "ERROR"
        }
    }

    public static func < (lhs: LambdaLogLevel, rhs: LambdaLogLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
