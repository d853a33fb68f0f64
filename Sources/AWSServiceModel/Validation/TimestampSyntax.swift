/// Syntax checks for the string timestamp formats of AWS protocols.
///
/// Written out by hand rather than through a date formatter so the check is exact (formatters
/// accept lenient variants) and has no locale or time-zone state.
///
/// ```swift
/// TimestampSyntax.isRFC3339DateTime("2024-05-01T12:00:00.123Z")   // true
/// TimestampSyntax.isIMFFixdate("Sun, 06 Nov 1994 08:49:37 GMT")   // true
/// ```
enum TimestampSyntax {
    /// RFC 3339 §5.6 `date-time`: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
    static func isRFC3339DateTime(_ text: String) -> Bool {
        let chars = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= chars.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = chars[index + offset]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += digits
            return value
        }
        func expect(_ accepted: String) -> Bool {
            guard index < chars.count, accepted.utf8.contains(chars[index]) else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
            expect("Tt "), let hour = number(2), expect(":"), let minute = number(2), expect(":"),
            let second = number(2)
        else { return false }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            hour <= 23, minute <= 59, second <= 60
        else { return false }
        if index < chars.count, chars[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < chars.count, chars[index] >= UInt8(ascii: "0"), chars[index] <= UInt8(ascii: "9") { index += 1 }
            guard index > start else { return false }
        }
        if expect("Zz") { return index == chars.count }
        guard expect("+-"), let offsetHour = number(2), expect(":"), let offsetMinute = number(2) else { return false }
        return offsetHour <= 23 && offsetMinute <= 59 && index == chars.count
    }

    /// RFC 7231 §7.1.1.1 IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`.
    static func isIMFFixdate(_ text: String) -> Bool {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        let days = ["Mon,", "Tue,", "Wed,", "Thu,", "Fri,", "Sat,", "Sun,"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard parts.count == 6, days.contains(String(parts[0])), parts[5] == "GMT",
            parts[1].count == 2, let day = Int(parts[1]),
            let monthIndex = months.firstIndex(of: String(parts[2])),
            parts[3].count == 4, let year = Int(parts[3])
        else { return false }
        let time = parts[4].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 3, time.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(time[0]), let minute = Int(time[1]), let second = Int(time[2])
        else { return false }
        return (1...daysIn(month: monthIndex + 1, year: year)).contains(day)
            && (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
