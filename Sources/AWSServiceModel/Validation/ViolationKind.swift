/// The reason for a `Violation`.
///
/// ```swift
/// if case .missingRequiredMember(let name) = violation.kind { print("add \(name)") }
/// ```
public enum ViolationKind: Sendable, Hashable, CustomStringConvertible {
    /// The body is not valid JSON.
    case malformedJSON(String)
    /// An object member the structure does not declare.
    case unknownMember(String)
    /// The same key appears twice in one object.
    case duplicateMember(String)
    /// A required member is absent (or `null`).
    case missingRequiredMember(String)
    /// The JSON kind does not fit the shape type (e.g. a string where an integer belongs).
    case typeMismatch(expected: ShapeType, actual: String)
    /// A whole number was expected.
    case notAWholeNumber(String)
    case invalidEnumValue(String, allowed: [String])
    /// A union with other than exactly one member set.
    case unionMemberCount(Int)
    /// A string (in Unicode scalars), blob (in bytes), list or map outside `min`/`max`.
    case lengthOutOfRange(length: Int, min: Int?, max: Int?)
    /// A number outside `min`/`max`, or outside the range of its integer type.
    case valueOutOfRange(value: String, min: String?, max: String?)
    case patternMismatch(pattern: String)
    /// A blob that is not valid base64.
    case invalidBase64
    case invalidTimestamp(format: TimestampFormat)
    /// `null` inside a list or map that is not sparse.
    case nullEntry

    public var description: String {
        switch self {
        case .malformedJSON(let reason): return "malformed JSON: \(reason)"
        case .unknownMember(let name): return "unknown member '\(name)'"
        case .duplicateMember(let name): return "member '\(name)' appears more than once"
        case .missingRequiredMember(let name): return "missing required member '\(name)'"
        case .typeMismatch(let expected, let actual): return "expected \(expected.rawValue), found \(actual)"
        case .notAWholeNumber(let lexeme): return "\(lexeme) is not a whole number"
        case .invalidEnumValue(let value, let allowed):
            return "value '\(value)' is not one of [\(allowed.joined(separator: ", "))]"
        case .unionMemberCount(let count): return "union must have exactly one member set, found \(count)"
        case .lengthOutOfRange(let length, let min, let max):
            return "length \(length) outside [\(min.map(String.init) ?? "…"), \(max.map(String.init) ?? "…")]"
        case .valueOutOfRange(let value, let min, let max):
            return "value \(value) outside [\(min ?? "…"), \(max ?? "…")]"
        case .patternMismatch(let pattern): return "does not match pattern \(pattern)"
        case .invalidBase64: return "blob is not valid base64"
        case .invalidTimestamp(let format): return "not a valid \(format.rawValue) timestamp"
        case .nullEntry: return "null is not allowed here"
        }
    }
}
