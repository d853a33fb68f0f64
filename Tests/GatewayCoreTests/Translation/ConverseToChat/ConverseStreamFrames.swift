import Foundation

@testable import GatewayCore

/// ConverseStream responses written as the frames Bedrock sends (`:event-type` and JSON
/// payload, per the ConverseStream API reference), decoded the way the transport decodes them.
enum ConverseStreamFrames {
    static func events(_ frames: [(String, String)]) throws -> [ConverseStreamEvent] {
        try frames.map { try ConverseStreamEvent(eventType: $0.0, payload: Data($0.1.utf8)) }
    }

    /// A golden event list: a JSON array of single-member objects `{"<event type>": payload}`.
    static func events(golden name: String) throws -> [ConverseStreamEvent] {
        let encoder = JSONEncoder()
        return try (Golden.json(name).arrayValue ?? []).map { frame in
            guard let (type, payload) = frame.objectValue?.first, frame.objectValue?.count == 1 else {
                throw CocoaError(.coderReadCorrupt)
            }
            return try ConverseStreamEvent(eventType: type, payload: encoder.encode(payload))
        }
    }

    /// Claude with extended thinking, deciding to call one tool twice: a reasoning block
    /// (text, then its signature), a text block, then two tool-use blocks — content blocks
    /// 0…3, of which only 2 and 3 are tool calls.
    static let reasoningTextAndTwoTools: [(String, String)] = [
        ("messageStart", #"{"role":"assistant"}"#),
        ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"reasoningContent":{"text":"The user wants the weather"}}}"#),
        ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"reasoningContent":{"text":" in Paris and Tokyo."}}}"#),
        ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"reasoningContent":{"signature":"EqoBCkgIARABGAIiQL2UyQ9W"}}}"#),
        ("contentBlockStop", #"{"contentBlockIndex":0}"#),
        ("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"text":"I'll check "}}"#),
        ("contentBlockDelta", #"{"contentBlockIndex":1,"delta":{"text":"both cities."}}"#),
        ("contentBlockStop", #"{"contentBlockIndex":1}"#),
        ("contentBlockStart", #"{"contentBlockIndex":2,"start":{"toolUse":{"toolUseId":"tooluse_Paris01","name":"get_weather"}}}"#),
        ("contentBlockDelta", #"{"contentBlockIndex":2,"delta":{"toolUse":{"input":"{\"city\":"}}}"#),
        ("contentBlockDelta", #"{"contentBlockIndex":2,"delta":{"toolUse":{"input":"\"Paris\"}"}}}"#),
        ("contentBlockStop", #"{"contentBlockIndex":2}"#),
        ("contentBlockStart", #"{"contentBlockIndex":3,"start":{"toolUse":{"toolUseId":"tooluse_Tokyo02","name":"get_weather"}}}"#),
        ("contentBlockDelta", #"{"contentBlockIndex":3,"delta":{"toolUse":{"input":"{\"city\":\"Tokyo\"}"}}}"#),
        ("contentBlockStop", #"{"contentBlockIndex":3}"#),
        ("messageStop", #"{"stopReason":"tool_use"}"#),
        ("metadata", #"{"usage":{"inputTokens":412,"outputTokens":96,"totalTokens":508},"metrics":{"latencyMs":1834}}"#),
    ]

    /// The non-streamed Converse response with the same output as `reasoningTextAndTwoTools`.
    static let reasoningTextAndTwoToolsResponse = """
        {
          "output": {"message": {"role": "assistant", "content": [
            {"reasoningContent": {"reasoningText": {"text": "The user wants the weather in Paris and Tokyo.", "signature": "EqoBCkgIARABGAIiQL2UyQ9W"}}},
            {"text": "I'll check both cities."},
            {"toolUse": {"toolUseId": "tooluse_Paris01", "name": "get_weather", "input": {"city": "Paris"}}},
            {"toolUse": {"toolUseId": "tooluse_Tokyo02", "name": "get_weather", "input": {"city": "Tokyo"}}}
          ]}},
          "stopReason": "tool_use",
          "usage": {"inputTokens": 412, "outputTokens": 96, "totalTokens": 508},
          "metrics": {"latencyMs": 1834}
        }
        """

    /// A plain text answer with prompt-cache usage.
    static let cachedText: [(String, String)] = [
        ("messageStart", #"{"role":"assistant"}"#),
        ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":"Bonjour"}}"#),
        ("contentBlockDelta", #"{"contentBlockIndex":0,"delta":{"text":" !"}}"#),
        ("contentBlockStop", #"{"contentBlockIndex":0}"#),
        ("messageStop", #"{"stopReason":"end_turn"}"#),
        (
            "metadata",
            #"{"usage":{"inputTokens":20,"outputTokens":3,"totalTokens":2071,"cacheReadInputTokens":2048,"cacheWriteInputTokens":0},"metrics":{"latencyMs":402}}"#
        ),
    ]
}
