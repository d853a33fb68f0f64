import Testing

@testable import GatewayCore

@Suite("Chat → Converse: audio parts")
struct UserAudioTests {
    @Test func inputAudioIsUnsupportedContentNamingThePart() throws {
        let error = try ChatToConverseHarness.error(#"""
        {"model":"m","messages":[{"role":"user","content":[
          {"type":"text","text":"Transcribe"},{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"wav"}}]}]}
        """#, model: ChatToConverseHarness.Models.novaPro)
        #expect(error?.param == "messages[0].content[1]")
        #expect(error?.code == "unsupported_content")
    }
}
