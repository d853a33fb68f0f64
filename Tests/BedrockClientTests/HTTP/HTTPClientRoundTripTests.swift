import Foundation
import Synchronization
import Testing

@testable import BedrockClient

@Suite("HTTPClient round trips against a loopback server")
struct HTTPClientRoundTripTests {
    @Test func getSendsHeadersInOrderAndReturnsStatusHeadersAndBody() async throws {
        let received = Mutex<LoopbackRequest?>(nil)
        try await HTTPTestHarness.withServer({ request, connection in
            received.withLock { $0 = request }
            connection.respond(
                status: 201, headers: [("X-Reply", "first"), ("X-Reply", "second"), ("Content-Type", "text/plain")],
                body: Array("hello".utf8))
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let request = HTTPRequest(
                    url: server.baseURL + "/items?id=7",
                    headers: ["X-Amz-Date": "20240101T000000Z", "X-Empty": "", "Accept": "application/json"])
                let response = try await client.execute(request)

                #expect(response.status == 201)
                #expect(response.headers.values(for: "x-reply") == ["first", "second"])
                #expect(response.headers["content-type"] == "text/plain")
                #expect(response.body == Data("hello".utf8))

                let seen = try #require(received.withLock { $0 })
                #expect(seen.method == "GET")
                #expect(seen.target == "/items?id=7")
                #expect(seen.header("X-Amz-Date") == "20240101T000000Z")
                #expect(seen.hasHeader("X-Empty") && seen.header("X-Empty") == "")
                #expect(seen.header("Accept") == "application/json")
                #expect(seen.header("Host") == "127.0.0.1:\(server.port)")
                let names = seen.headers.map { $0.name.lowercased() }
                let dateIndex = try #require(names.firstIndex(of: "x-amz-date"))
                let acceptIndex = try #require(names.firstIndex(of: "accept"))
                #expect(dateIndex < acceptIndex)
            }
        }
    }

