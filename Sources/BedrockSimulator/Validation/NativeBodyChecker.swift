import Foundation
import GatewayCore

/// The checks Bedrock's JSON-schema validation of native InvokeModel bodies performs, worded as
/// it words them: "Malformed input request: #: required key [inputText] not found, please
/// reformat your input and try again."
enum NativeBodyChecker {
    static func object(_ body: Data, required: [String], allowed: Set<String>) throws(SimulatedError) -> [String: JSONValue] {
        let decoded: JSONValue
        do {
            decoded = try BedrockJSONDecoder().decode(JSONValue.self, from: body)
        } catch {
            throw malformed("#: invalid JSON")
        }
        guard let object = decoded.objectValue else { throw malformed("#: expected type: JSONObject, found: \(kind(decoded))") }
        var problems: [String] = []
        for key in required where object[key] == nil || object[key] == .null {
            problems.append("#: required key [\(key)] not found")
        }
        for key in object.keys.sorted() where !allowed.contains(key) {
            problems.append("#: extraneous key [\(key)] is not permitted")
        }
        guard problems.isEmpty else { throw malformed(problems.joined()) }
        return object
    }

    static func decode<T: Decodable>(_ type: T.Type, from body: Data) throws(SimulatedError) -> T {
        do {
            return try BedrockJSONDecoder().decode(type, from: body)
        } catch {
            throw malformed("#: \(DecodingErrorSummary.describe(error))")
        }
    }

    static func malformed(_ detail: String) -> SimulatedError {
        .validation("Malformed input request: \(detail), please reformat your input and try again.")
    }

    private static func kind(_ value: JSONValue) -> String {
        switch value {
        case .array: "JSONArray"
        case .string: "String"
        case .integer, .number: "Number"
        case .bool: "Boolean"
        case .null: "Null"
        case .object: "JSONObject"
        }
    }
}
