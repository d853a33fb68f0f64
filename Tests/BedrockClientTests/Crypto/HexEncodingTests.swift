import Testing

@testable import BedrockClient

@Suite struct HexEncodingTests {
    @Test func encodesEveryByteAsTwoLowercaseDigits() {
        #expect(HexEncoding.lowercase([0x00, 0x0f, 0xa0, 0xff, 0x5c]) == "000fa0ff5c")
        #expect(HexEncoding.lowercase([UInt8]()) == "")
    }
}
