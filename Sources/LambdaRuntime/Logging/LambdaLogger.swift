import Foundation

/// Writes one JSON object per line to standard output, which Lambda forwards to CloudWatch Logs
/// (where JSON lines can be queried field by field with Logs Insights).
///
/// Every line has `timestamp` (ISO 8601, UTC, milliseconds), `level` and `message`, then the
/// given fields in name order.
///
/// ```swift
/// let logger = LambdaLogger(minimumLevel: .info)
/// logger.info("init complete", ["initDurationMs": .number(12.5)])
/// // {"timestamp":"2025-01-01T00:00:00.000Z","level":"INFO","message":"init complete","initDurationMs":12.5}
/// ```
public struct LambdaLogger: Sendable {
    /// A logged field value.
    public enum Value: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case string(String)
        case integer(Int)
        case number(Double)
        case bool(Bool)

        public init(stringLiteral value: String) { self = .string(value) }
        public init(integerLiteral value: Int) { self = .integer(value) }
    }

    public let minimumLevel: LambdaLogLevel
    private let write: @Sendable (String) -> Void

    /// - Parameter write: receives each line, newline included; standard output by default.
    public init(minimumLevel: LambdaLogLevel = .info, write: (@Sendable (String) -> Void)? = nil) {
        self.minimumLevel = minimumLevel
        self.write = write ?? { line in FileHandle.standardOutput.write(Data(line.utf8)) }
    }

    public func debug(_ message: String, _ fields: [String: Value] = [:]) { log(.debug, message, fields) }
    public func info(_ message: String, _ fields: [String: Value] = [:]) { log(.info, message, fields) }
    public func warning(_ message: String, _ fields: [String: Value] = [:]) { log(.warning, message, fields) }
    public func error(_ message: String, _ fields: [String: Value] = [:]) { log(.error, message, fields) }

    public func log(_ level: LambdaLogLevel, _ message: String, _ fields: [String: Value] = [:], at date: Date = Date()) {
        guard level >= minimumLevel else { return }
        write(Self.line(level, message, fields, at: date))
    }

    /// The JSON line (with its newline).
    public static func line(_ level: LambdaLogLevel, _ message: String, _ fields: [String: Value], at date: Date) -> String {
        var line = "{\"timestamp\":\(quoted(timestamp(date))),\"level\":\(quoted(level.label)),\"message\":\(quoted(message))"
        for name in fields.keys.sorted() where !["timestamp", "level", "message"].contains(name) {
            guard let value = fields[name] else { continue }
            line += ",\(quoted(name)):"
            switch value {
            case .string(let text): line += quoted(text)
            case .integer(let number): line += String(number)
            case .number(let number): line += number.isFinite ? String(number) : "null"
            case .bool(let flag): line += flag ? "true" : "false"
            }
        }
        return line + "}\n"
    }

    /// `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// A JSON string literal (RFC 8259 §7).
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
