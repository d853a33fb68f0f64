import Foundation

/// Formats a ``GatewayLogRecord`` as one line of JSON, the shape CloudWatch Logs Insights and
/// `jq` read without configuration.
///
/// The bytes depend on the record alone: `time`, `level` and `event` come first, then the
/// fields in their order (a field repeating one of the first three names is left out), and
/// members of nested objects in sorted order. `time` is UTC ISO 8601 with milliseconds.
/// Strings are escaped as RFC 8259 requires (`"`, `\`, control characters), so a value can
/// never break the line; non-finite numbers, which JSON cannot hold, are written as `null`.
///
/// ```swift
/// JSONLogLine.format(GatewayLogRecord(time: Date(timeIntervalSince1970: 0), level: .info,
///                                     event: "request", fields: [("status", 200)]))
/// // {"time":"1970-01-01T00:00:00.000Z","level":"info","event":"request","status":200}
/// ```
public enum JSONLogLine {
    /// The record as a single line of JSON, without a trailing newline.
    public static func format(_ record: GatewayLogRecord) -> String {
        var line = "{\"time\":"
        appendString(timestamp(record.time), to: &line)
        line += ",\"level\":"
        appendString(record.level.description, to: &line)
        line += ",\"event\":"
        appendString(record.event, to: &line)
        for field in record.fields where !reservedNames.contains(field.name) {
            line += ","
            appendString(field.name, to: &line)
            line += ":"
            append(field.value, to: &line)
        }
        line += "}"
        return line
    }

    /// `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC, computed from the Unix time (no formatter, no locale).
    public static func timestamp(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        guard seconds.isFinite, abs(seconds) < 1e14 else { return "invalid" }
        let totalMillis = Int64((seconds * 1000).rounded(.down))
        let (days, millisOfDay) = floorDivision(totalMillis, 86_400_000)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        let hour = millisOfDay / 3_600_000
        let minute = millisOfDay / 60_000 % 60
        let second = millisOfDay / 1000 % 60
        let millis = millisOfDay % 1000
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(millis, 3))Z"
    }

    private static let reservedNames: Set<String> = ["time", "level", "event"]

    private static func append(_ value: JSONValue, to line: inout String) {
        switch value {
        case .null: line += "null"
        case .bool(let flag): line += flag ? "true" : "false"
        case .integer(let number): line += String(number)
        case .number(let number):
            // Swift's shortest round-trip form ("0.5", "1e-05") is valid JSON for finite values.
            line += number.isFinite ? "\(number)" : "null"
        case .string(let text): appendString(text, to: &line)
        case .array(let items):
            line += "["
            for (index, item) in items.enumerated() {
                if index > 0 { line += "," }
                append(item, to: &line)
            }
            line += "]"
        case .object(let members):
            line += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { line += "," }
                appendString(key, to: &line)
                line += ":"
                append(members[key] ?? .null, to: &line)
            }
            line += "}"
        }
    }

    private static func appendString(_ text: String, to line: inout String) {
        line += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": line += "\\\""
            case "\\": line += "\\\\"
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            case "\t": line += "\\t"
            case "\u{08}": line += "\\b"
            case "\u{0C}": line += "\\f"
            // U+2028/2029 are valid in JSON but end lines in JavaScript and some log viewers.
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                line += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: line.unicodeScalars.append(scalar)
            }
        }
        line += "\""
    }

    private static func pad(_ value: some BinaryInteger, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value / divisor
        let remainder = value % divisor
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    /// Days since 1970-01-01 → proleptic Gregorian date (H. Hinnant, "chrono-Compatible
    /// Low-Level Date Algorithms", `civil_from_days`).
    private static func civilDate(daysSinceEpoch days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
