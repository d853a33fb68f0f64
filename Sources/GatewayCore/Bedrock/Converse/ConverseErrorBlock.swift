/// An error attached to generated media (`ErrorBlock`).
///
/// ```swift
/// if let message = image.error?.message { print("image failed: \(message)") }
/// ```
public struct ConverseErrorBlock: Codable, Hashable, Sendable {
    public var message: String?

    public init(message: String? = nil) {
        self.message = message
    }
}
