import Foundation
import Testing

@testable import BedrockClient

@Suite struct RequestAuthorizationTests {
    static let date = Date(timeIntervalSince1970: 1_440_938_160)

    static func request() -> SignableRequest {
        SignableRequest(
            method: "POST",
            path: "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse",
            headers: [
                (name: "Host", value: "bedrock-runtime.us-east-1.amazonaws.com"),
                (name: "Content-Type", value: "application/json"),
            ],
            payload: .emptyBody
        )
    }

    @Test func bearerTokenSetsOnlyAuthorizationAndNoAmzHeaders() throws {
        var request = Self.request()
        // Leftovers from an earlier SigV4 attempt must not leak into a bearer request.
        request.headers.append((name: "X-Amz-Date", value: "20150830T123600Z"))
        request.headers.append((name: "Authorization", value: "AWS4-HMAC-SHA256 Credential=old"))
        try RequestAuthorization.bearer(token: "bedrock-api-key-abc").authorize(&request, date: Self.date, signer: SigV4Signer())

        #expect(request.headerValues(named: "authorization") == ["Bearer bedrock-api-key-abc"])
        #expect(!request.headers.contains { $0.name.lowercased().hasPrefix("x-amz-") })
        #expect(request.headerValues(named: "content-type") == ["application/json"])
    }

    @Test func bearerTokenWithLineBreakIsRejected() {
        var request = Self.request()
        #expect(throws: SigningError.invalidHeaderValue(name: "Authorization")) {
            try RequestAuthorization.bearer(token: "abc\r\nX-Evil: 1").authorize(&request, date: Self.date, signer: SigV4Signer())
        }
    }

    @Test func bedrockAPIKeyComesFromAWSBearerTokenBedrock() throws {
        let authorization = try #require(RequestAuthorization.bedrockAPIKey(environment: ["AWS_BEARER_TOKEN_BEDROCK": "key-123"]))
        guard case .bearer(let token) = authorization else {
            Issue.record("expected a bearer token, got \(authorization)")
            return
        }
        #expect(token == "key-123")
        #expect(RequestAuthorization.bedrockAPIKey(environment: ["AWS_BEARER_TOKEN_BEDROCK": ""]) == nil)
        #expect(RequestAuthorization.bedrockAPIKey(environment: [:]) == nil)
    }

    @Test func sigV4AddsDateTokenAndAuthorizationOnce() throws {
        var request = Self.request()
        let authorization = RequestAuthorization.sigV4(
            credentials: AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret", sessionToken: "token"),
            region: "us-east-1",
            service: "bedrock"
        )
        let signer = SigV4Signer()
        try authorization.authorize(&request, date: Self.date, signer: signer)
        let firstAuthorization = request.headerValues(named: "authorization")
        // Authorizing a retried request again replaces, rather than duplicates, the headers.
        try authorization.authorize(&request, date: Self.date, signer: signer)

        #expect(request.headerValues(named: "authorization") == firstAuthorization)
        #expect(request.headerValues(named: "x-amz-date") == ["20150830T123600Z"])
        #expect(request.headerValues(named: "x-amz-security-token") == ["token"])
        let value = try #require(firstAuthorization.first)
        #expect(value.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/bedrock/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature="))
    }
}
