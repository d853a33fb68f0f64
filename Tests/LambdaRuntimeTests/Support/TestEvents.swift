import Foundation

/// Invocation events shaped like the examples in the AWS documentation: "Lambda functions as
/// targets" (ELB user guide), "Lambda proxy integrations" (API Gateway REST, payload 1.0) and
/// "Lambda function URL request payload" (payload 2.0).
enum TestEvents {
    static let targetGroupARN =
        "arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/lambda-279XGJDqGZ5rsrHC2Fjr/49e9d65c45c6791a"

    /// An ALB event. In multi-value mode every header and query value is a list.
    static func alb(
        method: String = "GET", path: String, query: [(String, String)] = [], headers: [(String, String)] = [],
        body: Data? = nil, base64: Bool = false, multiValue: Bool = false
    ) -> Data {
        var event: [String: Any] = [
            "requestContext": ["elb": ["targetGroupArn": targetGroupARN]],
            "httpMethod": method,
            "path": path,
            "isBase64Encoded": base64,
            "body": body.map { base64 ? $0.base64EncodedString() : String(decoding: $0, as: UTF8.self) } ?? "",
        ]
        let allHeaders =
            [
                ("host", "lambda-alb-123578498.us-east-2.elb.amazonaws.com"),
                ("x-amzn-trace-id", "Root=1-5c536348-3d683b8b04734faae651f476"),
                ("x-forwarded-for", "72.12.164.125"),
                ("x-forwarded-port", "443"),
                ("x-forwarded-proto", "https"),
            ] + headers
        if multiValue {
            var multiHeaders: [String: [String]] = [:]
            for (name, value) in allHeaders { multiHeaders[name, default: []].append(value) }
            var multiQuery: [String: [String]] = [:]
            for (name, value) in query { multiQuery[name, default: []].append(value) }
            event["multiValueHeaders"] = multiHeaders
            event["multiValueQueryStringParameters"] = multiQuery
        } else {
            event["headers"] = Dictionary(allHeaders, uniquingKeysWith: { _, last in last })
            event["queryStringParameters"] = Dictionary(query, uniquingKeysWith: { _, last in last })
        }
        return json(event)
    }

    /// A Function URL (HTTP API payload 2.0) event.
    static func functionURL(
        method: String = "GET", rawPath: String, rawQueryString: String = "", headers: [String: String] = [:],
        cookies: [String]? = nil, body: Data? = nil, isBase64Encoded: Bool = false, stage: String = "$default"
    ) -> Data {
        var event: [String: Any] = [
            "version": "2.0",
            "routeKey": "$default",
            "rawPath": rawPath,
            "rawQueryString": rawQueryString,
            "headers": [
                "host": "abcdefg.lambda-url.us-east-1.on.aws", "x-forwarded-proto": "https",
                "x-amzn-trace-id": "Root=1-5eb33c07-de25b420cc7ca4c0fb3d2fd6",
            ].merging(headers) { _, new in new },
            "requestContext": [
                "accountId": "123456789012", "apiId": "abcdefg", "domainName": "abcdefg.lambda-url.us-east-1.on.aws",
                "domainPrefix": "abcdefg",
                "http": ["method": method, "path": rawPath, "protocol": "HTTP/1.1", "sourceIp": "123.123.123.123",
                         "userAgent": "agent"],
                "requestId": "id", "routeKey": "$default", "stage": stage, "time": "12/Mar/2020:19:03:58 +0000",
                "timeEpoch": 1_583_348_638_390,
            ],
            "isBase64Encoded": isBase64Encoded,
        ]
        if let cookies { event["cookies"] = cookies }
        if let body {
            event["body"] = isBase64Encoded ? body.base64EncodedString() : String(decoding: body, as: UTF8.self)
        }
        return json(event)
    }

    /// An API Gateway REST (payload 1.0) proxy event.
    static func apiGatewayV1(
        method: String = "GET", path: String, query: [String: [String]] = [:], headers: [String: [String]] = [:],
        body: String? = nil, isBase64Encoded: Bool = false
    ) -> Data {
        var single: [String: String] = [:]
        for (name, values) in headers { single[name] = values.last }
        var singleQuery: [String: String] = [:]
        for (name, values) in query { singleQuery[name] = values.last }
        let event: [String: Any] = [
            "resource": "/{proxy+}",
            "path": path,
            "httpMethod": method,
            "headers": single.isEmpty ? NSNull() : single,
            "multiValueHeaders": headers.isEmpty ? NSNull() : headers,
            "queryStringParameters": singleQuery.isEmpty ? NSNull() : singleQuery,
            "multiValueQueryStringParameters": query.isEmpty ? NSNull() : query,
            "pathParameters": ["proxy": String(path.dropFirst())],
            "stageVariables": NSNull(),
            "requestContext": [
                "resourceId": "123456", "resourcePath": "/{proxy+}", "httpMethod": method, "stage": "prod",
                "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef", "accountId": "123456789012",
                "path": "/prod" + path, "protocol": "HTTP/1.1",
            ],
            "body": body.map { $0 as Any } ?? NSNull(),
            "isBase64Encoded": isBase64Encoded,
        ]
        return json(event)
    }

    static func json(_ object: Any) -> Data {
        // Test fixtures are built from literals; serialization cannot fail for them.
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }
}
