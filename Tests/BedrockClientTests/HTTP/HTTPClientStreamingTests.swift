import Foundation
import Synchronization
import Testing

@testable import BedrockClient

@Suite("HTTPClient streaming bodies, both directions")
struct HTTPClientStreamingTests {
    @Test func bodyChunksArriveBeforeTheServerFinishes() async throws {
        let gate = TestSignal()
        try await HTTPTestHarness.withServer({ _, connection in
            connection.writeHead(status: 200, headers: [("Transfer-Encoding", "chunked"), ("X-Stream", "1")])
            connection.writeChunk(Array("first".utf8))
            guard gate.waitBlocking() else { return }
            connection.writeChunk(Array("second".utf8))
            connection.writeChunk([])
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let response = try await client.stream(HTTPRequest(url: server.baseURL + "/events"))
                #expect(response.status == 200)
                #expect(response.headers["X-Stream"] == "1")

                var iterator = response.body.makeAsyncIterator()
                var early: [UInt8] = []
                while early.count < 5, let chunk = try await iterator.next() { early += chunk }
                #expect(early == Array("first".utf8))
                #expect(!gate.isFired, "the first part arrived while the server was still holding the rest")

                gate.fire()
                var rest: [UInt8] = []
                while let chunk = try await iterator.next() { rest += chunk }
                #expect(rest == Array("second".utf8))
            }
        }
    }

    @Test func slowConsumerKeepsBufferedBytesWithinTheLimit() async throws {
        let body = HTTPTestHarness.pattern(count: 8 * 1024 * 1024, seed: 7)
        let limit = 64 * 1024
        try await HTTPTestHarness.withServer({ _, connection in
            connection.respond(status: 200, body: body)
        }) { server in
            var configuration = HTTPClient.Configuration()
            configuration.responseBodyBufferLimit = limit
            try await HTTPTestHarness.withClient(configuration) { client in
                let response = try await client.stream(HTTPRequest(url: server.baseURL + "/big"))
                var iterator = response.body.makeAsyncIterator()
                var received = try #require(try await iterator.next())

                // Stop reading until the transfer reports itself paused by backpressure.
                let paused = await poll { response.body.bufferStatistics.isReceivePaused }
                #expect(paused)
                let whilePaused = response.body.bufferStatistics
                #expect(whilePaused.bufferedBytes <= limit)

                while let chunk = try await iterator.next() { received += chunk }
                #expect(received.count == body.count)
                #expect(received == body)

                let statistics = response.body.bufferStatistics
                #expect(statistics.maxBufferedBytes <= limit)
                #expect(statistics.receivePauses >= 1)
            }
        }
    }

    @Test func pausedTransferDoesNotCountAsIdle() async throws {
        let body = HTTPTestHarness.pattern(count: 2 * 1024 * 1024, seed: 3)
        try await HTTPTestHarness.withServer({ _, connection in
            connection.respond(status: 200, body: body)
        }) { server in
            var configuration = HTTPClient.Configuration()
            configuration.responseBodyBufferLimit = 32 * 1024
            configuration.timeouts = HTTPTimeouts(connect: .seconds(5), idleRead: .seconds(1))
            try await HTTPTestHarness.withClient(configuration) { client in
                let response = try await client.stream(HTTPRequest(url: server.baseURL + "/big"))
                var iterator = response.body.makeAsyncIterator()
                var received = try #require(try await iterator.next())
                #expect(await poll { response.body.bufferStatistics.isReceivePaused })
                // Stay paused for longer than the idle-read timeout.
                try await Task.sleep(for: .milliseconds(1500))
                while let chunk = try await iterator.next() { received += chunk }
                #expect(received == body)
            }
        }
    }

    @Test func leavingTheLoopEarlyCancelsTheTransfer() async throws {
        let peerClosed = TestSignal()
        try await HTTPTestHarness.withServer({ _, connection in
            connection.writeHead(status: 200, headers: [("Transfer-Encoding", "chunked")])
            connection.writeChunk(Array("only part".utf8))
            if connection.waitForPeerClose(timeout: .seconds(30)) { peerClosed.fire() }
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let response = try await client.stream(HTTPRequest(url: server.baseURL + "/endless"))
                for try await chunk in response.body {
                    #expect(!chunk.isEmpty)
                    break
                }
                #expect(await peerClosed.wait(), "the server saw the client close the connection")
                _ = response  // still alive here: leaving the loop alone must cancel
            }
        }
    }

    @Test func droppingAnUnreadResponseCancelsTheTransfer() async throws {
        let peerClosed = TestSignal()
        try await HTTPTestHarness.withServer({ _, connection in
            connection.writeHead(status: 200, headers: [("Transfer-Encoding", "chunked")])
            if connection.waitForPeerClose(timeout: .seconds(30)) { peerClosed.fire() }
        }) { server in
            try await HTTPTestHarness.withClient { client in
                _ = try await client.stream(HTTPRequest(url: server.baseURL + "/endless"))
                #expect(await peerClosed.wait())
            }
        }
    }

