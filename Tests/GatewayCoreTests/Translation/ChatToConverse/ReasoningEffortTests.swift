import Testing

@testable import GatewayCore

@Suite("Chat → Converse: reasoning_effort")
struct ReasoningEffortTests {
    typealias H = ChatToConverseHarness

    static func body(_ parameters: String, messages: String = #"{"role":"user","content":"Prove it."}"#) -> String {
        #"{"model":"m","messages":[\#(messages)],\#(parameters)}"#
    }

    @Test func claudeThinkingGetsABudgetOutOfTheClientsLimit() throws {
        let wire = try H.converse(
            Self.body(#""reasoning_effort":"medium","max_completion_tokens":20000"#), model: H.Models.claude37Sonnet)
        #expect(wire["additionalModelRequestFields"] == ["thinking": ["type": "enabled", "budget_tokens": 8192]])
        #expect(wire["inferenceConfig"] == ["maxTokens": 20000])
    }

    @Test func claudeThinkingWithoutALimitUsesTheModelsOutputLimit() throws {
        let wire = try H.converse(Self.body(#""reasoning_effort":"high""#), model: H.Models.claude37Sonnet)
        #expect(wire["additionalModelRequestFields"] == ["thinking": ["type": "enabled", "budget_tokens": 16384]])
        #expect(wire["inferenceConfig"] == ["maxTokens": 64000])
    }

    @Test func claudeThinkingDropsTemperatureAndTopPBelowPointNineFive() throws {
        let low = try H.converse(
            Self.body(#""reasoning_effort":"low","max_tokens":4000,"temperature":0.2,"top_p":0.5"#), model: H.Models.claude37Sonnet)
        #expect(low["inferenceConfig"] == ["maxTokens": 4000])
        let high = try H.converse(
            Self.body(#""reasoning_effort":"low","max_tokens":4000,"top_p":0.97"#), model: H.Models.claude37Sonnet)
        #expect(high["inferenceConfig"] == ["maxTokens": 4000, "topP": 0.97])
    }

    @Test func claudeThinkingTurnsAForcedToolChoiceIntoAuto() throws {
        let wire = try H.converse(Self.body(
            #""reasoning_effort":"low","tool_choice":"required","tools":[{"type":"function","function":{"name":"f"}}]"#),
            model: H.Models.claude37Sonnet)
        #expect(wire["toolConfig"]?["toolChoice"] == ["auto": [:]])
    }

    @Test func claudeThinkingRemovesTopKFromExtraFields() throws {
        let wire = try H.converse(Self.body(#""reasoning_effort":"low","top_k":40"#), model: H.Models.claude37Sonnet)
        #expect(wire["additionalModelRequestFields"]?["top_k"] == nil)
        #expect(wire["additionalModelRequestFields"]?["thinking"] != nil)
    }

    @Test func noneSendsNoThinking() throws {
        let wire = try H.converse(Self.body(#""reasoning_effort":"none","temperature":0.2"#), model: H.Models.claude37Sonnet)
        #expect(wire["additionalModelRequestFields"] == nil)
        #expect(wire["inferenceConfig"] == ["temperature": 0.2])
    }

    @Test func thinkingIsNotEnabledWhileTheLastAssistantTurnUsesTools() throws {
        let wire = try H.converse(Self.body(
            #""reasoning_effort":"high","tools":[{"type":"function","function":{"name":"f"}}]"#,
            messages: #"""
            {"role":"user","content":"go"},
            {"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]},
            {"role":"tool","tool_call_id":"c1","content":"done"}
            """#), model: H.Models.claude37Sonnet)
        #expect(wire["additionalModelRequestFields"] == nil)
    }

    @Test func prefillWithThinkingIsAnErrorNamingMessages() throws {
        let error = try H.error(Self.body(
            #""reasoning_effort":"low""#,
            messages: #"{"role":"user","content":"Write JSON."},{"role":"assistant","content":"{"}"#),
            model: H.Models.claude37Sonnet)
        #expect(error?.param == "messages")
    }

    @Test func novaTwoGetsReasoningConfigAndDropsSampling() throws {
        let medium = try H.converse(
            Self.body(#""reasoning_effort":"minimal","max_tokens":3000,"temperature":0.3,"top_p":0.9"#), model: H.Models.nova2Lite)
        #expect(medium["additionalModelRequestFields"] == ["reasoningConfig": ["type": "enabled", "maxReasoningEffort": "low"]])
        #expect(medium["inferenceConfig"] == ["maxTokens": 3000])
        let high = try H.converse(Self.body(#""reasoning_effort":"xhigh","max_tokens":3000,"stop":["END"]"#), model: H.Models.nova2Lite)
        #expect(high["additionalModelRequestFields"] == ["reasoningConfig": ["type": "enabled", "maxReasoningEffort": "high"]])
        #expect(high["inferenceConfig"] == ["stopSequences": ["END"]])
    }

    @Test func gptOssGetsReasoningEffort() throws {
        let wire = try H.converse(Self.body(#""reasoning_effort":"xhigh""#), model: H.Models.gptOss)
        #expect(wire["additionalModelRequestFields"] == ["reasoning_effort": "high"])
    }

    @Test func modelsThatAlwaysReasonOrNeverDoIgnoreTheSetting() throws {
        #expect(try H.converse(Self.body(#""reasoning_effort":"high""#), model: H.Models.deepSeekR1)["additionalModelRequestFields"] == nil)
        #expect(try H.converse(Self.body(#""reasoning_effort":"high""#), model: H.Models.novaPro)["additionalModelRequestFields"] == nil)
    }

    @Test func extraFieldsWinOverTheMapping() throws {
        let wire = try H.converse(
            Self.body(#""reasoning_effort":"high","max_tokens":30000,"thinking":{"budget_tokens":2048}"#),
            model: H.Models.claude37Sonnet)
        #expect(wire["additionalModelRequestFields"] == ["thinking": ["type": "enabled", "budget_tokens": 2048]])
    }
}
