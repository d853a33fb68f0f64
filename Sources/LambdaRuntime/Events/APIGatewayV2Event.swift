import Foundation
import GatewayCore

/// An API Gateway HTTP API (payload format 2.0) or Lambda Function URL event.
///
/// `rawPath` and `rawQueryString` are what the client sent; repeated headers arrive joined with
/// commas and cookies separately in `cookies`, which are passed on as one `cookie` header. For a
/// named HTTP API stage the stage is the first path segment and is removed; Function URLs and
/// the `$default` stage have none.
///
/// ```swift
/// let event = try JSONDecoder().decode(APIGatewayV2Event.self, from: payload)
/// let request = try event.gatewayRequest(requestID: invocation.requestID, deadline: nil)
/// ```
public struct APIGatewayV2Event: Decodable, Sendable {
    public struct RequestContext: Decodable, Sendable {
        public struct HTTP: Decodable, Sendable {
            public var method: String
            public var path: String?
            public var sourceIp: String?
        }
        public var http: HTTP
        public var stage: String?
        public var requestId: String?
        public var domainName: String?
    }

    public var version: String
    public var rawPath: String
    public var rawQueryString: String?
    public var cookies: [String]?
    public var headers: [String: String]?
    public var requestContext: RequestContext
    public var body: String?
    public var isBase64Encoded: Bool?

    /// The path without a named stage prefix.
    var routedPath: String {
        guard let stage = requestContext.stage, !stage.isEmpty, stage != "$default" else { return rawPath }
        let prefix = "/" + stage
        if rawPath == prefix { return "/" }
        if rawPath.hasPrefix(prefix + "/") { return String(rawPath.dropFirst(prefix.count)) }
        return rawPath
    }

    /// The request the gateway answers.
    public func gatewayRequest(requestID: String, deadline: ContinuousClock.Instant?) throws(LambdaEventError)
        -> GatewayRequest
    {
        var headerFields: [(name: String, value: String)] = []
        if let headers {
            for name in headers.keys.sorted() { headerFields.append((name.lowercased(), headers[name] ?? "")) }
        }
        if let cookies, !cookies.isEmpty {
            headerFields.removeAll { $0.name == "cookie" }
            headerFields.append(("cookie", cookies.joined(separator: "; ")))
        }
        let path = routedPath
        guard path.hasPrefix("/") else {
            throw LambdaEventError(.malformedEvent, "The event's rawPath '\(rawPath)' does not start with '/'.")
        }
        return GatewayRequest(
            method: requestContext.http.method, path: URLComponentCoding.normalizeRawPath(path),
            query: URLComponentCoding.parseQuery(rawQueryString ?? ""), headers: headerFields,
            body: try LambdaEventBody.decode(body, isBase64Encoded: isBase64Encoded),
            requestID: requestID, deadline: deadline)
    }
}
