import Foundation

/// When an invocation times out, as Lambda states it: Unix time in milliseconds.
///
/// The gateway works with `ContinuousClock` instants (immune to wall-clock steps), so the
/// deadline is converted once, when the invocation starts.
///
/// ```swift
/// let deadline = InvocationDeadline(headerValue: "1542409706888")
/// let instant = deadline?.instant(now: .now, wallClock: Date())
/// ```
public struct InvocationDeadline: Sendable, Hashable {
    public var unixMilliseconds: Int64

    public init(unixMilliseconds: Int64) {
        self.unixMilliseconds = unixMilliseconds
    }

    /// Parses `Lambda-Runtime-Deadline-Ms`; `nil` for anything but a positive integer.
    public init?(headerValue: String) {
        guard let value = Int64(headerValue.trimmingCharacters(in: .whitespaces)), value > 0 else { return nil }
        self.unixMilliseconds = value
    }

    /// The time left at `wallClock`, never negative.
    public func remaining(at wallClock: Date) -> Duration {
        let nowMilliseconds = Int64((wallClock.timeIntervalSince1970 * 1000).rounded(.down))
        return .milliseconds(max(0, unixMilliseconds - nowMilliseconds))
    }

    /// The deadline on the continuous clock, given the same moment on both clocks.
    public func instant(now: ContinuousClock.Instant, wallClock: Date) -> ContinuousClock.Instant {
        now + remaining(at: wallClock)
    }
}
