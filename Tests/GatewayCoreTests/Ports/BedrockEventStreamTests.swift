import Testing

@testable import GatewayCore

@Suite struct BedrockEventStreamTests {
    struct Boom: Error, Equatable {}

    @Test func replaysElementsThenEnds() async throws {
        var seen: [Int] = []
        for try await value in BedrockEventStream([1, 2, 3]) { seen.append(value) }
        #expect(seen == [1, 2, 3])
    }

    @Test func replaysElementsThenThrows() async {
        var seen: [Int] = []
        await #expect(throws: Boom.self) {
            for try await value in BedrockEventStream([1, 2], failingWith: Boom()) { seen.append(value) }
        }
        #expect(seen == [1, 2])
    }

    @Test func wrapsAnAsyncThrowingStreamAndPullsLazily() async throws {
        let (stream, continuation) = AsyncThrowingStream<String, any Error>.makeStream()
        let events = BedrockEventStream(stream)
        var iterator = events.makeAsyncIterator()
        continuation.yield("first")
        #expect(try await iterator.next() == "first")
        continuation.yield("second")
        continuation.finish()
        #expect(try await iterator.next() == "second")
        #expect(try await iterator.next() == nil)
    }
}
