import Foundation

@testable import GatewayCore

/// Keeps every record it is given.
final class CollectingLogSink: GatewayLogSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [GatewayLogRecord] = []

    func log(_ record: GatewayLogRecord) {
        lock.lock()
        stored.append(record)
        lock.unlock()
    }

    var records: [GatewayLogRecord] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    /// The `request` records, as formatted lines.
    var requestLines: [String] { records.filter { $0.event == "request" }.map(JSONLogLine.format) }

    func records(event: String) -> [GatewayLogRecord] { records.filter { $0.event == event } }
}
