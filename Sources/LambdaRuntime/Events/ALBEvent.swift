import Foundation
import GatewayCore

/// An Application Load Balancer target-group request event.
///
/// ALB sends either single-value `headers`/`queryStringParameters` or, when the target group
/// has multi-value headers enabled, `multiValueHeaders`/`multiValueQueryStringParameters`; the
/// response must use the same mode. ALB passes query names and values as the client sent them,
/// still percent-encoded, so they are decoded here.
///
/// ```swift
/// let event = try JSONDecoder().decode(ALBEvent.self, from: payload)
/// let request = try event.gatewayRequest(requestID: invocation.requestID, deadline: nil)
/// ```
public struct ALBEvent: Decodable, Sendable {
    public struct RequestContext: Decodable, Sendable {
        public struct ELB: Decodable, Sendable {
            public var targetGroupArn: String?
        }
        public var elb: ELB
    }

    public var requestContext: RequestContext
    public var httpMethod: String
    public var path: String
    public var queryStringParameters: [String: String]?
    public var multiValueQueryStringParameters: [String: [String]]?
    public var headers: [String: String]?
    public var multiValueHeaders: [String: [String]]?
    public var body: String?
    public var isBase64Encoded: Bool?

    /// Whether the target group sends (and expects back) multi-value headers.
    public var usesMultiValueHeaders: Bool {
        multiValueHeaders != nil || (headers == nil && multiValueQueryStringParameters != nil)
    }

    /// The response format matching this event's header mode.
    public var responseFormat: LambdaResponseFormat {
        usesMultiValueHeaders ? .albMultiValueHeaders : .albSingleValueHeaders
    }

    /// The request the gateway answers.
    public func gatewayRequest(requestID: String, deadline: ContinuousClock.Instant?) throws(LambdaEventError)
        -> GatewayRequest
    {
        var headerFields: [(name: String, value: String)] = []
        if let multiValueHeaders {
            for name in multiValueHeaders.keys.sorted() {
                for value in multiValueHeaders[name] ?? [] { headerFields.append((name, value)) }
            }
        } else if let headers {
            for name in headers.keys.sorted() { headerFields.append((name, headers[name] ?? "")) }
        }

        var query: [(name: String, value: String)] = []
        if let multiValueQueryStringParameters {
            for name in multiValueQueryStringParameters.keys.sorted() {
                for value in multiValueQueryStringParameters[name] ?? [] {
                    query.append((URLComponentCoding.decodeQueryComponent(name), URLComponentCoding.decodeQueryComponent(value)))
                }
            }
        } else if let queryStringParameters {
            for name in queryStringParameters.keys.sorted() {
                query.append(
                    (URLComponentCoding.decodeQueryComponent(name),
                     URLComponentCoding.decodeQueryComponent(queryStringParameters[name] ?? "")))
            }
        }

        guard path.hasPrefix("/") else {
            throw LambdaEventError(.malformedEvent, "The ALB event's path '\(path)' does not start with '/'.")
        }
        return GatewayRequest(
            method: httpMethod, path: URLComponentCoding.normalizeRawPath(path), query: query,
            headers: headerFields, body: try LambdaEventBody.decode(body, isBase64Encoded: isBase64Encoded),
            requestID: requestID, deadline: deadline)
    }
}