    @Test func cancellingTheConsumingTaskThrowsCancelled() async throws {
        let peerClosed = TestSignal()
        let firstChunkRead = TestSignal()
        try await HTTPTestHarness.withServer({ _, connection in
            connection.writeHead(status: 200, headers: [("Transfer-Encoding", "chunked")])
            connection.writeChunk(Array("x".utf8))
            if connection.waitForPeerClose(timeout: .seconds(30)) { peerClosed.fire() }
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let response = try await client.stream(HTTPRequest(url: server.baseURL + "/stall"))
                let consumer = Task {
                    await HTTPTestHarness.clientError {
                        for try await _ in response.body { firstChunkRead.fire() }
                    }
                }
                #expect(await firstChunkRead.wait())
                consumer.cancel()
                let error = await consumer.value
                #expect(error?.code == .cancelled)
                #expect(await peerClosed.wait())
            }
        }
    }

    @Test func streamedUploadIsSentChunkedAndArrivesIntact() async throws {
        let firstPartArrived = TestSignal()
        let received = Mutex<LoopbackRequest?>(nil)
        let parts: [[UInt8]] = [Array("{\"part\":1}".utf8), HTTPTestHarness.pattern(count: 300_000, seed: 9), Array("end".utf8)]
        try await HTTPTestHarness.withServer(bodyObserver: { _ in firstPartArrived.fire() }) { request, connection in
            received.withLock { $0 = request }
            connection.respond(status: 202, body: request.body)
        } _: { server in
            var configuration = HTTPClient.Configuration()
            configuration.requestBodyBufferLimit = 16 * 1024
            try await HTTPTestHarness.withClient(configuration) { client in
                let (chunks, continuation) = AsyncStream.makeStream(of: [UInt8].self)
                let request = HTTPRequest(
                    method: .post, url: server.baseURL + "/2018-06-01/runtime/invocation/abc/response",
                    headers: ["Lambda-Runtime-Function-Response-Mode": "streaming"], body: .stream(chunks))
                let exchange = Task { try await client.execute(request) }

                continuation.yield(parts[0])
                // The server holds the first part while the producer has nothing more to give.
                #expect(await firstPartArrived.wait())
                for part in parts.dropFirst() { continuation.yield(part) }
                continuation.finish()

                let response = try await exchange.value
                #expect(response.status == 202)
                #expect([UInt8](response.body) == parts.flatMap { $0 })
                let seen = try #require(received.withLock { $0 })
                #expect(seen.header("Transfer-Encoding")?.lowercased() == "chunked")
                #expect(!seen.hasHeader("Content-Length"))
                #expect(seen.header("Lambda-Runtime-Function-Response-Mode") == "streaming")
                #expect(seen.body == parts.flatMap { $0 })
            }
        }
    }

    @Test func failingUploadStreamAbortsWithRequestBodyFailed() async throws {
        struct ProducerFailure: Error {}
        try await HTTPTestHarness.withServer({ _, connection in
            connection.respond(status: 200)
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let (chunks, continuation) = AsyncThrowingStream.makeStream(of: [UInt8].self)
                continuation.yield(Array("partial".utf8))
                continuation.finish(throwing: ProducerFailure())
                let error = await HTTPTestHarness.clientError {
                    _ = try await client.execute(
                        HTTPRequest(method: .post, url: server.baseURL + "/upload", body: .stream(chunks)))
                }
                #expect(error?.code == .requestBodyFailed)
            }
        }
    }

    @Test func collectGathersTheBodyAndEnforcesItsLimit() async throws {
        let body = HTTPTestHarness.pattern(count: 100_000, seed: 5)
        try await HTTPTestHarness.withServer({ _, connection in
            connection.respond(status: 200, body: body)
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let whole = try await client.stream(HTTPRequest(url: server.baseURL + "/")).body.collect(upTo: body.count)
                #expect(whole == Data(body))

                let tooBig = try await client.stream(HTTPRequest(url: server.baseURL + "/"))
                let error = await HTTPTestHarness.clientError { _ = try await tooBig.body.collect(upTo: 1000) }
                #expect(error?.code == .transferFailed)
            }
        }
    }

    @Test func cancellingWhileAwaitingTheHeadThrowsCancelled() async throws {
        let requestArrived = TestSignal()
        let peerClosed = TestSignal()
        try await HTTPTestHarness.withServer({ _, connection in
            requestArrived.fire()
            if connection.waitForPeerClose(timeout: .seconds(30)) { peerClosed.fire() }
        }) { server in
            try await HTTPTestHarness.withClient { client in
                let waiting = Task {
                    await HTTPTestHarness.clientError { _ = try await client.stream(HTTPRequest(url: server.baseURL + "/")) }
                }
                #expect(await requestArrived.wait())
                waiting.cancel()
                #expect(await waiting.value?.code == .cancelled)
                #expect(await peerClosed.wait())
            }
        }
    }

    /// Polls `condition` (a safety-net bound keeps a broken test from hanging).
    private func poll(_ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(30)
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            try? await Task.sleep(for: .milliseconds(2))  // only a polling pause
        }
        return true
    }
}
