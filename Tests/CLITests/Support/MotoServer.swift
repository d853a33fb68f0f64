import BedrockClient
import Foundation

/// A local stand-in for Secrets Manager and SSM: moto's server (`pip install 'moto[server]'`,
/// installed by `make deps`), run as a child process on 127.0.0.1 and a free port.
///
/// Found as `moto_server` on PATH, else `python3 -m moto.server`; when neither works the test
/// fails asking for `make deps`. The child inherits the test's environment (pyenv shims need
/// it) and is killed by its PID.
final class MotoServer: Sendable {
    let port: Int
    private let process: Process

    var url: String { "http://127.0.0.1:\(port)" }

    private init(port: Int, process: Process) {
        self.port = port
        self.process = process
    }

    /// The CLI's environment pointing Secrets Manager and SSM at this server (and Bedrock at
    /// `bedrock`, when given).
    func environment(bedrock: SimulatorBackend? = nil) -> [String: String] {
        var environment = bedrock?.environment ?? TestEnvironment.aws
        environment["AWS_ENDPOINT_URL_SECRETS_MANAGER"] = url
        environment["AWS_ENDPOINT_URL_SSM"] = url
        return environment
    }

    static func with<T>(_ body: (MotoServer) async throws -> T) async throws -> T {
        let server = try await start()
        defer { server.stop() }
        return try await body(server)
    }

    static func start() async throws -> MotoServer {
        let port = try LoopbackPort.free()
        let process = Process()
        if let executable = onPath("moto_server") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-H", "127.0.0.1", "-p", String(port)]
        } else if let python = onPath("python3"), canImportMotoServer(python) {
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)]
        } else {
            throw TestFailure(
                "moto is not installed (no moto_server on PATH, no python3 -m moto.server): run make deps")
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = MotoServer(port: port, process: process)
        guard await server.answers() else {
            server.stop()
            throw TestFailure("moto_server did not start on \(server.url): run make deps")
        }
        return server
    }

    /// Kills the child by PID. SIGKILL: children of test threads inherit a mask that blocks SIGTERM.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    private func answers() async -> Bool {
        var configuration = HTTPClient.Configuration()
        configuration.proxy = .disabled
        let client = HTTPClient(configuration: configuration)
        defer { Task { await client.shutdown() } }
        return await eventually(within: .seconds(60), every: .milliseconds(100)) {
            guard process.isRunning else { return true }
            let request = HTTPRequest(url: url + "/moto-api/")
            let response = try? await client.execute(request, timeout: HTTPTimeouts(connect: .seconds(1), idleRead: .seconds(5)))
            return response?.status == 200
        } && process.isRunning
    }

    private static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func canImportMotoServer(_ python: String) -> Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: python)
        probe.arguments = ["-c", "import moto.server"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }
}
