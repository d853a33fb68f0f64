import BedrockClient
import Foundation
import GatewayCore
import GatewayServer
import Testing

@Suite("GatewayServer streamed responses")
struct GatewayServerStreamingTests {
    static func streamingHandler(_ chunks: AsyncThrowingStream<Data, any Error>) -> FakeGatewayHandler {
        FakeGatewayHandler { _ in
            GatewayResponse(
                status: 200, headers: [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")],
                body: .stream(BedrockEventStream(chunks)))
        }
    }

    @Test("each chunk reaches the client as soon as it is produced, before the next one exists")
    func chunksAreFlushed() async throws {
        let (chunks, producer) = AsyncThrowingStream<Data, any Error>.makeStream()
        let first = Data("data: {\"n\":1}\n\n".utf8)
        let second = Data("data: [DONE]\n\n".utf8)
        try await ServerTestHarness.withServer(handler: Self.streamingHandler(chunks)) { running, client in
            let response = try await client.stream(HTTPRequest(
                method: .post, url: ServerTestHarness.url(running, "/v1/chat/completions"), body: .bytes(Data("{}".utf8))))
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "text/event-stream")
            #expect(response.headers["x-request-id"] != nil)

            // The handler produces chunk 2 only once the client holds all of chunk 1.
            producer.yield(first)
            var iterator = response.body.makeAsyncIterator()
            var received: [UInt8] = []
            while received.count < first.count, let bytes = try await iterator.next() {
                received += bytes
            }
            #expect(Data(received) == first)

            producer.yield(second)
            producer.finish()
            var rest: [UInt8] = []
            while let bytes = try await iterator.next() { rest += bytes }
            #expect(Data(rest) == second)
        }
    }

    @Test("a client leaving mid-stream ends the handler's stream, even while it waits for its next chunk")
    func clientDisconnectEndsStream() async throws {
        let (chunks, producer) = AsyncThrowingStream<Data, any Error>.makeStream()
        let terminated = TestSignal()
        producer.onTermination = { _ in terminated.fire() }
        try await ServerTestHarness.withServer(handler: Self.streamingHandler(chunks)) { running, _ in
            let connection = try RawHTTPConnection.connect(port: running.port)
            try await connection.send("POST /v1/chat/completions HTTP/1.1\r\nHost: gateway\r\nContent-Length: 2\r\n\r\n{}")
            producer.yield(Data("data: 1\n\n".utf8))
            let (head, firstChunk) = try await connection.readHeadAndFirstChunk()
            #expect(head.status == 200)
            #expect(firstChunk == Array("data: 1\n\n".utf8))

            connection.close()
            #expect(await terminated.wait())
        }
    }

    @Test("a libcurl client abandoning the body mid-stream ends the handler's stream")
    func abandonedBodyEndsStream() async throws {
        let (chunks, producer) = AsyncThrowingStream<Data, any Error>.makeStream()
        let terminated = TestSignal()
        producer.onTermination = { _ in terminated.fire() }
        try await ServerTestHarness.withServer(handler: Self.streamingHandler(chunks)) { running, client in
            let response = try await client.stream(HTTPRequest(
                method: .post, url: ServerTestHarness.url(running, "/v1/chat/completions"), body: .bytes(Data("{}".utf8))))
            producer.yield(Data("data: 1\n\n".utf8))
            for try await _ in response.body { break }
            #expect(await terminated.wait())
        }
    }

    @Test("a client leaving while the handler works on a non-streamed answer cancels the handler")
    func clientDisconnectCancelsHandler() async throws {
        let entered = TestSignal()
        let cancelled = TestSignal()
        let handler = FakeGatewayHandler { _ in
            entered.fire()
            // Stands in for a long Bedrock call; it ends early only through cancellation.
            while !Task.isCancelled, !cancelled.isFired {
                try? await Task.sleep(for: .milliseconds(5))
            }
            if Task.isCancelled { cancelled.fire() }
            return GatewayResponse(status: 200, body: .bytes(Data("late".utf8)))
        }
        try await ServerTestHarness.withServer(handler: handler) { running, _ in
            let connection = try RawHTTPConnection.connect(port: running.port)
            try await connection.send("POST /v1/chat/completions HTTP/1.1\r\nHost: gateway\r\nContent-Length: 2\r\n\r\n{}")
            #expect(await entered.wait())
            connection.close()
            #expect(await cancelled.wait())
        }
    }

    @Test("a stream that fails mid-way closes the connection without the terminating chunk")
    func failingStreamClosesConnection() async throws {
        struct UpstreamFailure: Error {}
        let (chunks, producer) = AsyncThrowingStream<Data, any Error>.makeStream()
        try await ServerTestHarness.withServer(handler: Self.streamingHandler(chunks)) { running, _ in
            let connection = try RawHTTPConnection.connect(port: running.port)
            try await connection.send("GET /v1/stream HTTP/1.1\r\nHost: gateway\r\n\r\n")
            producer.yield(Data("data: 1\n\n".utf8))
            let (head, firstChunk) = try await connection.readHeadAndFirstChunk()
            #expect(head.header("transfer-encoding")?.lowercased() == "chunked")
            #expect(firstChunk == Array("data: 1\n\n".utf8))

            producer.finish(throwing: UpstreamFailure())
            #expect(await connection.waitForClose())
        }
    }
}
