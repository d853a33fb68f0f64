import Foundation

/// Decodes a request's query string into ordered name/value pairs, the way HTML forms and the
/// OpenAI SDKs encode them (`application/x-www-form-urlencoded`: `+` is a space, `%XX` a byte).
enum QueryParameters {
    static func decode(_ query: String?) -> [(name: String, value: String)] {
        guard let query, !query.isEmpty else { return [] }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            guard let equals = pair.firstIndex(of: "=") else { return (name: decodeComponent(pair), value: "") }
            return (
                name: decodeComponent(pair[..<equals]),
                value: decodeComponent(pair[pair.index(after: equals)...])
            )
        }
    }

    /// A component whose percent-encoding is malformed is kept as sent rather than dropped.
    private static func decodeComponent(_ component: Substring) -> String {
        let spaced = component.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
