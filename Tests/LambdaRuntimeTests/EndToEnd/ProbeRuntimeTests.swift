import Foundation
import Testing

/// The real `LambdaEntry` binary against the Runtime API emulator, answering with the
/// test-only probe handler: the Runtime API contract and the event/response formats.
@Suite("LambdaEntry runtime loop (probe handler)")
struct ProbeRuntimeTests {
    typealias H = RuntimeHarness

    @Test("ALB single-value event: decoded query, statusDescription, single-value headers")
    func albSingleValue() async throws {
        try await H.withProbe { emulator, _ in
            let event = TestEvents.alb(
                path: "/probe/echo", query: [("q", "a%20b+c"), ("model", "us.anthropic.claude%3Av1")],
                headers: [("authorization", "Bearer sk-test")])
            let record = try await emulator.invoke(event)
            let document = try H.document(record)
            #expect(document["statusCode"] as? Int == 200)
            #expect(document["statusDescription"] as? String == "200 OK")
            #expect(document["multiValueHeaders"] == nil)
            let headers = try #require(document["headers"] as? [String: String])
            #expect(headers["content-type"] == "application/json")
            #expect(headers["x-multi"] == "one, two")
            #expect(headers["set-cookie"] == "a=1")

            let echo = try H.json(try H.body(of: document))
            #expect(echo["path"] as? String == "/probe/echo")
            let query = try #require(echo["query"] as? [[String]])
            #expect(query.contains(["q", "a b c"]))
            #expect(query.contains(["model", "us.anthropic.claude:v1"]))
            let requestHeaders = try #require(echo["headers"] as? [[String]])
            #expect(requestHeaders.contains(["authorization", "Bearer sk-test"]))
        }
    }

    @Test("ALB multi-value event: repeated query values, multiValueHeaders in the response")
    func albMultiValue() async throws {
        try await H.withProbe { emulator, _ in
            let event = TestEvents.alb(
                path: "/probe/echo", query: [("tag", "x%2By"), ("tag", "two")],
                headers: [("accept", "a"), ("accept", "b")], multiValue: true)
            let document = try H.document(try await emulator.invoke(event))
            #expect(document["statusDescription"] as? String == "200 OK")
            #expect(document["headers"] == nil)
            let headers = try #require(document["multiValueHeaders"] as? [String: [String]])
            #expect(headers["set-cookie"] == ["a=1", "b=2"])
            #expect(headers["x-multi"] == ["one", "two"])

            let echo = try H.json(try H.body(of: document))
            let query = try #require(echo["query"] as? [[String]])
            #expect(query == [["tag", "x+y"], ["tag", "two"]])
            let requestHeaders = try #require(echo["headers"] as? [[String]])
            #expect(requestHeaders.filter { $0.first == "accept" } == [["accept", "a"], ["accept", "b"]])
        }
    }

