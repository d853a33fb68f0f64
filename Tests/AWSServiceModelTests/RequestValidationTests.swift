import Foundation
import Testing

@testable import AWSServiceModel

@Suite("Validating request bodies against bedrock-runtime")
struct RequestValidationTests {
    private func converseViolations(_ json: String, options: ValidationOptions = ValidationOptions()) throws -> [Violation] {
        try ModelFixtures.bedrockRuntime.validateRequestBody(operation: "Converse", body: Data(json.utf8), options: options)
    }

    private func only(_ violations: [Violation]) throws -> Violation {
        #expect(violations.count == 1, "\(violations)")
        return try #require(violations.first)
    }

    @Test("a documented Converse request body has no violations")
    func validConverseBody() throws {
        let body = """
            {
              "messages": [
                {"role": "user", "content": [
                  {"text": "Describe the image."},
                  {"image": {"format": "png", "source": {"bytes": "iVBORw0KGgo="}}},
                  {"document": {"format": "txt", "name": "notes", "source": {"text": "hello"}}},
                  {"cachePoint": {"type": "default", "ttl": "5m"}}
                ]},
                {"role": "assistant", "content": [
                  {"reasoningContent": {"reasoningText": {"text": "Think.", "signature": "c2ln"}}},
                  {"toolUse": {"toolUseId": "tooluse_1", "name": "get_weather", "input": {"city": "Paris", "days": [1, 2]}}}
                ]},
                {"role": "user", "content": [
                  {"toolResult": {"toolUseId": "tooluse_1", "status": "success",
                                  "content": [{"json": {"temp": 21.5}}, {"text": "sunny"}]}}
                ]}
              ],
              "system": [{"text": "Be brief."}, {"cachePoint": {"type": "default"}}],
              "inferenceConfig": {"maxTokens": 512, "temperature": 0.5, "topP": 0.9, "stopSequences": ["END"]},
              "toolConfig": {
                "tools": [{"toolSpec": {"name": "get_weather", "description": "Weather",
                           "inputSchema": {"json": {"type": "object", "properties": {}}}}}],
                "toolChoice": {"auto": {}}
              },
              "guardrailConfig": {"guardrailIdentifier": "abc123", "guardrailVersion": "1", "trace": "enabled"},
              "additionalModelRequestFields": {"top_k": 50, "nested": [null, true, "x"]},
              "additionalModelResponseFieldPaths": ["/stop_sequence"],
              "promptVariables": {"name": {"text": "Ada"}},
              "requestMetadata": {"team": "search"},
              "performanceConfig": {"latency": "optimized"},
              "serviceTier": {"type": "priority"},
              "outputConfig": {"textFormat": {"type": "json_schema",
                "structure": {"jsonSchema": {"schema": "{\\"type\\":\\"object\\"}", "name": "out"}}}}
            }
            """
        #expect(try converseViolations(body) == [])
    }

