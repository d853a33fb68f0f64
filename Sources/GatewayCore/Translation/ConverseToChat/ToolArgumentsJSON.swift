import Foundation

/// The `arguments` text of a tool call: compact JSON with members in sorted order, so the same
/// input always gives the same bytes (goldens, caches, and streamed vs. non-streamed answers
/// compare equal).
///
/// Written by hand rather than with `JSONEncoder` so it cannot fail: Bedrock's `Document`
/// decoder turns the strings `"NaN"`/`"Infinity"`/`"-Infinity"` into non-finite doubles, which
/// JSON cannot hold, so they are written back as those strings.
enum ToolArgumentsJSON {
    /// The arguments for a tool input; a missing (`null`) input means "no arguments", `{}`.
    static func arguments(for input: JSONValue) -> String {
        if case .null = input { return "{}" }
        return string(input)
    }

    /// Re-writes streamed argument text in the canonical form, or returns it unchanged when it
    /// is not valid JSON (a call cut off by `max_tokens`), so nothing the model wrote is lost.
    static func canonicalized(_ text: String) -> String {
        if text.allSatisfy(\.isWhitespace) { return "{}" }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { return text }
        return arguments(for: value)
    }

    static func string(_ value: JSONValue) -> String {
        var output = ""
        write(value, into: &output)
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .integer(let number): output += String(number)
        case .number(let number): write(number, into: &output)
        case .string(let text): write(text, into: &output)
        case .array(let items):
            output += "["
            for (position, item) in items.enumerated() {
                if position > 0 { output += "," }
                write(item, into: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (position, key) in members.keys.sorted().enumerated() {
                if position > 0 { output += "," }
                write(key, into: &output)
                output += ":"
                write(members[key] ?? .null, into: &output)
            }
            output += "}"
        }
    }

    private static func write(_ number: Double, into output: inout String) {
        if number.isNaN {
            output += "\"NaN\""
        } else if number.isInfinite {
            output += number < 0 ? "\"-Infinity\"" : "\"Infinity\""
        } else if number.rounded() == number, abs(number) < 1e15 {
            output += String(Int64(number))
        } else {
            // Swift's shortest round-trip form ("0.1", "1e-07", "1.5e+20") is valid JSON.
            output += number.description
        }
    }

    private static func write(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
