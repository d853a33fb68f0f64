import Testing

@testable import GatewayCore

@Suite("Chat → Converse: system and developer messages")
struct SystemPromptTests {
    typealias H = ChatToConverseHarness

    @Test func systemAndDeveloperMessagesBecomeSystemBlocksInOrderWhereverTheyAppear() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[
          {"role":"system","content":"You are terse."},
          {"role":"user","content":"Hi"},
          {"role":"developer","content":[{"type":"text","text":"Answer in French."},{"type":"text","text":"  "}]},
          {"role":"assistant","content":"Bonjour"},
          {"role":"system","content":"Never use emoji."},
          {"role":"user","content":"Ça va ?"}]}
        """#)
        #expect(wire["system"] == [["text": "You are terse."], ["text": "Answer in French."], ["text": "Never use emoji."]])
        #expect(wire["messages"] == [
            ["role": "user", "content": [["text": "Hi"]]],
            ["role": "assistant", "content": [["text": "Bonjour"]]],
            ["role": "user", "content": [["text": "Ça va ?"]]],
        ])
    }

    @Test func modelWithoutSystemPromptGetsTheSystemTextAtTheStartOfTheFirstUserTurn() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[
          {"role":"system","content":"You are terse."},
          {"role":"user","content":"Hi"}]}
        """#, model: H.Models.titanExpress)
        #expect(wire["system"] == nil)
        #expect(wire["messages"] == [["role": "user", "content": [["text": "You are terse."], ["text": "Hi"]]]])
    }

    @Test func modelWithoutSystemPromptAndAnAssistantOpeningGetsAUserTurnHoldingTheSystemText() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[
          {"role":"system","content":"Be nice."},
          {"role":"assistant","content":"How can I help?"},
          {"role":"user","content":"Hi"}]}
        """#, model: H.Models.titanExpress)
        #expect(wire["messages"] == [
            ["role": "user", "content": [["text": "Be nice."]]],
            ["role": "assistant", "content": [["text": "How can I help?"]]],
            ["role": "user", "content": [["text": "Hi"]]],
        ])
    }

    @Test func blankSystemMessagesAreDropped() throws {
        let wire = try H.converse(#"{"model":"m","messages":[{"role":"system","content":" \n"},{"role":"user","content":"Hi"}]}"#)
        #expect(wire["system"] == nil)
    }
}
