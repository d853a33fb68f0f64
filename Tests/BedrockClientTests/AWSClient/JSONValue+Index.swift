import GatewayCore

extension JSONValue {
    /// Element lookup for arrays, `nil` out of range or for anything else (test convenience).
    subscript(index: Int) -> JSONValue? {
        guard let elements = arrayValue, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}
