/// A closed set of string values on the wire (`role`, `reasoning_effort`, `finish_reason`, …).
///
/// Conforming enums decode through ``decodeWireValue(from:)`` so that an unknown value fails with
/// OpenAI's wording and lists every supported value.
protocol WireEnum: RawRepresentable, CaseIterable, Codable where RawValue == String {}

extension WireEnum {
    static func decodeWireValue(from decoder: any Decoder) throws -> Self {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            throw InvalidWireValue.error(
                at: decoder.codingPath,
                message: InvalidWireValue.unsupportedValueMessage(
                    raw, supported: allCases.map(\.rawValue)))
        }
        return value
    }
}
