import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a `credential_process` command with `/bin/sh -c` (as the SDKs do on Unix) and collects
/// its standard output, killing it when it outlives the timeout or the calling task is cancelled.
enum CredentialProcessRunner {
    struct Output: Sendable {
        var status: Int32
        var stdout: Data
        var stderr: Data
    }

    /// Output beyond this is dropped (still drained so the child never blocks on a full pipe).
    static let outputLimit = 1 << 20

    static func run(command: String, environment: [String: String], timeout: Duration) async throws(CredentialsError) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice

        let run = Run(process: process)
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Run.Outcome, Never>) in
                run.start(stdout: stdout, stderr: stderr, timeout: timeout, continuation: continuation)
            }
        } onCancel: {
            run.finish(.cancelled)
        }
        switch outcome {
        case .exited(let output): return output
        case .launchFailed(let detail): throw .processFailed("credential_process could not be started: \(detail)")
        case .timedOut: throw .processFailed("credential_process did not finish within \(timeout)")
        case .cancelled: throw .processFailed("credential_process was cancelled")
        }
    }

    /// One execution: resumes its continuation exactly once, with whichever of exit, timeout or
    /// cancellation happens first, and then kills what is left of the process.
    private final class Run: @unchecked Sendable {
        // @unchecked: `process` is configured before `start` and afterwards only used to
        // signal it; `continuation`, `finished` and `stdoutData`/`stderrData` are guarded by `lock`.
        enum Outcome: Sendable {
            case exited(Output)
            case launchFailed(String)
            case timedOut
            case cancelled
        }

        private let process: Process
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Outcome, Never>?
        private var finished = false
        private var stdoutData = Data()
        private var stderrData = Data()

        init(process: Process) {
            self.process = process
        }

        func start(stdout: Pipe, stderr: Pipe, timeout: Duration, continuation: CheckedContinuation<Outcome, Never>) {
            lock.lock()
            if finished {  // cancelled before we got here
                lock.unlock()
                continuation.resume(returning: .cancelled)
                return
            }
            self.continuation = continuation
            lock.unlock()

            let group = DispatchGroup()
            group.enter()  // process exit
            process.terminationHandler = { _ in group.leave() }
            do {
                try process.run()
            } catch {
                finish(.launchFailed("\(error)"))
                return
            }
            for (pipe, isStdout) in [(stdout, true), (stderr, false)] {
                group.enter()
                // Blocking reads get threads of their own: parked on Dispatch's global pool
                // they starve it (on Linux it adds workers only after about a second), which
                // would delay the timeout and every other process run.
                Thread.detachNewThread {
                    let data = Self.drain(pipe.fileHandleForReading)
                    self.lock.withLock {
                        if isStdout { self.stdoutData = data } else { self.stderrData = data }
                    }
                    group.leave()
                }
            }
            group.notify(queue: .global()) {
                let output = self.lock.withLock {
                    Output(status: self.process.terminationStatus, stdout: self.stdoutData, stderr: self.stderrData)
                }
                self.finish(.exited(output))
            }
            let nanoseconds = max(0, Int(timeout.components.seconds) * 1_000_000_000 + Int(timeout.components.attoseconds / 1_000_000_000))
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                self.finish(.timedOut)
            }
        }

        func finish(_ outcome: Outcome) {
            lock.lock()
            guard !finished else {
                lock.unlock()
                return
            }
            finished = true
            let continuation = self.continuation
            self.continuation = nil
            lock.unlock()
            if case .exited = outcome {} else { kill() }
            continuation?.resume(returning: outcome)
        }

        /// Kills the process and, when it leads its own process group (swift-corelibs-foundation
        /// starts children that way), everything the shell started, so that no grandchild keeps
        /// the pipes open.
        private func kill() {
            guard process.isRunning else { return }
            let pid = process.processIdentifier
            guard pid > 0 else { return }
            if getpgid(pid) == pid {
                _ = Foundation.kill(-pid, SIGKILL)
            } else {
                _ = Foundation.kill(pid, SIGKILL)
            }
        }

        private static func drain(_ handle: FileHandle) -> Data {
            var data = Data()
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                if data.count < outputLimit { data.append(chunk.prefix(outputLimit - data.count)) }
            }
            return data
        }
    }
}
