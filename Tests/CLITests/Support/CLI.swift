import Foundation
import Synchronization

/// Runs the real `gatewayctl` binary as a child process with exactly the environment given
/// (nothing inherited, so the developer's AWS settings never leak in), and collects its exit
/// status, stdout (also chunk by chunk, to see streaming) and stderr.
///
/// ```swift
/// let result = try await CLI.run(["models", "--json"], environment: backend.environment)
/// #expect(result.status == 0)
/// ```
enum CLI {
    /// A run that takes longer than this is killed (a hang guard, not a timing assertion).
    static let hangLimit: Duration = .seconds(120)

    static func run(_ arguments: [String], environment: [String: String], stdin: String? = nil) async throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try GatewayctlBinary.path())
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input

        let collected = Collector()
        output.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            guard !data.isEmpty else { return }
            collected.state.withLock { $0.stdout.append(data) }
        }
        errors.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            guard !data.isEmpty else { return }
            collected.state.withLock { $0.stderr.append(data) }
        }

        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            if let stdin {
                input.fileHandleForWriting.write(Data(stdin.utf8))
                try? input.fileHandleForWriting.close()
            }
            let pid = process.processIdentifier
            Task.detached {
                try? await Task.sleep(for: hangLimit)
                if process.isRunning { kill(pid, SIGKILL) }
            }
        }
        // Drain what the handlers have not read yet, then stop them.
        output.fileHandleForReading.readabilityHandler = nil
        errors.fileHandleForReading.readabilityHandler = nil
        let restOut = output.fileHandleForReading.readDataToEndOfFile()
        let restErr = errors.fileHandleForReading.readDataToEndOfFile()
        return collected.state.withLock { state in
            if !restOut.isEmpty { state.stdout.append(restOut) }
            if !restErr.isEmpty { state.stderr.append(restErr) }
            return CLIResult(
                status: status,
                stdout: String(decoding: state.stdout.joined(), as: UTF8.self),
                stderr: String(decoding: state.stderr.joined(), as: UTF8.self),
                stdoutChunks: state.stdout.map { String(decoding: $0, as: UTF8.self) })
        }
    }

    private struct Collected {
        var stdout: [Data] = []
        var stderr: [Data] = []
    }

    /// Shared by the pipe handlers (which run on Foundation's threads) and the test.
    private final class Collector: Sendable {
        let state = Mutex(Collected())
    }
}

extension Array where Element == Data {
    fileprivate func joined() -> Data {
        reduce(into: Data()) { $0.append($1) }
    }
}