    @Test func postSendsFixedBodyWithContentLengthAndNoExpectContinue() async throws {
        let received = Mutex<LoopbackRequest?>(nil)
        try await HTTPTestHarness.withServer({ request, connection in
            received.withLock { $0 = request }
            connection.respond(status: 200, body: request.body)
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let payload = Array(#"{"messages":[{"role":"user","content":[{"text":"hi"}]}]}"#.utf8)
                let response = try await client.execute(
                    HTTPRequest(
                        method: .post, url: server.baseURL + "/model/x/converse",
                        headers: ["Content-Type": "application/json"], body: .bytes(payload)))

                #expect(response.status == 200)
                #expect([UInt8](response.body) == payload)
                let seen = try #require(received.withLock { $0 })
                #expect(seen.method == "POST")
                #expect(seen.header("Content-Length") == "\(payload.count)")
                #expect(seen.header("Content-Type") == "application/json")
                #expect(!seen.hasHeader("Transfer-Encoding"))
                #expect(!seen.hasHeader("Expect"))
            }
        }
    }

    @Test func postWithoutContentTypeDoesNotGetFormEncodedDefault() async throws {
        let received = Mutex<LoopbackRequest?>(nil)
        try await HTTPTestHarness.withServer({ request, connection in
            received.withLock { $0 = request }
            connection.respond(status: 204)
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let response = try await client.execute(
                    HTTPRequest(method: .put, url: server.baseURL + "/blob", body: .bytes(Data([1, 2, 3]))))
                #expect(response.status == 204)
                #expect(response.body.isEmpty)
                let seen = try #require(received.withLock { $0 })
                #expect(seen.method == "PUT")
                #expect(seen.body == [1, 2, 3])
                #expect(!seen.hasHeader("Content-Type"))
            }
        }
    }

    @Test func methodsWithoutBodyUseTheirOwnRequestLine() async throws {
        let methods = Mutex<[String]>([])
        try await HTTPTestHarness.withServer({ request, connection in
            methods.withLock { $0.append(request.method) }
            connection.respond(status: 200, headers: [("X-Method", request.method)])
        }) { server in
            try await HTTPTestHarness.withClient { client in
                for method in [HTTPMethod.delete, .head, .options, .post] {
                    let response = try await client.execute(HTTPRequest(method: method, url: server.baseURL + "/"))
                    #expect(response.status == 200)
                    #expect(response.headers["X-Method"] == method.rawValue)
                }
            }
        }
        #expect(methods.withLock { $0 } == ["DELETE", "HEAD", "OPTIONS", "POST"])
    }

    @Test func interimContinueResponseIsSkipped() async throws {
        try await HTTPTestHarness.withServer({ _, connection in
            connection.write(Array("HTTP/1.1 100 Continue\r\nX-Interim: yes\r\n\r\n".utf8))
            connection.respond(status: 200, headers: [("X-Final", "yes")], body: Array("done".utf8))
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let response = try await client.execute(HTTPRequest(url: server.baseURL + "/"))
                #expect(response.status == 200)
                #expect(response.headers["X-Final"] == "yes")
                #expect(response.headers["X-Interim"] == nil)
                #expect(response.body == Data("done".utf8))
            }
        }
    }

    @Test func largeBodyIsCollectedIntact() async throws {
        let body = HTTPTestHarness.pattern(count: 6 * 1024 * 1024 + 123)
        try await HTTPTestHarness.withServer({ _, connection in
            connection.respond(status: 200, body: body)
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let response = try await client.execute(HTTPRequest(url: server.baseURL + "/large"))
                #expect(response.status == 200)
                #expect(response.body.count == body.count)
                #expect(response.body == Data(body))
            }
        }
    }

    @Test func chunkedResponseBodyIsReassembled() async throws {
        try await HTTPTestHarness.withServer({ _, connection in
            connection.writeHead(status: 200, headers: [("Transfer-Encoding", "chunked")])
            for part in ["alpha", "-", "beta"] { connection.writeChunk(Array(part.utf8)) }
            connection.writeChunk([])
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let response = try await client.execute(HTTPRequest(url: server.baseURL + "/"))
                #expect(response.body == Data("alpha-beta".utf8))
            }
        }
    }

    @Test func sequentialRequestsReuseOneConnection() async throws {
        try await HTTPTestHarness.withServer({ request, connection in
            connection.respond(status: 200, body: Array(request.target.utf8))
        }) { server in
            try await HTTPTestHarness.withClient { client in
                for index in 0..<5 {
                    let response = try await client.execute(
                        HTTPRequest(
                            method: index.isMultiple(of: 2) ? .get : .post, url: server.baseURL + "/r\(index)",
                            body: index.isMultiple(of: 2) ? .none : .bytes(Array("x".utf8))))
                    #expect(response.body == Data("/r\(index)".utf8))
                }
                #expect(server.acceptedConnections == 1)
            }
        }
    }

    @Test func sharedClientReachesLoopbackWhateverTheProxyEnvironment() async throws {
        // `shared` reads the real process environment; loopback is always in its no-proxy list.
        try await HTTPTestHarness.withServer({ _, connection in
            connection.respond(status: 200, body: Array("shared".utf8))
        }) { server in
            let response = try await HTTPClient.shared.execute(HTTPRequest(url: server.baseURL + "/"))
            #expect(response.body == Data("shared".utf8))
        }
    }

    @Test func hundredConcurrentRequestsAllSucceed() async throws {
        try await HTTPTestHarness.withServer({ request, connection in
            connection.respond(status: 200, body: Array(request.target.utf8))
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let bodies = try await withThrowingTaskGroup(of: (Int, Int, Data).self) { group in
                    for index in 0..<100 {
                        group.addTask {
                            let response = try await client.execute(HTTPRequest(url: server.baseURL + "/n/\(index)"))
                            return (index, response.status, response.body)
                        }
                    }
                    var results: [Int: (Int, Data)] = [:]
                    for try await (index, status, body) in group { results[index] = (status, body) }
                    return results
                }
                #expect(bodies.count == 100)
                for index in 0..<100 {
                    #expect(bodies[index]?.0 == 200)
                    #expect(bodies[index]?.1 == Data("/n/\(index)".utf8))
                }
            }
        }
    }
}
