import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A Lambda Runtime API for tests, on 127.0.0.1: queues invocations for `GET …/next`, records
/// what the runtime posts to `…/response`, `…/error` and `/runtime/init/error` (streamed
/// response chunks as they arrive), and serves `GET /gate/<name>` requests that block until the
/// test opens the gate (how a test holds a probe stream at a known point).
final class RuntimeAPIEmulator: Sendable {
    struct QueuedInvocation: Sendable {
        var requestID: String
        var event: Data
        var deadline: Date
        var traceID: String?
        var functionARN: String
    }

    /// A fake AWS service answer for requests to `/` (the runtime's AWS endpoints can be pointed
    /// here): matched on `X-Amz-Target`.
    struct ServiceAnswer: Sendable {
        var status: Int
        var body: String
    }

    private struct State {
        var queue: [QueuedInvocation] = []
        var records: [String: InvocationRecord] = [:]
        var initError: InvocationRecord?
        var nextRequests = 0
        var gatesRequested: Set<String> = []
        var gatesOpen: Set<String> = []
        var serviceAnswers: [String: ServiceAnswer] = [:]
        var serviceRequests: [String] = []
        var sockets: Set<Int32> = []
        var stopped = false
    }

    let port: Int
    private let listener: Int32
    private let state = Mutex(State())

    /// `host:port`, the value for `AWS_LAMBDA_RUNTIME_API`.
    var endpoint: String { "127.0.0.1:\(port)" }
    var baseURL: String { "http://127.0.0.1:\(port)" }

    init() throws {
        (listener, port) = try EmulatorSocket.listen()
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit {
        close(listener)
    }

    func stop() {
        let sockets = state.withLock { state in
            state.stopped = true
            return state.sockets
        }
        _ = shutdown(listener, Int32(SHUT_RDWR))
        for socket in sockets { _ = shutdown(socket, Int32(SHUT_RDWR)) }
    }

    // MARK: - Test API

    /// Queues an invocation for the runtime's next `next`; returns its request id.
    @discardableResult
    func enqueue(
        _ event: Data, requestID: String = UUID().uuidString.lowercased(), deadline: Date = Date() + 120,
        traceID: String? = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1"
    ) -> String {
        state.withLock {
            $0.queue.append(
                QueuedInvocation(
                    requestID: requestID, event: event, deadline: deadline, traceID: traceID,
                    functionARN: "arn:aws:lambda:us-east-1:123456789012:function:gateway"))
        }
        return requestID
    }

    /// Queues an invocation and waits until the runtime has answered it completely.
    func invoke(_ event: Data, deadline: Date = Date() + 120) async throws -> InvocationRecord {
        let id = enqueue(event, deadline: deadline)
        return try await completion(of: id)
    }

    /// Waits for the complete (or truncated) answer to `requestID`.
    func completion(of requestID: String, timeout: Duration = .seconds(60)) async throws -> InvocationRecord {
        try await waitFor("the answer to \(requestID)", timeout: timeout) {
            $0.records[requestID].flatMap { $0.isComplete || $0.isTruncated ? $0 : nil }
        }
    }

    /// Waits until the answer to `requestID` has received body bytes that contain `marker`.
    func bodySoFar(of requestID: String, containing marker: String, timeout: Duration = .seconds(60)) async throws
        -> InvocationRecord
    {
        let needle = Data(marker.utf8)
        return try await waitFor("'\(marker)' in the answer to \(requestID)", timeout: timeout) {
            $0.records[requestID].flatMap { $0.body.range(of: needle) != nil ? $0 : nil }
        }
    }

    /// Waits for a post to `/runtime/init/error`.
    func initError(timeout: Duration = .seconds(60)) async throws -> InvocationRecord {
        try await waitFor("an init error", timeout: timeout) { $0.initError }
    }

    /// Waits until the runtime has sent `count` `next` requests.
    func nextRequests(atLeast count: Int, timeout: Duration = .seconds(60)) async throws {
        _ = try await waitFor("\(count) next requests", timeout: timeout) { $0.nextRequests >= count ? true : nil }
    }

    var nextRequestCount: Int { state.withLock { $0.nextRequests } }

    /// Waits until a request for gate `name` is held.
    func gateRequested(_ name: String, timeout: Duration = .seconds(60)) async throws {
        _ = try await waitFor("gate \(name)", timeout: timeout) { $0.gatesRequested.contains(name) ? true : nil }
    }

    func openGate(_ name: String) {
        state.withLock { _ = $0.gatesOpen.insert(name) }
    }

    func gateURL(_ name: String) -> String { "\(baseURL)/gate/\(name)" }

    /// Answers requests to `/` carrying `X-Amz-Target: target`.
    func answer(target: String, with answer: ServiceAnswer) {
        state.withLock { $0.serviceAnswers[target] = answer }
    }

    /// The `X-Amz-Target` of every request to `/` so far.
    var serviceRequests: [String] { state.withLock { $0.serviceRequests } }

    // MARK: - Private

    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    /// Polls the state; the timeout only keeps a broken test from hanging.
    private func waitFor<T>(_ what: String, timeout: Duration, _ probe: (State) -> T?) async throws -> T {
        let end = ContinuousClock.now + timeout
        while true {
            if let value = state.withLock({ probe($0) }) { return value }
            guard ContinuousClock.now < end else { throw Timeout(description: "Timed out waiting for \(what)") }
            try await Task.sleep(for: .milliseconds(2))
        }
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            let admitted = state.withLock { state in
                guard !state.stopped else { return false }
                state.sockets.insert(client)
                return true
            }
            guard admitted else {
                close(client)
                return
            }
            let thread = Thread { [self] in
                serve(EmulatorConnection(socket: client))
                state.withLock { _ = $0.sockets.remove(client) }
                close(client)
            }
            thread.start()
        }
    }

