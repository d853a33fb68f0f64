import Foundation

/// The CLI's `--json` output: pretty-printed, sorted keys, `/` unescaped, so it diffs well and
/// reads well in a terminal as well as in `jq`.
///
/// ```swift
/// Console.out(try JSONOutput.encode(report) + "\n")
/// ```
enum JSONOutput {
    static func encode(_ value: some Encodable) throws(OperatorError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw OperatorError("the output could not be encoded as JSON: \(error)")
        }
    }
}
