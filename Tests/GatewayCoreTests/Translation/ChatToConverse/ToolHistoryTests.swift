import Testing

@testable import GatewayCore

@Suite("Chat → Converse: tool calls and tool results in history")
struct ToolHistoryTests {
    typealias H = ChatToConverseHarness

    static let tools = #"""
    "tools":[{"type":"function","function":{"name":"get_weather","description":"Current weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}},
             {"type":"function","function":{"name":"get_time","parameters":{"type":"object","properties":{}}}}]
    """#

    @Test func assistantToolCallsBecomeToolUseAfterTheTextAndResultsShareTheNextUserTurn() throws {
        let wire = try H.converse(#"""
        {"model":"m",\#(Self.tools),"messages":[
          {"role":"user","content":"Weather and time in Paris?"},
          {"role":"assistant","content":"Let me check.","tool_calls":[
            {"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
            {"id":"call_2","type":"function","function":{"name":"get_time","arguments":""}}]},
          {"role":"tool","tool_call_id":"call_1","content":"{\"temp\":21}"},
          {"role":"tool","tool_call_id":"call_2","content":"14:05"},
          {"role":"user","content":"And tomorrow?"}]}
        """#)
        #expect(wire["messages"] == [
            ["role": "user", "content": [["text": "Weather and time in Paris?"]]],
            ["role": "assistant", "content": [
                ["text": "Let me check."],
                ["toolUse": ["toolUseId": "call_1", "name": "get_weather", "input": ["city": "Paris"]]],
                ["toolUse": ["toolUseId": "call_2", "name": "get_time", "input": [:]]],
            ]],
            ["role": "user", "content": [
                ["toolResult": ["toolUseId": "call_1", "content": [["text": #"{"temp":21}"#]]]],
                ["toolResult": ["toolUseId": "call_2", "content": [["text": "14:05"]]]],
                ["text": "And tomorrow?"],
            ]],
        ])
    }

    @Test func toolResultsComeFirstEvenWhenAUserMessageArrivedBeforeThem() throws {
        let wire = try H.converse(#"""
        {"model":"m",\#(Self.tools),"messages":[
          {"role":"user","content":"Time?"},
          {"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"get_time","arguments":"{}"}}]},
          {"role":"user","content":"Hurry up."},
          {"role":"tool","tool_call_id":"c1","content":"14:05"}]}
        """#)
        #expect(wire["messages"]?.arrayValue?.last == ["role": "user", "content": [
            ["toolResult": ["toolUseId": "c1", "content": [["text": "14:05"]]]],
            ["text": "Hurry up."],
        ]])
    }

    @Test func invalidJSONArgumentsAreAnErrorNamingTheArguments() throws {
        let error = try H.error(#"""
        {"model":"m",\#(Self.tools),"messages":[
          {"role":"user","content":"Time?"},
          {"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"get_time","arguments":"{not json"}}]},
          {"role":"tool","tool_call_id":"c1","content":"14:05"}]}
        """#)
        #expect(error?.param == "messages[1].tool_calls[0].function.arguments")
    }

    @Test func argumentsThatAreNotAnObjectAreAnError() throws {
        let error = try H.error(#"""
        {"model":"m",\#(Self.tools),"messages":[
          {"role":"user","content":"Time?"},
          {"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"get_time","arguments":"[1,2]"}}]},
          {"role":"tool","tool_call_id":"c1","content":"14:05"}]}
        """#)
        #expect(error?.param == "messages[1].tool_calls[0].function.arguments")
    }

    @Test func toolMessageAnsweringNoEarlierCallIsAnErrorNamingItsToolCallID() throws {
        let error = try H.error(#"""
        {"model":"m",\#(Self.tools),"messages":[
          {"role":"user","content":"Time?"},
          {"role":"tool","tool_call_id":"call_missing","content":"14:05"}]}
        """#)
        #expect(error?.param == "messages[1].tool_call_id")
    }

    @Test func toolCallWithoutAResultIsAnErrorNamingTheCall() throws {
        let error = try H.error(#"""
        {"model":"m",\#(Self.tools),"messages":[
          {"role":"user","content":"Time?"},
          {"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"get_time","arguments":"{}"}}]},
          {"role":"user","content":"Never mind."}]}
        """#)
        #expect(error?.param == "messages[1].tool_calls[0]")
    }

    @Test func legacyFunctionCallAndFunctionResultMapLikeToolsWithASynthesisedID() throws {
        let wire = try H.converse(#"""
        {"model":"m","functions":[{"name":"get_time","parameters":{"type":"object","properties":{}}}],"messages":[
          {"role":"user","content":"Time?"},
          {"role":"assistant","content":null,"function_call":{"name":"get_time","arguments":"{}"}},
          {"role":"function","name":"get_time","content":"14:05"}]}
        """#)
        #expect(wire["messages"] == [
            ["role": "user", "content": [["text": "Time?"]]],
            ["role": "assistant", "content": [["toolUse": ["toolUseId": "call_1_get_time", "name": "get_time", "input": [:]]]]],
            ["role": "user", "content": [["toolResult": ["toolUseId": "call_1_get_time", "content": [["text": "14:05"]]]]]],
        ])
        #expect(wire["toolConfig"]?["tools"]?.arrayValue?.count == 1)
    }

    @Test func functionResultWithoutAnEarlierFunctionCallIsAnError() throws {
        let error = try H.error(#"""
        {"model":"m","messages":[{"role":"user","content":"Time?"},{"role":"function","name":"get_time","content":"14:05"}]}
        """#)
        #expect(error?.param == "messages[1].name")
    }
}
