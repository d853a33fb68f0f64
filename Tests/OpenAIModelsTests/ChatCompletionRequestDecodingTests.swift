import Foundation
import Testing

@testable import OpenAIModels

/// Request bodies as the OpenAI SDKs and popular clients send them to `/v1/chat/completions`.
@Suite struct ChatCompletionRequestDecodingTests {
    @Test func minimalBodyDecodesWithEverythingElseAbsent() throws {
        let request = try WireJSON.request(
            ChatCompletionRequest.self,
            #"{"model":"gpt-4o","messages":[{"role":"user","content":"Hello!"}]}"#)
        #expect(request.model == "gpt-4o")
        #expect(request.messages == [.user("Hello!")])
        #expect(request.stream == nil)
        #expect(request.isStreaming == false)
        #expect(request.temperature == nil)
        #expect(request.extraFields.isEmpty)
    }

    @Test func multiPartUserContentKeepsTextAndImageDetail() throws {
        let body = """
            {"model":"gpt-4o","messages":[{"role":"user","content":[
              {"type":"text","text":"What's in this image?"},
              {"type":"image_url","image_url":{"url":"https://example.com/boardwalk.jpg","detail":"high"}},
              {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}
            ]}]}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(request.messages.count == 1)
        #expect(request.messages[0].role == .user)
        #expect(
            request.messages[0].content
                == .parts([
                    .text("What's in this image?"),
                    .imageURL(.init(url: "https://example.com/boardwalk.jpg", detail: .high)),
                    .imageURL(.init(url: "data:image/png;base64,iVBORw0KGgo=", detail: nil)),
                ]))
    }

    @Test func audioAndFilePartsDecodeInUserMessages() throws {
        let body = """
            {"model":"gpt-4o-audio-preview","messages":[{"role":"user","content":[
              {"type":"input_audio","input_audio":{"data":"UklGRg==","format":"wav"}},
              {"type":"file","file":{"file_data":"data:application/pdf;base64,JVBERi0=","filename":"a.pdf"}},
              {"type":"file","file":{"file_id":"file-abc123"}}
            ]}]}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(
            request.messages[0].content
                == .parts([
                    .inputAudio(.init(data: "UklGRg==", format: "wav")),
                    .file(.init(fileData: "data:application/pdf;base64,JVBERi0=", filename: "a.pdf")),
                    .file(.init(fileID: "file-abc123")),
                ]))
    }

    @Test func toolConversationWithNullAssistantContentDecodes() throws {
        // The shape the Python SDK sends on the second turn of a function-calling loop.
        let body = """
            {"model":"gpt-4o","messages":[
              {"role":"system","content":"You are a helpful assistant."},
              {"role":"user","content":"What's the weather like in Paris today?"},
              {"role":"assistant","content":null,"tool_calls":[{"id":"call_abc123","type":"function",
                "function":{"name":"get_weather","arguments":"{\\"location\\":\\"Paris, France\\"}"}}]},
              {"role":"tool","tool_call_id":"call_abc123","content":"{\\"temperature\\":22}"}
            ],
            "tools":[{"type":"function","function":{"name":"get_weather","description":"Get current temperature",
              "parameters":{"type":"object","properties":{"location":{"type":"string"}},"required":["location"],
              "additionalProperties":false},"strict":true}}],
            "tool_choice":"auto","parallel_tool_calls":false}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(request.messages.map(\.role) == [.system, .user, .assistant, .tool])
        let assistant = request.messages[2]
        #expect(assistant.content == nil)
        #expect(
            assistant.toolCalls
                == [
                    ChatToolCall(
                        id: "call_abc123",
                        function: FunctionCall(name: "get_weather", arguments: #"{"location":"Paris, France"}"#))
                ])
        #expect(request.messages[3].toolCallID == "call_abc123")
        #expect(request.messages[3].content == .text(#"{"temperature":22}"#))
        let tool = try #require(request.tools?.first)
        #expect(tool.function.name == "get_weather")
        #expect(tool.function.description == "Get current temperature")
        #expect(tool.function.strict == true)
        #expect(tool.function.parameters?["required"] == ["location"])
        #expect(tool.function.parameters?["additionalProperties"] == false)
        #expect(request.toolChoice == .auto)
        #expect(request.parallelToolCalls == false)
    }

    @Test func toolChoiceAcceptsEveryDocumentedForm() throws {
        let forms: [(String, ToolChoice)] = [
            (#""none""#, .none), (#""auto""#, .auto), (#""required""#, .required),
            (#"{"type":"function","function":{"name":"get_weather"}}"#, .function(name: "get_weather")),
        ]
        for (json, expected) in forms {
            let request = try WireJSON.request(
                ChatCompletionRequest.self,
                #"{"model":"m","messages":[{"role":"user","content":"x"}],"tool_choice":\#(json)}"#)
            #expect(request.toolChoice == expected)
        }
    }

    @Test func developerRoleAndTextPartSystemMessagesDecode() throws {
        let body = """
            {"model":"o3-mini","messages":[
              {"role":"developer","content":"Formatting re-enabled"},
              {"role":"system","content":[{"type":"text","text":"Be terse."}],"name":"policy"},
              {"role":"user","content":"Hi","name":"alice"}
            ],"reasoning_effort":"low","max_completion_tokens":2048}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(request.messages[0] == .developer("Formatting re-enabled"))
        #expect(request.messages[1] == .system(.parts([.text("Be terse.")]), name: "policy"))
        #expect(request.messages[2].name == "alice")
        #expect(request.reasoningEffort == .low)
        #expect(request.maxCompletionTokens == 2048)
        #expect(request.effectiveMaxTokens == 2048)
    }

    @Test func legacyFunctionsAndFunctionRoleDecode() throws {
        let body = """
            {"model":"gpt-3.5-turbo","messages":[
              {"role":"user","content":"Weather in Boston?"},
              {"role":"assistant","content":null,"function_call":{"name":"get_weather","arguments":"{\\"city\\":\\"Boston\\"}"}},
              {"role":"function","name":"get_weather","content":"{\\"temp\\":10}"}
            ],
            "functions":[{"name":"get_weather","parameters":{"type":"object","properties":{}}}],
            "function_call":{"name":"get_weather"}}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(request.messages[1].functionCall == FunctionCall(name: "get_weather", arguments: #"{"city":"Boston"}"#))
        #expect(request.messages[2].role == .function)
        #expect(request.messages[2].name == "get_weather")
        #expect(request.functions?.map(\.name) == ["get_weather"])
        #expect(request.functionCall == .function(name: "get_weather"))

        let auto = try WireJSON.request(
            ChatCompletionRequest.self,
            #"{"model":"m","messages":[{"role":"user","content":"x"}],"function_call":"auto"}"#)
        #expect(auto.functionCall == .auto)
    }

    @Test func assistantHistoryKeepsRefusalReasoningAndRefusalParts() throws {
        let body = """
            {"model":"deepseek-r1","messages":[
              {"role":"user","content":"Why?"},
              {"role":"assistant","content":"Because.","reasoning_content":"Let me think…"},
              {"role":"assistant","content":null,"refusal":"I can't help with that."},
              {"role":"assistant","content":[{"type":"text","text":"Part"},{"type":"refusal","refusal":"No."}]},
              {"role":"user","content":"Ok"}
            ]}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(request.messages[1].reasoningContent == "Let me think…")
        #expect(request.messages[2].refusal == "I can't help with that.")
        #expect(request.messages[2].content == nil)
        #expect(request.messages[3].content == .parts([.text("Part"), .refusal("No.")]))
    }

    @Test func jsonSchemaResponseFormatDecodes() throws {
        let body = """
            {"model":"gpt-4o","messages":[{"role":"user","content":"x"}],
             "response_format":{"type":"json_schema","json_schema":{"name":"math_response","strict":true,
               "schema":{"type":"object","properties":{"steps":{"type":"array","items":{"type":"string"}}},
               "required":["steps"],"additionalProperties":false}}}}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        guard case .jsonSchema(let format)? = request.responseFormat else {
            Issue.record("expected json_schema, got \(String(describing: request.responseFormat))")
            return
        }
        #expect(format.name == "math_response")
        #expect(format.strict == true)
        #expect(format.description == nil)
        #expect(format.schema?["required"] == ["steps"])

        for (json, expected) in [(#"{"type":"text"}"#, ResponseFormat.text), (#"{"type":"json_object"}"#, .jsonObject)] {
            let request = try WireJSON.request(
                ChatCompletionRequest.self,
                #"{"model":"m","messages":[{"role":"user","content":"x"}],"response_format":\#(json)}"#)
            #expect(request.responseFormat == expected)
        }
    }

    @Test func stopAsStringOrArrayBecomesAnArray() throws {
        let single = try WireJSON.request(
            ChatCompletionRequest.self, #"{"model":"m","messages":[{"role":"user","content":"x"}],"stop":"\n"}"#)
        #expect(single.stop == ["\n"])
        let many = try WireJSON.request(
            ChatCompletionRequest.self,
            #"{"model":"m","messages":[{"role":"user","content":"x"}],"stop":["END","--"]}"#)
        #expect(many.stop == ["END", "--"])
        let none = try WireJSON.request(
            ChatCompletionRequest.self, #"{"model":"m","messages":[{"role":"user","content":"x"}],"stop":null}"#)
        #expect(none.stop == nil)
    }

    @Test func streamingRequestWithUsageOptionDecodes() throws {
        let request = try WireJSON.request(
            ChatCompletionRequest.self,
            #"{"model":"m","messages":[{"role":"user","content":"x"}],"stream":true,"stream_options":{"include_usage":true}}"#
        )
        #expect(request.isStreaming)
        #expect(request.streamOptions == StreamOptions(includeUsage: true))
    }

    @Test func everyTypedParameterDecodes() throws {
        let body = """
            {"model":"gpt-5","messages":[{"role":"user","content":"x"}],
             "max_tokens":100,"max_completion_tokens":200,"temperature":0.7,"top_p":0.9,"n":1,"seed":42,
             "frequency_penalty":-0.5,"presence_penalty":1.5,"logit_bias":{"50256":-100},"logprobs":true,
             "top_logprobs":5,"user":"user-1234","metadata":{"team":"search"},"reasoning_effort":"minimal",
             "service_tier":"flex","store":false,"modalities":["text","audio"],
             "prediction":{"type":"content","content":"old code"},"audio":{"voice":"alloy","format":"mp3"},
             "web_search_options":{"search_context_size":"low"},"verbosity":"high",
             "prompt_cache_key":"k1","safety_identifier":"hash-1"}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(request.maxTokens == 100)
        #expect(request.maxCompletionTokens == 200)
        #expect(request.effectiveMaxTokens == 200)
        #expect(request.temperature == 0.7)
        #expect(request.topP == 0.9)
        #expect(request.n == 1)
        #expect(request.seed == 42)
        #expect(request.frequencyPenalty == -0.5)
        #expect(request.presencePenalty == 1.5)
        #expect(request.logitBias == ["50256": -100])
        #expect(request.logprobs == true)
        #expect(request.topLogprobs == 5)
        #expect(request.user == "user-1234")
        #expect(request.metadata == ["team": "search"])
        #expect(request.reasoningEffort == .minimal)
        #expect(request.serviceTier == "flex")
        #expect(request.store == false)
        #expect(request.modalities == ["text", "audio"])
        #expect(request.prediction == ["type": "content", "content": "old code"])
        #expect(request.audio == ["voice": "alloy", "format": "mp3"])
        #expect(request.webSearchOptions == ["search_context_size": "low"])
        #expect(request.verbosity == .high)
        #expect(request.promptCacheKey == "k1")
        #expect(request.safetyIdentifier == "hash-1")
        #expect(request.extraFields.isEmpty)
    }

    @Test func everyReasoningEffortValueDecodes() throws {
        for effort in ["none", "minimal", "low", "medium", "high"] {
            let request = try WireJSON.request(
                ChatCompletionRequest.self,
                #"{"model":"m","messages":[{"role":"user","content":"x"}],"reasoning_effort":"\#(effort)"}"#)
            #expect(request.reasoningEffort?.rawValue == effort)
        }
    }

    @Test func extraBodyFieldsArePreservedWithIntegerTypesIntact() throws {
        // `extra_body={"top_k": 40, ...}` in the Python SDK lands at the top level.
        let body = """
            {"model":"m","messages":[{"role":"user","content":"x"}],
             "top_k":40,"min_p":0.05,"guardrailConfig":{"guardrailIdentifier":"gr-1","guardrailVersion":"1"},
             "additionalModelRequestFields":{"thinking":{"type":"enabled","budget_tokens":1024}},
             "flag":true,"nothing":null,"tags":["a",1]}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(request.extraFields["top_k"] == .integer(40))
        #expect(request.extraFields["min_p"] == .number(0.05))
        #expect(request.extraFields["guardrailConfig"] == ["guardrailIdentifier": "gr-1", "guardrailVersion": "1"])
        #expect(
            request.extraFields["additionalModelRequestFields"]?["thinking"]?["budget_tokens"] == .integer(1024))
        #expect(request.extraFields["flag"] == .bool(true))
        #expect(request.extraFields["nothing"] == .null)
        #expect(request.extraFields["tags"] == ["a", 1])
        #expect(request.extraFields.count == 7)
        #expect(request.extraFields["model"] == nil)
    }

    @Test func nullOptionalParametersMeanAbsent() throws {
        // The SDKs send `null` for parameters explicitly set to None.
        let body = """
            {"model":"m","messages":[{"role":"user","content":"x","name":null}],
             "temperature":null,"top_p":null,"max_tokens":null,"n":null,"seed":null,"stream":null,
             "stream_options":null,"tools":null,"tool_choice":null,"response_format":null,"user":null,
             "reasoning_effort":null,"metadata":null,"logit_bias":null,"parallel_tool_calls":null,
             "functions":null,"function_call":null,"prediction":null,"verbosity":null}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(request == ChatCompletionRequest(model: "m", messages: [.user("x")]))
    }

    @Test func unknownMemberFieldsInsideMessagesAreIgnored() throws {
        // Open WebUI and LangChain add their own keys; OpenAI-compatible servers ignore them.
        let body = """
            {"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"x","cache_control":{"type":"ephemeral"}}],"id":"msg-1"},
              {"role":"assistant","content":"y","annotations":[],"audio":null}, {"role":"user","content":"z"}]}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(request.messages[0].content == .parts([.text("x")]))
        #expect(request.messages[1] == .assistant("y"))
    }

    @Test func fieldsThatDoNotBelongToARoleAreIgnored() throws {
        let body = """
            {"model":"m","messages":[{"role":"user","content":"x","tool_call_id":"c1",
              "tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{}"}}]}]}
            """
        let request = try WireJSON.request(ChatCompletionRequest.self, body)
        #expect(request.messages[0] == .user("x"))
    }

    @Test func textValueFlattensTextParts() {
        let content = ChatMessageContent.parts([.text("a"), .imageURL(.init(url: "u")), .text("b")])
        #expect(content.textValue == "ab")
        #expect(ChatMessageContent.text("plain").textValue == "plain")
    }
}
