import Foundation

/// Turns client filenames into Converse document names: valid and unique within one request.
///
/// Bedrock allows only alphanumeric characters, single whitespace characters, hyphens,
/// parentheses and square brackets in `DocumentBlock.name` (1–200 characters), and rejects a
/// request in which two documents share a name.
///
/// ```swift
/// var namer = DocumentNamer()
/// namer.name(for: "Q3_report.pdf")   // "Q3 report"
/// namer.name(for: "Q3 report.pdf")   // "Q3 report (2)"
/// ```
struct DocumentNamer: Sendable {
    static let fallbackName = "document"
    static let maxLength = 200

    private var used: Set<String> = []

    /// A name for the document with this filename, unique among the names given so far
    /// (compared case-insensitively).
    mutating func name(for filename: String?) -> String {
        let base = Self.sanitize(filename)
        var candidate = base
        var suffix = 2
        while used.contains(candidate.lowercased()) {
            let tail = " (\(suffix))"
            candidate = String(base.prefix(Self.maxLength - tail.count)) + tail
            suffix += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }

    /// The filename without a known document extension, diacritics removed, with every other
    /// disallowed character turned into a space, runs of spaces collapsed, trimmed, cut to 200 characters.
    static func sanitize(_ filename: String?) -> String {
        var stem = filename ?? ""
        if let dot = stem.lastIndex(of: "."),
            ConverseDocumentFormat.fromExtension(String(stem[stem.index(after: dot)...])) != nil
        {
            stem = String(stem[..<dot])
        }
        var result = ""
        var pendingSpace = false
        // "Résumé" → "Resume" rather than losing the letters.
        for scalar in stem.folding(options: [.diacriticInsensitive], locale: nil).unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "(", ")", "[", "]":
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            default:
                pendingSpace = true
            }
        }
        var trimmed = String(result.prefix(maxLength))
        while trimmed.last == " " { trimmed.removeLast() }
        return trimmed.isEmpty ? fallbackName : trimmed
    }
}
