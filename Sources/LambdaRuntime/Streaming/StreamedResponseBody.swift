import Foundation
import GatewayCore
import Synchronization

/// The request body of a streamed Runtime API response: the HTTP integration prelude, then the
/// gateway's body chunks as they are produced.
///
/// When the invocation's deadline arrives mid-stream, or the gateway's stream throws, a
/// server-sent event stream gets a final `data: {"error":…}` event and ends cleanly, so the
/// client receives everything produced so far plus an error it can show; the Bedrock stream is
/// cancelled. Any other body that throws is passed on as an error, which aborts the upload and
/// Lambda cuts the client's response short. (Lambda documents trailers —
/// `Lambda-Runtime-Function-Error-Type` / `-Body` — for reporting a mid-stream error; the HTTP
/// client does not send trailers, and aborting would discard chunks still queued for upload.)
///
/// ```swift
/// let body = StreamedResponseBody(prelude: prelude, body: response.body, isEventStream: true, deadline: signal)
/// try await client.sendStreamingResponse(requestID: id, contentType: LambdaRuntimeAPI.Value.httpIntegrationContentType, chunks: body)
/// print(body.progress.bytesSent)
/// ```
public struct StreamedResponseBody: AsyncSequence, Sendable {
    public typealias Element = [UInt8]

    /// What happened while the body was sent, for the invocation's log line.
    public final class Progress: Sendable {
        private let state = Mutex(State())

        struct State {
            var bytesSent = 0
            var chunks = 0
            var deadlineReached = false
            var failure: String?
        }

        /// Body bytes handed to the upload (the prelude excluded).
        public var bytesSent: Int { state.withLock { $0.bytesSent } }
        public var chunks: Int { state.withLock { $0.chunks } }
        public var deadlineReached: Bool { state.withLock { $0.deadlineReached } }
        public var failure: String? { state.withLock { $0.failure } }

        func record(bytes: Int) {
            state.withLock {
                $0.bytesSent += bytes
                $0.chunks += 1
            }
        }

        func recordDeadline() { state.withLock { $0.deadlineReached = true } }
        func recordFailure(_ message: String) { state.withLock { $0.failure = message } }
    }

    let prelude: [UInt8]
    let body: GatewayResponse.Body
    let isEventStream: Bool
    let deadline: DeadlineSignal?
    public let progress = Progress()

    public init(prelude: [UInt8], body: GatewayResponse.Body, isEventStream: Bool, deadline: DeadlineSignal?) {
        self.prelude = prelude
        self.body = body
        self.isEventStream = isEventStream
        self.deadline = deadline
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(owner: self)
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        private enum Phase {
            case prelude
            case bytes(Data)
            case stream(UncheckedBox<BedrockEventStream<Data>.AsyncIterator>)
            case finished
        }

        private let owner: StreamedResponseBody
        private var phase: Phase = .prelude

        init(owner: StreamedResponseBody) {
            self.owner = owner
        }

        public mutating func next() async throws -> [UInt8]? {
            switch phase {
            case .prelude:
                switch owner.body {
                case .bytes(let data): phase = .bytes(data)
                case .stream(let chunks): phase = .stream(UncheckedBox(chunks.makeAsyncIterator()))
                }
                return owner.prelude
            case .bytes(let data):
                phase = .finished
                guard !data.isEmpty else { return nil }
                owner.progress.record(bytes: data.count)
                return [UInt8](data)
            case .stream(let box):
                // At the deadline the race returns while the read may still be in flight: the
                // box is never touched again (the phase ends), so the read has it to itself.
                let outcome = await DeadlineRace.run(owner.deadline) { () async -> Result<Data?, any Error> in
                    do {
                        return .success(try await box.value.next())
                    } catch {
                        return .failure(error)
                    }
                }
                switch outcome {
                case .finished(.success(let chunk?)):
                    owner.progress.record(bytes: chunk.count)
                    return [UInt8](chunk)
                case .finished(.success(nil)):
                    phase = .finished
                    return nil
                case .finished(.failure(let error)):
                    phase = .finished
                    owner.progress.recordFailure("\(error)")
                    guard owner.isEventStream else { throw error }
                    let event = RuntimeErrorResponse.serverSentEvent(
                        OpenAIError(
                            message: "The response stream failed: \(error)", type: .server, code: "stream_failed"))
                    return [UInt8](event)
                case .deadlineReached:
                    phase = .finished
                    owner.progress.recordDeadline()
                    guard owner.isEventStream else { return nil }
                    let event = RuntimeErrorResponse.serverSentEvent(
                        OpenAIError(
                            message: "The stream was cut off at the Lambda function's timeout.", type: .timeout,
                            code: "function_timeout"))
                    return [UInt8](event)
                }
            case .finished:
                return nil
            }
        }
    }
}
