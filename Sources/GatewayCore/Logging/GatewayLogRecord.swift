import Foundation

/// One structured log record: a time, a level, what happened, and named values in a fixed order.
///
/// The gateway writes one `request` record per request (see ``GatewayRequestLog``) and a few
/// operational ones (a failed API-key refresh, a stale model catalog). Records never hold API
/// keys, and hold prompts only when `DEBUG` is on.
///
/// ```swift
/// let record = GatewayLogRecord(time: now, level: .warning, event: "catalog_refresh_failed",
///                               fields: [("error", "ThrottlingException: Rate exceeded")])
/// print(JSONLogLine.format(record))
/// ```
public struct GatewayLogRecord: Sendable {
    public var time: Date
    public var level: GatewayLogLevel
    /// What happened, as a stable snake_case name (`request`, `api_key_refresh_failed`).
    public var event: String
    /// Named values, written in this order after `time`, `level` and `event`.
    public var fields: [(name: String, value: JSONValue)]

    public init(time: Date, level: GatewayLogLevel, event: String, fields: [(name: String, value: JSONValue)] = []) {
        self.time = time
        self.level = level
        self.event = event
        self.fields = fields
    }

    /// The value of the first field with this name.
    public subscript(field name: String) -> JSONValue? {
        fields.first { $0.name == name }?.value
    }
}
