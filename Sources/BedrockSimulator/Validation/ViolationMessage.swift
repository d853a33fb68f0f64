import Foundation
import AWSServiceModel

/// Renders schema violations the way Bedrock's front end words them:
/// "2 validation errors detected: Value '' at 'messages.1.member.content.1.member.text' failed to
/// satisfy constraint: Member must have length greater than or equal to 1; Value …".
///
/// Paths become Coral's notation: members joined by dots, list indexes 1-based and followed by
/// `.member`, map keys as they are.
enum ViolationMessage {
    static func render(_ violations: [Violation]) -> String {
        let count = violations.count
        let header = "\(count) validation error\(count == 1 ? "" : "s") detected: "
        return header + violations.map(render).joined(separator: "; ")
    }

    static func render(_ violation: Violation) -> String {
        let path = coralPath(violation.path)
        switch violation.kind {
        case .missingRequiredMember(let name):
            return "Value null at '\(join(path, name))' failed to satisfy constraint: Member must not be null"
        case .lengthOutOfRange(let length, let min, let max):
            if let min, length < min {
                return "Value at '\(path)' failed to satisfy constraint: Member must have length greater than or equal to \(min)"
            }
            return "Value at '\(path)' failed to satisfy constraint: Member must have length less than or equal to \(max ?? length)"
        case .valueOutOfRange(let value, let min, let max):
            if let min, let number = Double(value), let minimum = Double(min), number < minimum {
                return "Value '\(value)' at '\(path)' failed to satisfy constraint: Member must have value greater than or equal to \(min)"
            }
            return "Value '\(value)' at '\(path)' failed to satisfy constraint: Member must have value less than or equal to \(max ?? value)"
        case .invalidEnumValue(let value, let allowed):
            return "Value '\(value)' at '\(path)' failed to satisfy constraint: Member must satisfy enum value set: [\(allowed.joined(separator: ", "))]"
        case .patternMismatch(let pattern):
            return "Value at '\(path)' failed to satisfy constraint: Member must satisfy regular expression pattern: \(pattern)"
        case .unknownMember(let name):
            return "Value at '\(join(path, name))' failed to satisfy constraint: Member is not a known member of the input shape"
        default:
            return "Value at '\(path)' failed to satisfy constraint: \(violation.kind)"
        }
    }

    private static func join(_ path: String, _ member: String) -> String {
        path.isEmpty ? member : path + "." + member
    }

    /// `$.messages[0].content[1].text` → `messages.1.member.content.2.member.text`.
    static func coralPath(_ jsonPath: String) -> String {
        var parts: [String] = []
        var current = ""
        var index = jsonPath.startIndex
        if jsonPath.hasPrefix("$") { index = jsonPath.index(after: index) }
        func flush() {
            if !current.isEmpty { parts.append(current) }
            current = ""
        }
        while index < jsonPath.endIndex {
            let character = jsonPath[index]
            switch character {
            case ".":
                flush()
            case "[":
                flush()
                guard let close = jsonPath[index...].firstIndex(of: "]") else {
                    index = jsonPath.endIndex
                    continue
                }
                var inner = String(jsonPath[jsonPath.index(after: index)..<close])
                if let position = Int(inner) {
                    parts.append(String(position + 1))
                    parts.append("member")
                } else {
                    inner = inner.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                    parts.append(inner)
                }
                index = close
            default:
                current.append(character)
            }
            index = jsonPath.index(after: index)
        }
        flush()
        return parts.joined(separator: ".")
    }
}
