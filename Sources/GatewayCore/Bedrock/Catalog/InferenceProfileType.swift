/// Who defined an inference profile (`InferenceProfileType`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let crossRegion = profiles.filter { $0.type == .systemDefined }
/// ```
public struct InferenceProfileType: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let systemDefined: Self = "SYSTEM_DEFINED"
    public static let application: Self = "APPLICATION"
}
