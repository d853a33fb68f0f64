import Foundation

/// The output of Secrets Manager `DescribeSecret`: a secret's metadata, never its value.
///
/// Replication status and external-rotation metadata are not decoded.
///
/// ```swift
/// let details = try await secretsManager.describeSecret(DescribeSecretRequest(secretID: "gateway/api-key"))
/// let current = details.versionIDsToStages?.first { $0.value.contains("AWSCURRENT") }?.key
/// ```
public struct DescribeSecretResponse: Codable, Hashable, Sendable {
    public var arn: String?
    public var name: String?
    public var type: String?
    public var description: String?
    public var kmsKeyID: String?
    public var rotationEnabled: Bool?
    public var rotationLambdaARN: String?
    public var rotationRules: SecretRotationRules?
    public var lastRotatedDate: Date?
    public var lastChangedDate: Date?
    public var lastAccessedDate: Date?
    public var deletedDate: Date?
    public var nextRotationDate: Date?
    public var tags: [AWSTag]?
    /// Each version id and the staging labels attached to it (`AWSCURRENT`, `AWSPREVIOUS`, …).
    public var versionIDsToStages: [String: [String]]?
    public var owningService: String?
    public var createdDate: Date?
    public var primaryRegion: String?

    public init(
        arn: String? = nil, name: String? = nil, type: String? = nil, description: String? = nil,
        kmsKeyID: String? = nil, rotationEnabled: Bool? = nil, rotationLambdaARN: String? = nil,
        rotationRules: SecretRotationRules? = nil, lastRotatedDate: Date? = nil, lastChangedDate: Date? = nil,
        lastAccessedDate: Date? = nil, deletedDate: Date? = nil, nextRotationDate: Date? = nil, tags: [AWSTag]? = nil,
        versionIDsToStages: [String: [String]]? = nil, owningService: String? = nil, createdDate: Date? = nil,
        primaryRegion: String? = nil
    ) {
        self.arn = arn
        self.name = name
        self.type = type
        self.description = description
        self.kmsKeyID = kmsKeyID
        self.rotationEnabled = rotationEnabled
        self.rotationLambdaARN = rotationLambdaARN
        self.rotationRules = rotationRules
        self.lastRotatedDate = lastRotatedDate
        self.lastChangedDate = lastChangedDate
        self.lastAccessedDate = lastAccessedDate
        self.deletedDate = deletedDate
        self.nextRotationDate = nextRotationDate
        self.tags = tags
        self.versionIDsToStages = versionIDsToStages
        self.owningService = owningService
        self.createdDate = createdDate
        self.primaryRegion = primaryRegion
    }

    enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
        case type = "Type"
        case description = "Description"
        case kmsKeyID = "KmsKeyId"
        case rotationEnabled = "RotationEnabled"
        case rotationLambdaARN = "RotationLambdaARN"
        case rotationRules = "RotationRules"
        case lastRotatedDate = "LastRotatedDate"
        case lastChangedDate = "LastChangedDate"
        case lastAccessedDate = "LastAccessedDate"
        case deletedDate = "DeletedDate"
        case nextRotationDate = "NextRotationDate"
        case tags = "Tags"
        case versionIDsToStages = "VersionIdsToStages"
        case owningService = "OwningService"
        case createdDate = "CreatedDate"
        case primaryRegion = "PrimaryRegion"
    }
}
