import Testing

@testable import GatewayCore

@Suite("Chat → Converse: prompt caching")
struct PromptCachingTests {
    typealias H = ChatToConverseHarness

    static let conversation = #"""
    {"role":"system","content":"Long instructions."},
    {"role":"user","content":"Q1"},
    {"role":"assistant","content":"A1"},
    {"role":"user","content":"Q2"}
    """#

    static let caching = TranslationOptions(enablePromptCaching: true)

    @Test func cachePointsGoAfterTheSystemPromptAndAtTheEndOfTheLastUserTurn() throws {
        let wire = try H.converse(#"{"model":"m","messages":[\#(Self.conversation)]}"#, model: H.Models.claude37Sonnet, options: Self.caching)
        #expect(wire["system"] == [["text": "Long instructions."], ["cachePoint": ["type": "default"]]])
        #expect(wire["messages"]?.arrayValue?.last == ["role": "user", "content": [["text": "Q2"], ["cachePoint": ["type": "default"]]]])
        #expect(wire["messages"]?.arrayValue?.first == ["role": "user", "content": [["text": "Q1"]]])
    }

    @Test func requestCanOptInAndOut() throws {
        let optIn = try H.converse(
            #"{"model":"m","prompt_caching":true,"messages":[\#(Self.conversation)]}"#, model: H.Models.novaPro)
        #expect(optIn["system"]?.arrayValue?.count == 2)
        let optOut = try H.converse(
            #"{"model":"m","prompt_caching":false,"messages":[\#(Self.conversation)]}"#, model: H.Models.novaPro,
            options: Self.caching)
        #expect(optOut["system"] == [["text": "Long instructions."]])
        #expect(optOut["additionalModelRequestFields"] == nil)
    }

    @Test func modelsWithoutPromptCachingNeverGetCachePoints() throws {
        let wire = try H.converse(#"{"model":"m","messages":[\#(Self.conversation)]}"#, model: H.Models.claude3Haiku, options: Self.caching)
        #expect(wire["system"] == [["text": "Long instructions."]])
        #expect(wire["messages"]?.arrayValue?.last == ["role": "user", "content": [["text": "Q2"]]])
    }

    @Test func withoutASystemPromptOnlyTheLastUserTurnIsMarked() throws {
        let wire = try H.converse(#"{"model":"m","messages":[{"role":"user","content":"Q"}]}"#, model: H.Models.claude35Haiku, options: Self.caching)
        #expect(wire["system"] == nil)
        #expect(wire["messages"] == [["role": "user", "content": [["text": "Q"], ["cachePoint": ["type": "default"]]]]])
    }

    @Test func nonBooleanPromptCachingIsAnError() throws {
        #expect(try H.error(#"{"model":"m","prompt_caching":"yes","messages":[{"role":"user","content":"Q"}]}"#)?.param == "prompt_caching")
    }
}
