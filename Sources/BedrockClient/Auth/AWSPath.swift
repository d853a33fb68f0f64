/// Builds request paths whose segments are percent-encoded the way AWS REST services expect.
///
///     let path = AWSPath.make(["model", "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123", "converse"])
///     // "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fabc123/converse"
///
/// A Bedrock model id is one URI label (`/model/{modelId}/converse`), so its `:` and `/` must be
/// encoded; the signer then encodes the path once more for the canonical request (`%253A`).
public enum AWSPath {
    /// `segment` with RFC 3986 unreserved characters kept and every other UTF-8 byte as `%XX`
    /// (uppercase hex) — including `/`, so the result is always exactly one path segment.
    public static func encodeSegment(_ segment: String) -> String {
        AWSPercentEncoding.encode(segment)
    }

    /// `"/" + segments` joined by `/`, each segment encoded with ``encodeSegment(_:)``.
    public static func make(_ segments: [String]) -> String {
        "/" + segments.map(encodeSegment).joined(separator: "/")
    }
}
