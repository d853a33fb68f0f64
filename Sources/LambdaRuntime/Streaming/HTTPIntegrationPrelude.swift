import Foundation

/// The head of a streamed HTTP response for a Function URL or API Gateway: a JSON object with
/// the status and headers, followed by eight NUL bytes, after which the body bytes follow as
/// they are produced (sent with content type
/// `application/vnd.awslambda.http-integration-response`).
///
/// Function URLs (v2 events) take `Set-Cookie` values from `cookies`; API Gateway REST (v1
/// events) takes repeated headers from `multiValueHeaders`.
///
/// ```swift
/// let head = try HTTPIntegrationPrelude.encode(status: 200, headers: [("content-type", "text/event-stream")], format: .apiGatewayV2)
/// // {"cookies":[],"headers":{"content-type":"text/event-stream"},"statusCode":200} + 8 × 0x00
/// ```
public enum HTTPIntegrationPrelude {
    public static func encode(status: Int, headers: [(name: String, value: String)], format: LambdaResponseFormat)
        throws -> [UInt8]
    {
        let kept = headers.filter { !LambdaResponseEncoder.droppedHeaders.contains($0.name.lowercased()) }
        var prelude = Prelude(statusCode: status)
        if format == .apiGatewayV1 {
            prelude.multiValueHeaders = LambdaResponseEncoder.multiValueHeaders(kept)
        } else {
            let (single, cookies) = LambdaResponseEncoder.singleValueHeaders(kept, cookiesSeparately: true)
            prelude.headers = single
            prelude.cookies = cookies
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(prelude)) + LambdaRuntimeAPI.preludeDelimiter
    }

    private struct Prelude: Encodable {
        var statusCode: Int
        var headers: [String: String]?
        var multiValueHeaders: [String: [String]]?
        var cookies: [String]?
    }
}
