import CCurl
import Foundation
import Synchronization

/// The thread that owns one libcurl multi handle and drives every transfer of a client.
///
/// libcurl handles are not thread-safe, so only this thread touches them: other threads hand
/// it ``CurlLoopCommand``s through a `Mutex`-protected inbox and wake it with
/// `curl_multi_wakeup` (the one multi function documented as callable from any thread). The
/// loop is `curl_multi_perform` → collect finished transfers → enforce idle timeouts →
/// `curl_multi_poll`. Because all transfers share the multi handle they share its connection
/// cache (keep-alive reuse, HTTP/2 multiplexing) and its DNS cache, so no share handle is needed.
final class CurlMultiLoop: @unchecked Sendable {
    private enum Lifecycle {
        case running
        case stopping
        case stopped
    }

    private struct Inbox {
        var commands: [CurlLoopCommand] = []
        var lifecycle: Lifecycle = .running
        var stopWaiters: [CheckedContinuation<Void, Never>] = []
    }

    private let inbox: Mutex<Inbox>
    /// Written once in `init`; afterwards used by the loop thread, and by `submit` only for
    /// `curl_multi_wakeup` while the inbox lock proves the handle is still alive.
    private let multi: UnsafeMutableRawPointer?

    // Loop-thread-only state.
    private var active: [UInt64: CurlTransfer] = [:]
    private var byHandle: [UnsafeMutableRawPointer: UInt64] = [:]

    /// Longest `curl_multi_poll` sleep while transfers run; a safety net only, since wakeups,
    /// libcurl's own timers and the idle deadlines computed here come first.
    private static let maxPollMilliseconds: Int32 = 1000
    /// Sleep when nothing is in flight: any new work arrives with a wakeup.
    private static let idlePollMilliseconds: Int32 = 30_000

    init(maxConnectionsPerHost: Int?, maxCachedConnections: Int?) {
        var multi: UnsafeMutableRawPointer?
        if Curl.ensureGlobalInit() {
            multi = curl_multi_init()
        }
        self.multi = multi
        self.inbox = Mutex(Inbox(lifecycle: multi == nil ? .stopped : .running))
        guard let multi else { return }
        if let maxConnectionsPerHost {
            _ = Curl.set(multi, CURLMOPT_MAX_HOST_CONNECTIONS, maxConnectionsPerHost)
        }
        if let maxCachedConnections {
            _ = Curl.set(multi, CURLMOPT_MAXCONNECTS, maxCachedConnections)
        }
        let thread = Thread { [self] in
            run()
        }
        thread.name = "HTTPClient.curl"
        thread.start()
    }

    /// Queues a command for the loop thread. Returns `false` once the loop is stopping.
    func submit(_ command: CurlLoopCommand) -> Bool {
        inbox.withLock { inbox in
            guard inbox.lifecycle == .running, let multi else { return false }
            inbox.commands.append(command)
            // Under the lock: the loop frees the multi handle only after leaving `.running`.
            _ = curl_multi_wakeup(multi)
            return true
        }
    }

    /// Asks the loop to stop; in-flight transfers fail with ``HTTPClientError/Code/shutdown``.
    func requestStop() {
        inbox.withLock { inbox in
            guard inbox.lifecycle == .running, let multi else { return }
            inbox.lifecycle = .stopping
            _ = curl_multi_wakeup(multi)
        }
    }

