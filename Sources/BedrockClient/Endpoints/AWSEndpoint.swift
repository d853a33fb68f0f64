/// A resolved service endpoint: where to send requests and how to sign them.
///
///     let endpoint = try resolver.endpoint(for: .bedrockRuntime, region: region)
///     let url = endpoint.url(path: AWSPath.make(["model", modelId, "converse"]))
///     let request = SignableRequest(method: "POST", path: endpoint.requestPath("/"), headers: [("Host", endpoint.hostHeader)])
public struct AWSEndpoint: Sendable, Hashable {
    /// The base URL without a trailing slash, e.g. `https://bedrock-runtime.us-east-1.amazonaws.com`
    /// or an override such as `http://localhost:4566/bedrock`.
    public let baseURL: String
    /// The `Host` header value: the host, plus `:port` when the URL names one.
    public let hostHeader: String
    /// The path prefix of an override URL (`/bedrock` above), empty for AWS endpoints.
    public let basePath: String
    /// The region to sign for.
    public let signingRegion: String
    /// The service name to sign for.
    public let signingName: String
    /// Whether the URL came from an `AWS_ENDPOINT_URL*` setting rather than the partition rules.
    public let isOverride: Bool

    public init(baseURL: String, hostHeader: String, basePath: String, signingRegion: String, signingName: String, isOverride: Bool) {
        self.baseURL = baseURL
        self.hostHeader = hostHeader
        self.basePath = basePath
        self.signingRegion = signingRegion
        self.signingName = signingName
        self.isOverride = isOverride
    }

    /// The path to send and sign for `path` (which starts with `/`): the override's base path
    /// followed by `path`.
    public func requestPath(_ path: String) -> String {
        basePath + (path.hasPrefix("/") ? path : "/" + path)
    }

    /// The full URL of `path` (which starts with `/`), optionally with an already-encoded query.
    public func url(path: String, query: String = "") -> String {
        baseURL + (path.hasPrefix("/") ? path : "/" + path) + (query.isEmpty ? "" : "?" + query)
    }
}
