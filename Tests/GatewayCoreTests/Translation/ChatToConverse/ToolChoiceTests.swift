import Testing

@testable import GatewayCore

@Suite("Chat → Converse: tool_choice and parallel_tool_calls")
struct ToolChoiceTests {
    typealias H = ChatToConverseHarness

    static func body(choice: String?, parallel: Bool? = nil) -> String {
        let choiceMember = choice.map { #","tool_choice":\#($0)"# } ?? ""
        let parallelMember = parallel.map { #","parallel_tool_calls":\#($0)"# } ?? ""
        return #"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}]\#(choiceMember)\#(parallelMember),"tools":[
          {"type":"function","function":{"name":"get_weather"}},{"type":"function","function":{"name":"get_time"}}]}
        """#
    }

    static func toolNames(_ wire: JSONValue) -> [String] {
        (wire["toolConfig"]?["tools"]?.arrayValue ?? []).compactMap { $0["toolSpec"]?["name"]?.stringValue }
    }

    @Test func absentChoiceSendsNoToolChoiceAndAutoSendsAuto() throws {
        #expect(try H.converse(Self.body(choice: nil))["toolConfig"]?["toolChoice"] == nil)
        #expect(try H.converse(Self.body(choice: #""auto""#))["toolConfig"]?["toolChoice"] == ["auto": [:]])
    }

    @Test func requiredBecomesAnyAndAutoForModelsWithoutAny() throws {
        #expect(try H.converse(Self.body(choice: #""required""#))["toolConfig"]?["toolChoice"] == ["any": [:]])
        let nova = try H.converse(Self.body(choice: #""required""#), model: H.Models.novaPro)
        #expect(nova["toolConfig"]?["toolChoice"] == ["any": [:]])
    }

    @Test func modelsWithoutForcedChoicesGetNoToolChoiceAtAll() throws {
        let required = try H.converse(Self.body(choice: #""required""#), model: H.Models.llama33)
        #expect(required["toolConfig"]?["toolChoice"] == nil)
        #expect(required["toolConfig"]?["tools"]?.arrayValue?.count == 2)
        let auto = try H.converse(Self.body(choice: #""auto""#), model: H.Models.llama33)
        #expect(auto["toolConfig"]?["toolChoice"] == nil)
    }

    @Test func namedFunctionBecomesTool() throws {
        let wire = try H.converse(Self.body(choice: #"{"type":"function","function":{"name":"get_time"}}"#))
        #expect(wire["toolConfig"]?["toolChoice"] == ["tool": ["name": "get_time"]])
        #expect(Self.toolNames(wire) == ["get_weather", "get_time"])
    }

    @Test func namedFunctionOnAModelWithAnyButNotToolNarrowsTheToolsAndSendsAny() throws {
        let wire = try H.converse(
            Self.body(choice: #"{"type":"function","function":{"name":"get_time"}}"#), model: H.Models.mistralLarge)
        #expect(wire["toolConfig"]?["toolChoice"] == ["any": [:]])
        #expect(Self.toolNames(wire) == ["get_time"])
    }

    @Test func namedFunctionOnAModelWithNeitherFallsBackToAuto() throws {
        let wire = try H.converse(
            Self.body(choice: #"{"type":"function","function":{"name":"get_time"}}"#), model: H.Models.llama33)
        #expect(wire["toolConfig"]?["toolChoice"] == nil)
        #expect(Self.toolNames(wire) == ["get_weather", "get_time"])
    }

    @Test func unknownNamedFunctionIsAnErrorNamingToolChoice() throws {
        let error = try H.error(Self.body(choice: #"{"type":"function","function":{"name":"nope"}}"#))
        #expect(error?.param == "tool_choice")
    }

    @Test func requiredWithoutToolsIsAnError() throws {
        let error = try H.error(#"{"model":"m","messages":[{"role":"user","content":"Hi"}],"tool_choice":"required"}"#)
        #expect(error?.param == "tool_choice")
    }

    @Test func noneOffersNoTools() throws {
        #expect(try H.converse(Self.body(choice: #""none""#))["toolConfig"] == nil)
    }

    @Test func parallelToolCallsFalseOnClaudeSendsAnthropicsDisableParallelToolUse() throws {
        let wire = try H.converse(Self.body(choice: #""auto""#, parallel: false))
        #expect(wire["toolConfig"]?["toolChoice"] == nil)
        #expect(wire["additionalModelRequestFields"] == ["tool_choice": ["type": "auto", "disable_parallel_tool_use": true]])
    }

    @Test func parallelToolCallsFalseIsNotSentNextToAForcedChoiceOrToOtherModels() throws {
        let forced = try H.converse(Self.body(choice: #""required""#, parallel: false))
        #expect(forced["toolConfig"]?["toolChoice"] == ["any": [:]])
        #expect(forced["additionalModelRequestFields"] == nil)
        let nova = try H.converse(Self.body(choice: nil, parallel: false), model: H.Models.novaPro)
        #expect(nova["additionalModelRequestFields"] == nil)
    }

    @Test func legacyFunctionCallNoneOffersNoTools() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"functions":[{"name":"f"}],"function_call":"none"}
        """#)
        #expect(wire["toolConfig"] == nil)
    }
}
