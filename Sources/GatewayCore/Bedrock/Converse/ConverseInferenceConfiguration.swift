/// Base inference parameters (`InferenceConfiguration`).
///
/// `temperature` and `topP` are Smithy floats in [0, 1]; they are kept as `Double` so values
/// taken from OpenAI requests survive without float rounding noise on the wire.
///
/// ```swift
/// let config = ConverseInferenceConfiguration(maxTokens: 1024, temperature: 0.2, stopSequences: ["</answer>"])
/// ```
public struct ConverseInferenceConfiguration: Codable, Hashable, Sendable {
    public var maxTokens: Int?
    public var temperature: Double?
    public var topP: Double?
    public var stopSequences: [String]?

    public init(maxTokens: Int? = nil, temperature: Double? = nil, topP: Double? = nil, stopSequences: [String]? = nil) {
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.topP = topP
        self.stopSequences = stopSequences
    }
}
