/// A coding key made from any string, for wire objects whose keys are data: union members,
/// type tags, and keys such as `amazon-bedrock-invocationMetrics` that are not identifiers.
///
/// ```swift
/// let container = try decoder.container(keyedBy: WireKey.self)
/// let text = try container.decode(String.self, forKey: "text")
/// ```
struct WireKey: CodingKey, Hashable, Sendable, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ stringValue: String) {
        self.stringValue = stringValue
    }

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        return nil
    }

    init(stringLiteral value: String) {
        self.stringValue = value
    }
}
