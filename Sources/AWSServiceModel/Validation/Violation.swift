/// One way a JSON document breaks the constraints of a service-model shape.
///
/// `path` is a JSONPath-like location (`$.messages[0].content[1].toolUse.name`; keys that are not
/// identifiers are written `["key"]`), so a simulator can echo it in a `ValidationException`.
///
/// ```swift
/// for violation in try model.validateRequestBody(operation: "Converse", body: body) {
///     print(violation) // "$.messages[0].role: value 'system' is not one of [user, assistant]"
/// }
/// ```
public struct Violation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var kind: ViolationKind
    /// The shape the value was checked against.
    public var shape: String?

    public init(path: String, kind: ViolationKind, shape: String? = nil) {
        self.path = path
        self.kind = kind
        self.shape = shape
    }

    public var description: String { "\(path): \(kind)" }
}
