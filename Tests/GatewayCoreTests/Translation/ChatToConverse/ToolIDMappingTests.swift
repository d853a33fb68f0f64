import Testing

@testable import GatewayCore

@Suite("Chat → Converse: tool ids Bedrock accepts")
struct ToolIDMappingTests {
    typealias H = ChatToConverseHarness

    @Test func idsOutsideTheAllowedAlphabetAreRewrittenTheSameWayOnBothSides() throws {
        let wire = try H.converse(#"""
        {"model":"m","tools":[{"type":"function","function":{"name":"f"}}],"messages":[
          {"role":"user","content":"go"},
          {"role":"assistant","tool_calls":[{"id":"functions.f:0","type":"function","function":{"name":"f","arguments":"{}"}}]},
          {"role":"tool","tool_call_id":"functions.f:0","content":"done"}]}
        """#)
        let messages = try #require(wire["messages"]?.arrayValue)
        #expect(messages[1]["content"]?.arrayValue?.first?["toolUse"]?["toolUseId"] == "functions_f_0")
        #expect(messages[2]["content"]?.arrayValue?.first?["toolResult"]?["toolUseId"] == "functions_f_0")
    }

    @Test func idsReusedOnEveryTurnStayDistinctAndEachResultFindsItsOwnCall() throws {
        let wire = try H.converse(#"""
        {"model":"m","tools":[{"type":"function","function":{"name":"f"}}],"messages":[
          {"role":"user","content":"go"},
          {"role":"assistant","tool_calls":[{"id":"call_0","type":"function","function":{"name":"f","arguments":"{}"}}]},
          {"role":"tool","tool_call_id":"call_0","content":"one"},
          {"role":"assistant","tool_calls":[{"id":"call_0","type":"function","function":{"name":"f","arguments":"{}"}}]},
          {"role":"tool","tool_call_id":"call_0","content":"two"}]}
        """#)
        let messages = try #require(wire["messages"]?.arrayValue)
        #expect(messages[3]["content"]?.arrayValue?.first?["toolUse"]?["toolUseId"] == "call_0_2")
        #expect(messages[4]["content"]?.arrayValue?.first?["toolResult"]?["toolUseId"] == "call_0_2")
        #expect(messages[2]["content"]?.arrayValue?.first?["toolResult"]?["toolUseId"] == "call_0")
    }

    @Test func overLongIdsAreCutToBedrocksSixtyFourCharactersWithoutColliding() {
        let a = String(repeating: "x", count: 80) + "a"
        let b = String(repeating: "x", count: 80) + "b"
        var registry = ToolCallRegistry()
        let first = registry.registerToolCall(id: a, name: "f", param: "p")
        let second = registry.registerToolCall(id: b, name: "f", param: "p")
        #expect(first.count == 64 && second.count == 64)
        #expect(first != second)
        #expect(registry.answerToolCall(id: b)?.bedrockID == second)
    }
}
