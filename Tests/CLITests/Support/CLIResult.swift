import Foundation

/// What one run of `gatewayctl` produced.
struct CLIResult: Sendable, CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String
    /// stdout as the reads from the pipe delivered it, in order (one entry per read).
    var stdoutChunks: [String]

    var description: String {
        "exit \(status)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }

    /// The value of a `label: value` line of stderr (the chat summary), trimmed.
    func stderrValue(_ label: String) -> String? {
        stderrLines.first { $0.hasPrefix(label + ":") }
            .map { String($0.dropFirst(label.count + 1)).trimmingCharacters(in: .whitespaces) }
    }

    /// stderr's lines, without empty ones.
    var stderrLines: [String] {
        stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}
