/// A parsed JSON value that keeps what the validator needs to judge it against a Smithy shape.
///
/// Unlike `JSONSerialization`, this keeps member order, duplicate keys and the literal text of
/// numbers, so `1.0` and `1` are told apart and integers beyond `Double` precision keep their value.
///
/// ```swift
/// let node = try JSONNodeParser.parse(Data(#"{"a": [1, 2.5]}"#.utf8))
/// if case .object(let members) = node { print(members[0].key) } // "a"
/// ```
enum JSONNode: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number with its literal text (`lexeme`) and its value as a `Double`.
    case number(lexeme: String, value: Double)
    case string(String)
    case array([JSONNode])
    /// Members in document order; duplicates are kept so they can be reported.
    case object([JSONMember])

    /// The JSON kind, as used in violation messages ("object", "string", …).
    var kind: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// The member named `key` (the last one, if it is duplicated), for objects.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var doubleValue: Double? {
        if case .number(_, let value) = self { return value }
        return nil
    }

    var arrayValue: [JSONNode]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var objectMembers: [JSONMember]? {
        if case .object(let value) = self { return value }
        return nil
    }
}
