import Foundation
import Testing

@testable import GatewayCore

@Suite struct DataURLTests {
    @Test func decodesBase64ImageWithMediaType() throws {
        let url = DataURL.isDataURL("DATA:image/png;base64,iVBORw0KGgo=")
        #expect(url)
        let parsed = try DataURL.parse("data:image/PNG;base64,iVBORw0KGgo=", maxBytes: 100)
        #expect(parsed.mediaType == "image/png")
        #expect(Array(parsed.data) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func keepsParametersOutOfTheMediaType() throws {
        let parsed = try DataURL.parse("data:text/plain;charset=utf-8;base64,aGk=", maxBytes: 100)
        #expect(parsed.mediaType == "text/plain")
        #expect(parsed.data == Data("hi".utf8))
    }

    @Test func percentEncodedPayloadWithoutBase64() throws {
        let parsed = try DataURL.parse("data:,Hello%2C%20World", maxBytes: 100)
        #expect(parsed.mediaType == "text/plain")
        #expect(parsed.data == Data("Hello, World".utf8))
    }

    @Test func refusesOversizedPayloadBeforeDecoding() {
        let big = "data:image/png;base64," + String(repeating: "AAAA", count: 1000)
        #expect(throws: DataURL.ParseError.tooLarge(limit: 100)) {
            try DataURL.parse(big, maxBytes: 100)
        }
    }

    @Test func refusesMalformedInput() {
        #expect(throws: DataURL.ParseError.notADataURL) { try DataURL.parse("https://x/y.png", maxBytes: 10) }
        #expect(throws: DataURL.ParseError.malformed) { try DataURL.parse("data:image/png;base64", maxBytes: 10) }
        #expect(throws: DataURL.ParseError.invalidBase64) { try DataURL.parse("data:image/png;base64,abc", maxBytes: 10) }
    }
}
