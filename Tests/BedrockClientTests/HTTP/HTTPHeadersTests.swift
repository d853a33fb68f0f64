import Testing

@testable import BedrockClient

@Suite("HTTPHeaders: ordered, case-insensitive fields (RFC 9110 §5)")
struct HTTPHeadersTests {
    @Test func lookupIgnoresCaseAndKeepsOrder() {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        headers.add(name: "X-Amz-Target", value: "a")
        headers.add(name: "x-amz-target", value: "b")
        #expect(headers["CONTENT-TYPE"] == "application/json")
        #expect(headers.values(for: "X-AMZ-TARGET") == ["a", "b"])
        #expect(headers.map(\.name) == ["Content-Type", "X-Amz-Target", "x-amz-target"])
    }

    @Test func replaceOrAddCollapsesDuplicatesInPlace() {
        var headers = HTTPHeaders([("A", "1"), ("B", "2"), ("a", "3")])
        headers.replaceOrAdd(name: "A", value: "9")
        #expect(headers.map(\.name) == ["A", "B"])
        #expect(headers["a"] == "9")
        headers.replaceOrAdd(name: "C", value: "new")
        #expect(headers.count == 3)
        headers.remove(name: "b")
        #expect(!headers.contains(name: "B"))
    }

    @Test func tokenGrammar() {
        #expect(HTTPHeaders.isValidName("X-Amz-Content-Sha256"))
        #expect(!HTTPHeaders.isValidName("Bad Name"))
        #expect(!HTTPHeaders.isValidName("Colon:"))
        #expect(!HTTPHeaders.isValidName(""))
        #expect(!HTTPHeaders.isValidValue("a\nb"))
        #expect(HTTPHeaders.isValidValue("tab\tis fine"))
        #expect(HTTPMethod(rawValue: "PROPFIND").isValidToken)
        #expect(!HTTPMethod(rawValue: "GET /").isValidToken)
    }
}
