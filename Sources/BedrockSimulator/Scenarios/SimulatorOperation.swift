/// The Bedrock operations the simulator answers, named as in the service models.
enum SimulatorOperation: String, Sendable, Hashable, CaseIterable {
    case converse = "Converse"
    case converseStream = "ConverseStream"
    case invokeModel = "InvokeModel"
    case invokeModelWithResponseStream = "InvokeModelWithResponseStream"
    case countTokens = "CountTokens"
    case listFoundationModels = "ListFoundationModels"
    case getFoundationModel = "GetFoundationModel"
    case listInferenceProfiles = "ListInferenceProfiles"
    case getInferenceProfile = "GetInferenceProfile"

    /// Runtime (`bedrock-runtime`) rather than control-plane (`bedrock`) operations.
    var isRuntime: Bool {
        switch self {
        case .converse, .converseStream, .invokeModel, .invokeModelWithResponseStream, .countTokens: true
        default: false
        }
    }

    var isStreaming: Bool { self == .converseStream || self == .invokeModelWithResponseStream }
}
