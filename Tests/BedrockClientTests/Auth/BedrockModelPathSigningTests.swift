import Foundation
import Testing

@testable import BedrockClient

/// Bedrock model ids are one `{modelId}` URI label, so ARNs (with `:` and `/`) are
/// percent-encoded in the path and encoded once more in the canonical URI.
@Suite struct BedrockModelPathSigningTests {
    static let profileARN = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123"
    static let body = #"{"messages":[{"role":"user","content":[{"text":"Hello"}]}]}"#
    // 2025-03-15T09:07:05Z
    static let date = Date(timeIntervalSince1970: 1_742_029_625)

    @Test func inferenceProfileARNIsOneEncodedSegment() {
        #expect(
            AWSPath.encodeSegment(Self.profileARN)
                == "arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fabc123"
        )
        #expect(
            AWSPath.make(["model", Self.profileARN, "converse"])
                == "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Aapplication-inference-profile%2Fabc123/converse"
        )
    }

    @Test func encodeSegmentKeepsOnlyUnreservedCharacters() {
        #expect(AWSPath.encodeSegment("us.anthropic.claude-3-5-sonnet-20240620-v1:0") == "us.anthropic.claude-3-5-sonnet-20240620-v1%3A0")
        #expect(AWSPath.encodeSegment("-._~AZaz09") == "-._~AZaz09")
        #expect(AWSPath.encodeSegment("a b+c/d%e?é") == "a%20b%2Bc%2Fd%25e%3F%C3%A9")
    }

    @Test func converseWithInferenceProfileARNHasHandCheckedCanonicalRequest() throws {
        var request = SignableRequest(
            method: "POST",
            path: AWSPath.make(["model", Self.profileARN, "converse"]),
            headers: [
                (name: "Host", value: "bedrock-runtime.us-east-1.amazonaws.com"),
                (name: "Content-Type", value: "application/json"),
                (name: "Accept", value: "application/json"),
                (name: "User-Agent", value: "bedrock-openai-gateway/1.0"),
                (name: "X-Amzn-Trace-Id", value: "Root=1-67d54439-0123456789abcdef01234567"),
            ],
            payload: try PayloadHash.sha256(of: Array(Self.body.utf8))
        )
        let credentials = AWSCredentials(
            accessKeyId: "AKIDEXAMPLE",
            secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            sessionToken: "FQoGZXIvYXdzEXAMPLE"
        )
        let signature = try SigV4Signer().sign(
            request, credentials: credentials, region: "us-east-1", service: "bedrock", date: Self.date
        )

        // Written by hand from the SigV4 rules: `%3A` in the wire path becomes `%253A`,
        // user-agent and x-amzn-trace-id are not signed, the body hash is SHA-256 of the JSON.
        let expectedCanonicalRequest = """
            POST
            /model/arn%253Aaws%253Abedrock%253Aus-east-1%253A123456789012%253Aapplication-inference-profile%252Fabc123/converse

            accept:application/json
            content-type:application/json
            host:bedrock-runtime.us-east-1.amazonaws.com
            x-amz-date:20250315T090705Z
            x-amz-security-token:FQoGZXIvYXdzEXAMPLE

            accept;content-type;host;x-amz-date;x-amz-security-token
            7421da8d1a0949a481724fee62d5886aacde03836bf58248adb73e8b61ac0d54
            """
        #expect(signature.canonicalRequest == expectedCanonicalRequest)
        #expect(
            signature.stringToSign == """
                AWS4-HMAC-SHA256
                20250315T090705Z
                20250315/us-east-1/bedrock/aws4_request
                5debef735ce3ddde259b7efb3bd4b2a023953e6e3bf09a0301889a19fe56f049
                """
        )
        // Cross-checked with an independent HMAC-SHA256 implementation (Python's hmac module).
        #expect(signature.signature == "366a38bcebcf29c4a3011e931c65838f4e0f1f69963f3c57b1175e3be87eb00b")

        request.headers += signature.headers
        #expect(request.headerValues(named: "x-amz-date") == ["20250315T090705Z"])
        #expect(request.headerValues(named: "x-amz-security-token") == ["FQoGZXIvYXdzEXAMPLE"])
        #expect(
            request.headerValues(named: "authorization") == [
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250315/us-east-1/bedrock/aws4_request, "
                    + "SignedHeaders=accept;content-type;host;x-amz-date;x-amz-security-token, "
                    + "Signature=366a38bcebcf29c4a3011e931c65838f4e0f1f69963f3c57b1175e3be87eb00b"
            ]
        )
    }
}
