/// How a shape's `pattern` is applied to a string.
///
/// Smithy says patterns are not implicitly anchored, but AWS services reject values that only
/// partly match: Bedrock answers `toolSpec.name` "get weather" with "Member must satisfy regular
/// expression pattern: [a-zA-Z0-9_-]+". The default therefore matches the whole value.
///
/// ```swift
/// let options = ValidationOptions(patternMatching: .search) // Smithy-literal semantics
/// ```
public enum PatternMatching: Sendable, Hashable {
    /// The pattern must match the entire string (what AWS endpoints enforce).
    case wholeValue
    /// The pattern must match somewhere in the string (Smithy's literal definition).
    case search
    /// Patterns are not checked.
    case ignore
}
