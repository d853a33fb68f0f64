/// Errors from loading a service model or from asking it about names it does not have.
///
/// Problems with the *validated document* are not errors: they come back as `Violation`s.
///
/// ```swift
/// do { _ = try model.validateRequestBody(operation: "Nope", body: data) }
/// catch ServiceModelError.unknownOperation(let name) { print(name) }
/// ```
public enum ServiceModelError: Error, Sendable, Hashable {
    /// The model file is not JSON or lacks a required part; the string says what.
    case malformedModel(String)
    case unknownShape(String)
    case unknownOperation(String)
    /// The operation has no input (or output) shape to validate against.
    case operationHasNoShape(operation: String)
}
