import Testing

@testable import BedrockClient

/// Canonical-request rules beyond what the AWS suite's cases cover.
@Suite struct SigV4CanonicalizationTests {
    @Test(arguments: [
        ("", "/"),
        ("/a/b/..", "/a/"),
        ("/a/b/.", "/a/b/"),
        ("/a/./b/../c", "/a/c"),
        ("/../a", "/a"),
        ("/a%2Fb/c", "/a%2Fb/c"),
    ])
    func pathNormalisationFollowsRFC3986DotSegmentRemoval(path: String, normalized: String) {
        #expect(SigV4Canonicalization.canonicalURI(path: path, options: SigV4Options(encodesPathSegments: false)) == normalized)
    }

    @Test func s3OptionsUseThePathAsSent() {
        #expect(SigV4Canonicalization.canonicalURI(path: "/bucket//key%3A1/./x", options: .s3) == "/bucket//key%3A1/./x")
    }

    @Test func queryIsEncodedAndSortedByNameThenValue() {
        let query = SigV4Canonicalization.canonicalQuery([
            (name: "b", value: "2"), (name: "a", value: "z z"), (name: "a", value: "y+"), (name: "flag", value: ""),
        ])
        #expect(query == "a=y%2B&a=z%20z&b=2&flag=")
    }

    @Test func hopByHopAndRewrittenHeadersAreNotSigned() {
        let canonical = SigV4Canonicalization.canonicalHeaders([
            (name: "Host", value: "h"), (name: "User-Agent", value: "x"), (name: "Connection", value: "keep-alive"),
            (name: "X-Amzn-Trace-Id", value: "Root=1"), (name: "Expect", value: "100-continue"),
            (name: "Transfer-Encoding", value: "chunked"),
        ])
        #expect(canonical.signedHeaders == "host")
        #expect(canonical.block == "host:h\n")
    }

    @Test func headerValuesCollapseTabsAndFoldedLines() {
        #expect(SigV4Canonicalization.collapseWhitespace("\t a\t\tb \r\n  c  ") == "a b c")
    }
}
