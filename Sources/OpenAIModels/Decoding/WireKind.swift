/// The JSON kind of the value a decoder is positioned at.
///
/// Union fields (`content`, `stop`, `tool_choice`, embedding `input`) look before they decode,
/// so a malformed element *inside* the chosen shape reports its own path instead of being
/// swallowed by a failed attempt at another shape.
enum WireKind: Sendable {
    case null, bool, number, string, array, object

    init(of decoder: any Decoder) {
        if let single = try? decoder.singleValueContainer() {
            if single.decodeNil() {
                self = .null
                return
            }
            if (try? single.decode(Bool.self)) != nil {
                self = .bool
                return
            }
            if (try? single.decode(String.self)) != nil {
                self = .string
                return
            }
            if (try? single.decode(Double.self)) != nil {
                self = .number
                return
            }
        }
        if (try? decoder.unkeyedContainer()) != nil {
            self = .array
        } else {
            self = .object
        }
    }
}
