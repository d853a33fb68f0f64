import Testing

@testable import BedrockClient

@Suite("Response head parsing (RFC 9112 §4, §5)")
struct ResponseHeadParserTests {
    private func parse(_ lines: [String]) -> (head: HTTPResponseHead?, completions: Int) {
        var parser = ResponseHeadParser()
        var head: HTTPResponseHead?
        var completions = 0
        for line in lines {
            let bytes = Array(line.utf8)
            let event = bytes.withUnsafeBytes { parser.consume($0) }
            if case .complete(let parsed) = event {
                head = parsed
                completions += 1
            }
        }
        return (head, completions)
    }

    @Test func interimResponsesAreDiscarded() throws {
        let result = parse([
            "HTTP/1.1 100 Continue\r\n", "X-Interim: 1\r\n", "\r\n",
            "HTTP/1.1 200 OK\r\n", "Content-Type: application/json\r\n", "\r\n",
        ])
        let head = try #require(result.head)
        #expect(head.status == 200)
        #expect(head.headers["X-Interim"] == nil)
        #expect(head.headers["content-type"] == "application/json")
    }

    @Test func valuesAreTrimmedAndFoldedLinesJoined() throws {
        let result = parse([
            "HTTP/1.1 200 OK\r\n", "X-A:   spaced value \t\r\n", "X-Folded: first\r\n", "\t second\r\n",
            "X-Colon: a:b:c\r\n", "\r\n",
        ])
        let head = try #require(result.head)
        #expect(head.headers["x-a"] == "spaced value")
        #expect(head.headers["x-folded"] == "first second")
        #expect(head.headers["x-colon"] == "a:b:c")
    }

    @Test func http2StatusLineWithoutReasonPhrase() throws {
        let head = try #require(parse(["HTTP/2 429 \r\n", "retry-after: 3\r\n", "\r\n"]).head)
        #expect(head.status == 429)
        #expect(head.headers["Retry-After"] == "3")
    }

    @Test func trailersAfterTheHeadAreIgnored() {
        let result = parse(["HTTP/1.1 200 OK\r\n", "\r\n", "X-Trailer: late\r\n", "\r\n"])
        #expect(result.completions == 1)
        #expect(result.head?.headers["X-Trailer"] == nil)
    }

    @Test func repeatedFieldsKeepTheirOrder() {
        let head = parse(["HTTP/1.1 200 OK\r\n", "Set-Cookie: a=1\r\n", "Set-Cookie: b=2\r\n", "\r\n"]).head
        #expect(head?.headers.values(for: "set-cookie") == ["a=1", "b=2"])
    }
}
