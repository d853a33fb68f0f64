/// Status of an inference profile (`InferenceProfileStatus`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let usable = profiles.filter { $0.status == .active }
/// ```
public struct InferenceProfileStatus: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let active: Self = "ACTIVE"
}
