import Foundation

/// Decides whether a response body travels as text or as base64 in a Lambda HTTP response.
///
/// Textual media types (`text/*`, JSON, XML, JavaScript, form data, SSE) that are valid UTF-8
/// go as text; everything else is base64 with `isBase64Encoded: true`, which ALB, API Gateway
/// and Function URLs decode before answering the client.
///
/// ```swift
/// ResponseBodyEncoding.isText(contentType: "application/json; charset=utf-8")   // true
/// ResponseBodyEncoding.isText(contentType: "image/png")                        // false
/// ```
public enum ResponseBodyEncoding {
    /// Whether `contentType` names a textual media type. A missing content type counts as text
    /// only for an empty body (decided by the caller).
    public static func isText(contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        } ?? ""
        if mediaType.hasPrefix("text/") { return true }
        if mediaType.hasSuffix("+json") || mediaType.hasSuffix("+xml") { return true }
        return [
            "application/json", "application/x-ndjson", "application/xml", "application/javascript",
            "application/x-www-form-urlencoded", "application/problem+json",
        ].contains(mediaType)
    }

    /// The body as it goes into the JSON response: the text, or its base64 form.
    public static func encode(_ body: Data, contentType: String?) -> (body: String, isBase64Encoded: Bool) {
        if body.isEmpty { return ("", false) }
        if isText(contentType: contentType), let text = String(data: body, encoding: .utf8) {
            return (text, false)
        }
        return (body.base64EncodedString(), true)
    }
}
