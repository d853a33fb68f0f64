/// The JSON shape of a buffered HTTP response returned to the service that invoked the function.
///
/// ```swift
/// let format = event.responseFormat          // .albMultiValueHeaders
/// let payload = try LambdaResponseEncoder.encode(status: 200, headers: headers, body: body, format: format)
/// ```
public enum LambdaResponseFormat: String, Sendable, Hashable {
    /// ALB, single-value headers: `statusCode`, `statusDescription`, `headers`, `body`, `isBase64Encoded`.
    case albSingleValueHeaders
    /// ALB with multi-value headers enabled: as above with `multiValueHeaders` instead of `headers`.
    case albMultiValueHeaders
    /// API Gateway REST (payload 1.0): `statusCode`, `multiValueHeaders`, `body`, `isBase64Encoded`.
    case apiGatewayV1
    /// API Gateway HTTP API (payload 2.0) and Function URLs: `statusCode`, `headers`, `cookies`,
    /// `body`, `isBase64Encoded`.
    case apiGatewayV2

    /// The most a buffered response (this JSON document) may weigh.
    ///
    /// ALB rejects a Lambda response larger than 1 MB with a 502; a synchronous invocation's
    /// response is limited to 6 MB (Lambda quotas). Both limits apply to the whole JSON
    /// document, so base64 and JSON escaping count.
    public var maximumPayloadBytes: Int {
        switch self {
        case .albSingleValueHeaders, .albMultiValueHeaders: return 1_000_000
        case .apiGatewayV1, .apiGatewayV2: return 6_000_000
        }
    }

    /// Whether this is an ALB format.
    public var isALB: Bool {
        self == .albSingleValueHeaders || self == .albMultiValueHeaders
    }
}
