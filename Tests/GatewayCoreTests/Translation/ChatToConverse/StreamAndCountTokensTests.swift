import Testing

@testable import GatewayCore

@Suite("Chat → ConverseStream and CountTokens")
struct StreamAndCountTokensTests {
    typealias H = ChatToConverseHarness

    @Test func streamRequestCarriesTheSameBodyAndTheGuardrailProcessingMode() throws {
        let body = #"""
        {"model":"m","stream":true,"messages":[{"role":"system","content":"S"},{"role":"user","content":"Hi"}],"max_tokens":50,
         "guardrailConfig":{"guardrailIdentifier":"gr1","guardrailVersion":"DRAFT","streamProcessingMode":"async"}}
        """#
        let stream = try H.converseStream(body)
        #expect(stream["guardrailConfig"] == ["guardrailIdentifier": "gr1", "guardrailVersion": "DRAFT", "streamProcessingMode": "async"])
        let converse = try H.converse(body)
        #expect(converse["guardrailConfig"] == ["guardrailIdentifier": "gr1", "guardrailVersion": "DRAFT"])
        #expect(stream["messages"] == converse["messages"] && stream["system"] == converse["system"])
        #expect(stream["inferenceConfig"] == ["maxTokens": 50])
    }

    @Test func countTokensInputHoldsThePromptOfTheConverseRequest() throws {
        let request = try H.request(#"""
        {"model":"m","messages":[{"role":"system","content":"S"},{"role":"user","content":"Hi"}],
         "tools":[{"type":"function","function":{"name":"f"}}],"max_tokens":10}
        """#)
        let converse = try ChatToConverse.translate(request, model: H.Models.claudeSonnet45, options: TranslationOptions())
        let wire = try H.checked(ChatToConverse.countTokensRequest(for: converse), operation: "CountTokens")
        #expect(wire["input"]?["converse"]?["system"] == [["text": "S"]])
        #expect(wire["input"]?["converse"]?["messages"] == [["role": "user", "content": [["text": "Hi"]]]])
        #expect(wire["input"]?["converse"]?["toolConfig"] != nil)
        #expect(wire["input"]?["converse"]?["inferenceConfig"] == nil)
    }
}
