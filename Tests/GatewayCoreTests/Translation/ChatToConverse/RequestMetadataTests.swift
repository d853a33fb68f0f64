import Testing

@testable import GatewayCore

@Suite("Chat → Converse: user, metadata and requestMetadata")
struct RequestMetadataTests {
    typealias H = ChatToConverseHarness

    @Test func metadataAndUserBecomeRequestMetadata() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"user":"user-42","metadata":{"team":"search","ticket":"ABC-1"}}
        """#)
        #expect(wire["requestMetadata"] == ["team": "search", "ticket": "ABC-1", "user": "user-42"])
    }

    @Test func entriesBedrockWouldRejectAreLeftOut() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"user":"José","metadata":{"ok":"yes","bad?":"x","emoji":"🙂"}}
        """#)
        #expect(wire["requestMetadata"] == ["ok": "yes"])
    }

    @Test func explicitRequestMetadataReplacesTheMapping() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"user":"u1","requestMetadata":{"costCenter":"cc-9"}}
        """#)
        #expect(wire["requestMetadata"] == ["costCenter": "cc-9"])
        #expect(wire["additionalModelRequestFields"] == nil)
    }

    @Test func invalidExplicitRequestMetadataIsAnErrorNamingTheEntry() throws {
        let error = try H.error(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"request_metadata":{"k":"ünicode"}}
        """#)
        #expect(error?.param == "request_metadata.k")
    }
}
