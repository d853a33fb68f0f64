import Foundation
import GatewayCore
import Testing

@testable import LambdaRuntime

@Suite("Recognizing HTTP invocation events and building gateway requests")
struct LambdaHTTPEventTests {
    @Test("The documented ALB event (single-value headers) is recognized")
    func albSingleValue() throws {
        let payload = TestEvents.alb(path: "/lambda", query: [("query", "1234ABCD")])
        let event = try LambdaHTTPEvent.decode(payload)
        guard case .alb(let alb) = event else {
            Issue.record("expected an ALB event, got \(event)")
            return
        }
        #expect(alb.requestContext.elb.targetGroupArn == TestEvents.targetGroupARN)
        #expect(event.responseFormat == .albSingleValueHeaders)
        #expect(!event.canStream)
        let request = try event.gatewayRequest(requestID: "r1", deadline: nil)
        #expect(request.method == "GET")
        #expect(request.path == "/lambda")
        #expect(request.query.map(\.name) == ["query"])
        #expect(request.header("x-forwarded-proto") == "https")
        #expect(request.requestID == "r1")
        #expect(request.body.isEmpty)
    }

    @Test("An ALB event with multi-value headers answers in multi-value mode, with every value")
    func albMultiValue() throws {
        let payload = TestEvents.alb(
            path: "/v1/models", query: [("k", "a%26b"), ("k", "c")], headers: [("accept", "x"), ("accept", "y")],
            multiValue: true)
        let event = try LambdaHTTPEvent.decode(payload)
        #expect(event.responseFormat == .albMultiValueHeaders)
        let request = try event.gatewayRequest(requestID: "r", deadline: nil)
        #expect(request.query.map(\.value) == ["a&b", "c"])
        #expect(request.headers.filter { $0.name == "accept" }.map(\.value) == ["x", "y"])
    }

    @Test("A base64 body is decoded; an invalid one is a typed error")
    func base64Bodies() throws {
        let good = try LambdaHTTPEvent.decode(
            TestEvents.alb(method: "POST", path: "/v1/embeddings", body: Data([1, 2, 3]), base64: true))
        #expect(try good.gatewayRequest(requestID: "r", deadline: nil).body == Data([1, 2, 3]))

        var object = try #require(try JSONSerialization.jsonObject(with: TestEvents.alb(path: "/x")) as? [String: Any])
        object["isBase64Encoded"] = true
        object["body"] = "!!!"
        let bad = try LambdaHTTPEvent.decode(TestEvents.json(object))
        #expect(throws: LambdaEventError(.invalidBase64Body, "The event body is marked isBase64Encoded but is not valid base64.")) {
            try bad.gatewayRequest(requestID: "r", deadline: nil)
        }
    }

    @Test("A Function URL event: rawPath, rawQueryString, cookies, method from requestContext.http")
    func functionURL() throws {
        let payload = TestEvents.functionURL(
            method: "POST", rawPath: "/v1/chat/completions", rawQueryString: "a=1&b=%3D", cookies: ["c1=v1", "c2=v2"],
            body: Data("{}".utf8))
        let event = try LambdaHTTPEvent.decode(payload)
        #expect(event.responseFormat == .apiGatewayV2)
        #expect(event.canStream)
        let request = try event.gatewayRequest(requestID: "r", deadline: nil)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/chat/completions")
        #expect(request.query.map(\.value) == ["1", "="])
        #expect(request.header("cookie") == "c1=v1; c2=v2")
        #expect(request.body == Data("{}".utf8))
    }

    @Test("An HTTP API event on a named stage has the stage removed from the path")
    func namedStage() throws {
        let payload = TestEvents.functionURL(rawPath: "/prod/v1/models", stage: "prod")
        let request = try LambdaHTTPEvent.decode(payload).gatewayRequest(requestID: "r", deadline: nil)
        #expect(request.path == "/v1/models")
    }

    @Test("An API Gateway REST event: multi-value maps win, the decoded path is re-encoded")
    func apiGatewayV1() throws {
        let payload = TestEvents.apiGatewayV1(
            method: "POST", path: "/v1/models/my model", query: ["x": ["1", "2"]], headers: ["Content-Type": ["application/json"]],
            body: "{}")
        let event = try LambdaHTTPEvent.decode(payload)
        #expect(event.responseFormat == .apiGatewayV1)
        let request = try event.gatewayRequest(requestID: "r", deadline: nil)
        #expect(request.path == "/v1/models/my%20model")
        #expect(request.query.map(\.value) == ["1", "2"])
        #expect(request.header("content-type") == "application/json")
        #expect(request.body == Data("{}".utf8))
    }

    @Test("The request carries the deadline it is given")
    func deadline() throws {
        let instant = ContinuousClock.now + .seconds(5)
        let request = try LambdaHTTPEvent.decode(TestEvents.alb(path: "/")).gatewayRequest(requestID: "r", deadline: instant)
        #expect(request.deadline == instant)
    }

    @Test(
        "Events that are not HTTP events are an unrecognized shape",
        arguments: [
            #"{"Records":[{"eventSource":"aws:s3"}]}"#, "[]", "not json", "42", #"{"httpMethod":"GET"}"#,
            #"{"version":"2.0","rawPath":"/"}"#,
        ])
    func unrecognized(payload: String) {
        #expect {
            try LambdaHTTPEvent.decode(Data(payload.utf8))
        } throws: { error in
            (error as? LambdaEventError)?.kind == .unrecognizedShape
        }
    }

    @Test("A recognized event missing a required field is malformed, naming the field")
    func malformed() {
        let payload = #"{"requestContext":{"elb":{"targetGroupArn":"arn"}},"path":"/x"}"#
        #expect {
            try LambdaHTTPEvent.decode(Data(payload.utf8))
        } throws: { error in
            guard let error = error as? LambdaEventError else { return false }
            return error.kind == .malformedEvent && error.message.contains("httpMethod")
        }
    }
}
