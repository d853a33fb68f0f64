/// The input of SSM `PutParameter`.
///
/// ```swift
/// let put = PutParameterRequest(name: "/gateway/api-key", value: key, type: .secureString, overwrite: true)
/// let version = try await ssm.putParameter(put).version
/// ```
public struct PutParameterRequest: Codable, Hashable, Sendable {
    public var name: String
    public var value: String
    public var description: String?
    public var type: SSMParameterType?
    /// The KMS key of a `SecureString` (the account's default key when omitted).
    public var keyID: String?
    /// Replace an existing parameter (SSM refuses `tags` together with it).
    public var overwrite: Bool?
    public var allowedPattern: String?
    public var tags: [AWSTag]?
    /// `Standard`, `Advanced` or `Intelligent-Tiering`.
    public var tier: String?
    public var policies: String?
    public var dataType: String?

    public init(
        name: String, value: String, description: String? = nil, type: SSMParameterType? = nil, keyID: String? = nil,
        overwrite: Bool? = nil, allowedPattern: String? = nil, tags: [AWSTag]? = nil, tier: String? = nil,
        policies: String? = nil, dataType: String? = nil
    ) {
        self.name = name
        self.value = value
        self.description = description
        self.type = type
        self.keyID = keyID
        self.overwrite = overwrite
        self.allowedPattern = allowedPattern
        self.tags = tags
        self.tier = tier
        self.policies = policies
        self.dataType = dataType
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name"
        case value = "Value"
        case description = "Description"
        case type = "Type"
        case keyID = "KeyId"
        case overwrite = "Overwrite"
        case allowedPattern = "AllowedPattern"
        case tags = "Tags"
        case tier = "Tier"
        case policies = "Policies"
        case dataType = "DataType"
    }
}
