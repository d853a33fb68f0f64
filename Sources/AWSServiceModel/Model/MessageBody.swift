/// What the HTTP body of an operation's request or response carries.
///
/// rest-json puts every member without a `location` in a JSON object, unless the structure
/// names a `payload` member, in which case the body is that member alone (raw bytes for a blob,
/// JSON for a structure, frames for an event stream).
///
/// ```swift
/// switch try model.requestBody(operation: "InvokeModel") {
/// case .payload(let member, let shape): print(member, shape) // "body", "Body" (raw bytes)
/// default: break
/// }
/// ```
public enum MessageBody: Sendable, Hashable {
    /// A JSON object holding the members of `shape` listed in `bodyMembers`.
    case members(shape: String, bodyMembers: [String])
    /// The body is the value of one member, targeting `shape`.
    case payload(member: String, shape: String)
    /// The operation has no body shape.
    case none
}
