import Testing

@testable import LambdaRuntime

@Suite("Query and path percent-encoding")
struct URLComponentCodingTests {
    @Test("ALB passes query values undecoded: %XX escapes and + are decoded")
    func decodesQueryComponents() {
        #expect(URLComponentCoding.decodeQueryComponent("a%20b+c") == "a b c")
        #expect(URLComponentCoding.decodeQueryComponent("caf%C3%A9") == "café")
        #expect(URLComponentCoding.decodeQueryComponent("plain") == "plain")
        #expect(URLComponentCoding.decodeQueryComponent("%2B1") == "+1")
    }

    @Test("An invalid escape leaves the component as sent")
    func invalidEscapesAreKept() {
        #expect(URLComponentCoding.decodeQueryComponent("100%") == "100%")
        #expect(URLComponentCoding.decodeQueryComponent("%zz") == "%zz")
        #expect(URLComponentCoding.decodeQueryComponent("%FF") == "%FF")
    }

    @Test("A raw query string splits into ordered, decoded pairs")
    func parsesRawQuery() {
        let pairs = URLComponentCoding.parseQuery("a=1&b=x%20y&&flag&a=2&e=")
        #expect(pairs.map(\.name) == ["a", "b", "flag", "a", "e"])
        #expect(pairs.map(\.value) == ["1", "x y", "", "2", ""])
        #expect(URLComponentCoding.parseQuery("").isEmpty)
    }

    @Test("Decoded paths are re-encoded; raw paths keep their escapes")
    func encodesPaths() {
        #expect(URLComponentCoding.encodePath("/v1/models/anthropic.claude:0") == "/v1/models/anthropic.claude:0")
        #expect(URLComponentCoding.encodePath("/v1/models/a b%") == "/v1/models/a%20b%25")
        #expect(URLComponentCoding.normalizeRawPath("/v1/models/a%2Fb c") == "/v1/models/a%2Fb%20c")
        #expect(URLComponentCoding.encodePathSegment("a/b") == "a%2Fb")
    }
}
