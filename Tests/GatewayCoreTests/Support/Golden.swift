import Foundation
import Testing

@testable import GatewayCore

/// Golden files: complete request/response pairs written by hand from the AWS and OpenAI API
/// references, under `Tests/GatewayCoreTests/Golden/<area>/<name>.json`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // GatewayCoreTests
        .appendingPathComponent("Golden")

    /// The raw bytes of a golden file, e.g. `Golden.data("chat/tools.request")`.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
    }

    /// A golden file parsed as JSON.
    static func json(_ name: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data(name))
    }

    /// Decodes a golden file into `T`.
    static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(T.self, from: data(name))
    }

    /// Compares an encoded value with a golden file as JSON (key order and whitespace do not
    /// matter; numbers compare by value). On mismatch, both sides are printed with sorted keys.
    static func expectMatches<T: Encodable>(
        _ value: T, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let encoded = try JSONEncoder().encode(value)
        let actual = try JSONDecoder().decode(JSONValue.self, from: encoded)
        let expected = try json(name)
        if normalized(actual) != normalized(expected) {
            Issue.record(
                "\(name) differs.\nexpected: \(pretty(expected))\nactual:   \(pretty(actual))",
                sourceLocation: sourceLocation)
        }
    }

    /// Integers and whole doubles compare equal (`1` vs `1.0`).
    static func normalized(_ value: JSONValue) -> JSONValue {
        switch value {
        case .number(let d) where d.rounded() == d && abs(d) < 9e15: return .integer(Int(d))
        case .array(let items): return .array(items.map(normalized))
        case .object(let members): return .object(members.mapValues(normalized))
        default: return value
        }
    }

    static func pretty(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "<unencodable>"
    }
}
