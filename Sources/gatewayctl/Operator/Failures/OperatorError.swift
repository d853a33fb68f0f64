/// A failure the CLI reports to the operator: one line saying what went wrong in plain words,
/// and optionally what to do about it.
///
/// Commands throw it; ``CommandRunner`` prints `gatewayctl <command>: <message>` (and the hint
/// on a second line) to stderr and exits non-zero.
///
/// ```swift
/// throw OperatorError("no model given", hint: "pass --model or set DEFAULT_MODEL")
/// ```
struct OperatorError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, one line, never containing a key.
    var message: String
    /// What the operator can do about it.
    var hint: String?
    /// The process exit status (1 unless a more specific code applies).
    var exitCode: Int32

    init(_ message: String, hint: String? = nil, exitCode: Int32 = 1) {
        self.message = message
        self.hint = hint
        self.exitCode = exitCode
    }

    var description: String {
        guard let hint else { return message }
        return "\(message): \(hint)"
    }
}
