/// When a secret is rotated (`RotationRulesType`).
///
/// ```swift
/// if let days = details.rotationRules?.automaticallyAfterDays { print("rotated every \(days) days") }
/// ```
public struct SecretRotationRules: Codable, Hashable, Sendable {
    public var automaticallyAfterDays: Int64?
    /// The rotation window, e.g. `3h`.
    public var duration: String?
    /// A `rate(…)` or `cron(…)` expression.
    public var scheduleExpression: String?

    public init(automaticallyAfterDays: Int64? = nil, duration: String? = nil, scheduleExpression: String? = nil) {
        self.automaticallyAfterDays = automaticallyAfterDays
        self.duration = duration
        self.scheduleExpression = scheduleExpression
    }

    enum CodingKeys: String, CodingKey {
        case automaticallyAfterDays = "AutomaticallyAfterDays"
        case duration = "Duration"
        case scheduleExpression = "ScheduleExpression"
    }
}
