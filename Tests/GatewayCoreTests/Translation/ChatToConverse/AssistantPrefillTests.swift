import Testing

@testable import GatewayCore

@Suite("Chat → Converse: conversations ending with the assistant")
struct AssistantPrefillTests {
    typealias H = ChatToConverseHarness

    static let prefill = #"""
    {"model":"m","messages":[{"role":"user","content":"Give me JSON."},{"role":"assistant","content":"{\"answer\": "}]}
    """#

    @Test func prefillIsSentWithTrailingWhitespaceTrimmedWhereAllowed() throws {
        let wire = try H.converse(Self.prefill)
        #expect(wire["messages"]?.arrayValue?.last == ["role": "assistant", "content": [["text": #"{"answer":"#]]])
    }

    @Test func modelsWithoutPrefillRejectItNamingMessages() throws {
        let error = try H.error(Self.prefill, model: H.Models.deepSeekR1)
        #expect(error?.param == "messages")
    }
}
