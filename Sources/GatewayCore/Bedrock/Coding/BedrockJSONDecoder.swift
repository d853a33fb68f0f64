import Foundation

/// Decodes Bedrock wire JSON into the Bedrock wire types.
///
/// The counterpart of `BedrockJSONEncoder`: base64 blobs into `Data`, ISO 8601 timestamps (with
/// or without fractional seconds, `Z` or an offset) into `Date`, Smithy's non-finite float
/// strings into doubles. Unknown keys are ignored, as Bedrock adds fields over time.
///
/// ```swift
/// let response = try BedrockJSONDecoder().decode(ConverseResponse.self, from: body)
/// ```
public struct BedrockJSONDecoder: Sendable {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.dataDecodingStrategy = .base64
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = BedrockTimestamp.date(from: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Expected an ISO 8601 timestamp, found '\(text)'.")
            }
            return date
        }
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try decoder.decode(type, from: data)
    }
}
