import Foundation

/// One inference profile (`InferenceProfileSummary`): a model id such as
/// `us.anthropic.claude-3-5-haiku-20241022-v1:0` that routes to the listed models across regions.
///
/// ```swift
/// let ids = profiles.filter { $0.type == .systemDefined }.map(\.inferenceProfileId)
/// ```
public struct InferenceProfileSummary: Codable, Hashable, Sendable {
    public var inferenceProfileName: String
    public var description: String?
    public var createdAt: Date?
    public var updatedAt: Date?
    public var inferenceProfileArn: String
    /// Between one and five models the profile can route to.
    public var models: [InferenceProfileModel]
    public var inferenceProfileId: String
    public var status: InferenceProfileStatus
    public var type: InferenceProfileType

    public init(
        inferenceProfileName: String, description: String? = nil, createdAt: Date? = nil, updatedAt: Date? = nil,
        inferenceProfileArn: String, models: [InferenceProfileModel], inferenceProfileId: String,
        status: InferenceProfileStatus, type: InferenceProfileType
    ) {
        self.inferenceProfileName = inferenceProfileName
        self.description = description
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.inferenceProfileArn = inferenceProfileArn
        self.models = models
        self.inferenceProfileId = inferenceProfileId
        self.status = status
        self.type = type
    }
}
