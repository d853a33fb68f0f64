import Foundation

/// A shape's `pattern`, compiled once when the model loads.
///
/// A class so the compiled expressions are shared, not copied, between model copies;
/// `@unchecked Sendable` because `NSRegularExpression` is immutable after creation and
/// documented as safe to use from several threads, though Foundation does not mark it `Sendable`.
///
/// ```swift
/// let pattern = CompiledPattern(source: "[a-z]+")
/// pattern.matches("abc", mode: .wholeValue) // true
/// ```
final class CompiledPattern: @unchecked Sendable {
    let source: String
    /// The pattern as written; `nil` when NSRegularExpression cannot compile it.
    private let regex: NSRegularExpression?
    /// The pattern wrapped in `^(?:…)$`, so alternations are tried until one covers everything.
    private let anchored: NSRegularExpression?

    init(source: String) {
        self.source = source
        self.regex = try? NSRegularExpression(pattern: source, options: [])
        self.anchored = try? NSRegularExpression(pattern: "^(?:\(source))$", options: [])
    }

    /// Whether the pattern compiled; uncompilable patterns are not checked.
    var isUsable: Bool { regex != nil }

    /// Whether `value` satisfies the pattern; `true` when the pattern could not be compiled.
    func matches(_ value: String, mode: PatternMatching) -> Bool {
        guard let regex else { return true }
        let range = NSRange(value.startIndex..<value.endIndex, in: value)
        switch mode {
        case .ignore:
            return true
        case .search:
            return regex.firstMatch(in: value, options: [], range: range) != nil
        case .wholeValue:
            if let anchored {
                return anchored.firstMatch(in: value, options: [], range: range) != nil
            }
            return regex.matches(in: value, options: [], range: range).contains { $0.range == range }
        }
    }
}
