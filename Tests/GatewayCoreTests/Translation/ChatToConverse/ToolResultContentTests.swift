import Testing

@testable import GatewayCore

@Suite("Chat → Converse: tool result content")
struct ToolResultContentTests {
    typealias H = ChatToConverseHarness

    static func conversation(result: String) -> String {
        #"""
        {"model":"m","tools":[{"type":"function","function":{"name":"lookup"}}],"messages":[
          {"role":"user","content":"go"},
          {"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"lookup","arguments":"{}"}}]},
          {"role":"tool","tool_call_id":"c1","content":\#(result)}]}
        """#
    }

    static func resultContent(_ wire: JSONValue) -> JSONValue? {
        wire["messages"]?.arrayValue?.last?["content"]?.arrayValue?.first?["toolResult"]?["content"]
    }

    @Test func jsonResultStaysTextExactlyAsTheToolProducedIt() throws {
        let wire = try H.converse(Self.conversation(result: #""{\"rows\": [1, 2]}""#))
        #expect(Self.resultContent(wire) == [["text": #"{"rows": [1, 2]}"#]])
    }

    @Test func textPartsBecomeOneTextBlockEach() throws {
        let wire = try H.converse(Self.conversation(result: #"[{"type":"text","text":"line 1"},{"type":"text","text":"line 2"}]"#))
        #expect(Self.resultContent(wire) == [["text": "line 1"], ["text": "line 2"]])
    }

    @Test func emptyResultIsSentAsTheDocumentedPlaceholder() throws {
        let wire = try H.converse(Self.conversation(result: #""""#))
        #expect(Self.resultContent(wire) == [["text": "(no output)"]])
    }

    @Test func statusIsLeftUnset() throws {
        let wire = try H.converse(Self.conversation(result: #""Error: not found""#))
        let result = wire["messages"]?.arrayValue?.last?["content"]?.arrayValue?.first?["toolResult"]
        #expect(result?["status"] == nil)
    }

    @Test func modelsThatTakeOnlyTextToolResultsGetText() throws {
        let wire = try H.converse(Self.conversation(result: #""{\"a\":1}""#), model: H.Models.llama33)
        #expect(Self.resultContent(wire) == [["text": #"{"a":1}"#]])
    }
}
