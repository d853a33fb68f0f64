import Foundation
import Testing

@testable import OpenAIModels

/// Swift clients (and gatewayctl) send requests built in Swift; the JSON must be what OpenAI
/// documents, and decoding it again must give the same value.
@Suite struct ChatCompletionRequestEncodingTests {
    @Test func requestEncodesWithSnakeCaseKeysAndNoNulls() throws {
        let request = ChatCompletionRequest(
            model: "gpt-4o",
            messages: [
                .system("Be brief."),
                .user(.parts([.text("Look:"), .imageURL(.init(url: "https://x/y.png", detail: .low))])),
                .assistant(
                    nil,
                    toolCalls: [ChatToolCall(id: "call_1", function: .init(name: "get_weather", arguments: "{}"))]),
                .tool(callID: "call_1", content: "sunny"),
            ],
            maxCompletionTokens: 256,
            temperature: 0.5,
            stop: ["END"],
            tools: [ChatTool(function: .init(name: "get_weather", parameters: ["type": "object"]))],
            toolChoice: .function(name: "get_weather"),
            responseFormat: .jsonObject,
            stream: true,
            streamOptions: StreamOptions(includeUsage: true),
            reasoningEffort: .medium)
        let expected = try WireJSON.parse(
            """
            {"model":"gpt-4o","messages":[
              {"role":"system","content":"Be brief."},
              {"role":"user","content":[{"type":"text","text":"Look:"},
                {"type":"image_url","image_url":{"url":"https://x/y.png","detail":"low"}}]},
              {"role":"assistant","tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{}"}}]},
              {"role":"tool","content":"sunny","tool_call_id":"call_1"}],
             "max_completion_tokens":256,"temperature":0.5,"stop":["END"],
             "tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object"}}}],
             "tool_choice":{"type":"function","function":{"name":"get_weather"}},
             "response_format":{"type":"json_object"},"stream":true,"stream_options":{"include_usage":true},
             "reasoning_effort":"medium"}
            """)
        #expect(try WireJSON.encode(request) == expected)
    }

    @Test func extraFieldsAreWrittenAtTopLevelAndRoundTrip() throws {
        var request = ChatCompletionRequest(model: "m", messages: [.user("x")])
        request.extraFields = ["top_k": 40, "guardrailConfig": ["guardrailIdentifier": "gr-1"], "model": "ignored"]
        let encoded = try WireJSON.encode(request)
        #expect(encoded["top_k"] == .integer(40))
        #expect(encoded["guardrailConfig"] == ["guardrailIdentifier": "gr-1"])
        // A documented parameter cannot be overridden through extraFields.
        #expect(encoded["model"] == "m")

        let decoded = try JSONDecoder().decode(ChatCompletionRequest.self, from: JSONEncoder().encode(request))
        #expect(decoded.extraFields == ["top_k": 40, "guardrailConfig": ["guardrailIdentifier": "gr-1"]])
    }

    @Test func aFullSDKBodySurvivesDecodeThenEncodeUnchanged() throws {
        let body = """
            {"model":"gpt-5","messages":[
              {"role":"developer","content":"d"},
              {"role":"user","content":[{"type":"text","text":"t"},{"type":"input_audio","input_audio":{"data":"AA==","format":"mp3"}},
                {"type":"file","file":{"file_id":"file-1"}}],"name":"u"},
              {"role":"assistant","content":"a","reasoning_content":"r","refusal":"no"},
              {"role":"assistant","function_call":{"name":"f","arguments":"{}"}},
              {"role":"function","name":"f","content":"1"}],
             "max_tokens":10,"top_p":0.5,"n":2,"seed":7,"frequency_penalty":0.1,"presence_penalty":0.2,
             "logit_bias":{"1":5},"logprobs":true,"top_logprobs":2,"parallel_tool_calls":true,
             "functions":[{"name":"f","description":"d","strict":false}],"function_call":"none",
             "response_format":{"type":"json_schema","json_schema":{"name":"s","description":"d","schema":{"type":"object"},"strict":true}},
             "verbosity":"low","modalities":["text"],"audio":{"voice":"alloy"},"prediction":{"type":"content","content":"c"},
             "web_search_options":{},"user":"u1","metadata":{"k":"v"},"service_tier":"auto","store":true,
             "prompt_cache_key":"p","safety_identifier":"s","tool_choice":"required","top_k":3}
            """
        let decoded = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(try WireJSON.encode(decoded) == WireJSON.parse(body))
    }

    @Test func messageConstructorsEncodeAsDocumented() throws {
        #expect(try WireJSON.encode(ChatMessage.developer("d")) == ["role": "developer", "content": "d"])
        #expect(
            try WireJSON.encode(ChatMessage.tool(callID: "c", content: "r"))
                == ["role": "tool", "content": "r", "tool_call_id": "c"])
        #expect(
            try WireJSON.encode(ChatMessage.assistant("a", reasoningContent: "why"))
                == ["role": "assistant", "content": "a", "reasoning_content": "why"])
    }

    @Test func legacyFunctionCallChoiceEncodesEachForm() throws {
        #expect(try WireJSON.encode(FunctionCallChoice.none) == "none")
        #expect(try WireJSON.encode(FunctionCallChoice.auto) == "auto")
        #expect(try WireJSON.encode(FunctionCallChoice.function(name: "f")) == ["name": "f"])
        #expect(try WireJSON.encode(ToolChoice.required) == "required")
    }
}
