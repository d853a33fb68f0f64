import Testing

@testable import BedrockClient

@Suite struct PayloadHashTests {
    @Test func emptyBodyIsTheSHA256OfNoBytes() throws {
        #expect(PayloadHash.emptyBody == (try PayloadHash.sha256(of: [UInt8]())))
    }

    @Test func unsignedPayloadIsTheLiteralMarker() {
        #expect(PayloadHash.unsigned.value == "UNSIGNED-PAYLOAD")
    }

    @Test func streamedDigestEqualsOneShotHash() throws {
        var hasher = try SHA256Hasher()
        try hasher.update(Array("Param1=".utf8))
        try hasher.update(Array("value1".utf8))
        // The AWS suite's post-x-www-form-urlencoded body hash.
        #expect(PayloadHash(digest: try hasher.finalize()).value == "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e")
    }

    @Test func hexInitAcceptsOnlySixtyFourLowercaseHexDigits() {
        #expect(PayloadHash(hex: "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e") != nil)
        #expect(PayloadHash(hex: "9095672BBD1F56DFC5B65F3E153ADC8731A4A654192329106275F4C7B24D0B6E") == nil)
        #expect(PayloadHash(hex: "abc") == nil)
        #expect(PayloadHash(hex: "UNSIGNED-PAYLOAD") == nil)
    }
}
