import Testing

@testable import GatewayCore

@Suite("Chat → Converse: service_tier")
struct ServiceTierTests {
    typealias H = ChatToConverseHarness

    static func body(_ tier: String) -> String {
        #"{"model":"m","messages":[{"role":"user","content":"Hi"}],"service_tier":"\#(tier)"}"#
    }

    @Test(arguments: ["default", "flex", "priority"])
    func bedrockTiersMapToServiceTier(_ tier: String) throws {
        #expect(try H.converse(Self.body(tier))["serviceTier"] == ["type": .string(tier)])
    }

    @Test(arguments: ["auto", "scale"])
    func tiersWithoutABedrockCounterpartSendNothing(_ tier: String) throws {
        #expect(try H.converse(Self.body(tier))["serviceTier"] == nil)
    }

    @Test func unknownTierIsAnErrorNamingServiceTier() throws {
        #expect(try H.error(Self.body("turbo"))?.param == "service_tier")
    }
}
