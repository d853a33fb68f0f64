#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// Writes the CLI's output straight to file descriptors 1 and 2, unbuffered, so streamed tokens
/// appear as they arrive and stdout/stderr never interleave out of order.
///
/// stdout carries only what a script would capture (a table, JSON, a new key, the answer text);
/// everything meant for the operator's eyes (progress, timings, warnings, errors) goes to stderr.
///
/// ```swift
/// Console.out("sk-…\n")                  // the one thing a script reads
/// Console.err("stored as version 3\n")   // for the operator
/// ```
enum Console {
    /// Writes `text` to stdout as it is (no newline added).
    static func out(_ text: String) {
        write(text, to: 1)
    }

    /// Writes `text` to stderr as it is (no newline added).
    static func err(_ text: String) {
        write(text, to: 2)
    }

    /// Writes one line to stderr.
    static func note(_ line: String) {
        write(line + "\n", to: 2)
    }

    /// Whether stdout is a terminal (tables and colours are for people; pipes get plain text).
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                #if canImport(Darwin)
                return Darwin.write(descriptor, base + offset, buffer.count - offset)
                #else
                return Glibc.write(descriptor, base + offset, buffer.count - offset)
                #endif
            }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                // A closed pipe (`gatewayctl models | head`): nothing more can be shown.
                return
            }
        }
    }
}
