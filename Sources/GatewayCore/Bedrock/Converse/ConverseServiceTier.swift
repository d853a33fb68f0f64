/// The processing tier of a request, echoed in the response (`ServiceTier`).
///
/// ```swift
/// let tier = ConverseServiceTier(type: .priority)
/// ```
public struct ConverseServiceTier: Codable, Hashable, Sendable {
    public var type: ConverseServiceTierType

    public init(type: ConverseServiceTierType) {
        self.type = type
    }
}
