/// One `"key": value` pair of a JSON object.
///
/// ```swift
/// let member = JSONMember(key: "role", value: .string("user"))
/// ```
struct JSONMember: Sendable, Hashable {
    var key: String
    var value: JSONNode
}
