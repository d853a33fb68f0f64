import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

@testable import BedrockClient

@Suite("HTTPClient failures are typed")
struct HTTPClientFailureTests {
    @Test func connectingToAClosedPortIsConnectionFailedBeforeTheBodyWasSent() async throws {
        let port = try LoopbackSocket.closedPort()
        try await HTTPTestHarness.withClient { client in
            let error = await HTTPTestHarness.clientError {
                _ = try await client.execute(
                    HTTPRequest(method: .post, url: "http://127.0.0.1:\(port)/", body: .bytes(Array("payload".utf8))))
            }
            let failure = try #require(error)
            #expect(failure.code == .connectionFailed)
            #expect(failure.curlCode == 7)  // CURLE_COULDNT_CONNECT
            #expect(!failure.message.isEmpty)
            #expect(!failure.requestBodySent)
        }
    }

    @Test func unansweredHandshakeIsConnectTimeout() async throws {
        // A listener with a full accept queue: Linux drops further SYNs, so the connect hangs.
        let (listener, port) = try LoopbackSocket.listen(backlog: 0)
        let fillers = (0..<4).map { _ in LoopbackSocket.startConnect(port: port) }
        defer {
            fillers.forEach { close($0) }
            close(listener)
        }
        try await HTTPTestHarness.withClient { client in
            let error = await HTTPTestHarness.clientError {
                _ = try await client.execute(
                    HTTPRequest(url: "http://127.0.0.1:\(port)/"),
                    timeout: HTTPTimeouts(connect: .milliseconds(500), idleRead: nil, total: .seconds(30)))
            }
            #expect(error?.code == .connectTimeout)
            #expect(error?.curlCode == 28)  // CURLE_OPERATION_TIMEDOUT
            #expect(error?.requestBodySent == false)
        }
    }

    @Test func tlsHandshakeWithAPlaintextPeerIsTLSFailure() async throws {
        // The peer answers the ClientHello with plaintext HTTP: not a TLS record.
        let (listener, port) = try LoopbackSocket.listen(backlog: 4)
        let thread = Thread {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            let reply = Array("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".utf8)
            _ = reply.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            close(connection)
        }
        thread.start()
        defer { close(listener) }
        try await HTTPTestHarness.withClient { client in
            let error = await HTTPTestHarness.clientError {
                _ = try await client.execute(HTTPRequest(url: "https://127.0.0.1:\(port)/"))
            }
            #expect(error?.code == .tlsFailure)
            #expect(error?.requestBodySent == false)
        }
    }

    @Test func stalledServerTriggersIdleReadTimeoutAndTheConnectionIsClosed() async throws {
        let peerClosed = TestSignal()
        try await HTTPTestHarness.withServer({ _, connection in
            if connection.waitForPeerClose(timeout: .seconds(30)) { peerClosed.fire() }
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let error = await HTTPTestHarness.clientError {
                    _ = try await client.execute(
                        HTTPRequest(method: .post, url: server.baseURL + "/slow", body: .bytes([1, 2, 3])),
                        timeout: HTTPTimeouts(connect: .seconds(5), idleRead: .seconds(1)))
                }
                let failure = try #require(error)
                #expect(failure.code == .readTimeout)
                #expect(failure.requestBodySent)
                #expect(await peerClosed.wait())
            }
        }
    }

    @Test func serverThatKeepsTricklingHitsTheTotalTimeout() async throws {
        let stop = TestSignal()
        try await HTTPTestHarness.withServer({ _, connection in
            connection.writeHead(status: 200, headers: [("Transfer-Encoding", "chunked")])
            while !stop.isFired, connection.writeChunk(Array(".".utf8)) { usleep(50_000) }
        }) { server in
            defer { stop.fire() }
            try await HTTPTestHarness.withClient { client in
                let error = await HTTPTestHarness.clientError {
                    _ = try await client.execute(
                        HTTPRequest(url: server.baseURL + "/trickle"),
                        timeout: HTTPTimeouts(connect: .seconds(5), idleRead: .seconds(5), total: .seconds(1)))
                }
                #expect(error?.code == .totalTimeout)
                #expect(error?.curlCode == 28)
            }
        }
    }

