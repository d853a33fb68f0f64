import Foundation
import GatewayCore

/// An API Gateway REST API (or HTTP API payload format 1.0) proxy integration event.
///
/// API Gateway decodes the path and the query parameters before invoking the function, so the
/// path is re-encoded for the gateway (which expects it raw). `multiValueHeaders` and
/// `multiValueQueryStringParameters` carry every value and win over the single-value maps.
///
/// ```swift
/// let event = try JSONDecoder().decode(APIGatewayV1Event.self, from: payload)
/// let request = try event.gatewayRequest(requestID: invocation.requestID, deadline: nil)
/// ```
public struct APIGatewayV1Event: Decodable, Sendable {
    public struct RequestContext: Decodable, Sendable {
        public var stage: String?
        public var requestId: String?
        public var httpMethod: String?
        public var resourcePath: String?
    }

    public var resource: String?
    public var path: String
    public var httpMethod: String
    public var headers: [String: String]?
    public var multiValueHeaders: [String: [String]]?
    public var queryStringParameters: [String: String]?
    public var multiValueQueryStringParameters: [String: [String]]?
    public var requestContext: RequestContext
    public var body: String?
    public var isBase64Encoded: Bool?

    /// The request the gateway answers.
    public func gatewayRequest(requestID: String, deadline: ContinuousClock.Instant?) throws(LambdaEventError)
        -> GatewayRequest
    {
        var headerFields: [(name: String, value: String)] = []
        if let multiValueHeaders, !multiValueHeaders.isEmpty {
            for name in multiValueHeaders.keys.sorted() {
                for value in multiValueHeaders[name] ?? [] { headerFields.append((name.lowercased(), value)) }
            }
        } else if let headers {
            for name in headers.keys.sorted() { headerFields.append((name.lowercased(), headers[name] ?? "")) }
        }

        var query: [(name: String, value: String)] = []
        if let multiValueQueryStringParameters, !multiValueQueryStringParameters.isEmpty {
            for name in multiValueQueryStringParameters.keys.sorted() {
                for value in multiValueQueryStringParameters[name] ?? [] { query.append((name, value)) }
            }
        } else if let queryStringParameters {
            for name in queryStringParameters.keys.sorted() { query.append((name, queryStringParameters[name] ?? "")) }
        }

        guard path.hasPrefix("/") else {
            throw LambdaEventError(.malformedEvent, "The API Gateway event's path '\(path)' does not start with '/'.")
        }
        return GatewayRequest(
            method: httpMethod, path: URLComponentCoding.encodePath(path), query: query, headers: headerFields,
            body: try LambdaEventBody.decode(body, isBase64Encoded: isBase64Encoded),
            requestID: requestID, deadline: deadline)
    }
}
