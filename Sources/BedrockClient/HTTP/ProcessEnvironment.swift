import Foundation

/// Reads the process environment once, for decisions made when a client is created.
enum ProcessEnvironment {
    static func snapshot() -> [String: String] {
        ProcessInfo.processInfo.environment
    }
}
