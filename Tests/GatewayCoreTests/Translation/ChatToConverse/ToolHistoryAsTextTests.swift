import Testing

@testable import GatewayCore

@Suite("Chat → Converse: tool history when no tools are offered")
struct ToolHistoryAsTextTests {
    typealias H = ChatToConverseHarness

    static let history = #"""
      {"role":"user","content":"Weather in Paris?"},
      {"role":"assistant","content":"Checking.","tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},
      {"role":"tool","tool_call_id":"call_1","content":"{\"temp\":21}"},
      {"role":"assistant","content":"It is 21 °C."},
      {"role":"user","content":"Summarise our chat."}
    """#

    static let expectedMessages: JSONValue = [
        ["role": "user", "content": [["text": "Weather in Paris?"]]],
        ["role": "assistant", "content": [
            ["text": "Checking."],
            ["text": #"Called tool get_weather (call id call_1) with arguments: {"city":"Paris"}"#],
        ]],
        ["role": "user", "content": [["text": "Result of tool get_weather (call id call_1):\n{\"temp\":21}"]]],
        ["role": "assistant", "content": [["text": "It is 21 °C."]]],
        ["role": "user", "content": [["text": "Summarise our chat."]]],
    ]

    @Test func historyWithoutToolsIsSentAsTextAndNoToolConfig() throws {
        let wire = try H.converse(#"{"model":"m","messages":[\#(Self.history)]}"#)
        #expect(wire["toolConfig"] == nil)
        #expect(wire["messages"] == Self.expectedMessages)
    }

    @Test func toolChoiceNoneSendsNoToolsAndTheHistoryAsText() throws {
        let wire = try H.converse(#"""
        {"model":"m","tool_choice":"none",
         "tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}],
         "messages":[\#(Self.history)]}
        """#)
        #expect(wire["toolConfig"] == nil)
        #expect(wire["messages"] == Self.expectedMessages)
    }

    @Test func toolChoiceNoneWithoutHistoryJustOffersNoTools() throws {
        let wire = try H.converse(#"""
        {"model":"m","tool_choice":"none","tools":[{"type":"function","function":{"name":"f"}}],
         "messages":[{"role":"user","content":"Hi"}]}
        """#)
        #expect(wire["toolConfig"] == nil)
    }

    @Test func historyWithToolsWorksOnAModelWithoutToolUseWhenNoToolsAreOffered() throws {
        let wire = try H.converse(#"{"model":"m","messages":[\#(Self.history)]}"#, model: H.Models.deepSeekR1)
        #expect(wire["messages"] == Self.expectedMessages)
    }
}