    @Test("Invocation context: request id, trace id in _X_AMZN_TRACE_ID, deadline carried into the request")
    func invocationContext() async throws {
        try await H.withProbe { emulator, _ in
            let id = emulator.enqueue(TestEvents.alb(path: "/probe/echo"), requestID: "8476a536-e9f4-11e8-9739-2dfe598c3fcd")
            let echo = try H.json(try H.body(of: try H.document(try await emulator.completion(of: id))))
            #expect(echo["requestID"] as? String == "8476a536-e9f4-11e8-9739-2dfe598c3fcd")
            #expect(
                echo["traceEnvironment"] as? String
                    == "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1")
            #expect(echo["deadlineRemainingMs"] is Int)
        }
    }

    @Test("A base64 request body reaches the handler decoded")
    func base64RequestBody() async throws {
        try await H.withProbe { emulator, _ in
            let payload = Data([0x00, 0xFF, 0x10, 0x7B])
            let event = TestEvents.alb(method: "POST", path: "/probe/echo", body: payload, base64: true)
            let echo = try H.json(try H.body(of: try H.document(try await emulator.invoke(event))))
            #expect(echo["bodyBase64"] as? String == payload.base64EncodedString())
            #expect(echo["method"] as? String == "POST")
        }
    }

    @Test("A binary response body is base64 with isBase64Encoded")
    func binaryResponse() async throws {
        try await H.withProbe { emulator, _ in
            let document = try H.document(try await emulator.invoke(TestEvents.alb(path: "/probe/binary")))
            #expect(document["isBase64Encoded"] as? Bool == true)
            #expect(try H.body(of: document) == Data((0...255).map { UInt8($0) }))
        }
    }

    @Test("Behind ALB a streamed answer is collected into one SSE body")
    func albCollectsStream() async throws {
        try await H.withProbe { emulator, _ in
            let document = try H.document(try await emulator.invoke(TestEvents.alb(path: "/probe/stream", query: [("chunks", "4")])))
            #expect(document["statusCode"] as? Int == 200)
            let headers = try #require(document["headers"] as? [String: String])
            #expect(headers["content-type"] == "text/event-stream")
            let text = String(decoding: try H.body(of: document), as: UTF8.self)
            #expect(text.hasPrefix("data: {\"index\":0"))
            #expect(text.contains("\"index\":3"))
            #expect(text.hasSuffix("data: [DONE]\n\n"))
        }
    }

    @Test("Behind ALB an answer over 1 MB becomes an OpenAI-style error within the limit")
    func albOversizedAnswer() async throws {
        try await H.withProbe { emulator, _ in
            for streamed in ["true", "false"] {
                let record = try await emulator.invoke(
                    TestEvents.alb(path: "/probe/big", query: [("bytes", "1100000"), ("stream", streamed)]))
                #expect(record.body.count <= 1_000_000)
                let document = try H.document(record)
                #expect(document["statusCode"] as? Int == 502)
                #expect(document["statusDescription"] as? String == "502 Bad Gateway")
                let headers = try #require(document["headers"] as? [String: String])
                #expect(headers["x-should-retry"] == "false")
                let error = try #require(try H.json(try H.body(of: document))["error"] as? [String: Any])
                #expect(error["code"] as? String == "response_too_large")
                #expect(error["type"] as? String == "api_error")
                #expect((error["message"] as? String)?.contains("Function URL") == true)
            }
        }
    }

    @Test("Just under the limit: a body whose JSON envelope fits is delivered")
    func albLargeButFitting() async throws {
        try await H.withProbe { emulator, _ in
            let document = try H.document(
                try await emulator.invoke(TestEvents.alb(path: "/probe/big", query: [("bytes", "900000")])))
            #expect(document["statusCode"] as? Int == 200)
            #expect(try H.body(of: document).count == 900_000)
        }
    }

    @Test("Function URL with response streaming: prelude, then chunks that arrive before the end")
    func functionURLStreaming() async throws {
        try await H.withProbe(["LAMBDA_RESPONSE_STREAMING": "true"]) { emulator, _ in
            let gate = "stream-\(UUID().uuidString)"
            let event = TestEvents.functionURL(
                method: "POST", rawPath: "/probe/stream",
                rawQueryString: "chunks=3&gate=" + emulator.gateURL(gate).addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            let id = emulator.enqueue(event)

            // The handler is held before its last event: the first ones must already be here.
            try await emulator.gateRequested(gate)
            let partial = try await emulator.bodySoFar(of: id, containing: "\"index\":1")
            #expect(!partial.isComplete)
            #expect(partial.header("Lambda-Runtime-Function-Response-Mode") == "streaming")
            #expect(partial.header("Transfer-Encoding")?.lowercased() == "chunked")
            #expect(partial.header("Content-Type") == "application/vnd.awslambda.http-integration-response")
            #expect(!partial.body.contains(Data("\"index\":2".utf8)))

            emulator.openGate(gate)
            let record = try await emulator.completion(of: id)
            #expect(record.isComplete)
            let delimiter = try #require(record.body.range(of: Data(repeating: 0, count: 8)))
            let prelude = try H.json(record.body[..<delimiter.lowerBound])
            #expect(prelude["statusCode"] as? Int == 200)
            let headers = try #require(prelude["headers"] as? [String: String])
            #expect(headers["content-type"] == "text/event-stream")
            let body = String(decoding: record.body[delimiter.upperBound...], as: UTF8.self)
            #expect(body.hasPrefix("data: {\"index\":0"))
            #expect(body.hasSuffix("data: [DONE]\n\n"))
        }
    }

    @Test("Function URL streaming: cookies go to the prelude's cookies, a JSON answer is streamed too")
    func functionURLStreamingCookies() async throws {
        try await H.withProbe(["LAMBDA_RESPONSE_STREAMING": "true"]) { emulator, _ in
            let record = try await emulator.invoke(TestEvents.functionURL(rawPath: "/probe/echo"))
            let delimiter = try #require(record.body.range(of: Data(repeating: 0, count: 8)))
            let prelude = try H.json(record.body[..<delimiter.lowerBound])
            #expect(prelude["cookies"] as? [String] == ["a=1", "b=2"])
            let echo = try H.json(record.body[delimiter.upperBound...])
            #expect(echo["path"] as? String == "/probe/echo")
        }
    }

    @Test("Function URL without streaming: the v2 response format with cookies")
    func functionURLBuffered() async throws {
        try await H.withProbe { emulator, _ in
            let event = TestEvents.functionURL(
                method: "POST", rawPath: "/probe/echo", rawQueryString: "a=1&b=x%20y", cookies: ["s=1", "t=2"],
                body: Data("{\"x\":1}".utf8), isBase64Encoded: true)
            let document = try H.document(try await emulator.invoke(event))
            #expect(document["statusCode"] as? Int == 200)
            #expect(document["statusDescription"] == nil)
            #expect(document["cookies"] as? [String] == ["a=1", "b=2"])
            let echo = try H.json(try H.body(of: document))
            #expect(echo["query"] as? [[String]] == [["a", "1"], ["b", "x y"]])
            #expect(echo["bodyBase64"] as? String == Data("{\"x\":1}".utf8).base64EncodedString())
            let headers = try #require(echo["headers"] as? [[String]])
            #expect(headers.contains(["cookie", "s=1; t=2"]))
        }
    }

    @Test("API Gateway REST event: multiValueHeaders response, path re-encoded")
    func apiGatewayV1() async throws {
        try await H.withProbe { emulator, _ in
            let event = TestEvents.apiGatewayV1(
                path: "/probe/echo", query: ["k": ["1", "2"]], headers: ["Accept": ["x"]])
            let document = try H.document(try await emulator.invoke(event))
            #expect(document["statusCode"] as? Int == 200)
            let headers = try #require(document["multiValueHeaders"] as? [String: [String]])
            #expect(headers["set-cookie"] == ["a=1", "b=2"])
            let echo = try H.json(try H.body(of: document))
            #expect(echo["query"] as? [[String]] == [["k", "1"], ["k", "2"]])
            #expect((echo["headers"] as? [[String]])?.contains(["accept", "x"]) == true)
        }
    }

    @Test("An event of unknown shape is reported as an invocation error, and the runtime keeps serving")
    func unknownEvent() async throws {
        try await H.withProbe { emulator, _ in
            let s3 = TestEvents.json(["Records": [["eventSource": "aws:s3"]]])
            let record = try await emulator.invoke(s3)
            #expect(record.kind == .error)
            #expect(record.header("Lambda-Runtime-Function-Error-Type") == "Runtime.InvalidEvent")
            let report = try #require(record.errorReport)
            #expect(report["errorType"] as? String == "Runtime.InvalidEvent")
            #expect((report["errorMessage"] as? String)?.contains("Application Load Balancer") == true)
            #expect(report["stackTrace"] as? [Any] != nil)

            let notJSON = try await emulator.invoke(Data("not json".utf8))
            #expect(notJSON.kind == .error)

            let next = try await emulator.invoke(TestEvents.alb(path: "/probe/echo"))
            #expect(try H.document(next)["statusCode"] as? Int == 200)
        }
    }

    @Test("A recognized event with an invalid base64 body gets a 400 in its own format")
    func invalidBase64Body() async throws {
        try await H.withProbe { emulator, _ in
            var object = try H.json(TestEvents.alb(method: "POST", path: "/probe/echo"))
            object["isBase64Encoded"] = true
            object["body"] = "***"
            let document = try H.document(try await emulator.invoke(TestEvents.json(object)))
            #expect(document["statusCode"] as? Int == 400)
            #expect(document["statusDescription"] as? String == "400 Bad Request")
            let error = try #require(try H.json(try H.body(of: document))["error"] as? [String: Any])
            #expect(error["code"] as? String == "invalid_event")
        }
    }

    @Test("A handler still running at the deadline gets a 504 timeout error before Lambda's cutoff")
    func deadline() async throws {
        try await H.withProbe { emulator, _ in
            let record = try await emulator.invoke(
                TestEvents.alb(path: "/probe/slow", query: [("seconds", "60")]), deadline: Date() + 1.5)
            let document = try H.document(record)
            #expect(document["statusCode"] as? Int == 504)
            let error = try #require(try H.json(try H.body(of: document))["error"] as? [String: Any])
            #expect(error["type"] as? String == "timeout")
            #expect(error["code"] as? String == "function_timeout")
        }
    }

    @Test("An SSE stream that fails mid-way ends with an error event after the chunks produced so far")
    func failingEventStream() async throws {
        try await H.withProbe(["LAMBDA_RESPONSE_STREAMING": "true"]) { emulator, _ in
            let record = try await emulator.invoke(TestEvents.functionURL(rawPath: "/probe/fail-stream"))
            #expect(record.isComplete)
            let delimiter = try #require(record.body.range(of: Data(repeating: 0, count: 8)))
            let body = String(decoding: record.body[delimiter.upperBound...], as: UTF8.self)
            #expect(body.hasPrefix("data: {\"n\":1}\n\n"))
            let last = try #require(body.components(separatedBy: "\n\n").dropLast().last)
            let error = try #require(try H.json(Data(last.dropFirst("data: ".count).utf8))["error"] as? [String: Any])
            #expect(error["code"] as? String == "stream_failed")
        }
    }

    @Test("Any other streamed body that fails aborts the upload; the next invocation is served")
    func failingOtherStream() async throws {
        try await H.withProbe(["LAMBDA_RESPONSE_STREAMING": "true"]) { emulator, _ in
            let record = try await emulator.invoke(
                TestEvents.functionURL(rawPath: "/probe/fail-stream", rawQueryString: "type=application%2Foctet-stream"))
            // Either the upload started and was cut short, or it was aborted before it went out
            // and the runtime reported the failure instead.
            if record.kind == .response {
                #expect(record.isTruncated)
            } else {
                #expect(record.header("Lambda-Runtime-Function-Error-Type") == "Runtime.Unhandled")
                #expect((record.errorReport?["errorMessage"] as? String)?.contains("probe stream failure") == true)
            }
            let next = try await emulator.invoke(TestEvents.functionURL(rawPath: "/probe/echo"))
            #expect(next.isComplete)
        }
    }

    @Test("An initialization failure is posted to /runtime/init/error and the process exits")
    func initError() async throws {
        try await H.withProbe(["PROBE_INIT_ERROR": "API_KEY_SECRET_ARN: secret not found"]) { emulator, process in
            let record = try await emulator.initError()
            #expect(record.header("Lambda-Runtime-Function-Error-Type") == "Runtime.ConfigInvalid")
            let report = try #require(record.errorReport)
            #expect(report["errorMessage"] as? String == "API_KEY_SECRET_ARN: secret not found")
            #expect(try await process.exitStatus() != 0)
            #expect(emulator.nextRequestCount == 0)
        }
    }

    @Test("A bad runtime setting is an init error too")
    func badSetting() async throws {
        try await H.withProbe(["LAMBDA_RESPONSE_STREAMING": "maybe"]) { emulator, process in
            let report = try #require(try await emulator.initError().errorReport)
            #expect(report["errorType"] as? String == "Runtime.ConfigInvalid")
            #expect((report["errorMessage"] as? String)?.hasPrefix("LAMBDA_RESPONSE_STREAMING") == true)
            #expect(try await process.exitStatus() != 0)
        }
    }

    @Test("Init is logged as a JSON line with its duration; each invocation gets a JSON log line")
    func logging() async throws {
        try await H.withProbe { emulator, process in
            let id = emulator.enqueue(TestEvents.alb(path: "/probe/echo"))
            _ = try await emulator.completion(of: id)
            try await emulator.nextRequests(atLeast: 2)
            let lines = process.logLines
            let initLine = try #require(lines.first { $0["event"] as? String == "lambda_init" })
            #expect(initLine["init_duration_ms"] is Double || initLine["init_duration_ms"] is Int)
            #expect(initLine["level"] as? String == "info")
            #expect(initLine["function_name"] as? String == "gateway")
            let invocation = try #require(lines.first { $0["event"] as? String == "lambda_invocation" })
            #expect(invocation["request_id"] as? String == id)
            #expect(invocation["status"] as? Int == 200)
            #expect(invocation["event_type"] as? String == "alb")
            #expect(invocation["outcome"] as? String == "ok")
        }
    }
}
