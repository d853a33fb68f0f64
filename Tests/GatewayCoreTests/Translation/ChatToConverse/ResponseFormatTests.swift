import Testing

@testable import GatewayCore

@Suite("Chat → Converse: response_format")
struct ResponseFormatTests {
    typealias H = ChatToConverseHarness

    static let schemaFormat = #"""
    "response_format":{"type":"json_schema","json_schema":{"name":"person","description":"A person","strict":true,
      "schema":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"],"additionalProperties":false}}}
    """#

    @Test func jsonSchemaBecomesStructuredOutputForModelsThatSupportIt() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"Invent a person."}],\#(Self.schemaFormat)}
        """#, model: H.Models.claudeSonnet45)
        #expect(wire["outputConfig"] == ["textFormat": [
            "type": "json_schema",
            "structure": ["jsonSchema": [
                "schema": #"{"additionalProperties":false,"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}"#,
                "name": "person", "description": "A person",
            ]],
        ]])
        #expect(wire["system"] == nil)
    }

    @Test func jsonSchemaFallsBackToASystemInstructionElsewhere() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"system","content":"Be creative."},{"role":"user","content":"Invent a person."}],\#(Self.schemaFormat)}
        """#, model: H.Models.novaPro)
        #expect(wire["outputConfig"] == nil)
        #expect(wire["system"] == [
            ["text": "Be creative."],
            ["text": .string("""
                Respond with a single valid JSON object that conforms to the following JSON Schema and nothing else: no prose before or after it and no Markdown code fences.
                Schema name: person
                Schema description: A person
                JSON Schema: {"additionalProperties":false,"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"}
                """)],
        ])
    }

    @Test func jsonObjectBecomesTheDocumentedSystemInstruction() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"List three colours."}],"response_format":{"type":"json_object"}}
        """#)
        #expect(wire["system"] == [["text": "Respond with a single valid JSON object and nothing else: no prose before or after it and no Markdown code fences."]])
    }

    @Test func instructionGoesIntoTheFirstUserTurnForModelsWithoutSystemPrompt() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"List three colours."}],"response_format":{"type":"json_object"}}
        """#, model: H.Models.titanExpress)
        #expect(wire["messages"]?.arrayValue?.first?["content"]?.arrayValue?.count == 2)
        #expect(wire["system"] == nil)
    }

    @Test func textFormatSendsNothing() throws {
        let wire = try H.converse(#"{"model":"m","messages":[{"role":"user","content":"Hi"}],"response_format":{"type":"text"}}"#)
        #expect(wire["system"] == nil && wire["outputConfig"] == nil)
    }
}
