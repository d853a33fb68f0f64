import Testing

@testable import BedrockClient

/// RFC 4231 §4 test vectors for HMAC-SHA-256.
@Suite struct HMACSHA256Tests {
    @Test func rfc4231TestCase1() throws {
        let code = try HMACSHA256.authenticationCode(for: Array("Hi There".utf8), key: [UInt8](repeating: 0x0b, count: 20))
        #expect(HexEncoding.lowercase(code) == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test func rfc4231TestCase2KeyShorterThanOutput() throws {
        let code = try HMACSHA256.authenticationCode(for: Array("what do ya want for nothing?".utf8), key: Array("Jefe".utf8))
        #expect(HexEncoding.lowercase(code) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func rfc4231TestCase6KeyLongerThanBlockIsHashedFirst() throws {
        let code = try HMACSHA256.authenticationCode(
            for: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            key: [UInt8](repeating: 0xaa, count: 131)
        )
        #expect(HexEncoding.lowercase(code) == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func emptyKeyAndEmptyMessageAreAccepted() throws {
        // HMAC-SHA256("", "") as computed by any RFC 2104 implementation.
        let code = try HMACSHA256.authenticationCode(for: [UInt8](), key: [UInt8]())
        #expect(HexEncoding.lowercase(code) == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
    }
}
