/// Marks a `DecodingError.dataCorrupted` raised by this module's own checks (an unknown enum
/// value, a part type a role does not allow), whose `debugDescription` is already worded for the
/// API user and can be passed through as the error message.
struct InvalidWireValue: Error, Sendable {
    var code: String

    /// A `DecodingError` for the value at `codingPath` with an OpenAI-worded message.
    static func error(
        at codingPath: [any CodingKey], message: String, code: String = "invalid_value"
    ) -> DecodingError {
        .dataCorrupted(
            DecodingError.Context(
                codingPath: codingPath, debugDescription: message,
                underlyingError: InvalidWireValue(code: code)))
    }

    /// OpenAI's wording for a value outside a closed set:
    /// `Invalid value: 'x'. Supported values are: 'a', 'b', and 'c'.`
    static func unsupportedValueMessage(_ value: String, supported: [String]) -> String {
        let quoted = supported.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 0: list = ""
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
        }
        let noun = supported.count == 1 ? "Supported value is" : "Supported values are"
        return "Invalid value: '\(value)'. \(noun): \(list)."
    }
}