    /// Stops the loop and waits until its thread has released every handle.
    func stop() async {
        requestStop()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let stopped = inbox.withLock { inbox in
                if inbox.lifecycle == .stopped { return true }
                inbox.stopWaiters.append(continuation)
                return false
            }
            if stopped { continuation.resume() }
        }
    }

    // MARK: - Loop thread

    private func run() {
        guard let multi else { return }
        while true {
            let (commands, stopping) = inbox.withLock { inbox in
                defer { inbox.commands.removeAll() }
                return (inbox.commands, inbox.lifecycle != .running)
            }
            for command in commands {
                handle(command, multi: multi, stopping: stopping)
            }
            if stopping { break }

            var running: Int32 = 0
            _ = curl_multi_perform(multi, &running)
            collectFinished(multi)
            let now = ContinuousClock.now
            enforceIdleTimeouts(multi, now: now)
            _ = curl_multi_poll(multi, nil, 0, pollTimeout(now: now), nil)
        }
        for transfer in Array(active.values) {
            finish(transfer, multi: multi, with: .failure(.shutdown))
        }
        let waiters = inbox.withLock { inbox in
            inbox.lifecycle = .stopped
            defer { inbox.stopWaiters.removeAll() }
            return inbox.stopWaiters
        }
        // Nobody can call curl_multi_wakeup any more: `submit` checks `.running` under the lock.
        curl_multi_cleanup(multi)
        for waiter in waiters { waiter.resume() }
    }

    private func handle(_ command: CurlLoopCommand, multi: UnsafeMutableRawPointer, stopping: Bool) {
        switch command {
        case .add(let transfer):
            if stopping {
                transfer.exchange.finish(.failure(.shutdown))
                return
            }
            // Cancelled between submission and now: never touch the network.
            guard !transfer.exchange.isCancelled else { return }
            if let error = transfer.start() {
                transfer.exchange.finish(.failure(error))
                return
            }
            guard let easy = transfer.easy, curl_multi_add_handle(multi, easy) == CURLM_OK else {
                transfer.release()
                transfer.exchange.finish(
                    .failure(HTTPClientError(.transferFailed, message: "curl_multi_add_handle failed")))
                return
            }
            active[transfer.id] = transfer
            byHandle[easy] = transfer.id
        case .cancel(let id):
            if let transfer = active[id] {
                finish(transfer, multi: multi, with: .failure(.cancelled()))
            }
        case .resume(let id):
            active[id]?.applyResume()
        }
    }

    private func collectFinished(_ multi: UnsafeMutableRawPointer) {
        var done: [(UnsafeMutableRawPointer, CURLcode)] = []
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            if message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle {
                done.append((easy, message.pointee.data.result))
            }
        }
        for (easy, code) in done {
            guard let id = byHandle[easy], let transfer = active[id] else { continue }
            finish(transfer, multi: multi, with: transfer.outcome(for: code))
        }
    }

    private func enforceIdleTimeouts(_ multi: UnsafeMutableRawPointer, now: ContinuousClock.Instant) {
        for transfer in Array(active.values) {
            guard let idle = transfer.idleTimeout, now - transfer.lastActivity >= idle,
                !transfer.exchange.isPausedByClient
            else { continue }
            finish(transfer, multi: multi, with: .failure(transfer.idleTimeoutError(after: idle)))
        }
    }

    private func pollTimeout(now: ContinuousClock.Instant) -> Int32 {
        if active.isEmpty { return Self.idlePollMilliseconds }
        var timeout = Duration.milliseconds(Int(Self.maxPollMilliseconds))
        for transfer in active.values {
            // A transfer paused by the client has no idle deadline; unpausing wakes the loop.
            guard let idle = transfer.idleTimeout, !transfer.exchange.isPausedByClient else { continue }
            timeout = min(timeout, max(.zero, transfer.lastActivity + idle - now))
        }
        return Int32(min(Int(Self.maxPollMilliseconds), timeout.roundedUpMilliseconds))
    }

    /// Removes the transfer from the multi handle, frees it and settles its exchange.
    private func finish(
        _ transfer: CurlTransfer,
        multi: UnsafeMutableRawPointer,
        with result: Result<HTTPResponse?, HTTPClientError>
    ) {
        if let easy = transfer.easy {
            // Removing an unfinished transfer closes its connection rather than returning it to
            // the cache, which is what a cancelled request needs.
            _ = curl_multi_remove_handle(multi, easy)
            byHandle[easy] = nil
        }
        active[transfer.id] = nil
        transfer.release()
        transfer.exchange.finish(result)
    }
}
