import Foundation

/// Decompresses a `.gz` file by running the system's `gzip -dc`: Foundation has no inflate on
/// Linux, and the project takes no compression dependency. Done once, at startup.
enum GzipReader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let candidates = ["/usr/bin/gzip", "/bin/gzip"]

    static func decompress(_ file: URL) throws -> Data {
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw Failure(description: "no such file: \(file.path)")
        }
        guard let gzip = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Failure(description: "gzip not found at \(candidates.joined(separator: " or "))")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gzip)
        process.arguments = ["-dc", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Read before waiting: a full pipe would otherwise block gzip forever.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "gzip -dc \(file.path) exited with status \(process.terminationStatus)")
        }
        return data
    }
}
