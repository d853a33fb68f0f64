import BedrockClient
import Foundation
import GatewayCore
import Testing

/// Tool calls end to end: the OpenAI `tools` → Bedrock `toolConfig` → simulator `toolUse` →
/// OpenAI `tool_calls` path, JSON and streamed, and the round trip with tool results.
@Suite("Tool calls end to end")
struct ToolCallEndToEndTests {
    static let model = "us.amazon.nova-lite-v1:0"

    static let tools: JSONValue = [
        [
            "type": "function",
            "function": [
                "name": "get_weather", "description": "Current weather in a city",
                "parameters": ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]],
            ],
        ],
        [
            "type": "function",
            "function": [
                "name": "get_time", "description": "Local time in a city",
                "parameters": ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]],
            ],
        ],
    ]

    static func arguments(_ call: JSONValue) throws -> JSONValue {
        let text = try #require(call["function"]?["arguments"]?.stringValue)
        return try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    @Test func parallelToolCallsComeInOneMessageInOrder() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.post(
                "/v1/chat/completions",
                json: [
                    "model": .string(Self.model), "tools": Self.tools,
                    "messages": [["role": "user", "content": #"call get_weather {"city": "Oslo"} and call get_time {"city": "Tokyo"}"#]],
                ])

            #expect(response.status == 200)
            let choice = try #require(try response.json["choices"]?.arrayValue?.first)
            #expect(choice["finish_reason"] == "tool_calls")
            let calls = try #require(choice["message"]?["tool_calls"]?.arrayValue)
            #expect(calls.map { $0["function"]?["name"]?.stringValue } == ["get_weather", "get_time"])
            #expect(calls.allSatisfy { $0["type"] == "function" && $0["id"]?.stringValue?.isEmpty == false })
            #expect(try calls.map(Self.arguments) == [["city": "Oslo"], ["city": "Tokyo"]])
        }
    }

    @Test func streamedToolCallsAssembleFromIndexedDeltas() async throws {
        try await EndToEndStack.with { stack in
            let response = try await stack.post(
                "/v1/chat/completions",
                json: [
                    "model": .string(Self.model), "tools": Self.tools, "stream": true,
                    "messages": [["role": "user", "content": #"call get_weather {"city": "Rome"} then call get_time {"city": "Lima"}"#]],
                ])

            #expect(response.status == 200)
            var names: [Int: String] = [:]
            var ids: [Int: String] = [:]
            var arguments: [Int: String] = [:]
            var finishReason: String?
            for event in try ServerSentEvents.jsonEvents(response.body) {
                guard let choice = event["choices"]?.arrayValue?.first else { continue }
                if let reason = choice["finish_reason"]?.stringValue { finishReason = reason }
                for delta in choice["delta"]?["tool_calls"]?.arrayValue ?? [] {
                    let index = try #require(delta["index"]?.intValue)
                    if let id = delta["id"]?.stringValue { ids[index] = id }
                    if let name = delta["function"]?["name"]?.stringValue { names[index] = name }
                    arguments[index, default: ""] += delta["function"]?["arguments"]?.stringValue ?? ""
                }
            }

            #expect(finishReason == "tool_calls")
            #expect(names == [0: "get_weather", 1: "get_time"])
            #expect(ids.count == 2)
            let decoded = try arguments.mapValues { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
            #expect(decoded == [0: ["city": "Rome"], 1: ["city": "Lima"]])
        }
    }

    @Test func toolResultsSentBackProduceTheFinalAnswer() async throws {
        try await EndToEndStack.with { stack in
            let question: JSONValue = ["role": "user", "content": #"call get_weather {"city": "Paris"}"#]
            let first = try await stack.post(
                "/v1/chat/completions", json: ["model": .string(Self.model), "tools": Self.tools, "messages": [question]])
            let assistant = try #require(try first.json["choices"]?.arrayValue?.first?["message"])
            let call = try #require(assistant["tool_calls"]?.arrayValue?.first)
            let callID = try #require(call["id"]?.stringValue)

            let second = try await stack.post(
                "/v1/chat/completions",
                json: [
                    "model": .string(Self.model), "tools": Self.tools,
                    "messages": [
                        question, assistant,
                        ["role": "tool", "tool_call_id": .string(callID), "content": "18 degrees and sunny"],
                    ],
                ])

            #expect(second.status == 200)
            let choice = try #require(try second.json["choices"]?.arrayValue?.first)
            #expect(choice["finish_reason"] == "stop")
            #expect(choice["message"]?["content"]?.stringValue?.contains("18 degrees and sunny") == true)
        }
    }
}
