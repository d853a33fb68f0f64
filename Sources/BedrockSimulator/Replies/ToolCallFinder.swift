import Foundation
import GatewayCore

/// Finds the tool calls a user asks for in plain words: "call get_weather" (optionally followed
/// by a JSON object with the input, `call get_weather {"city": "Paris"}`), in order of mention.
enum ToolCallFinder {
    struct Mention: Sendable, Hashable {
        var tool: ToolDescriptor
        var input: JSONValue?
    }

    static func mentions(in text: String, tools: [ToolDescriptor]) -> [Mention] {
        var found: [(offset: Int, mention: Mention)] = []
        let lowered = text.lowercased()
        for tool in tools {
            let needle = "call " + tool.name.lowercased()
            var searchStart = lowered.startIndex
            while let range = lowered.range(of: needle, range: searchStart..<lowered.endIndex) {
                searchStart = range.upperBound
                if range.upperBound < lowered.endIndex, isNameCharacter(lowered[range.upperBound]) { continue }
                let offset = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
                let upper = text.index(text.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: range.upperBound))
                found.append((offset, Mention(tool: tool, input: jsonObject(after: upper, in: text))))
            }
        }
        return found.sorted { $0.offset < $1.offset }.map(\.mention)
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "-"
    }

    /// The balanced `{…}` right after `index` (past spaces and an optional "with"), if it parses.
    private static func jsonObject(after index: String.Index, in text: String) -> JSONValue? {
        var rest = text[index...].drop { $0.isWhitespace }
        if rest.lowercased().hasPrefix("with ") { rest = rest.dropFirst(5).drop { $0.isWhitespace } }
        guard rest.first == "{" else { return nil }
        var depth = 0
        var inString = false
        var escaped = false
        for position in rest.indices {
            let character = rest[position]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"": inString = true
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 {
                    let candidate = rest[rest.startIndex...position]
                    guard let value = try? BedrockJSONDecoder().decode(JSONValue.self, from: Data(candidate.utf8)),
                        value.objectValue != nil
                    else { return nil }
                    return value
                }
            default: break
            }
        }
        return nil
    }
}
