import Foundation
import Synchronization

/// Everything one HTTP exchange shares between the libcurl loop thread and the Swift tasks using
/// it: the waiting continuations, the bounded response-body buffer, the streamed request-body
/// queue and the pause flags. All of it sits behind one `Mutex`; continuations are always resumed
/// after the lock is released, and libcurl is never called while it is held.
final class TransferExchange: Sendable, RequestBodySink {
    enum Mode: Sendable {
        /// `execute`: the loop thread accumulates the body and completes with an `HTTPResponse`.
        case collect
        /// `stream`: the head is delivered first, then the body chunk by chunk with backpressure.
        case stream
    }

    /// What the write callback should tell libcurl about a piece of response body.
    enum BodyOffer {
        case accepted
        /// Return `CURL_WRITEFUNC_PAUSE`: libcurl keeps the bytes and offers them again on unpause.
        case pause
        /// The consumer is gone; abort the transfer.
        case discard
    }

    /// What the read callback should hand libcurl.
    enum UploadRead {
        case bytes(Int)
        /// Return `CURL_READFUNC_PAUSE` until the producer has more.
        case pause
        /// End of the body.
        case end
        /// Return `CURL_READFUNC_ABORT`.
        case abort
    }

    let id: UInt64
    let mode: Mode
    private let loop: CurlMultiLoop
    private let responseBufferLimit: Int
    private let requestBufferLimit: Int
    private let state: Mutex<State>

    init(id: UInt64, mode: Mode, loop: CurlMultiLoop, responseBufferLimit: Int, requestBufferLimit: Int) {
        self.id = id
        self.mode = mode
        self.loop = loop
        self.responseBufferLimit = max(1, responseBufferLimit)
        self.requestBufferLimit = max(1, requestBufferLimit)
        self.state = Mutex(State())
    }

    // MARK: - Awaiting the outcome (Swift side)

    /// Installs the waiter for a collected response. Returns `false` (having resumed the
    /// continuation) when the exchange already ended, e.g. it was cancelled before it started.
    func installResponseWaiter(_ continuation: CheckedContinuation<HTTPResponse, any Error>) -> Bool {
        let earlyError: HTTPClientError? = state.withLock { state in
            if case .failure(let error) = state.terminal { return error }
            state.responseWaiter = continuation
            return nil
        }
        if let earlyError {
            continuation.resume(throwing: earlyError)
            return false
        }
        return true
    }

    /// Installs the waiter for a streamed response's head. Same contract as above.
    func installHeadWaiter(_ continuation: CheckedContinuation<HTTPResponseHead, any Error>) -> Bool {
        let earlyError: HTTPClientError? = state.withLock { state in
            if case .failure(let error) = state.terminal { return error }
            state.headWaiter = continuation
            return nil
        }
        if let earlyError {
            continuation.resume(throwing: earlyError)
            return false
        }
        return true
    }

