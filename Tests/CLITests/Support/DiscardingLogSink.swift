import GatewayCore

/// Drops the in-process gateway's log records (the tests look at HTTP answers).
struct DiscardingLogSink: GatewayLogSink {
    func log(_ record: GatewayLogRecord) {}
}