    @Test func cancellingAStalledRequestThrowsCancelledAndClosesTheConnection() async throws {
        let requestArrived = TestSignal()
        let peerClosed = TestSignal()
        try await HTTPTestHarness.withServer({ _, connection in
            requestArrived.fire()
            if connection.waitForPeerClose(timeout: .seconds(30)) { peerClosed.fire() }
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let request = Task {
                    await HTTPTestHarness.clientError {
                        _ = try await client.execute(HTTPRequest(url: server.baseURL + "/stall"))
                    }
                }
                #expect(await requestArrived.wait())
                request.cancel()
                let error = await request.value
                #expect(error?.code == .cancelled)
                #expect(await peerClosed.wait(), "the server saw the connection close")
            }
        }
    }

    @Test func requestCancelledBeforeItStartsNeverConnects() async throws {
        try await HTTPTestHarness.withServer({ _, connection in
            connection.respond(status: 200)
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let request = Task {
                    withUnsafeCurrentTask { $0?.cancel() }
                    return await HTTPTestHarness.clientError {
                        _ = try await client.execute(HTTPRequest(url: server.baseURL + "/"))
                    }
                }
                let error = await request.value
                #expect(error?.code == .cancelled)
                // A later request proves the loop handled the cancelled one and moved on.
                let response = try await client.execute(HTTPRequest(url: server.baseURL + "/"))
                #expect(response.status == 200)
                #expect(server.acceptedConnections == 1)
            }
        }
    }

    @Test func connectionClosedAfterTheBodyArrivedReportsBodySent() async throws {
        try await HTTPTestHarness.withServer({ _, connection in
            connection.closeNow()
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let error = await HTTPTestHarness.clientError {
                    _ = try await client.execute(
                        HTTPRequest(method: .post, url: server.baseURL + "/", body: .bytes(Array("body".utf8))))
                }
                let failure = try #require(error)
                #expect(failure.code == .connectionClosed)
                #expect(failure.curlCode == 52)  // CURLE_GOT_NOTHING
                #expect(failure.requestBodySent)
            }
        }
    }

    @Test func headerValueWithLineBreakIsRejectedBeforeSending() async throws {
        try await HTTPTestHarness.withClient { client in
            let error = await HTTPTestHarness.clientError {
                _ = try await client.execute(
                    HTTPRequest(url: "http://127.0.0.1:9/", headers: ["X-Injected": "a\r\nHost: evil"]))
            }
            #expect(error?.code == .invalidRequest)
            #expect(error?.curlCode == nil)
        }
    }

    @Test func nonHTTPSchemesAreRejected() async throws {
        try await HTTPTestHarness.withClient { client in
            for url in ["file:///etc/passwd", "ftp://127.0.0.1/", "/relative", "http://127.0.0.1/a b"] {
                let error = await HTTPTestHarness.clientError {
                    _ = try await client.execute(HTTPRequest(url: url))
                }
                #expect(error?.code == .invalidRequest, "\(url)")
            }
        }
    }

    @Test func shutdownFailsInFlightAndLaterRequests() async throws {
        let requestArrived = TestSignal()
        try await HTTPTestHarness.withServer({ _, connection in
            requestArrived.fire()
            _ = connection.waitForPeerClose(timeout: .seconds(30))
        }) { server in
            let client = HTTPClient(configuration: HTTPClient.Configuration(), environment: [:])
            let inFlight = Task {
                await HTTPTestHarness.clientError {
                    _ = try await client.execute(HTTPRequest(url: server.baseURL + "/stall"))
                }
            }
            #expect(await requestArrived.wait())
            await client.shutdown()
            #expect(await inFlight.value?.code == .shutdown)
            let later = await HTTPTestHarness.clientError {
                _ = try await client.execute(HTTPRequest(url: server.baseURL + "/"))
            }
            #expect(later?.code == .shutdown)
            await client.shutdown()  // idempotent
        }
    }

    @Test func droppingTheClientStopsItsLoop() async throws {
        try await HTTPTestHarness.withServer({ _, connection in
            connection.respond(status: 200)
        }) { server in
            var client: HTTPClient? = HTTPClient(configuration: HTTPClient.Configuration(), environment: [:])
            let response = try await client?.execute(HTTPRequest(url: server.baseURL + "/"))
            #expect(response?.status == 200)
            weak let weakClient = client
            client = nil
            #expect(weakClient == nil)
        }
    }
}
