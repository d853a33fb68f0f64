import Foundation
import Testing

@testable import OpenAIModels

/// Test helpers for comparing wire JSON structurally (member order does not matter, explicit
/// `null` and an absent member are different).
enum WireJSON {
    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let data = try JSONEncoder().encode(value)
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// Decodes a request body through the gateway's entry point.
    static func request<T: Decodable>(_ type: T.Type, _ text: String) throws(RequestDecodingError) -> T {
        try OpenAIRequestDecoder.decode(type, from: Data(text.utf8))
    }

    /// The error the gateway's entry point raises for `text`.
    static func rejection<T: Decodable>(_ type: T.Type, _ text: String) -> RequestDecodingError? {
        do {
            _ = try OpenAIRequestDecoder.decode(type, from: Data(text.utf8))
            return nil
        } catch {
            return error
        }
    }
}
