import Foundation

/// How the gateway writes JSON bodies: compact, keys sorted, `/` unescaped — stable bytes for a
/// given value, like ``ChatChunkSSE``'s events.
enum ResponseJSON {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// A value as a `JSONValue` (for log fields); `nil` if it does not encode.
    static func jsonValue(_ value: some Encodable) -> JSONValue? {
        guard let data = try? encode(value) else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// Used only if encoding an error body itself fails.
    static let fallbackErrorBody = Data(
        #"{"error":{"code":"internal_error","message":"The gateway failed.","param":null,"type":"server_error"}}"#.utf8)
}
