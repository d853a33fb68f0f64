import Foundation

@testable import GatewayCore

/// Bedrock's catalog listings from memory; a test can swap the answer or make it fail.
final class FakeCatalogSource: BedrockCatalogSource, @unchecked Sendable {
    private let lock = NSLock()
    private var models: [FoundationModelSummary]
    private var profiles: [InferenceProfileSummary]
    private var modelsError: BedrockError?
    private var profilesError: BedrockError?
    private var modelCalls = 0
    private var gate: AsyncStream<Void>?

    init(models: [FoundationModelSummary] = [], profiles: [InferenceProfileSummary] = []) {
        self.models = models
        self.profiles = profiles
    }

    /// The hand-written catalog fixture (`Golden/catalog/`).
    static func fixture() throws -> FakeCatalogSource {
        FakeCatalogSource(models: try CatalogFixture.foundationModels(), profiles: try CatalogFixture.inferenceProfiles())
    }

    var listCalls: Int { locked { modelCalls } }

    func answer(models: [FoundationModelSummary], profiles: [InferenceProfileSummary]) {
        locked {
            self.models = models
            self.profiles = profiles
        }
    }

    func fail(models error: BedrockError?, profiles profilesError: BedrockError? = nil) {
        locked {
            modelsError = error
            self.profilesError = profilesError
        }
    }

    /// Suspends later ListFoundationModels calls until the test yields to `gate`.
    func hold(until gate: AsyncStream<Void>) { locked { self.gate = gate } }

    func listFoundationModels() async throws -> [FoundationModelSummary] {
        let gate = locked { () -> AsyncStream<Void>? in
            modelCalls += 1
            return self.gate
        }
        if let gate {
            for await _ in gate { break }
        }
        return try locked {
            if let modelsError { throw modelsError }
            return models
        }
    }

    func listInferenceProfiles(type: InferenceProfileType?) async throws -> [InferenceProfileSummary] {
        try locked {
            if let profilesError { throw profilesError }
            return profiles.filter { type == nil || $0.type == type }
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
