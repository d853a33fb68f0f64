import Foundation
import GatewayCore

/// Helpers for comparing wire JSON by value (member order and whitespace ignored).
///
/// ```swift
/// #expect(try WireJSON.value(encoded) == WireJSON.value(#"{"auto": {}}"#))
/// ```
enum WireJSON {
    /// Parses JSON bytes into a `JSONValue`.
    static func value(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// Parses JSON text into a `JSONValue`.
    static func value(_ text: String) throws -> JSONValue {
        try value(Data(text.utf8))
    }

    /// Encodes `value` with `BedrockJSONEncoder` and parses the result.
    static func encoded(_ value: some Encodable) throws -> JSONValue {
        try self.value(BedrockJSONEncoder().encode(value))
    }

    /// Decodes `text` with `BedrockJSONDecoder`.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try BedrockJSONDecoder().decode(type, from: Data(text.utf8))
    }
}
