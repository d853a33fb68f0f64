#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import GatewayCore

/// Writes each gateway log record as one JSON line on standard output (what CloudWatch Logs, the
/// container runtime and `jq` read).
///
/// Each line goes out in a single `write(2)`: unbuffered, so a line is visible as soon as the
/// request ends even when stdout is a pipe, and lines of concurrent requests never interleave.
///
/// ```swift
/// let sink = StdoutLogSink()
/// sink.log(GatewayLogRecord(time: Date(), level: .info, event: "started"))
/// ```
struct StdoutLogSink: GatewayLogSink {
    func log(_ record: GatewayLogRecord) {
        var line = JSONLogLine.format(record)
        line.append("\n")
        Self.writeAll(line, to: STDOUT_FILENO)
    }

    /// Writes all of `text` to `descriptor`, retrying after partial writes and interruptions.
    static func writeAll(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // stdout closed: nothing sensible left to do with a log line
                }
                offset += written
            }
        }
    }
}
