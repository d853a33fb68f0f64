/// One call of an AWS API, as a service client describes it to ``AWSClient``: where it goes,
/// which headers and body it carries, and whether repeating it is harmless.
///
/// ```swift
/// let operation = AWSOperation.restJSON(service: .bedrockRuntime, name: "Converse", method: .post,
///                                       pathSegments: ["model", modelID, "converse"], body: json)
/// let response = try await client.execute(operation)
/// ```
struct AWSOperation: Sendable {
    var service: AWSService
    /// The API operation name, for error messages (`Converse`, `GetSecretValue`).
    var name: String
    var method: HTTPMethod
    /// The path as sent, segments already encoded (see ``AWSPath``), without an override's base path.
    var path: String
    /// Query parameters, not encoded.
    var queryItems: [(name: String, value: String)]
    /// Operation headers (`Content-Type`, `Accept`, `X-Amz-Target`, …); `Host`, the user agent
    /// and authorization are added by the client.
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// Whether a retry after the request may have reached the service is harmless (reads, and
    /// writes carrying an idempotency token). Model invocations are not: each costs tokens.
    var isIdempotent: Bool

    /// A `rest-json` call (Bedrock, Bedrock Runtime): each path segment is encoded as one URI
    /// label, so a model ARN's `:` and `/` become `%3A` and `%2F`.
    static func restJSON(
        service: AWSService, name: String, method: HTTPMethod, pathSegments: [String],
        queryItems: [(name: String, value: String)] = [], accept: String = "application/json",
        contentType: String? = "application/json", extraHeaders: [(name: String, value: String)] = [],
        body: [UInt8] = [], isIdempotent: Bool
    ) -> AWSOperation {
        var headers: [(name: String, value: String)] = []
        if method != .get, method != .head, let contentType {
            headers.append((name: "Content-Type", value: contentType))
        }
        headers.append((name: "Accept", value: accept))
        headers += extraHeaders
        return AWSOperation(
            service: service, name: name, method: method, path: AWSPath.make(pathSegments), queryItems: queryItems,
            headers: headers, body: body, isIdempotent: isIdempotent)
    }

    /// An `awsJson1_1` call (Secrets Manager, SSM): `POST /`, the operation named by
    /// `X-Amz-Target: <targetPrefix>.<operation>`.
    static func json11(
        service: AWSService, targetPrefix: String, name: String, body: [UInt8], isIdempotent: Bool
    ) -> AWSOperation {
        AWSOperation(
            service: service, name: name, method: .post, path: "/", queryItems: [],
            headers: [
                (name: "Content-Type", value: "application/x-amz-json-1.1"),
                (name: "X-Amz-Target", value: "\(targetPrefix).\(name)"),
                (name: "Accept", value: "application/json"),
            ],
            body: body, isIdempotent: isIdempotent)
    }
}
