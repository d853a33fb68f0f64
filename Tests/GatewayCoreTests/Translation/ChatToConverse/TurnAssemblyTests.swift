import Testing

@testable import GatewayCore

@Suite("Chat → Converse: alternating turns")
struct TurnAssemblyTests {
    typealias H = ChatToConverseHarness

    @Test func consecutiveMessagesOfOneRoleAreMergedInOrder() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[
          {"role":"user","content":"First."},
          {"role":"user","content":[{"type":"text","text":"Second."},{"type":"text","text":"Third."}]},
          {"role":"assistant","content":"A"},
          {"role":"assistant","content":"B"},
          {"role":"user","content":"C"}]}
        """#)
        #expect(wire["messages"] == [
            ["role": "user", "content": [["text": "First."], ["text": "Second."], ["text": "Third."]]],
            ["role": "assistant", "content": [["text": "A"], ["text": "B"]]],
            ["role": "user", "content": [["text": "C"]]],
        ])
    }

    @Test func conversationStartingWithTheAssistantGetsTheDocumentedUserTurnFirst() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[
          {"role":"assistant","content":"Hello! How can I help?"},
          {"role":"user","content":"Tell me a joke."}]}
        """#)
        #expect(ChatToConverse.conversationStartText == "(start of conversation)")
        #expect(wire["messages"] == [
            ["role": "user", "content": [["text": "(start of conversation)"]]],
            ["role": "assistant", "content": [["text": "Hello! How can I help?"]]],
            ["role": "user", "content": [["text": "Tell me a joke."]]],
        ])
    }

    @Test func systemOnlyRequestGetsTheStartTurnSoBedrockHasAMessage() throws {
        let wire = try H.converse(#"{"model":"m","messages":[{"role":"system","content":"Write a haiku."}]}"#)
        #expect(wire["messages"] == [["role": "user", "content": [["text": "(start of conversation)"]]]])
    }

    @Test func blankTextIsDroppedAndEmptyMessagesAddNothing() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[
          {"role":"user","content":"Hi"},
          {"role":"assistant","content":""},
          {"role":"user","content":[{"type":"text","text":"   "},{"type":"text","text":"again"}]}]}
        """#)
        #expect(wire["messages"] == [["role": "user", "content": [["text": "Hi"], ["text": "again"]]]])
    }

    @Test func participantNamesAreNotSent() throws {
        let wire = try H.converse(#"{"model":"m","messages":[{"role":"user","name":"alice","content":"Hi"}]}"#)
        #expect(wire["messages"] == [["role": "user", "content": [["text": "Hi"]]]])
    }

    @Test func assistantRefusalInHistoryIsSentAsText() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[
          {"role":"user","content":"Do something bad."},
          {"role":"assistant","content":null,"refusal":"I can't help with that."},
          {"role":"user","content":"OK, something good then."}]}
        """#)
        #expect(wire["messages"]?.arrayValue?[1] == ["role": "assistant", "content": [["text": "I can't help with that."]]])
    }

    @Test func reasoningContentWithoutASignatureIsDropped() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[
          {"role":"user","content":"2+2?"},
          {"role":"assistant","content":"4","reasoning_content":"Adding two and two."},
          {"role":"user","content":"Thanks"}]}
        """#, model: H.Models.claude37Sonnet)
        #expect(wire["messages"]?.arrayValue?[1] == ["role": "assistant", "content": [["text": "4"]]])
    }
}
