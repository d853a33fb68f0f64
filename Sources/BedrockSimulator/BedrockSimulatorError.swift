/// Why a `BedrockSimulator` could not start.
///
/// ```swift
/// do { _ = try await simulator.start() } catch BedrockSimulatorError.alreadyRunning { … }
/// ```
public enum BedrockSimulatorError: Error, Sendable, Hashable {
    /// `start` was called while the server was running.
    case alreadyRunning
    /// The server stopped before it reported a bound port.
    case failedToStart(String)
}
