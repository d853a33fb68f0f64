/// A model an inference profile routes to (`InferenceProfileModel`).
///
/// ```swift
/// let regions = profile.models.compactMap { $0.modelArn?.split(separator: ":").dropFirst(3).first }
/// ```
public struct InferenceProfileModel: Codable, Hashable, Sendable {
    public var modelArn: String?

    public init(modelArn: String? = nil) {
        self.modelArn = modelArn
    }
}
