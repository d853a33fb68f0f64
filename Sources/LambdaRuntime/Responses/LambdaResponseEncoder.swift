import Foundation

/// Encodes a complete HTTP response as the JSON document ALB, API Gateway or a Function URL
/// expects back from a (buffered) invocation.
///
/// Framing and hop-by-hop headers (`Content-Length`, `Transfer-Encoding`, `Connection`) are
/// dropped: the service frames the response itself. In ALB single-value mode and in the v2
/// format, repeated headers are joined with `", "`; `Set-Cookie` goes to `cookies` in v2 and
/// only its first value survives ALB single-value mode (which has no way to repeat a header).
///
/// ```swift
/// let payload = try LambdaResponseEncoder.encode(
///     status: 200, headers: [("content-type", "application/json")], body: body, format: .albSingleValueHeaders)
/// ```
public enum LambdaResponseEncoder {
    /// The header names never passed on.
    static let droppedHeaders: Set<String> = [
        "content-length", "transfer-encoding", "connection", "keep-alive", "upgrade", "te", "trailer",
    ]

    public static func encode(
        status: Int, headers: [(name: String, value: String)], body: Data, format: LambdaResponseFormat
    ) throws -> Data {
        let kept = headers.filter { !droppedHeaders.contains($0.name.lowercased()) }
        let contentType = kept.first { $0.name.lowercased() == "content-type" }?.value
        let (text, isBase64Encoded) = ResponseBodyEncoding.encode(body, contentType: contentType)

        var document = Document(statusCode: status, body: text, isBase64Encoded: isBase64Encoded)
        switch format {
        case .albSingleValueHeaders:
            document.statusDescription = HTTPReasonPhrase.statusDescription(status)
            document.headers = singleValueHeaders(kept, cookiesSeparately: false).headers
        case .albMultiValueHeaders:
            document.statusDescription = HTTPReasonPhrase.statusDescription(status)
            document.multiValueHeaders = multiValueHeaders(kept)
        case .apiGatewayV1:
            document.multiValueHeaders = multiValueHeaders(kept)
        case .apiGatewayV2:
            let (single, cookies) = singleValueHeaders(kept, cookiesSeparately: true)
            document.headers = single
            document.cookies = cookies
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    /// Single-value headers: repeated names joined with `", "` (except cookies, see above).
    static func singleValueHeaders(_ headers: [(name: String, value: String)], cookiesSeparately: Bool)
        -> (headers: [String: String], cookies: [String])
    {
        var single: [String: String] = [:]
        var cookies: [String] = []
        for (name, value) in headers {
            let key = name.lowercased()
            if key == "set-cookie" {
                if cookiesSeparately {
                    cookies.append(value)
                } else if single[key] == nil {
                    single[key] = value
                }
                continue
            }
            if let existing = single[key] {
                single[key] = existing + ", " + value
            } else {
                single[key] = value
            }
        }
        return (single, cookies)
    }

    static func multiValueHeaders(_ headers: [(name: String, value: String)]) -> [String: [String]] {
        var multi: [String: [String]] = [:]
        for (name, value) in headers {
            multi[name.lowercased(), default: []].append(value)
        }
        return multi
    }

    /// The union of the fields of every format; `nil` fields are left out.
    private struct Document: Encodable {
        var statusCode: Int
        var statusDescription: String?
        var headers: [String: String]?
        var multiValueHeaders: [String: [String]]?
        var cookies: [String]?
        var body: String
        var isBase64Encoded: Bool

        init(statusCode: Int, body: String, isBase64Encoded: Bool) {
            self.statusCode = statusCode
            self.body = body
            self.isBase64Encoded = isBase64Encoded
        }
    }
}
