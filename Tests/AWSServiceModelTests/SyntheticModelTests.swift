import Foundation
import Testing

@testable import AWSServiceModel

/// Validator rules the Bedrock models do not exercise, checked on a small hand-written model.
@Suite("Validator rules on a synthetic model")
struct SyntheticModelTests {
    static let modelJSON = """
        {
          "metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Demo"},
          "operations": {
            "Put": {"name": "Put", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "PutInput"}}
          },
          "shapes": {
            "PutInput": {"type": "structure", "required": ["when"], "members": {
              "when": {"shape": "Time"},
              "httpWhen": {"shape": "Time", "timestampFormat": "rfc822"},
              "isoWhen": {"shape": "Time", "timestampFormat": "iso8601"},
              "renamed": {"shape": "Name", "locationName": "wire_name"},
              "broken": {"shape": "Broken"},
              "holes": {"shape": "SparseList"},
              "solid": {"shape": "SolidList"},
              "big": {"shape": "Big"},
              "tiny": {"shape": "Tiny"},
              "ratio": {"shape": "Ratio"}
            }},
            "Time": {"type": "timestamp"},
            "Name": {"type": "string", "pattern": "^[a-z]+$"},
            "Broken": {"type": "string", "pattern": "[unclosed"},
            "SparseList": {"type": "list", "member": {"shape": "Name"}, "sparse": true},
            "SolidList": {"type": "list", "member": {"shape": "Name"}},
            "Big": {"type": "long"},
            "Tiny": {"type": "byte"},
            "Ratio": {"type": "double", "min": 0, "max": 1}
          }
        }
        """

    private func violations(_ body: String) throws -> [Violation] {
        let model = try ServiceModel(jsonData: Data(Self.modelJSON.utf8))
        return try model.validateRequestBody(operation: "Put", body: Data(body.utf8))
    }

    @Test("JSON-protocol timestamps default to epoch seconds; member formats override")
    func timestampFormats() throws {
        #expect(try violations(#"{"when": 1714564800.5, "httpWhen": "Wed, 01 May 2024 12:00:00 GMT", "isoWhen": "2024-05-01T12:00:00Z"}"#) == [])
        let wrong = try violations(#"{"when": "2024-05-01T12:00:00Z", "httpWhen": "2024-05-01T12:00:00Z"}"#)
        #expect(wrong.contains(Violation(path: "$.when", kind: .typeMismatch(expected: .timestamp, actual: "string"), shape: "Time")))
        #expect(wrong.contains(Violation(path: "$.httpWhen", kind: .invalidTimestamp(format: .httpDate), shape: "Time")))
        #expect(wrong.count == 2)
    }

    @Test("a member with a locationName but no location uses it as its JSON key")
    func jsonName() throws {
        #expect(try violations(#"{"when": 0, "wire_name": "abc"}"#) == [])
        #expect(try violations(#"{"when": 0, "renamed": "abc"}"#) == [Violation(path: "$", kind: .unknownMember("renamed"), shape: "PutInput")])
    }

    @Test("a pattern NSRegularExpression cannot compile is not checked")
    func uncompilablePattern() throws {
        #expect(try violations(#"{"when": 0, "broken": "anything at all"}"#) == [])
    }

    @Test("sparse lists allow null entries, others do not")
    func sparse() throws {
        #expect(try violations(#"{"when": 0, "holes": ["a", null], "solid": ["a", null]}"#) == [Violation(path: "$.solid[1]", kind: .nullEntry, shape: "SolidList")])
    }

    @Test("long is checked exactly at the Int64 boundary; byte at Int8")
    func integerBounds() throws {
        #expect(try violations(#"{"when": 0, "big": 9223372036854775807, "tiny": -128}"#) == [])
        let over = try violations(#"{"when": 0, "big": 9223372036854775808, "tiny": 128}"#)
        #expect(over.map(\.path) == ["$.big", "$.tiny"])
    }

    @Test("doubles accept Smithy's non-finite strings and check min/max")
    func doubles() throws {
        #expect(try violations(#"{"when": 0, "ratio": "NaN"}"#) == [])
        #expect(try violations(#"{"when": 0, "ratio": 1.01}"#) == [Violation(path: "$.ratio", kind: .valueOutOfRange(value: "1.01", min: "0", max: "1"), shape: "Ratio")])
        #expect(try violations(#"{"when": 0, "ratio": "half"}"#) == [Violation(path: "$.ratio", kind: .typeMismatch(expected: .double, actual: "string"), shape: "Ratio")])
    }

    @Test("paths bracket keys that are not identifiers")
    func bracketPaths() {
        #expect(ShapeValidator.path("$", key: "a_b1") == "$.a_b1")
        #expect(ShapeValidator.path("$", key: "1a") == #"$["1a"]"#)
        #expect(ShapeValidator.path("$", key: #"x"y"#) == #"$["x\"y"]"#)
        #expect(ShapeValidator.path("$", key: "") == #"$[""]"#)
    }

    @Test("the metadata of a JSON-protocol model is read")
    func metadata() throws {
        let model = try ServiceModel(jsonData: Data(Self.modelJSON.utf8))
        #expect(model.metadata.targetPrefix == "Demo")
        #expect(model.metadata.jsonVersion == "1.1")
        #expect(model.operation(named: "Put")?.outputShape == nil)
        #expect(throws: ServiceModelError.operationHasNoShape(operation: "Put")) {
            try model.validateResponseBody(operation: "Put", body: Data("{}".utf8))
        }
    }
}