    private func serve(_ connection: EmulatorConnection) {
        let prefix = "/2018-06-01/runtime/"
        while let request = connection.readHead() {
            let path = request.target
            if request.method == "GET", path == prefix + "invocation/next" {
                guard serveNext(connection, body: request) else { return }
            } else if request.method == "POST", path == prefix + "init/error" {
                var record = InvocationRecord(kind: .error, headers: request.headers)
                let end = connection.readBody(of: request) { record.body.append(contentsOf: $0) }
                record.isComplete = end == .complete
                state.withLock { $0.initError = record }
                connection.respond(status: 202, body: Array(#"{"status":"OK"}"#.utf8))
            } else if request.method == "POST", path.hasPrefix(prefix + "invocation/"),
                let kind = path.hasSuffix("/response") ? InvocationRecord.Kind.response
                    : path.hasSuffix("/error") ? .error : nil
            {
                let id = String(
                    path.dropFirst((prefix + "invocation/").count).split(separator: "/").first ?? "")
                // A second post for the same invocation (an error after a truncated stream) is
                // kept apart; the real Runtime API refuses it with 400, which the runtime tolerates.
                let isFollowUp = state.withLock { state in
                    guard state.records[id] == nil else { return true }
                    state.records[id] = InvocationRecord(kind: kind, headers: request.headers)
                    return false
                }
                if isFollowUp {
                    var followUp = InvocationRecord(kind: kind, headers: request.headers)
                    _ = connection.readBody(of: request) { followUp.body.append(contentsOf: $0) }
                    state.withLock { $0.records[id]?.followUp = followUp.body }
                    connection.respond(status: 400, body: Array(#"{"errorType":"InvalidStateTransition"}"#.utf8))
                    continue
                }
                let end = connection.readBody(of: request) { piece in
                    state.withLock {
                        $0.records[id]?.body.append(contentsOf: piece)
                        $0.records[id]?.pieces.append(Data(piece))
                    }
                }
                state.withLock {
                    if end == .complete { $0.records[id]?.isComplete = true } else { $0.records[id]?.isTruncated = true }
                }
                guard end == .complete else { return }
                connection.respond(status: 202, body: Array(#"{"status":"OK"}"#.utf8))
            } else if request.method == "GET", path.hasPrefix("/gate/") {
                let name = String(path.dropFirst("/gate/".count))
                state.withLock { _ = $0.gatesRequested.insert(name) }
                while !state.withLock({ $0.gatesOpen.contains(name) || $0.stopped }) { usleep(1000) }
                connection.respond(status: 200, body: Array("open".utf8))
            } else if request.method == "POST", path == "/" {
                _ = connection.readBody(of: request) { _ in }
                let target = request.header("X-Amz-Target") ?? ""
                let answer = state.withLock { state in
                    state.serviceRequests.append(target)
                    return state.serviceAnswers[target]
                }
                let reply = answer ?? ServiceAnswer(status: 400, body: #"{"__type":"UnknownOperationException"}"#)
                connection.respond(
                    status: reply.status, headers: [("Content-Type", "application/x-amz-json-1.1")],
                    body: Array(reply.body.utf8))
            } else {
                _ = connection.readBody(of: request) { _ in }
                connection.respond(status: 404, body: Array("not found".utf8))
            }
        }
    }

    /// Holds a `next` request until an invocation is queued. Returns `false` when stopped.
    private func serveNext(_ connection: EmulatorConnection, body request: EmulatedRequest) -> Bool {
        _ = connection.readBody(of: request) { _ in }
        state.withLock { $0.nextRequests += 1 }
        enum Poll { case invocation(QueuedInvocation), wait, stopped }
        while true {
            let poll = state.withLock { state -> Poll in
                if state.stopped { return .stopped }
                return state.queue.isEmpty ? .wait : .invocation(state.queue.removeFirst())
            }
            switch poll {
            case .invocation(let invocation):
                var headers = [
                    ("Content-Type", "application/json"),
                    ("Lambda-Runtime-Aws-Request-Id", invocation.requestID),
                    ("Lambda-Runtime-Deadline-Ms", String(Int64(invocation.deadline.timeIntervalSince1970 * 1000))),
                    ("Lambda-Runtime-Invoked-Function-Arn", invocation.functionARN),
                ]
                if let trace = invocation.traceID { headers.append(("Lambda-Runtime-Trace-Id", trace)) }
                connection.respond(status: 200, headers: headers, body: [UInt8](invocation.event))
                return true
            case .stopped:
                return false
            case .wait:
                usleep(1000)
            }
        }
    }
}
