/// The `error` of an Anthropic `error` stream event (e.g. `overloaded_error`).
///
/// ```swift
/// if case .error(let detail) = event { print(detail.type, detail.message) }
/// ```
public struct AnthropicErrorDetail: Codable, Hashable, Sendable {
    public var type: String
    public var message: String

    public init(type: String, message: String) {
        self.type = type
        self.message = message
    }
}
