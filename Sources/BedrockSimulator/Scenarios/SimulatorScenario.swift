import GatewayCore

/// Behaviours forced on the simulator's next replies: tool calls, reasoning, cache usage,
/// stop reasons, injected errors, mid-stream failures and latency.
///
/// Written as a comma-separated list of directives, the same syntax in the
/// `x-simulator-scenario` request header and in `POST /__simulator/scenario`:
///
/// | directive | effect |
/// |---|---|
/// | `tool_use` | call the first declared tool (or the ones named by "call <tool>") |
/// | `reasoning` / `redacted_reasoning` | prepend a signed reasoning block / a redacted one |
/// | `cache_read` / `cache_write` | report the cacheable prefix as read from / written to the cache |
/// | `stop:<reason>` | end with that stop reason (`guardrail_intervened`, `content_filtered`, …) |
/// | `error:<Exception>[:N]` | answer with that error (only the first N identical attempts) |
/// | `throttle[:N]` | same as `error:ThrottlingException[:N]` |
/// | `stream_error:<exception>[:K]` | break the stream with that exception after K deltas (default 2) |
/// | `delay:<ms>` / `interval:<ms>` | wait before the first byte / between stream events |
///
/// ```swift
/// let scenario = try SimulatorScenario(parsing: "throttle:2, delay:50")
/// simulator.enqueue(scenario, count: 3)
/// ```
public struct SimulatorScenario: Sendable, Hashable, CustomStringConvertible {
    var forceToolUse = false
    var reasoning: ReasoningOutput?
    var cache: CacheOutcome?
    var stopReason: ConverseStopReason?
    var error: ErrorInjection?
    var streamFailure: StreamFailure?
    var firstByteDelay: Duration?
    var eventInterval: Duration?

    /// No forced behaviour: replies follow the request alone.
    public static let none = SimulatorScenario()

    init() {}

    /// Parses a comma-separated directive list (see the type's documentation).
    ///
    /// - Throws: `ScenarioParseError` for an unknown directive or a bad argument.
    public init(parsing text: String) throws(ScenarioParseError) {
        for rawDirective in text.split(separator: ",") {
            let directive = rawDirective.trimmingCharacters(in: .whitespaces)
            if directive.isEmpty { continue }
            try apply(directive)
        }
    }

    public var isEmpty: Bool { self == .none }

    private mutating func apply(_ directive: String) throws(ScenarioParseError) {
        let parts = directive.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let name = parts[0].lowercased()
        let arguments = Array(parts.dropFirst())
        switch name {
        case "none", "default": break
        case "tool_use", "tool_call", "tools": forceToolUse = true
        case "reasoning", "thinking": reasoning = .text
        case "redacted_reasoning", "redacted_thinking": reasoning = .redacted
        case "cache_read": cache = .read
        case "cache_write": cache = .write
        case "stop":
            let stop = ConverseStopReason(rawValue: arguments.first?.lowercased() ?? "")
            if case .unknown = stop { throw ScenarioParseError(directive: directive, reason: "unknown stop reason in") }
            stopReason = stop
        case "throttle", "throttling":
            error = ErrorInjection(type: .throttling, times: try Self.count(arguments.first, in: directive))
        case "error":
            guard let typeName = arguments.first, let type = BedrockExceptionType.named(typeName) else {
                throw ScenarioParseError(directive: directive, reason: "unknown error type in")
            }
            error = ErrorInjection(type: type, times: try Self.count(arguments.dropFirst().first, in: directive))
        case "stream_error", "midstream_error":
            let type = try arguments.first.map { typeName throws(ScenarioParseError) in
                guard let type = BedrockExceptionType.named(typeName) else {
                    throw ScenarioParseError(directive: directive, reason: "unknown error type in")
                }
                return type
            } ?? .modelStreamError
            streamFailure = StreamFailure(
                type: type, afterDeltas: try Self.count(arguments.dropFirst().first, in: directive, allowZero: true) ?? 2)
        case "delay", "latency":
            firstByteDelay = try Self.milliseconds(arguments.first, in: directive)
        case "interval":
            eventInterval = try Self.milliseconds(arguments.first, in: directive)
        default:
            throw ScenarioParseError(directive: directive, reason: "unknown scenario directive")
        }
    }

    private static func count(_ text: String?, in directive: String, allowZero: Bool = false) throws(ScenarioParseError)
        -> Int?
    {
        guard let text else { return nil }
        guard let value = Int(text), value > 0 || (allowZero && value == 0) else {
            throw ScenarioParseError(directive: directive, reason: "bad count in")
        }
        return value
    }

    private static func milliseconds(_ text: String?, in directive: String) throws(ScenarioParseError) -> Duration {
        guard let text, let value = Int(text), value >= 0 else {
            throw ScenarioParseError(directive: directive, reason: "bad milliseconds in")
        }
        return .milliseconds(value)
    }

    /// This scenario with every behaviour `other` sets taking precedence.
    func merging(_ other: SimulatorScenario) -> SimulatorScenario {
        var merged = self
        if other.forceToolUse { merged.forceToolUse = true }
        merged.reasoning = other.reasoning ?? reasoning
        merged.cache = other.cache ?? cache
        merged.stopReason = other.stopReason ?? stopReason
        merged.error = other.error ?? error
        merged.streamFailure = other.streamFailure ?? streamFailure
        merged.firstByteDelay = other.firstByteDelay ?? firstByteDelay
        merged.eventInterval = other.eventInterval ?? eventInterval
        return merged
    }

    /// The directive list that parses back to this scenario.
    public var description: String {
        var directives: [String] = []
        if forceToolUse { directives.append("tool_use") }
        switch reasoning {
        case .text: directives.append("reasoning")
        case .redacted: directives.append("redacted_reasoning")
        case nil: break
        }
        if let cache { directives.append("cache_\(cache.rawValue)") }
        if let stopReason { directives.append("stop:\(stopReason.rawValue)") }
        if let error { directives.append("error:\(error.type.name)" + (error.times.map { ":\($0)" } ?? "")) }
        if let streamFailure {
            directives.append("stream_error:\(streamFailure.type.streamEventName):\(streamFailure.afterDeltas)")
        }
        if let firstByteDelay { directives.append("delay:\(firstByteDelay.wholeMilliseconds)") }
        if let eventInterval { directives.append("interval:\(eventInterval.wholeMilliseconds)") }
        return directives.isEmpty ? "none" : directives.joined(separator: ",")
    }
}

extension Duration {
    var wholeMilliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
