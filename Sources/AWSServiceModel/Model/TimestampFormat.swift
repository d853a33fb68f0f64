/// How a timestamp is written on the wire (service-2.json `timestampFormat`).
///
/// rest-json and json protocols default to `epochSeconds` in bodies; a shape or member may
/// override that. The Bedrock models mark their `Timestamp` shape `iso8601`.
///
/// ```swift
/// let format = TimestampFormat(modelValue: "iso8601") // .iso8601
/// ```
public enum TimestampFormat: String, Sendable, Hashable {
    /// RFC 3339 date-time string, e.g. `2024-05-01T12:00:00Z`.
    case iso8601
    /// Seconds since the epoch as a JSON number (fractions allowed).
    case epochSeconds
    /// IMF-fixdate string (RFC 7231), e.g. `Sun, 06 Nov 1994 08:49:37 GMT`.
    case httpDate

    /// Maps the service-2.json spelling (`iso8601`, `unixTimestamp`, `rfc822`) to a format.
    public init?(modelValue: String) {
        switch modelValue {
        case "iso8601": self = .iso8601
        case "unixTimestamp", "epoch-seconds": self = .epochSeconds
        case "rfc822", "http-date": self = .httpDate
        default: return nil
        }
    }
}