    /// The next response-body chunk, `nil` at the end, or the transfer's error.
    func nextChunk() async throws -> [UInt8]? {
        switch state.withLock({ $0.pollChunk(lowWater: responseBufferLimit / 2) }) {
        case .chunk(let chunk, let resume):
            if resume { requestResume() }
            return chunk
        case .end:
            return nil
        case .failed(let error):
            throw error
        case .wait:
            break
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<[UInt8]?, any Error>) in
                enum Next { case now(ChunkPoll), suspended(resume: Bool) }
                let next: Next = state.withLock { state in
                    let poll = state.pollChunk(lowWater: responseBufferLimit / 2)
                    guard case .wait = poll else { return .now(poll) }
                    state.bodyWaiter = continuation
                    // Buffer empty and still paused: the consumer is starving, unpause now.
                    let resume = state.receivePaused && !state.receiveResumeRequested
                    if resume { state.receiveResumeRequested = true }
                    return .suspended(resume: resume)
                }
                switch next {
                case .now(.chunk(let chunk, let resume)):
                    if resume { requestResume() }
                    continuation.resume(returning: chunk)
                case .now(.end), .now(.wait):
                    continuation.resume(returning: nil)
                case .now(.failed(let error)):
                    continuation.resume(throwing: error)
                case .suspended(let resume):
                    if resume { requestResume() }
                }
            }
        } onCancel: {
            cancel()
        }
    }

    /// Ends the exchange with `.cancelled` unless it already ended. Safe from any thread.
    func cancel() {
        abort(.cancelled(requestBodySent: state.withLock { $0.bodyBytesHanded > 0 }))
    }

    /// Ends the exchange with `error` right away (waiters resume now) and asks the loop thread to
    /// remove the transfer and release its connection.
    func abort(_ error: HTTPClientError) {
        let wasRunning = settle(.failure(error), response: nil)
        if wasRunning {
            _ = loop.submit(.cancel(id))
        }
    }

    /// The consumer let go of the response (dropped it, or left its `for await` loop).
    func abandon() {
        let ended = state.withLock { $0.terminal != nil }
        if !ended { cancel() }
    }

    // MARK: - Streamed request body (producer side)

    func startProducer(_ pump: @escaping @Sendable (RequestBodySink) async throws -> Void) {
        let task = Task {
            do {
                try await pump(self)
                self.endUpload()
            } catch {
                let sent = self.state.withLock { $0.bodyBytesHanded > 0 }
                self.abort(
                    HTTPClientError(
                        .requestBodyFailed, message: "The request body stream failed: \(error)",
                        requestBodySent: sent))
            }
        }
        let alreadyEnded = state.withLock { state in
            if state.terminal != nil { return true }
            state.producerTask = task
            return false
        }
        if alreadyEnded { task.cancel() }
    }

    func write(_ chunk: [UInt8]) async -> Bool {
        if chunk.isEmpty { return !state.withLock { $0.terminal != nil } }
        return await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            enum Outcome { case done(Bool, resume: Bool), suspended(resume: Bool) }
            let outcome: Outcome = state.withLock { state in
                guard state.terminal == nil else { return .done(false, resume: false) }
                state.upload.append(chunk)
                state.uploadBuffered += chunk.count
                let resume = state.sendPaused && !state.sendResumeRequested
                if resume { state.sendResumeRequested = true }
                if state.uploadBuffered > requestBufferLimit {
                    state.producerWaiter = continuation
                    return .suspended(resume: resume)
                }
                return .done(true, resume: resume)
            }
            switch outcome {
            case .done(let accepted, let resume):
                if resume { requestResume() }
                continuation.resume(returning: accepted)
            case .suspended(let resume):
                if resume { requestResume() }
            }
        }
    }

    private func endUpload() {
        let resume = state.withLock { state in
            state.uploadEnded = true
            let resume = state.sendPaused && !state.sendResumeRequested
            if resume { state.sendResumeRequested = true }
            return resume
        }
        if resume { requestResume() }
    }

    private func requestResume() {
        _ = loop.submit(.resume(id))
    }

    // MARK: - Loop-thread side

    var isCancelled: Bool {
        state.withLock { $0.terminal != nil }
    }

    /// Whether this client paused the transfer (consumer slow, or no upload data yet): the
    /// idle-read clock does not run while it is.
    var isPausedByClient: Bool {
        state.withLock { $0.receivePaused || $0.sendPaused }
    }

    var bodyBytesHanded: Int64 {
        state.withLock { $0.bodyBytesHanded }
    }

    /// The error the exchange already ended with (cancellation, request-body failure), if any.
    var settledError: HTTPClientError? {
        state.withLock { state in
            if case .failure(let error) = state.terminal { return error }
            return nil
        }
    }

    func deliverHead(_ head: HTTPResponseHead) {
        let waiter = state.withLock { state -> CheckedContinuation<HTTPResponseHead, any Error>? in
            guard state.terminal == nil else { return nil }
            defer { state.headWaiter = nil }
            return state.headWaiter
        }
        waiter?.resume(returning: head)
    }

    func offerBody(_ bytes: UnsafeRawBufferPointer) -> BodyOffer {
        enum Outcome { case offer(BodyOffer), handOver(CheckedContinuation<[UInt8]?, any Error>) }
        let outcome: Outcome = state.withLock { state in
            guard state.terminal == nil else { return .offer(.discard) }
            if let waiter = state.bodyWaiter {
                state.bodyWaiter = nil
                return .handOver(waiter)
            }
            if state.bufferedBytes > 0 && state.bufferedBytes + bytes.count > responseBufferLimit {
                state.receivePaused = true
                state.statistics.receivePauses += 1
                return .offer(.pause)
            }
            state.chunks.append([UInt8](bytes))
            state.bufferedBytes += bytes.count
            state.statistics.maxBufferedBytes = max(state.statistics.maxBufferedBytes, state.bufferedBytes)
            return .offer(.accepted)
        }
        switch outcome {
        case .offer(let offer):
            return offer
        case .handOver(let waiter):
            waiter.resume(returning: [UInt8](bytes))
            return .accepted
        }
    }

    func readUpload(into buffer: UnsafeMutableRawBufferPointer) -> UploadRead {
        let (read, producer): (UploadRead, CheckedContinuation<Bool, Never>?) = state.withLock { state in
            guard state.terminal == nil else { return (.abort, nil) }
            guard !state.upload.isEmpty else {
                if state.uploadEnded { return (.end, nil) }
                state.sendPaused = true
                state.statistics.sendPauses += 1
                return (.pause, nil)
            }
            var written = 0
            while written < buffer.count, !state.upload.isEmpty {
                let chunk = state.upload[0]
                let available = chunk.count - state.uploadOffset
                let count = min(available, buffer.count - written)
                chunk.withUnsafeBytes { source in
                    let slice = UnsafeRawBufferPointer(rebasing: source[state.uploadOffset..<(state.uploadOffset + count)])
                    UnsafeMutableRawBufferPointer(rebasing: buffer[written..<(written + count)]).copyMemory(from: slice)
                }
                written += count
                if count == available {
                    state.upload.removeFirst()
                    state.uploadOffset = 0
                } else {
                    state.uploadOffset += count
                }
            }
            state.uploadBuffered -= written
            state.bodyBytesHanded += Int64(written)
            var producer: CheckedContinuation<Bool, Never>?
            if state.uploadBuffered <= requestBufferLimit {
                producer = state.producerWaiter
                state.producerWaiter = nil
            }
            return (.bytes(written), producer)
        }
        producer?.resume(returning: true)
        return read
    }

    /// Records body bytes handed to libcurl from a fixed (`.bytes`) body.
    func noteBodyBytesHanded(_ count: Int) {
        state.withLock { $0.bodyBytesHanded += Int64(count) }
    }

    /// Applies pending unpause requests and returns the pause state libcurl should now have.
    func takeResumeRequests() -> (receivePaused: Bool, sendPaused: Bool) {
        state.withLock { state in
            if state.receiveResumeRequested {
                state.receivePaused = false
                state.receiveResumeRequested = false
            }
            if state.sendResumeRequested {
                state.sendPaused = false
                state.sendResumeRequested = false
            }
            return (state.receivePaused, state.sendPaused)
        }
    }

    /// Ends the exchange from the loop thread: `response` for a collected success, `nil` for a
    /// streamed one, or an error. No effect if the exchange already ended.
    func finish(_ result: Result<HTTPResponse?, HTTPClientError>) {
        switch result {
        case .success(let response):
            _ = settle(.success(()), response: response)
        case .failure(let error):
            _ = settle(.failure(error), response: nil)
        }
    }

    /// Counters for tests and diagnostics.
    var statistics: BufferStatistics {
        state.withLock { state in
            var statistics = state.statistics
            statistics.bufferedBytes = state.bufferedBytes
            statistics.isReceivePaused = state.receivePaused
            return statistics
        }
    }

    // MARK: - Settling

    /// Records the terminal result once and resumes whoever is waiting. Returns whether this call
    /// settled the exchange (it was still running).
    private func settle(_ result: Result<Void, HTTPClientError>, response: HTTPResponse?) -> Bool {
        let waiters: Waiters? = state.withLock { state in
            guard state.terminal == nil else { return nil }
            state.terminal = result
            var waiters = Waiters()
            waiters.response = state.responseWaiter
            waiters.head = state.headWaiter
            waiters.producer = state.producerWaiter
            waiters.producerTask = state.producerTask
            state.responseWaiter = nil
            state.headWaiter = nil
            state.producerWaiter = nil
            state.producerTask = nil
            state.upload.removeAll()
            if case .failure(let error) = result, error.code == .cancelled || error.code == .shutdown {
                // Nobody will read what is buffered.
                state.chunks.removeAll()
                state.bufferedBytes = 0
            }
            if state.chunks.isEmpty {
                waiters.body = state.bodyWaiter
                state.bodyWaiter = nil
            }
            return waiters
        }
        guard let waiters else { return false }
        waiters.producerTask?.cancel()
        waiters.producer?.resume(returning: false)
        switch result {
        case .success:
            if let response {
                waiters.response?.resume(returning: response)
            } else {
                waiters.response?.resume(
                    throwing: HTTPClientError(.transferFailed, message: "The transfer ended without a response"))
            }
            waiters.head?.resume(
                throwing: HTTPClientError(.protocolError, message: "The transfer ended without a response head"))
            waiters.body?.resume(returning: nil)
        case .failure(let error):
            waiters.response?.resume(throwing: error)
            waiters.head?.resume(throwing: error)
            waiters.body?.resume(throwing: error)
        }
        return true
    }

    private struct Waiters {
        var response: CheckedContinuation<HTTPResponse, any Error>?
        var head: CheckedContinuation<HTTPResponseHead, any Error>?
        var body: CheckedContinuation<[UInt8]?, any Error>?
        var producer: CheckedContinuation<Bool, Never>?
        var producerTask: Task<Void, Never>?
    }

    enum ChunkPoll {
        case chunk([UInt8], resume: Bool)
        case end
        case failed(HTTPClientError)
        case wait
    }

    struct BufferStatistics: Sendable {
        /// High-water mark of response-body bytes buffered for the consumer.
        var maxBufferedBytes = 0
        /// How often the write callback paused the transfer because the buffer was full.
        var receivePauses = 0
        /// How often the read callback paused the upload because the producer had nothing ready.
        var sendPauses = 0
        var bufferedBytes = 0
        var isReceivePaused = false
    }

    private struct State {
        var terminal: Result<Void, HTTPClientError>?

        var responseWaiter: CheckedContinuation<HTTPResponse, any Error>?
        var headWaiter: CheckedContinuation<HTTPResponseHead, any Error>?

        var chunks: [[UInt8]] = []
        var bufferedBytes = 0
        var receivePaused = false
        var receiveResumeRequested = false
        var bodyWaiter: CheckedContinuation<[UInt8]?, any Error>?

        var upload: [[UInt8]] = []
        var uploadOffset = 0
        var uploadBuffered = 0
        var uploadEnded = false
        var sendPaused = false
        var sendResumeRequested = false
        var producerWaiter: CheckedContinuation<Bool, Never>?
        var producerTask: Task<Void, Never>?
        var bodyBytesHanded: Int64 = 0

        var statistics = BufferStatistics()

        mutating func pollChunk(lowWater: Int) -> ChunkPoll {
            if !chunks.isEmpty {
                let chunk = chunks.removeFirst()
                bufferedBytes -= chunk.count
                let resume = receivePaused && !receiveResumeRequested && bufferedBytes <= lowWater
                if resume { receiveResumeRequested = true }
                return .chunk(chunk, resume: resume)
            }
            switch terminal {
            case .success: return .end
            case .failure(let error): return .failed(error)
            case nil: return .wait
            }
        }
    }
}
