import Foundation

/// The real `gatewayctl` executable the tests run: next to the test bundle in the build folder
/// (`swift test` builds every product), else `.build/debug/gatewayctl`; built with
/// `swift build --product gatewayctl` when neither exists.
enum GatewayctlBinary {
    static func path() throws -> String {
        try located.get()
    }

    private static let located: Result<String, TestFailure> = {
        if let found = candidates().first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return .success(found)
        }
        do {
            try build()
        } catch let failure as TestFailure {
            return .failure(failure)
        } catch {
            return .failure(TestFailure("building gatewayctl failed: \(error)"))
        }
        if let found = candidates().first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return .success(found)
        }
        return .failure(TestFailure("gatewayctl not found after building it; looked at \(candidates())"))
    }()

    private static func candidates() -> [String] {
        var directories: [URL] = []
        // The test bundle (`…PackageTests.xctest`) lives in the build products folder.
        if let executable = Bundle.main.executableURL { directories.append(executable.deletingLastPathComponent()) }
        directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
        directories.append(Bundle.main.bundleURL)
        directories.append(RepositoryPaths.root.appendingPathComponent(".build/debug"))
        return directories.map { $0.appendingPathComponent("gatewayctl").standardizedFileURL.path }
    }

    private static func build() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--product", "gatewayctl"]
        process.currentDirectoryURL = RepositoryPaths.root
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestFailure("swift build --product gatewayctl exited with \(process.terminationStatus)")
        }
    }
}
