import BedrockClient
import Foundation
import Testing

@testable import LambdaRuntime

@Suite("Runtime API wire details")
struct RuntimeAPITests {
    @Test("Paths follow the 2018-06-01 API")
    func paths() {
        #expect(LambdaRuntimeAPI.Path.next == "/2018-06-01/runtime/invocation/next")
        #expect(LambdaRuntimeAPI.Path.initError == "/2018-06-01/runtime/init/error")
        #expect(
            LambdaRuntimeAPI.Path.response(requestID: "8476a536-e9f4-11e8-9739-2dfe598c3fcd")
                == "/2018-06-01/runtime/invocation/8476a536-e9f4-11e8-9739-2dfe598c3fcd/response")
        #expect(LambdaRuntimeAPI.Path.error(requestID: "a/b") == "/2018-06-01/runtime/invocation/a%2Fb/error")
    }

    @Test("An invocation reads the documented next headers")
    func invocationHeaders() throws {
        let headers: HTTPHeaders = [
            "Lambda-Runtime-Aws-Request-Id": "8476a536-e9f4-11e8-9739-2dfe598c3fcd",
            "Lambda-Runtime-Deadline-Ms": "1542409706888",
            "Lambda-Runtime-Invoked-Function-Arn": "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime",
            "Lambda-Runtime-Trace-Id": "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1",
        ]
        let invocation = try LambdaInvocation(headers: headers, body: Data("{}".utf8))
        #expect(invocation.requestID == "8476a536-e9f4-11e8-9739-2dfe598c3fcd")
        #expect(invocation.deadline == InvocationDeadline(unixMilliseconds: 1_542_409_706_888))
        #expect(invocation.invokedFunctionARN == "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime")
        #expect(invocation.traceID?.hasPrefix("Root=1-5bef4de7") == true)
        #expect(invocation.clientContext == nil)
        #expect(invocation.event == Data("{}".utf8))
    }

    @Test("A next response without a request id is an error")
    func missingRequestID() {
        #expect(throws: LambdaRuntimeError.self) {
            try LambdaInvocation(headers: ["Lambda-Runtime-Deadline-Ms": "1"], body: Data())
        }
    }

    @Test("The deadline converts Unix milliseconds to the continuous clock")
    func deadline() throws {
        let deadline = try #require(InvocationDeadline(headerValue: "1542409706888"))
        let wall = Date(timeIntervalSince1970: 1_542_409_700.888)
        #expect(deadline.remaining(at: wall) == .seconds(6))
        let now = ContinuousClock.now
        #expect(deadline.instant(now: now, wallClock: wall) == now + .seconds(6))
        #expect(deadline.remaining(at: Date(timeIntervalSince1970: 1_542_409_800)) == .zero)
        #expect(InvocationDeadline(headerValue: "soon") == nil)
        #expect(InvocationDeadline(headerValue: "-5") == nil)
    }

    @Test("The error document has errorMessage, errorType and stackTrace")
    func errorReport() throws {
        let data = LambdaErrorReport(type: "Runtime.ConfigInvalid", message: "bad \"value\"").encoded()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["errorType"] as? String == "Runtime.ConfigInvalid")
        #expect(object["errorMessage"] as? String == "bad \"value\"")
        #expect((object["stackTrace"] as? [Any])?.isEmpty == true)
    }

    @Test("Init errors other than LambdaInitError report Runtime.InitFailed")
    func initErrorReport() {
        struct Other: Error {}
        #expect(LambdaInitError.report(for: Other()).errorType == "Runtime.InitFailed")
        #expect(
            LambdaInitError.report(for: LambdaInitError(type: "Runtime.ConfigInvalid", message: "m"))
                == LambdaErrorReport(type: "Runtime.ConfigInvalid", message: "m"))
    }
}
