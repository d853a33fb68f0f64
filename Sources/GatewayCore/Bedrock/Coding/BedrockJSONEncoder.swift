import Foundation

/// Encodes Bedrock wire types to JSON the way the Bedrock endpoints expect them.
///
/// Blobs (`Data`) become base64 strings, dates become ISO 8601 strings (the `Timestamp` shape of
/// the Bedrock models is `iso8601`), non-finite doubles become Smithy's `"NaN"`/`"Infinity"`
/// strings, and slashes are not escaped. `sortedKeys` gives byte-stable output for golden files.
///
/// ```swift
/// let body = try BedrockJSONEncoder().encode(request)
/// let golden = try BedrockJSONEncoder(sortedKeys: true, prettyPrinted: true).encode(request)
/// ```
public struct BedrockJSONEncoder: Sendable {
    public var sortedKeys: Bool
    public var prettyPrinted: Bool

    public init(sortedKeys: Bool = false, prettyPrinted: Bool = false) {
        self.sortedKeys = sortedKeys
        self.prettyPrinted = prettyPrinted
    }

    public func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        var formatting: JSONEncoder.OutputFormatting = [.withoutEscapingSlashes]
        if sortedKeys { formatting.insert(.sortedKeys) }
        if prettyPrinted { formatting.insert(.prettyPrinted) }
        encoder.outputFormatting = formatting
        encoder.dataEncodingStrategy = .base64
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(BedrockTimestamp.string(from: date))
        }
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try encoder.encode(value)
    }
}
