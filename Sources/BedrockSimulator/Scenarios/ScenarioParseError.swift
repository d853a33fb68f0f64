/// A scenario directive the simulator does not understand (answered with a 400
/// `ValidationException` when it arrives in the `x-simulator-scenario` header).
///
/// ```swift
/// do { _ = try SimulatorScenario(parsing: "explode") } catch { print(error) }
/// // unknown scenario directive 'explode'
/// ```
public struct ScenarioParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var directive: String
    public var reason: String

    public init(directive: String, reason: String) {
        self.directive = directive
        self.reason = reason
    }

    public var description: String { "\(reason) '\(directive)'" }
}
