import Foundation

/// A sink with the configured level and clock: what the gateway's parts log through.
struct GatewayLogger: Sendable {
    let sink: any GatewayLogSink
    let minimumLevel: GatewayLogLevel
    let now: @Sendable () -> Date

    func isEnabled(_ level: GatewayLogLevel) -> Bool { level >= minimumLevel }

    func log(_ level: GatewayLogLevel, _ event: String, _ fields: [(name: String, value: JSONValue)] = []) {
        guard isEnabled(level) else { return }
        sink.log(GatewayLogRecord(time: now(), level: level, event: event, fields: fields))
    }

    func log(_ record: GatewayLogRecord) {
        guard isEnabled(record.level) else { return }
        sink.log(record)
    }
}
