import Foundation

/// Decodes a model or profile identifier taken from a URL path segment. Clients percent-encode
/// it (`%3A` for `:`, `%2F` for the `/` of an ARN) so it stays one segment; it is decoded exactly
/// once, so a literal `%` that the client encoded as `%25` survives.
enum PathIdentifier {
    static func decode(_ segment: Substring) -> String {
        decode(String(segment))
    }

    static func decode(_ segment: String) -> String {
        segment.removingPercentEncoding ?? segment
    }
}
