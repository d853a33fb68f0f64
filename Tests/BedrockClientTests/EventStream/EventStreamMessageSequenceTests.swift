import Foundation
import Testing

@testable import BedrockClient

@Suite(.timeLimit(.minutes(1)))
struct EventStreamMessageSequenceTests {
    typealias TestData = EventStreamTestData

    /// The stream is never finished before each `next()`: if the adapter waited for more input
    /// or for the end of the stream instead of returning the completed message, this would hang
    /// (and hit the suite's time limit) rather than pass.
    @Test func yieldsEachMessageAsSoonAsItsLastByteArrives() async throws {
        let (bytes, expected) = try TestData.allPositiveFrames()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        var iterator = stream.eventStreamMessages().makeAsyncIterator()

        var offset = 0
        for message in expected {
            let frameLength = try EventStreamEncoder().encode(message).count
            for byte in bytes[offset..<(offset + frameLength)] {
                continuation.yield([byte])
            }
            offset += frameLength
            #expect(try await iterator.next() == message)
        }
        continuation.finish()
        #expect(try await iterator.next() == nil)
    }

    /// Counts how many chunks the adapter pulls: it must stop pulling at the chunk holding the
    /// frame's last byte.
    @Test func pullsNoChunkBeyondTheOneCompletingAMessage() async throws {
        let first = try TestData.encoded(positive: "payload_one_str_header")
        let second = try TestData.encoded(positive: "int32_header")
        // Chunk 3 completes the first frame and carries the start of the second.
        let chunks: [[UInt8]] = [
            Array(first[0..<5]), Array(first[5..<30]), Array(first[30...]) + Array(second[0..<7]),
            Array(second[7...]),
        ]
        let source = CountingChunks(chunks: chunks)
        var iterator = source.eventStreamMessages().makeAsyncIterator()

        #expect(try await iterator.next() == (try TestData.expected(positive: "payload_one_str_header").message))
        #expect(source.log.pulls == 3)
        #expect(try await iterator.next() == (try TestData.expected(positive: "int32_header").message))
        #expect(source.log.pulls == 4)
        #expect(try await iterator.next() == nil)
    }

    @Test func dataChunksAreAcceptedToo() async throws {
        let (bytes, expected) = try TestData.allPositiveFrames()
        let (stream, continuation) = AsyncStream<Data>.makeStream()
        for start in stride(from: 0, to: bytes.count, by: 7) {
            continuation.yield(Data(bytes[start..<min(bytes.count, start + 7)]))
        }
        continuation.finish()
        var decoded: [EventStreamMessage] = []
        for try await message in stream.eventStreamMessages() {
            decoded.append(message)
        }
        #expect(decoded == expected)
    }

    @Test func endingMidFrameThrowsTruncation() async throws {
        let frame = try TestData.encoded(positive: "all_headers")
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        continuation.yield(try TestData.encoded(positive: "empty_message"))
        continuation.yield(Array(frame.dropLast()))
        continuation.finish()

        var iterator = stream.eventStreamMessages().makeAsyncIterator()
        #expect(try await iterator.next() == (try TestData.expected(positive: "empty_message").message))
        await #expect(throws: EventStreamError.truncatedMessage(bufferedByteCount: frame.count - 1, expectedByteCount: frame.count)) {
            try await iterator.next()
        }
        #expect(try await iterator.next() == nil)
    }

    @Test func corruptFrameThrowsAndEndsIteration() async throws {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        continuation.yield(try TestData.encoded(negative: "corrupted_headers"))
        continuation.yield(try TestData.encoded(positive: "empty_message"))
        continuation.finish()

        var iterator = stream.eventStreamMessages().makeAsyncIterator()
        let error = await #expect(throws: EventStreamError.self) { try await iterator.next() }
        #expect(error?.kind == "messageChecksumMismatch")
        #expect(try await iterator.next() == nil)
    }

    @Test func errorsFromTheByteSourceAreRethrownUnchanged() async throws {
        struct ConnectionReset: Error, Equatable {}
        let (stream, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        continuation.yield(try TestData.encoded(positive: "empty_message"))
        continuation.finish(throwing: ConnectionReset())

        var iterator = stream.eventStreamMessages().makeAsyncIterator()
        #expect(try await iterator.next() != nil)
        await #expect(throws: ConnectionReset()) { try await iterator.next() }
        #expect(try await iterator.next() == nil)
    }

    @Test func emptyByteSourceYieldsNothing() async throws {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        continuation.yield([])
        continuation.finish()
        var iterator = stream.eventStreamMessages().makeAsyncIterator()
        #expect(try await iterator.next() == nil)
    }
}

/// A byte-chunk source that records how many chunks have been requested.
private struct CountingChunks: AsyncSequence {
    final class Log: @unchecked Sendable {
        // Only touched from the single task iterating in each test.
        var pulls = 0
    }

    let chunks: [[UInt8]]
    let log = Log()

    struct AsyncIterator: AsyncIteratorProtocol {
        let chunks: [[UInt8]]
        let log: Log

        mutating func next() async -> [UInt8]? {
            guard log.pulls < chunks.count else { return nil }
            log.pulls += 1
            return chunks[log.pulls - 1]
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(chunks: chunks, log: log) }
}
