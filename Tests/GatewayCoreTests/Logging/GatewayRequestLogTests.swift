import Foundation
import Testing

@testable import GatewayCore

@Suite("Gateway request log lines")
struct GatewayRequestLogTests {
    static let secretPrompt = "My secret plan is to buy the company"
    static let body = #"{"model":"amazon.nova-pro-v1:0","messages":[{"role":"user","content":"\#(secretPrompt)"}]}"#

    static func answer() throws -> ConverseResponse {
        try BedrockJSONDecoder().decode(ConverseResponse.self, from: Golden.data("converse-to-chat/tool-use-with-text.converse"))
    }

    @Test("One line per request with id, route, model, status, latency, stream flag and usage — no prompt, no key")
    func requestLine() async throws {
        let harness = try GatewayHarness()
        let answer = try Self.answer()
        let clock = harness.clock
        harness.runtime.onConverse = { _, _ in
            clock.advance(by: 1.25)
            return answer
        }
        _ = await harness.send("POST", "/v1/chat/completions", json: Self.body)
        let lines = harness.logs.requestLines
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(
            line
                == #"{"time":"2025-03-10T01:25:53.250Z","level":"info","event":"request","request_id":"req-1","method":"POST","path":"/v1/chat/completions","route":"/chat/completions","model":"amazon.nova-pro-v1:0","status":200,"latency_ms":1250,"stream":false,"prompt_tokens":683,"completion_tokens":131,"total_tokens":814,"finish_reason":"tool_calls"}"#)
        #expect(!line.contains(Self.secretPrompt))
        #expect(!line.contains(GatewayHarness.apiKey))
    }

    @Test("With DEBUG the prompt is in the line; the key still is not")
    func debugPrompt() async throws {
        let harness = try GatewayHarness(
            configuration: GatewayConfiguration(apiKeySource: .keys([GatewayHarness.apiKey]), logPrompts: true, logLevel: .debug))
        let answer = try Self.answer()
        harness.runtime.onConverse = { _, _ in answer }
        _ = await harness.send("POST", "/v1/chat/completions", json: Self.body)
        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record[field: "prompt"]?.arrayValue?.first?["content"] == .string(Self.secretPrompt))
        #expect(!JSONLogLine.format(record).contains(GatewayHarness.apiKey))
    }

    @Test("A rejected key is logged with its error code, never the key")
    func rejectedKeyLine() async throws {
        let harness = try GatewayHarness()
        _ = await harness.send("GET", "/v1/models", key: "sk-attacker-guess")
        let line = try #require(harness.logs.requestLines.first)
        #expect(line.contains(#""status":401"#))
        #expect(line.contains(#""error_code":"invalid_api_key""#))
        #expect(!line.contains("sk-attacker-guess"))
    }

    @Test("Client errors carry type, code and param; LOG_LEVEL=warning drops info lines but keeps 5xx")
    func errorFieldsAndLevel() async throws {
        let harness = try GatewayHarness(configuration: GatewayConfiguration(apiKeySource: .keys([GatewayHarness.apiKey]), logLevel: .warning))
        _ = await harness.send("POST", "/v1/chat/completions", json: #"{"model":"m","messages":[]}"#)
        #expect(harness.logs.requestLines.isEmpty)
        harness.runtime.onConverse = { _, _ in throw BedrockError(kind: .internalServer, code: "InternalServerException", message: "boom", requestID: "aws-req-7") }
        _ = await harness.send("POST", "/v1/chat/completions", json: Self.body)
        let record = try #require(harness.logs.records(event: "request").first)
        #expect(record.level == .error)
        #expect(record[field: "error_code"] == "upstream_error")
        #expect(record[field: "error_message"] == "boom")
        #expect(record[field: "bedrock_request_id"] == "aws-req-7")

        let infoHarness = try GatewayHarness()
        _ = await infoHarness.send("POST", "/v1/chat/completions", json: #"{"model":"m","messages":[]}"#)
        let clientError = try #require(infoHarness.logs.records(event: "request").first)
        #expect(clientError[field: "status"] == 400)
        #expect(clientError[field: "error_type"] == "invalid_request_error")
        #expect(clientError[field: "error_param"] == "messages")
        #expect(clientError[field: "error_message"] == nil)
    }

    @Test("Health checks are logged at debug level only")
    func healthQuiet() async throws {
        let harness = try GatewayHarness()
        _ = await harness.send("GET", "/health", key: nil)
        #expect(harness.logs.requestLines.isEmpty)
    }
}
