import Foundation
import GatewayCore

/// Writes the runtime's log records, and the gateway's, as JSON lines on standard output, which
/// Lambda forwards to CloudWatch Logs (one event per line, queryable field by field).
///
/// The line format is the gateway's (``JSONLogLine``): `time`, `level`, `event`, then the fields
/// in order, so the runtime's `lambda_init`/`lambda_invocation` records and the gateway's
/// `request` records read alike. Used as the gateway's ``GatewayLogSink`` too.
///
/// ```swift
/// let logger = LambdaLogger(minimumLevel: .info)
/// logger.log(.info, "lambda_init", [("init_duration_ms", .number(12.5))])
/// // {"time":"2025-01-01T00:00:00.000Z","level":"info","event":"lambda_init","init_duration_ms":12.5}
/// ```
public struct LambdaLogger: GatewayLogSink {
    public let minimumLevel: GatewayLogLevel
    private let write: @Sendable (String) -> Void

    /// - Parameter write: receives each line, newline included; standard output by default
    ///   (an unbuffered `write(2)` per line, so lines from concurrent tasks never interleave).
    public init(minimumLevel: GatewayLogLevel = .info, write: (@Sendable (String) -> Void)? = nil) {
        self.minimumLevel = minimumLevel
        self.write = write ?? { line in FileHandle.standardOutput.write(Data(line.utf8)) }
    }

    /// Writes a record that already passed the caller's level check (the gateway's sink role).
    public func log(_ record: GatewayLogRecord) {
        write(JSONLogLine.format(record) + "\n")
    }

    /// Writes a record at `level` if it is at least ``minimumLevel``.
    public func log(
        _ level: GatewayLogLevel, _ event: String, _ fields: [(name: String, value: JSONValue)] = [],
        at time: Date = Date()
    ) {
        guard level >= minimumLevel else { return }
        log(GatewayLogRecord(time: time, level: level, event: event, fields: fields))
    }
}
