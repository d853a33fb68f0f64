import Foundation

/// Reads the text of simple elements from the small, flat XML documents STS returns, e.g.
/// `<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>…`.
///
/// This is not an XML parser: it finds `<Name>…</Name>` (or `<Name attr="…">`) by text and
/// decodes the five predefined entities and numeric character references, which is all the
/// STS query protocol produces. It avoids FoundationXML, which would pull libxml2 into the
/// Lambda binary for five strings.
enum XMLTextScanner {
    /// The raw content between the first `<name …>` and the following `</name>`.
    static func content(of name: String, in xml: Substring) -> Substring? {
        var searchStart = xml.startIndex
        while let open = xml[searchStart...].range(of: "<" + name) {
            guard open.upperBound < xml.endIndex else { return nil }
            let next = xml[open.upperBound]
            // `<Name>` or `<Name attr=…>`, not `<NameSuffix>`.
            guard next == ">" || next == "/" || next.isWhitespace else {
                searchStart = open.upperBound
                continue
            }
            guard let tagEnd = xml[open.upperBound...].firstIndex(of: ">") else { return nil }
            if xml[xml.index(before: tagEnd)] == "/" { return xml[tagEnd..<tagEnd] }  // <Name/>
            let bodyStart = xml.index(after: tagEnd)
            guard let close = xml[bodyStart...].range(of: "</" + name + ">") else { return nil }
            return xml[bodyStart..<close.lowerBound]
        }
        return nil
    }

    /// The decoded, trimmed text of the first `name` element, optionally searched only inside
    /// the first `parent` element; `nil` when absent.
    static func text(of name: String, in xml: String, within parent: String? = nil) -> String? {
        var scope = xml[...]
        if let parent {
            guard let parentContent = content(of: parent, in: scope) else { return nil }
            scope = parentContent
        }
        guard let raw = content(of: name, in: scope) else { return nil }
        return decodeEntities(String(raw)).trimmingWhitespace()
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";") else {
                output += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let entity = rest[afterAmpersand..<semicolon]
            if let decoded = decodeEntity(entity) {
                output += decoded
            } else {
                output += rest[ampersand...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        output += rest
        return output
    }

    private static func decodeEntity(_ entity: Substring) -> String? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let number = entity.dropFirst()
            let value = number.hasPrefix("x") || number.hasPrefix("X")
                ? UInt32(number.dropFirst(), radix: 16) : UInt32(number, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
