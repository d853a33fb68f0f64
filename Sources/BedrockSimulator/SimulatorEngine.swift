import AWSServiceModel
import Foundation
import GatewayCore
import Logging
import Synchronization

/// The simulator's request handling, independent of the HTTP server: resolves the scenario,
/// injects errors, validates, plans the reply and renders it.
final class SimulatorEngine: Sendable {
    let configuration: BedrockSimulatorConfiguration
    let models: ServiceModelSet
    let state = Mutex(SimulatorState())

    var catalog: SimulatorCatalog { configuration.catalog }
    var logger: Logger { configuration.logger }

    static let scenarioHeader = "x-simulator-scenario"

    init(configuration: BedrockSimulatorConfiguration) {
        self.configuration = configuration
        guard configuration.validatesRequests else {
            self.models = .empty
            return
        }
        guard let directory = ModelsDirectoryLocator.locate(explicit: configuration.modelsDirectory) else {
            configuration.logger.warning(
                "AWS service models not found (set \(ModelsDirectoryLocator.environmentVariable)); requests are not schema-validated")
            self.models = .empty
            return
        }
        do {
            self.models = try ServiceModelSet.load(from: directory)
            configuration.logger.info("Validating requests against the service models in \(directory.path)")
        } catch {
            configuration.logger.warning("Could not load the AWS service models from \(directory.path): \(error); requests are not schema-validated")
            self.models = .empty
        }
    }

    /// Whether request bodies are checked against the official service model.
    var validatesAgainstServiceModel: Bool { models.runtime != nil }

    func respond(to request: SimulatorRequest) async -> SimulatorResponse {
        state.withLock {
            $0.record(
                RecordedRequest(
                    operation: request.operation.rawValue, method: request.method, path: request.path,
                    modelID: request.identifier, headers: request.headers, body: request.body))
        }
        let scenario: SimulatorScenario
        do {
            scenario = try self.scenario(for: request)
        } catch {
            return .error(.validation("Invalid \(Self.scenarioHeader) header: \(error)"))
        }
        var response: SimulatorResponse
        do {
            try injectError(scenario, request: request)
            response = try handle(request, scenario: scenario)
        } catch let error as SimulatedError {
            response = .error(error)
        } catch {
            logger.error("Simulator failure: \(error)")
            response = .error(SimulatedError(.internalServer))
        }
        response.headers.append(("x-amzn-RequestId", UUID().uuidString.lowercased()))
        response.firstByteDelay = scenario.firstByteDelay ?? configuration.firstByteDelay
        response.eventInterval = scenario.eventInterval ?? configuration.eventInterval
        return response
    }

    private func handle(_ request: SimulatorRequest, scenario: SimulatorScenario) throws -> SimulatorResponse {
        switch request.operation {
        case .converse: try converse(request, scenario: scenario, streaming: false)
        case .converseStream: try converse(request, scenario: scenario, streaming: true)
        case .invokeModel: try invoke(request, scenario: scenario, streaming: false)
        case .invokeModelWithResponseStream: try invoke(request, scenario: scenario, streaming: true)
        case .countTokens: try countTokens(request)
        case .listFoundationModels: try listFoundationModels(request)
        case .getFoundationModel: try getFoundationModel(request)
        case .listInferenceProfiles: try listInferenceProfiles(request)
        case .getInferenceProfile: try getInferenceProfile(request)
        }
    }

    /// The queued scenario for this operation (if any), overridden by the request's header.
    private func scenario(for request: SimulatorRequest) throws -> SimulatorScenario {
        let queued = state.withLock { $0.takeQueuedScenario(for: request.operation) } ?? .none
        guard let header = request.headers[Self.scenarioHeader] else { return queued }
        return queued.merging(try SimulatorScenario(parsing: header))
    }

    /// Throws the scenario's error unless this attempt is past its failure count. Attempts are
    /// counted per identical request (operation, model, body and scenario), so a client retrying
    /// the same call sees the failures and then the success.
    private func injectError(_ scenario: SimulatorScenario, request: SimulatorRequest) throws(SimulatedError) {
        guard let injection = scenario.error else { return }
        if let times = injection.times {
            let key = StableHash.hash(
                request.body,
                seed: StableHash.hash(parts: [request.operation.rawValue, request.identifier ?? "", scenario.description]))
            guard state.withLock({ $0.countAttempt(key) }) <= times else { return }
        }
        var extraFields: [String: JSONValue] = [:]
        if injection.type == .modelError {
            extraFields = ["originalStatusCode": 500, "resourceName": .string(request.identifier ?? "")]
        }
        throw SimulatedError(injection.type, extraFields: extraFields)
    }

    /// Validates a body against the runtime or control-plane service model.
    func validateSchema(operation: SimulatorOperation, body: Data) throws(SimulatedError) {
        guard let model = operation.isRuntime ? models.runtime : models.controlPlane else { return }
        let violations: [Violation]
        do {
            violations = try model.validateRequestBody(operation: operation.rawValue, body: body)
        } catch {
            return
        }
        guard !violations.isEmpty else { return }
        if violations.contains(where: { if case .malformedJSON = $0.kind { true } else { false } }) {
            throw .validation("Malformed input request, please reformat your input and try again.")
        }
        throw .validation(ViolationMessage.render(violations))
    }

    /// Decides cache reads and writes: a forced scenario wins; otherwise a prefix seen before
    /// (for the same model) is read, and a new one written.
    func cacheUse(_ digest: ConversationDigest, target: InvocationTarget, scenario: SimulatorScenario) -> CacheUse {
        if let forced = scenario.cache {
            let tokens = digest.cachePrefix?.tokens ?? digest.inputTokens / 2
            return forced == .read ? CacheUse(readTokens: tokens, writeTokens: 0) : CacheUse(readTokens: 0, writeTokens: tokens)
        }
        guard let prefix = digest.cachePrefix, prefix.tokens >= configuration.minimumCacheableTokens else { return .none }
        let key = StableHash.hash(parts: [target.modelID, String(prefix.key)])
        let wasCached = state.withLock { $0.readOrWriteCache(key) }
        return wasCached ? CacheUse(readTokens: prefix.tokens, writeTokens: 0) : CacheUse(readTokens: 0, writeTokens: prefix.tokens)
    }

    /// The error frame a `stream_error` scenario sends.
    func streamError(_ failure: StreamFailure?) -> SimulatedError? {
        guard let failure else { return nil }
        if failure.type == .modelStreamError {
            return SimulatedError(
                .modelStreamError, extraFields: ["originalStatusCode": 500, "originalMessage": "Internal model error"])
        }
        return SimulatedError(failure.type)
    }

    func encode(_ value: some Encodable) throws -> Data {
        try BedrockJSONEncoder(sortedKeys: true).encode(value)
    }

    // MARK: Control

    func enqueue(_ scenario: SimulatorScenario, count: Int, operations: Set<String>?) {
        state.withLock { $0.queue.append(QueuedScenario(scenario: scenario, remaining: max(1, count), operations: operations)) }
    }

    func resetScenarios() {
        state.withLock {
            $0.queue.removeAll()
            $0.attempts.removeAll()
            $0.cachedPrefixes.removeAll()
        }
    }

    func recordedRequests() -> [RecordedRequest] {
        state.withLock { $0.requests }
    }

    func clearRecordedRequests() {
        state.withLock { $0.requests.removeAll() }
    }
}
