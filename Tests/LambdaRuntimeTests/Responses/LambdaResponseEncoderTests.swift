import Foundation
import Testing

@testable import LambdaRuntime

@Suite("Encoding buffered responses and the streaming prelude")
struct LambdaResponseEncoderTests {
    let headers: [(name: String, value: String)] = [
        ("Content-Type", "application/json"), ("x-request-id", "r1"), ("set-cookie", "a=1"), ("set-cookie", "b=2"),
        ("vary", "a"), ("vary", "b"), ("content-length", "2"), ("transfer-encoding", "chunked"),
    ]

    private func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("ALB single-value: statusDescription, lowercase headers, duplicates joined, framing dropped")
    func albSingleValue() throws {
        let payload = try LambdaResponseEncoder.encode(
            status: 200, headers: headers, body: Data(#"{"ok":true}"#.utf8), format: .albSingleValueHeaders)
        let document = try object(payload)
        #expect(document["statusCode"] as? Int == 200)
        #expect(document["statusDescription"] as? String == "200 OK")
        #expect(document["isBase64Encoded"] as? Bool == false)
        #expect(document["body"] as? String == #"{"ok":true}"#)
        #expect(document["multiValueHeaders"] == nil)
        let single = try #require(document["headers"] as? [String: String])
        #expect(single == ["content-type": "application/json", "x-request-id": "r1", "set-cookie": "a=1", "vary": "a, b"])
    }

    @Test("ALB multi-value: every value in multiValueHeaders")
    func albMultiValue() throws {
        let document = try object(
            try LambdaResponseEncoder.encode(status: 404, headers: headers, body: Data(), format: .albMultiValueHeaders))
        #expect(document["statusDescription"] as? String == "404 Not Found")
        #expect(document["headers"] == nil)
        let multi = try #require(document["multiValueHeaders"] as? [String: [String]])
        #expect(multi["set-cookie"] == ["a=1", "b=2"])
        #expect(multi["content-length"] == nil)
        #expect(document["body"] as? String == "")
    }

    @Test("API Gateway v1: multiValueHeaders, no statusDescription")
    func apiGatewayV1() throws {
        let document = try object(
            try LambdaResponseEncoder.encode(status: 201, headers: headers, body: Data("x".utf8), format: .apiGatewayV1))
        #expect(document["statusDescription"] == nil)
        #expect((document["multiValueHeaders"] as? [String: [String]])?["vary"] == ["a", "b"])
    }

    @Test("v2 / Function URL: Set-Cookie goes to cookies")
    func apiGatewayV2() throws {
        let document = try object(
            try LambdaResponseEncoder.encode(status: 200, headers: headers, body: Data("x".utf8), format: .apiGatewayV2))
        #expect(document["cookies"] as? [String] == ["a=1", "b=2"])
        let single = try #require(document["headers"] as? [String: String])
        #expect(single["set-cookie"] == nil)
        #expect(single["vary"] == "a, b")
    }

    @Test("Binary and non-UTF-8 bodies are base64; SSE and JSON are text")
    func bodyEncoding() throws {
        let binary = try object(
            try LambdaResponseEncoder.encode(
                status: 200, headers: [("content-type", "image/png")], body: Data([0x89, 0x50]), format: .albSingleValueHeaders))
        #expect(binary["isBase64Encoded"] as? Bool == true)
        #expect(binary["body"] as? String == Data([0x89, 0x50]).base64EncodedString())

        let invalidText = try object(
            try LambdaResponseEncoder.encode(
                status: 200, headers: [("content-type", "text/plain")], body: Data([0xFF, 0xFE]), format: .apiGatewayV2))
        #expect(invalidText["isBase64Encoded"] as? Bool == true)

        #expect(ResponseBodyEncoding.isText(contentType: "text/event-stream"))
        #expect(ResponseBodyEncoding.isText(contentType: "application/json; charset=utf-8"))
        #expect(ResponseBodyEncoding.isText(contentType: "application/vnd.api+json"))
        #expect(!ResponseBodyEncoding.isText(contentType: "application/octet-stream"))
        #expect(!ResponseBodyEncoding.isText(contentType: nil))
    }

    @Test("ALB status descriptions use the reason phrase")
    func reasonPhrases() {
        #expect(HTTPReasonPhrase.statusDescription(502) == "502 Bad Gateway")
        #expect(HTTPReasonPhrase.statusDescription(429) == "429 Too Many Requests")
        #expect(HTTPReasonPhrase.statusDescription(599) == "599 Server Error")
    }

    @Test("The HTTP integration prelude is a JSON object followed by eight NUL bytes")
    func prelude() throws {
        let bytes = try HTTPIntegrationPrelude.encode(
            status: 200, headers: [("content-type", "text/event-stream"), ("set-cookie", "a=1")], format: .apiGatewayV2)
        #expect(Array(bytes.suffix(8)) == [0, 0, 0, 0, 0, 0, 0, 0])
        let json = try object(Data(bytes.dropLast(8)))
        #expect(json["statusCode"] as? Int == 200)
        #expect(json["headers"] as? [String: String] == ["content-type": "text/event-stream"])
        #expect(json["cookies"] as? [String] == ["a=1"])
        #expect(!bytes.dropLast(8).contains(0))

        let v1 = try object(Data(try HTTPIntegrationPrelude.encode(status: 500, headers: [("a", "1"), ("a", "2")], format: .apiGatewayV1).dropLast(8)))
        #expect(v1["multiValueHeaders"] as? [String: [String]] == ["a": ["1", "2"]])
    }

    @Test("Response limits: 1 MB behind ALB, 6 MB for synchronous invocations")
    func limits() {
        #expect(LambdaResponseFormat.albSingleValueHeaders.maximumPayloadBytes == 1_000_000)
        #expect(LambdaResponseFormat.albMultiValueHeaders.maximumPayloadBytes == 1_000_000)
        #expect(LambdaResponseFormat.apiGatewayV2.maximumPayloadBytes == 6_000_000)
    }
}