    @Test("an unknown member is reported at its object's path")
    func unknownMember() throws {
        let violation = try only(converseViolations(#"{"messages": [{"role": "user", "content": [{"text": "hi"}], "name": "x"}]}"#))
        #expect(violation.path == "$.messages[0]")
        #expect(violation.kind == .unknownMember("name"))
        #expect(violation.shape == "Message")
    }

    @Test("modelId belongs in the URI, so in the body it is an unknown member")
    func modelIdInBody() throws {
        let violation = try only(converseViolations(#"{"modelId": "anthropic.claude-3-haiku-20240307-v1:0", "messages": []}"#))
        #expect(violation.path == "$")
        #expect(violation.kind == .unknownMember("modelId"))
    }

    @Test("a missing required member is reported, and null counts as missing")
    func missingRequired() throws {
        let violations = try converseViolations(#"{"messages": [{"content": [{"text": "hi"}]}, {"role": "user", "content": null}]}"#)
        #expect(violations.contains(Violation(path: "$.messages[0]", kind: .missingRequiredMember("role"), shape: "Message")))
        #expect(violations.contains(Violation(path: "$.messages[1]", kind: .missingRequiredMember("content"), shape: "Message")))
        #expect(violations.count == 2)
    }

    @Test("wrong JSON kinds are type mismatches")
    func wrongTypes() throws {
        let violations = try converseViolations(
            #"{"messages": {}, "inferenceConfig": {"maxTokens": "100", "temperature": true}, "system": [{"text": 5}]}"#)
        #expect(violations.contains(Violation(path: "$.messages", kind: .typeMismatch(expected: .list, actual: "object"), shape: "Messages")))
        #expect(
            violations.contains(
                Violation(
                    path: "$.inferenceConfig.maxTokens", kind: .typeMismatch(expected: .integer, actual: "string"),
                    shape: "InferenceConfigurationMaxTokensInteger")))
        #expect(
            violations.contains(
                Violation(
                    path: "$.inferenceConfig.temperature", kind: .typeMismatch(expected: .float, actual: "boolean"),
                    shape: "InferenceConfigurationTemperatureFloat")))
        #expect(violations.contains(Violation(path: "$.system[0].text", kind: .typeMismatch(expected: .string, actual: "number"), shape: "NonEmptyString")))
        #expect(violations.count == 4)
    }

    @Test("integers must be whole numbers")
    func wholeNumbers() throws {
        let violation = try only(converseViolations(#"{"inferenceConfig": {"maxTokens": 10.5}}"#))
        #expect(violation.kind == .notAWholeNumber("10.5"))
        #expect(try converseViolations(#"{"inferenceConfig": {"maxTokens": 1e3}}"#) == [])
    }

    @Test("a value outside the enum is reported with the allowed values")
    func badEnum() throws {
        let violation = try only(converseViolations(#"{"messages": [{"role": "system", "content": [{"text": "hi"}]}]}"#))
        #expect(violation.path == "$.messages[0].role")
        #expect(violation.kind == .invalidEnumValue("system", allowed: ["user", "assistant"]))
    }

    @Test("a union with two members set, or none, is reported")
    func unionMemberCount() throws {
        let two = try only(
            converseViolations(#"{"messages": [{"role": "user", "content": [{"text": "hi", "cachePoint": {"type": "default"}}]}]}"#))
        #expect(two.path == "$.messages[0].content[0]")
        #expect(two.kind == .unionMemberCount(2))
        #expect(two.shape == "ContentBlock")
        let none = try only(converseViolations(#"{"toolConfig": {"tools": [{"toolSpec": {"name": "f", "inputSchema": {"json": {}}}}], "toolChoice": {}}}"#))
        #expect(none.path == "$.toolConfig.toolChoice")
        #expect(none.kind == .unionMemberCount(0))
    }

    @Test("string, list and map lengths are checked against min and max")
    func lengths() throws {
        let longName = String(repeating: "a", count: 65)
        let violations = try converseViolations(
            """
            {"toolConfig": {"tools": []},
             "system": [{"text": ""}],
             "messages": [{"role": "assistant", "content": [{"toolUse": {"toolUseId": "t", "name": "\(longName)", "input": {}}}]}]}
            """)
        #expect(violations.contains(Violation(path: "$.toolConfig.tools", kind: .lengthOutOfRange(length: 0, min: 1, max: nil), shape: "ToolConfigurationToolsList")))
        #expect(violations.contains(Violation(path: "$.system[0].text", kind: .lengthOutOfRange(length: 0, min: 1, max: nil), shape: "NonEmptyString")))
        #expect(
            violations.contains(
                Violation(path: "$.messages[0].content[0].toolUse.name", kind: .lengthOutOfRange(length: 65, min: 1, max: 64), shape: "ToolName")))
        #expect(violations.count == 3)

        let metadata = (0..<17).map { "\"k\($0)\": \"v\"" }.joined(separator: ", ")
        let tooMany = try only(converseViolations(#"{"requestMetadata": {\#(metadata)}}"#))
        #expect(tooMany.kind == .lengthOutOfRange(length: 17, min: 1, max: 16))
    }

    @Test("string length counts Unicode scalars, not UTF-16 units or bytes")
    func lengthInScalars() throws {
        // 64 scalars of 4 UTF-8 bytes each would be 256 bytes / 128 UTF-16 units; the pattern is
        // ignored to isolate the length rule.
        let name = String(repeating: "😀", count: 64)
        let body = #"{"messages": [{"role": "assistant", "content": [{"toolUse": {"toolUseId": "t", "name": "\#(name)", "input": {}}}]}]}"#
        #expect(try converseViolations(body, options: ValidationOptions(patternMatching: .ignore)) == [])
    }

    @Test("numbers are checked against min and max")
    func ranges() throws {
        let violations = try converseViolations(#"{"inferenceConfig": {"maxTokens": 0, "temperature": 1.5, "topP": -0.1}}"#)
        #expect(violations.contains(Violation(path: "$.inferenceConfig.maxTokens", kind: .valueOutOfRange(value: "0", min: "1", max: nil), shape: "InferenceConfigurationMaxTokensInteger")))
        #expect(violations.contains(Violation(path: "$.inferenceConfig.temperature", kind: .valueOutOfRange(value: "1.5", min: "0", max: "1"), shape: "InferenceConfigurationTemperatureFloat")))
        #expect(violations.contains(Violation(path: "$.inferenceConfig.topP", kind: .valueOutOfRange(value: "-0.1", min: "0", max: "1"), shape: "InferenceConfigurationTopPFloat")))
        #expect(violations.count == 3)
    }

    @Test("integers must fit their Smithy type")
    func integerTypeRange() throws {
        let violation = try only(converseViolations(#"{"inferenceConfig": {"maxTokens": 2147483648}}"#))
        #expect(violation.kind == .valueOutOfRange(value: "2147483648", min: "-2147483648", max: "2147483647"))
    }

    @Test("patterns must match the whole value by default, as AWS endpoints require")
    func patterns() throws {
        let body = #"{"toolConfig": {"tools": [{"toolSpec": {"name": "get weather", "inputSchema": {"json": {}}}}]}}"#
        let violation = try only(converseViolations(body))
        #expect(violation.path == "$.toolConfig.tools[0].toolSpec.name")
        #expect(violation.kind == .patternMismatch(pattern: "[a-zA-Z0-9_-]+"))
        #expect(try converseViolations(body, options: ValidationOptions(patternMatching: .search)) == [])
    }

    @Test("map keys are checked against the key shape")
    func mapKeys() throws {
        let violation = try only(converseViolations(#"{"requestMetadata": {"bad key!": "v"}}"#))
        #expect(violation.path == #"$.requestMetadata["bad key!"]"#)
        #expect(violation.shape == "RequestMetadataKeyString")
    }

    @Test("blobs must be base64 and their decoded length is checked")
    func blobs() throws {
        let invalid = try only(
            converseViolations(#"{"messages": [{"role": "user", "content": [{"image": {"format": "png", "source": {"bytes": "not base64!"}}}]}]}"#))
        #expect(invalid.path == "$.messages[0].content[0].image.source.bytes")
        #expect(invalid.kind == .invalidBase64)
        let empty = try only(
            converseViolations(#"{"messages": [{"role": "user", "content": [{"image": {"format": "png", "source": {"bytes": ""}}}]}]}"#))
        #expect(empty.kind == .lengthOutOfRange(length: 0, min: 1, max: nil))
    }

    @Test("documents accept any JSON value")
    func documents() throws {
        #expect(try converseViolations(#"{"additionalModelRequestFields": [1, {"a": null}, "x"]}"#) == [])
        #expect(try converseViolations(#"{"additionalModelRequestFields": "just a string"}"#) == [])
    }

    @Test("malformed JSON is one violation at the root")
    func malformedJSON() throws {
        let violation = try only(converseViolations(#"{"messages": [,]}"#))
        #expect(violation.path == "$")
        guard case .malformedJSON = violation.kind else {
            Issue.record("expected malformedJSON, got \(violation.kind)")
            return
        }
    }

    @Test("a key given twice is reported")
    func duplicateKeys() throws {
        let violation = try only(converseViolations(#"{"inferenceConfig": {"maxTokens": 1, "maxTokens": 2}}"#))
        #expect(violation.path == "$.inferenceConfig")
        #expect(violation.kind == .duplicateMember("maxTokens"))
    }

    @Test("CountTokens wraps a Converse-shaped input in a union")
    func countTokens() throws {
        let model = try ModelFixtures.bedrockRuntime
        let valid = #"{"input": {"converse": {"messages": [{"role": "user", "content": [{"text": "hi"}]}]}}}"#
        #expect(try model.validateRequestBody(operation: "CountTokens", body: Data(valid.utf8)) == [])
        let both = #"{"input": {"converse": {}, "invokeModel": {"body": "e30="}}}"#
        #expect(
            try model.validateRequestBody(operation: "CountTokens", body: Data(both.utf8))
                == [Violation(path: "$.input", kind: .unionMemberCount(2), shape: "CountTokensInput")])
        #expect(
            try model.validateRequestBody(operation: "CountTokens", body: Data("{}".utf8))
                == [Violation(path: "$", kind: .missingRequiredMember("input"), shape: "CountTokensRequest")])
    }
}
