/// First event of a ConverseStream response (`MessageStartEvent`).
///
/// ```swift
/// if case .messageStart(let start) = event { print(start.role) } // assistant
/// ```
public struct ConverseMessageStartEvent: Codable, Hashable, Sendable {
    public var role: ConverseRole

    public init(role: ConverseRole) {
        self.role = role
    }
}
