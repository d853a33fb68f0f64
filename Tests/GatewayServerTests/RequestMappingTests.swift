import Testing

@testable import GatewayServer

@Suite("GatewayServer request ids and query strings")
struct RequestMappingTests {
    @Test("request ids of letters, digits and -_.: up to 128 characters are sane")
    func saneRequestIDs() {
        #expect(RequestIdentifier.isSane("3f2b8c1e-6f0a-4c1b-9a55-2f1c0e7d9b10"))
        #expect(RequestIdentifier.isSane("01HZX3J5M8Q2N6W7R9T0Y4V1B8"))
        #expect(RequestIdentifier.isSane("req_abc.def:1-2"))
        #expect(RequestIdentifier.isSane(String(repeating: "a", count: 128)))
        #expect(!RequestIdentifier.isSane(""))
        #expect(!RequestIdentifier.isSane(String(repeating: "a", count: 129)))
        #expect(!RequestIdentifier.isSane("a b"))
        #expect(!RequestIdentifier.isSane("id\r\nx-injected: 1"))
        #expect(!RequestIdentifier.isSane("ünïcode"))
    }

    @Test("an unusable incoming id is replaced by a fresh one each time")
    func replacementIDsDiffer() {
        let first = RequestIdentifier.assign(incoming: "bad id")
        let second = RequestIdentifier.assign(incoming: nil)
        #expect(first != second)
        #expect(RequestIdentifier.isSane(first))
    }

    @Test("query strings decode as application/x-www-form-urlencoded, in order, keeping repeats")
    func queryDecoding() {
        let decoded = QueryParameters.decode("a=1&b=two+words&c=%F0%9F%98%80&a=2&empty=&flag&&d=x%3Dy")
        #expect(decoded.map(\.name) == ["a", "b", "c", "a", "empty", "flag", "d"])
        #expect(decoded.map(\.value) == ["1", "two words", "😀", "2", "", "", "x=y"])
        #expect(QueryParameters.decode(nil).isEmpty)
        #expect(QueryParameters.decode("bad=%zz").map(\.value) == ["%zz"])
    }
}
