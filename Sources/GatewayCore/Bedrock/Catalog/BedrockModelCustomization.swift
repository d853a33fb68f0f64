/// A customization a foundation model supports (`ModelCustomization`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let tunable = summary.customizationsSupported?.contains(.fineTuning) == true
/// ```
public struct BedrockModelCustomization: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let fineTuning: Self = "FINE_TUNING"
    public static let continuedPreTraining: Self = "CONTINUED_PRE_TRAINING"
    public static let distillation: Self = "DISTILLATION"
}
