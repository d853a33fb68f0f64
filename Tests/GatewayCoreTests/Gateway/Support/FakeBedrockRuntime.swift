import Foundation
import Testing

@testable import GatewayCore

/// An in-memory Bedrock runtime: answers come from closures, calls are recorded, and every
/// Converse/ConverseStream/CountTokens body the gateway sends is checked against the
/// bedrock-runtime service model (a violation is recorded as a test issue).
final class FakeBedrockRuntime: BedrockRuntime, @unchecked Sendable {
    typealias ConverseHandler = @Sendable (String, ConverseRequest) async throws -> ConverseResponse
    typealias StreamHandler = @Sendable (String, ConverseStreamRequest) async throws -> BedrockEventStream<ConverseStreamEvent>
    typealias InvokeHandler = @Sendable (String, Data) async throws -> InvokeModelResult
    typealias InvokeStreamHandler = @Sendable (String, Data) async throws -> BedrockEventStream<InvokeModelStreamEvent>
    typealias CountTokensHandler = @Sendable (String, CountTokensRequest) async throws -> CountTokensResponse

    private let lock = NSLock()
    private var converseCalls: [(modelID: String, request: ConverseRequest)] = []
    private var streamCalls: [(modelID: String, request: ConverseStreamRequest)] = []
    private var invokeCalls: [(modelID: String, body: Data)] = []
    private var invokeStreamCalls: [(modelID: String, body: Data)] = []
    private var countTokensCalls: [(modelID: String, request: CountTokensRequest)] = []
    private var running = 0
    private var peakRunning = 0

    var onConverse: ConverseHandler = { _, _ in throw BedrockError(kind: .unknown, message: "converse not faked") }
    var onConverseStream: StreamHandler = { _, _ in throw BedrockError(kind: .unknown, message: "stream not faked") }
    var onInvokeModel: InvokeHandler = { _, _ in throw BedrockError(kind: .unknown, message: "invoke not faked") }
    var onInvokeModelWithResponseStream: InvokeStreamHandler = { _, _ in
        throw BedrockError(kind: .unknown, message: "invoke stream not faked")
    }
    var onCountTokens: CountTokensHandler = { _, _ in throw BedrockError(kind: .unknown, message: "count tokens not faked") }

    var conversed: [(modelID: String, request: ConverseRequest)] { locked { converseCalls } }
    var streamed: [(modelID: String, request: ConverseStreamRequest)] { locked { streamCalls } }
    var invoked: [(modelID: String, body: Data)] { locked { invokeCalls } }
    var invokedWithStream: [(modelID: String, body: Data)] { locked { invokeStreamCalls } }
    var countedTokens: [(modelID: String, request: CountTokensRequest)] { locked { countTokensCalls } }
    /// The most InvokeModel calls that were running at the same time.
    var peakConcurrentInvocations: Int { locked { peakRunning } }

    func converse(modelID: String, request: ConverseRequest) async throws -> ConverseResponse {
        locked { converseCalls.append((modelID, request)) }
        Self.checkAgainstServiceModel(request, operation: "Converse")
        return try await onConverse(modelID, request)
    }

    func converseStream(modelID: String, request: ConverseStreamRequest) async throws -> BedrockEventStream<ConverseStreamEvent> {
        locked { streamCalls.append((modelID, request)) }
        Self.checkAgainstServiceModel(request, operation: "ConverseStream")
        return try await onConverseStream(modelID, request)
    }

    func invokeModel(modelID: String, body: Data) async throws -> InvokeModelResult {
        locked {
            invokeCalls.append((modelID, body))
            running += 1
            peakRunning = max(peakRunning, running)
        }
        defer { locked { running -= 1 } }
        // Give the other calls of the batch a chance to start, so overlap is observable.
        await Task.yield()
        await Task.yield()
        return try await onInvokeModel(modelID, body)
    }

    func invokeModelWithResponseStream(modelID: String, body: Data) async throws -> BedrockEventStream<InvokeModelStreamEvent> {
        locked { invokeStreamCalls.append((modelID, body)) }
        return try await onInvokeModelWithResponseStream(modelID, body)
    }

    func countTokens(modelID: String, request: CountTokensRequest) async throws -> CountTokensResponse {
        locked { countTokensCalls.append((modelID, request)) }
        Self.checkAgainstServiceModel(request, operation: "CountTokens")
        return try await onCountTokens(modelID, request)
    }

    private static func checkAgainstServiceModel(_ body: some Encodable, operation: String) {
        do {
            let violations = try ServiceModels.bedrockRuntime.validateRequestBody(
                operation: operation, body: BedrockJSONEncoder().encode(body))
            if !violations.isEmpty { Issue.record("\(operation) body violates the service model: \(violations)") }
        } catch {
            Issue.record("\(operation) body could not be checked: \(error)")
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
