/// The error the probe's failing stream throws.
///
/// ```swift
/// throw ProbeFailure(description: "probe stream failure")
/// ```
struct ProbeFailure: Error, Sendable, CustomStringConvertible {
    var description: String
}
