/// The `metadata` block of a service model: protocol and naming facts.
///
/// ```swift
/// let model = try ServiceModel(jsonData: data)
/// print(model.metadata.protocol, model.metadata.signingName ?? "-") // "rest-json bedrock"
/// ```
public struct ServiceMetadata: Sendable, Hashable {
    public var apiVersion: String?
    /// `rest-json`, `json`, `rest-xml`, `query` or `ec2`.
    public var `protocol`: String
    public var endpointPrefix: String?
    public var signingName: String?
    public var serviceId: String?
    /// `X-Amz-Target` prefix for the `json` protocol.
    public var targetPrefix: String?
    /// `application/x-amz-json-<jsonVersion>` for the `json` protocol.
    public var jsonVersion: String?

    public init(
        apiVersion: String? = nil, protocol: String, endpointPrefix: String? = nil, signingName: String? = nil,
        serviceId: String? = nil, targetPrefix: String? = nil, jsonVersion: String? = nil
    ) {
        self.apiVersion = apiVersion
        self.protocol = `protocol`
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName
        self.serviceId = serviceId
        self.targetPrefix = targetPrefix
        self.jsonVersion = jsonVersion
    }

    /// Timestamp format of body members without an explicit format: epoch seconds for the JSON
    /// protocols, ISO 8601 for the XML/query ones.
    public var defaultBodyTimestampFormat: TimestampFormat {
        switch self.protocol {
        case "rest-json", "json": return .epochSeconds
        default: return .iso8601
        }
    }
}
