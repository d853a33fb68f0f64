import Foundation
import Testing

@testable import BedrockClient

/// The AWS SigV4 test suite (from aws-c-auth, `shared/testdata/sigv4`): every case is signed in
/// header mode and presigned in query mode, and each intermediate product must match the files.
@Suite struct SigV4TestSuiteTests {
    private static func sortedPairs(_ pairs: [(name: String, value: String)]) -> [String] {
        pairs.map { "\($0.name.lowercased()):\($0.value)" }.sorted()
    }

    @Test func suiteFolderHoldsAllThirtyEightCases() {
        #expect(SigV4SuiteCase.allNames().count == 38)
    }

    @Test(arguments: SigV4SuiteCase.allNames())
    func headerSigningMatchesSuite(caseName: String) throws {
        let testCase = try SigV4SuiteCase(name: caseName)
        let request = try testCase.signableRequest
        let signature = try SigV4Signer(options: testCase.options).sign(
            request,
            credentials: testCase.credentials,
            region: testCase.context.region,
            service: testCase.context.service,
            date: try testCase.date
        )

        #expect(signature.canonicalRequest == (try testCase.expected("header-canonical-request.txt")))
        #expect(signature.stringToSign == (try testCase.expected("header-string-to-sign.txt")))
        #expect(signature.signature == (try testCase.expected("header-signature.txt")))

        // The signed request in the suite is the original plus exactly the headers we add
        // (X-Amz-Date, Authorization, the session token, x-amz-content-sha256).
        let signed = try RawHTTPRequest(contentsOf: testCase.url("header-signed-request.txt"))
        #expect(Self.sortedPairs(signed.headers) == Self.sortedPairs(request.headers + signature.headers))
    }

    @Test(arguments: SigV4SuiteCase.allNames())
    func queryPresigningMatchesSuite(caseName: String) throws {
        let testCase = try SigV4SuiteCase(name: caseName)
        let request = try testCase.signableRequest
        let signature = try SigV4Signer(options: testCase.options).presign(
            request,
            credentials: testCase.credentials,
            region: testCase.context.region,
            service: testCase.context.service,
            date: try testCase.date,
            expiresIn: testCase.context.expirationInSeconds
        )

        #expect(signature.canonicalRequest == (try testCase.expected("query-canonical-request.txt")))
        #expect(signature.stringToSign == (try testCase.expected("query-string-to-sign.txt")))
        #expect(signature.signature == (try testCase.expected("query-signature.txt")))
        #expect(signature.headers.isEmpty)

        // The presigned URL carries the request's own parameters plus the X-Amz-* ones.
        let signed = try RawHTTPRequest(contentsOf: testCase.url("query-signed-request.txt"))
        #expect(Self.sortedPairs(signed.queryItems) == Self.sortedPairs(request.queryItems + signature.queryItems))
        #expect(Self.sortedPairs(signed.headers) == Self.sortedPairs(request.headers))
    }
}
