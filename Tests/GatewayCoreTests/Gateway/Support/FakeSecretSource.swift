import Foundation

@testable import GatewayCore

/// A secret store whose value (or failure) a test changes between reads.
final class FakeSecretSource: SecretValueSource, @unchecked Sendable {
    private let lock = NSLock()
    private var value: String
    private var failure: BedrockError?
    private var reads = 0
    /// Suspends each read until the test releases it (for single-flight tests).
    private var gate: AsyncStream<Void>?

    init(value: String) {
        self.value = value
    }

    var readCount: Int { locked { reads } }

    func set(_ value: String) { locked { self.value = value; failure = nil } }
    func fail(with error: BedrockError) { locked { failure = error } }
    func hold(until gate: AsyncStream<Void>) { locked { self.gate = gate } }

    func secretString(secretID: String) async throws -> String { try await read() }
    func parameterValue(name: String) async throws -> String { try await read() }

    private func read() async throws -> String {
        let gate = locked { () -> AsyncStream<Void>? in
            reads += 1
            return self.gate
        }
        if let gate {
            for await _ in gate { break }
        }
        return try locked {
            if let failure { throw failure }
            return value
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
