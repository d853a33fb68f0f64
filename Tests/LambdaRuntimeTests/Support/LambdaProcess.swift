import Foundation
import Synchronization

/// The real `LambdaEntry` binary, started as a child process against an emulator.
final class LambdaProcess: @unchecked Sendable {
    struct NotBuilt: Error, CustomStringConvertible {
        var description: String
    }

    private let process: Process
    private let output = OutputBuffer()

    private final class OutputBuffer: Sendable {
        let data = Mutex(Data())
    }

    /// Everything the process wrote to standard output and error so far.
    var log: String { String(decoding: output.data.withLock { $0 }, as: UTF8.self) }

    /// The JSON log lines written so far.
    var logLines: [[String: Any]] {
        log.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    /// Starts the binary with exactly `environment` (plus nothing inherited).
    init(environment: [String: String]) throws {
        let binary = try Self.binaryURL()
        process = Process()
        process.executableURL = binary
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [output] handle in
            let data = handle.availableData
            if !data.isEmpty { output.data.withLock { $0.append(data) } }
        }
        try process.run()
    }

    /// Starts the probe handler against `emulator`.
    static func probe(_ emulator: RuntimeAPIEmulator, extra: [String: String] = [:]) throws -> LambdaProcess {
        var environment = [
            "AWS_LAMBDA_RUNTIME_API": emulator.endpoint,
            "LAMBDA_ENTRY_TEST_HANDLER": "probe",
            "AWS_LAMBDA_FUNCTION_NAME": "gateway",
        ]
        environment.merge(extra) { _, new in new }
        return try LambdaProcess(environment: environment)
    }

    /// Stops the process (SIGTERM) if it still runs, and reaps it.
    func terminate() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// Waits for the process to exit on its own; returns its status.
    func exitStatus(timeout: Duration = .seconds(30)) async throws -> Int32 {
        let end = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < end else { throw NotBuilt(description: "The runtime did not exit") }
            try await Task.sleep(for: .milliseconds(5))
        }
        return process.terminationStatus
    }

    var isRunning: Bool { process.isRunning }

    /// `LambdaEntry` sits next to the test bundle in the build products directory.
    static func binaryURL() throws -> URL {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("LambdaEntry"))
        }
        candidates.append(
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("LambdaEntry"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/LambdaEntry"))
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        throw NotBuilt(
            description: "LambdaEntry not found (looked at \(candidates.map(\.path))); build it with "
                + "`swift build --product LambdaEntry`.")
    }
}
