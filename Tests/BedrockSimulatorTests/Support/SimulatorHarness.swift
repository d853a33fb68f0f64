import BedrockClient
import BedrockSimulator
import Foundation
import GatewayCore
import Logging

/// A simulator on an ephemeral 127.0.0.1 port and a libcurl client talking to it over real HTTP.
struct SimulatorHarness: Sendable {
    let simulator: BedrockSimulator
    let client: HTTPClient
    let baseURL: String

    /// A SigV4-shaped header: the simulator accepts any credentials.
    static let sigV4Authorization =
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/bedrock/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"

    static func with<T: Sendable>(
        _ configure: (inout BedrockSimulatorConfiguration) -> Void = { _ in },
        _ body: (SimulatorHarness) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "BedrockSimulatorTests")
        // One line per request at info; quiet by default, SIMULATOR_LOG_LEVEL=info shows them.
        logger.logLevel = ProcessInfo.processInfo.environment["SIMULATOR_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        var configuration = BedrockSimulatorConfiguration(modelsDirectory: TestPaths.awsModels.path, logger: logger)
        configure(&configuration)
        let simulator = BedrockSimulator(configuration: configuration)
        let port = try await simulator.start()
        let harness = SimulatorHarness(simulator: simulator, client: HTTPClient(), baseURL: "http://127.0.0.1:\(port)")
        do {
            let result = try await body(harness)
            await harness.client.shutdown()
            await simulator.shutdown()
            return result
        } catch {
            await harness.client.shutdown()
            await simulator.shutdown()
            throw error
        }
    }

    /// `/model/{modelId}/{operation}` with the id percent-encoded as SDKs do (`:` → `%3A`, `/` → `%2F`).
    static func modelPath(_ modelID: String, _ operation: String) -> String {
        "/model/\(encode(modelID))/\(operation)"
    }

    static func encode(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")) ?? segment
    }

    private func headers(_ extra: [(String, String)], authorized: Bool, json: Bool) -> HTTPHeaders {
        var headers = HTTPHeaders()
        if json { headers.add(name: "Content-Type", value: "application/json") }
        if authorized { headers.add(name: "Authorization", value: Self.sigV4Authorization) }
        for (name, value) in extra { headers.add(name: name, value: value) }
        return headers
    }

    func post(
        _ path: String, _ body: String, headers extra: [(String, String)] = [], authorized: Bool = true
    ) async throws -> HTTPResponse {
        try await client.execute(
            HTTPRequest(
                method: .post, url: baseURL + path, headers: headers(extra, authorized: authorized, json: true),
                body: .bytes(Data(body.utf8))))
    }

    func get(_ path: String, headers extra: [(String, String)] = [], authorized: Bool = true) async throws -> HTTPResponse {
        try await client.execute(
            HTTPRequest(method: .get, url: baseURL + path, headers: headers(extra, authorized: authorized, json: false)))
    }

    func delete(_ path: String) async throws -> HTTPResponse {
        try await client.execute(HTTPRequest(method: .delete, url: baseURL + path))
    }

    /// POSTs and reads the whole `application/vnd.amazon.eventstream` body as messages.
    func stream(
        _ path: String, _ body: String, headers extra: [(String, String)] = []
    ) async throws -> (status: Int, headers: HTTPHeaders, messages: [EventStreamMessage]) {
        let response = try await client.stream(
            HTTPRequest(
                method: .post, url: baseURL + path, headers: headers(extra, authorized: true, json: true),
                body: .bytes(Data(body.utf8))))
        var messages: [EventStreamMessage] = []
        for try await message in response.body.eventStreamMessages() {
            messages.append(message)
        }
        return (response.status, response.headers, messages)
    }
}
