/// Why a JSON text could not be parsed, and where.
///
/// ```swift
/// do { _ = try JSONNodeParser.parse(Data("[1,]".utf8)) }
/// catch { print(error.offset, error.reason) }
/// ```
struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Byte offset into the input where parsing stopped.
    var offset: Int
    var reason: String

    var description: String { "\(reason) at byte \(offset)" }
}
