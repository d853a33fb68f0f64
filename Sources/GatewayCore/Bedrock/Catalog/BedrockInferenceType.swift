/// How a foundation model can be invoked (`InferenceType`).
///
/// A struct rather than an enum: the live service also reports `INFERENCE_PROFILE`, which the model file does not list.
///
/// ```swift
/// let onDemand = summary.inferenceTypesSupported?.contains(.onDemand) == true
/// ```
public struct BedrockInferenceType: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let onDemand: Self = "ON_DEMAND"
    public static let provisioned: Self = "PROVISIONED"
    public static let inferenceProfile: Self = "INFERENCE_PROFILE"
}
