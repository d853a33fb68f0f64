/// End of the message, with the stop reason (`MessageStopEvent`).
///
/// ```swift
/// if case .messageStop(let stop) = event { finishReason = stop.stopReason }
/// ```
public struct ConverseMessageStopEvent: Codable, Hashable, Sendable {
    public var stopReason: ConverseStopReason
    public var additionalModelResponseFields: JSONValue?

    public init(stopReason: ConverseStopReason, additionalModelResponseFields: JSONValue? = nil) {
        self.stopReason = stopReason
        self.additionalModelResponseFields = additionalModelResponseFields
    }
}
