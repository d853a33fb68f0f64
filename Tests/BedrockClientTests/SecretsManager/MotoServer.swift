import Foundation

@testable import BedrockClient

/// A `moto_server` (moto's stand-in for AWS, `pip install 'moto[server]'`) run as a child
/// process on 127.0.0.1 and a free port, for testing the JSON-1.1 clients against an
/// implementation of Secrets Manager and SSM that is not ours.
///
/// Found on `PATH`, else run as `python3 -m moto.server`. When neither works the test fails
/// with a message asking for `make deps`. The process is killed by its PID when the body returns.
///
/// ```swift
/// try await MotoServer.with { moto in … moto.baseURL … }
/// ```
final class MotoServer {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    let baseURL: String
    private let process: Process

    private init(baseURL: String, process: Process) {
        self.baseURL = baseURL
        self.process = process
    }

    static func with<T>(_ body: (MotoServer) async throws -> T) async throws -> T {
        let server = try await start()
        defer { server.stop() }
        return try await body(server)
    }

    static func start() async throws -> MotoServer {
        let port = try LoopbackSocket.closedPort()
        let process = Process()
        if let executable = executableOnPath("moto_server") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        } else if let python = executableOnPath("python3"), pythonHasMotoServer(python) {
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)]
        } else {
            throw Unavailable(
                description: "moto_server is not installed (neither on PATH nor as python3 -m moto.server): "
                    + "run `make deps`, which installs moto[server] with pip")
        }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("moto-\(port).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            throw Unavailable(description: "cannot create the moto log file \(log.path)")
        }
        let logHandle = try FileHandle(forWritingTo: log)
        process.standardOutput = logHandle
        process.standardError = logHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let server = MotoServer(baseURL: "http://127.0.0.1:\(port)", process: process)
        do {
            try await server.waitUntilAnswering(log: log)
        } catch {
            server.stop()
            throw error
        }
        return server
    }

    /// Ends the child process by its PID and waits for it. SIGKILL, not SIGTERM: the child
    /// inherits the signal mask of the test thread that spawned it, where SIGTERM is blocked, so
    /// moto would never see a SIGTERM.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
    }

    /// Polls moto's own API until it answers; the deadline only keeps a broken setup from hanging.
    private func waitUntilAnswering(log: URL) async throws {
        let client = HTTPClient(configuration: HTTPClient.Configuration(), environment: [:])
        let answered = await poll(client)
        await client.shutdown()
        guard answered else {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw Unavailable(
                description: "moto_server did not start on \(baseURL) (run `make deps`?): \(output.suffix(2000))")
        }
    }

    private func poll(_ client: HTTPClient) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline, process.isRunning {
            let request = HTTPRequest(url: baseURL + "/moto-api/")
            let timeouts = HTTPTimeouts(connect: .seconds(1), idleRead: .seconds(5))
            if let response = try? await client.execute(request, timeout: timeouts), response.status == 200 {
                return true
            }
            try? await Task.sleep(for: .milliseconds(50))  // polling pause, not a timing assertion
        }
        return false
    }

    private static func executableOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private static func pythonHasMotoServer(_ python: String) -> Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: python)
        probe.arguments = ["-c", "import moto.server"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        do {
            try probe.run()
        } catch {
            return false
        }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }
}
