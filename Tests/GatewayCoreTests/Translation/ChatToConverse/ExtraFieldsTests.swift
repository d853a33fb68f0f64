import Testing

@testable import GatewayCore

@Suite("Chat → Converse: extra fields and the gateway's control keys")
struct ExtraFieldsTests {
    typealias H = ChatToConverseHarness

    @Test func unknownMembersAreDeepMergedIntoAdditionalModelRequestFields() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"top_k":50,
         "anthropic_beta":["context-1m-2025-08-07"],
         "additionalModelRequestFields":{"inferenceConfig":{"topK":20}},
         "inferenceConfig":{"other":1}}
        """#)
        #expect(wire["additionalModelRequestFields"] == [
            "top_k": 50, "anthropic_beta": ["context-1m-2025-08-07"], "inferenceConfig": ["other": 1, "topK": 20],
        ])
    }

    @Test func passThroughOffDropsUnknownMembersButKeepsControlKeys() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"top_k":50,"performance_config":{"latency":"optimized"}}
        """#, options: TranslationOptions(passThroughExtraFields: false))
        #expect(wire["additionalModelRequestFields"] == nil)
        #expect(wire["performanceConfig"] == ["latency": "optimized"])
    }

    @Test func controlKeysGoToTheirTypedConverseFields() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],
         "guardrail_config":{"guardrail_identifier":"abc123xyz","guardrail_version":"2","trace":"enabled"},
         "performanceConfig":{"latency":"standard"},
         "additionalModelResponseFieldPaths":["/stop_sequence"]}
        """#)
        #expect(wire["guardrailConfig"] == ["guardrailIdentifier": "abc123xyz", "guardrailVersion": "2", "trace": "enabled"])
        #expect(wire["performanceConfig"] == ["latency": "standard"])
        #expect(wire["additionalModelResponseFieldPaths"] == ["/stop_sequence"])
        #expect(wire["additionalModelRequestFields"] == nil)
    }

    @Test func malformedGuardrailIsAnErrorNamingTheMember() throws {
        let error = try H.error(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"guardrailConfig":{"guardrailIdentifier":"abc","guardrailVersion":"latest"}}
        """#)
        #expect(error?.param == "guardrailConfig.guardrailVersion")
    }

    @Test func malformedPerformanceConfigIsAnError() throws {
        let error = try H.error(#"{"model":"m","messages":[{"role":"user","content":"Hi"}],"performanceConfig":{"latency":"fast"}}"#)
        #expect(error?.param == "performanceConfig.latency")
    }

    @Test func tooManyResponseFieldPathsIsAnError() throws {
        let paths = (1...11).map { #""/f\#($0)""# }.joined(separator: ",")
        let error = try H.error(#"{"model":"m","messages":[{"role":"user","content":"Hi"}],"additionalModelResponseFieldPaths":[\#(paths)]}"#)
        #expect(error?.param == "additionalModelResponseFieldPaths")
    }
}
