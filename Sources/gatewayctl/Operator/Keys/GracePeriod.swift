import Foundation
import ArgumentParser

/// How long the previous API key stays valid after a rotation (`--grace-period`): a number of
/// seconds, or numbers with units `d`, `h`, `m`, `s` written together (`24h`, `90m`, `1h30m`,
/// `45s`). `0` ends the previous key at once.
///
/// ```swift
/// GracePeriod(argument: "1h30m")?.seconds   // 5400
/// ```
struct GracePeriod: Sendable, Hashable, ExpressibleByArgument, CustomStringConvertible {
    var seconds: Int

    /// Longest grace accepted: a year. A longer one is almost certainly a typo, and a key that
    /// stays valid that long is no longer being rotated.
    static let maximumSeconds = 366 * 86_400

    init(seconds: Int) {
        self.seconds = seconds
    }

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        guard !text.isEmpty else { return nil }
        if let plain = Int(text) {
            guard plain >= 0, plain <= Self.maximumSeconds else { return nil }
            self.seconds = plain
            return
        }
        var total = 0
        var digits = ""
        var lastUnitRank = Int.max
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            let unit: (rank: Int, seconds: Int)
            switch character {
            case "d": unit = (4, 86_400)
            case "h": unit = (3, 3_600)
            case "m": unit = (2, 60)
            case "s": unit = (1, 1)
            default: return nil
            }
            // Units in decreasing order, each once: `1h30m`, not `30m1h` or `1h1h`.
            guard let value = Int(digits), unit.rank < lastUnitRank else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: unit.seconds)
            guard !overflow, product <= Self.maximumSeconds else { return nil }
            total += product
            digits = ""
            lastUnitRank = unit.rank
        }
        guard digits.isEmpty, total <= Self.maximumSeconds else { return nil }
        self.seconds = total
    }

    var defaultValueDescription: String { description }

    /// A time left, to the minute once it is an hour or more: `2h0m`, `59m59s`, `45s`.
    static func approximate(seconds: Int) -> String {
        let seconds = max(seconds, 0)
        if seconds >= 3_600 { return "\(seconds / 3_600)h\(seconds % 3_600 / 60)m" }
        if seconds >= 60 { return "\(seconds / 60)m\(seconds % 60)s" }
        return "\(seconds)s"
    }

    /// `24h`, `1h30m`, `45s`, `0s` (hours rather than days: a grace is read in hours).
    var description: String {
        guard seconds > 0 else { return "0s" }
        var rest = seconds
        var text = ""
        for (unit, size) in [("h", 3_600), ("m", 60), ("s", 1)] where rest >= size {
            text += "\(rest / size)\(unit)"
            rest %= size
        }
        return text
    }
}
