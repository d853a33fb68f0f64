import GatewayCore
import Synchronization

/// Keeps the gateway's log records so tests can read the request log lines.
final class CollectingLogSink: GatewayLogSink {
    private let records = Mutex<[GatewayLogRecord]>([])

    func log(_ record: GatewayLogRecord) {
        records.withLock { $0.append(record) }
    }

    /// The `request` records, oldest first.
    var requestRecords: [GatewayLogRecord] {
        records.withLock { $0.filter { $0.event == "request" } }
    }

    /// Every record as the JSON line the server would print.
    var lines: [String] {
        records.withLock { $0.map(JSONLogLine.format) }
    }
}
