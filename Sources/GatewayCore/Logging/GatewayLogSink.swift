/// Where the gateway's log records go. The core never writes anywhere itself: adapters pass a
/// sink that prints each record as one line on stdout (CloudWatch Logs takes one event per
/// line), tests pass one that collects them.
///
/// ```swift
/// struct StdoutLogSink: GatewayLogSink {
///     func log(_ record: GatewayLogRecord) { print(JSONLogLine.format(record)) }
/// }
/// ```
public protocol GatewayLogSink: Sendable {
    /// Takes one record; it has already passed the configured `LOG_LEVEL`.
    func log(_ record: GatewayLogRecord)
}
