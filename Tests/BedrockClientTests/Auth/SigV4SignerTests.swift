import Foundation
import Testing

@testable import BedrockClient

@Suite struct SigV4SignerTests {
    static let credentials = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    // 2015-08-30T12:36:00Z, the AWS suite's timestamp.
    static let date = Date(timeIntervalSince1970: 1_440_938_160)

    static func request(headers: [(name: String, value: String)] = [(name: "Host", value: "example.amazonaws.com")]) -> SignableRequest {
        SignableRequest(method: "GET", path: "/", headers: headers)
    }

    @Test func signingKeyMatchesAWSDocumentationExample() throws {
        // "Examples of how to derive a signing key for Signature Version 4" (AWS General Reference):
        // secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, 20120215, us-east-1, iam.
        let key = try SigV4Signer().signingKey(credentials: Self.credentials, dateStamp: "20120215", region: "us-east-1", service: "iam")
        #expect(HexEncoding.lowercase(key) == "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d")
    }

    @Test func signingKeyIsCachedPerDayRegionAndService() throws {
        let signer = SigV4Signer()
        let first = try signer.signingKey(credentials: Self.credentials, dateStamp: "20150830", region: "us-east-1", service: "bedrock")
        let again = try signer.signingKey(credentials: Self.credentials, dateStamp: "20150830", region: "us-east-1", service: "bedrock")
        #expect(first == again)
        #expect(signer.cachedSigningKeyCount == 1)

        let nextDay = try signer.signingKey(credentials: Self.credentials, dateStamp: "20150831", region: "us-east-1", service: "bedrock")
        let otherRegion = try signer.signingKey(credentials: Self.credentials, dateStamp: "20150830", region: "us-west-2", service: "bedrock")
        #expect(nextDay != first)
        #expect(otherRegion != first)
        #expect(signer.cachedSigningKeyCount == 3)
    }

    @Test func rotatedSecretUnderSameAccessKeyIdGetsItsOwnKey() throws {
        let signer = SigV4Signer()
        let rotated = AWSCredentials(accessKeyId: Self.credentials.accessKeyId, secretAccessKey: "another-secret")
        let original = try signer.signingKey(credentials: Self.credentials, dateStamp: "20150830", region: "us-east-1", service: "bedrock")
        let fresh = try signer.signingKey(credentials: rotated, dateStamp: "20150830", region: "us-east-1", service: "bedrock")
        #expect(original != fresh)
    }

    @Test func sharedSignerSignsConcurrentlyWithIdenticalResults() async throws {
        let signer = SigV4Signer()
        let signatures = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    try signer.sign(Self.request(), credentials: Self.credentials, region: "us-east-1", service: "service", date: Self.date).signature
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        // get-vanilla's signature from the AWS suite.
        #expect(Set(signatures) == ["5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"])
        #expect(signer.cachedSigningKeyCount == 1)
    }

    @Test func sessionTokenIsSentAndSigned() throws {
        var credentials = Self.credentials
        credentials.sessionToken = "session-token"
        let signature = try SigV4Signer().sign(Self.request(), credentials: credentials, region: "us-east-1", service: "service", date: Self.date)
        #expect(signature.headers.contains { $0.name == "X-Amz-Security-Token" && $0.value == "session-token" })
        #expect(signature.signedHeaders == "host;x-amz-date;x-amz-security-token")
        #expect(signature.canonicalRequest.contains("\nx-amz-security-token:session-token\n"))
    }

    @Test func sessionTokenCanBeAddedAfterSigning() throws {
        var credentials = Self.credentials
        credentials.sessionToken = "session-token"
        let signer = SigV4Signer(options: SigV4Options(signsSessionToken: false))
        let signature = try signer.sign(Self.request(), credentials: credentials, region: "us-east-1", service: "service", date: Self.date)
        #expect(signature.headers.contains { $0.name == "X-Amz-Security-Token" && $0.value == "session-token" })
        #expect(signature.signedHeaders == "host;x-amz-date")
    }

    @Test func longTermCredentialsSendNoSessionToken() throws {
        let signature = try SigV4Signer().sign(Self.request(), credentials: Self.credentials, region: "us-east-1", service: "service", date: Self.date)
        #expect(signature.headers.map(\.name) == ["X-Amz-Date", "Authorization"])
    }

    @Test func sessionTokenWithLineBreakIsRejected() {
        var credentials = Self.credentials
        credentials.sessionToken = "token\r\nX-Injected: 1"
        #expect(throws: SigningError.invalidHeaderValue(name: "X-Amz-Security-Token")) {
            try SigV4Signer().sign(Self.request(), credentials: credentials, region: "us-east-1", service: "service", date: Self.date)
        }
    }

    @Test func contentSHA256HeaderIsOffByDefaultAndSignedWhenEnabled() throws {
        var request = Self.request()
        request.payload = .unsigned
        let plain = try SigV4Signer().sign(request, credentials: Self.credentials, region: "us-east-1", service: "service", date: Self.date)
        #expect(!plain.headers.contains { $0.name.lowercased() == "x-amz-content-sha256" })

        let s3Style = try SigV4Signer(options: SigV4Options(addsContentSHA256Header: true))
            .sign(request, credentials: Self.credentials, region: "us-east-1", service: "s3", date: Self.date)
        #expect(s3Style.headers.contains { $0.name == "X-Amz-Content-SHA256" && $0.value == "UNSIGNED-PAYLOAD" })
        #expect(s3Style.signedHeaders == "host;x-amz-content-sha256;x-amz-date")
        #expect(s3Style.canonicalRequest.hasSuffix("\nUNSIGNED-PAYLOAD"))
    }

    @Test func requestWithoutHostHeaderIsRejected() {
        let request = Self.request(headers: [(name: "Content-Type", value: "application/json")])
        #expect(throws: SigningError.missingHostHeader) {
            try SigV4Signer().sign(request, credentials: Self.credentials, region: "us-east-1", service: "service", date: Self.date)
        }
    }

    @Test func staleSignerOwnedHeadersOnTheRequestAreIgnored() throws {
        let fresh = try SigV4Signer().sign(Self.request(), credentials: Self.credentials, region: "us-east-1", service: "service", date: Self.date)
        let stale = Self.request(headers: [
            (name: "Host", value: "example.amazonaws.com"),
            (name: "X-Amz-Date", value: "20000101T000000Z"),
            (name: "Authorization", value: "AWS4-HMAC-SHA256 Credential=old"),
            (name: "X-Amz-Security-Token", value: "old-token"),
        ])
        let resigned = try SigV4Signer().sign(stale, credentials: Self.credentials, region: "us-east-1", service: "service", date: Self.date)
        #expect(resigned.canonicalRequest == fresh.canonicalRequest)
        #expect(resigned.signature == fresh.signature)
    }

    @Test func presignRejectsLifetimesAWSRefuses() {
        for seconds in [0, -1, 604_801] {
            #expect(throws: SigningError.invalidExpiry(seconds: seconds)) {
                try SigV4Signer().presign(
                    Self.request(), credentials: Self.credentials, region: "us-east-1", service: "service",
                    date: Self.date, expiresIn: seconds
                )
            }
        }
    }
}
