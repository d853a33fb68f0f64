import Foundation
import Testing

@testable import GatewayCore

@Suite("Chat → Anthropic Messages (InvokeModel body)")
struct ChatToAnthropicTests {
    typealias F = AnthropicFixtures

    // MARK: Shape, max_tokens, system

    @Test("a plain conversation becomes a Bedrock Messages body: version, required max_tokens, string system")
    func plainConversation() throws {
        let body = try F.anthropicBody(#"""
            {"model": "claude", "max_tokens": 300,
             "messages": [{"role": "system", "content": "You are terse."}, {"role": "user", "content": "Hello, Claude"}]}
            """#)
        #expect(body == (try WireJSON.value(#"""
            {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 300, "system": "You are terse.",
             "messages": [{"role": "user", "content": [{"type": "text", "text": "Hello, Claude"}]}]}
            """#)))
    }

    @Test("max_tokens is max_completion_tokens, else max_tokens, else the model's output limit, else 4096")
    func maxTokensPrecedence() throws {
        let both = try F.anthropicBody(#"{"model": "m", "max_tokens": 100, "max_completion_tokens": 200, "messages": [{"role": "user", "content": "Hi"}]}"#)
        #expect(both["max_tokens"] == 200)
        let legacy = try F.anthropicBody(#"{"model": "m", "max_tokens": 100, "messages": [{"role": "user", "content": "Hi"}]}"#)
        #expect(legacy["max_tokens"] == 100)
        let table = try F.anthropicBody(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}]}"#, model: F.haiku3)
        #expect(table["max_tokens"] == 4096)
        let sonnet = try F.anthropicBody(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}]}"#, model: F.sonnet45)
        #expect(sonnet["max_tokens"] == 64000)
        // An application inference profile: the id names no base model, so nothing is known.
        let unknown = ResolvedModel(requestedID: "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123")
        let fallback = try F.anthropicBody(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}]}"#, model: unknown)
        #expect(fallback["max_tokens"] == .integer(ChatToAnthropic.defaultMaxTokens))
    }

    @Test("system and developer messages anywhere become system text blocks in order; empty ones are skipped")
    func systemMessagesAreHoisted() throws {
        let body = try F.anthropicBody(#"""
            {"model": "m", "messages": [
              {"role": "system", "content": "Rule one."},
              {"role": "user", "content": "Hi"},
              {"role": "developer", "content": [{"type": "text", "text": "Rule "}, {"type": "text", "text": "two."}]},
              {"role": "system", "content": ""}]}
            """#)
        #expect(body["system"] == [["type": "text", "text": "Rule one."], ["type": "text", "text": "Rule two."]])
        #expect(body["messages"] == [["role": "user", "content": [["type": "text", "text": "Hi"]]]])
    }

    @Test("a conversation of system messages only is sent as the user turn")
    func systemOnlyConversation() throws {
        let body = try F.anthropicBody(#"{"model": "m", "messages": [{"role": "system", "content": "Tell a joke."}]}"#)
        #expect(body["system"] == nil)
        #expect(body["messages"] == [["role": "user", "content": [["type": "text", "text": "Tell a joke."]]]])
    }

    @Test("a conversation with no content at all is refused")
    func emptyConversation() throws {
        let error = try F.translationError(#"{"model": "m", "messages": [{"role": "user", "content": ""}]}"#)
        #expect(error?.param == "messages")
    }

    // MARK: Turns

    @Test("consecutive messages of one role merge into one turn")
    func sameRoleTurnsMerge() throws {
        let body = try F.anthropicBody(#"""
            {"model": "m", "messages": [
              {"role": "user", "content": "First."}, {"role": "user", "content": "Second."},
              {"role": "assistant", "content": "A"}, {"role": "assistant", "content": "B"},
              {"role": "user", "content": "Third."}]}
            """#)
        #expect(body["messages"] == [
            ["role": "user", "content": [["type": "text", "text": "First."], ["type": "text", "text": "Second."]]],
            ["role": "assistant", "content": [["type": "text", "text": "A"], ["type": "text", "text": "B"]]],
            ["role": "user", "content": [["type": "text", "text": "Third."]]],
        ])
    }

    @Test("assistant tool calls become tool_use blocks; tool messages become tool_result blocks first in the next user turn")
    func toolLoop() throws {
        let body = try F.anthropicBody(#"""
            {"model": "m", "messages": [
              {"role": "user", "content": "Weather in Paris and Rome?"},
              {"role": "assistant", "content": "Checking.", "tool_calls": [
                {"id": "toolu_01A", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\": \"Paris\"}"}},
                {"id": "toolu_01B", "type": "function", "function": {"name": "get_weather", "arguments": ""}}]},
              {"role": "tool", "tool_call_id": "toolu_01A", "content": "21°C"},
              {"role": "user", "content": "Also, be brief."},
              {"role": "tool", "tool_call_id": "toolu_01B", "content": [{"type": "text", "text": "18°C"}]}],
             "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]}
            """#)
        #expect(body["messages"] == (try WireJSON.value(#"""
            [{"role": "user", "content": [{"type": "text", "text": "Weather in Paris and Rome?"}]},
             {"role": "assistant", "content": [
               {"type": "text", "text": "Checking."},
               {"type": "tool_use", "id": "toolu_01A", "name": "get_weather", "input": {"city": "Paris"}},
               {"type": "tool_use", "id": "toolu_01B", "name": "get_weather", "input": {}}]},
             {"role": "user", "content": [
               {"type": "tool_result", "tool_use_id": "toolu_01A", "content": "21°C"},
               {"type": "tool_result", "tool_use_id": "toolu_01B", "content": [{"type": "text", "text": "18°C"}]},
               {"type": "text", "text": "Also, be brief."}]}]
            """#)))
    }

    @Test("tool call ids outside ^[a-zA-Z0-9_-]+$ are rewritten identically on the call and its result, and stay distinct")
    func toolIDsAreSanitisedConsistently() throws {
        let body = try F.anthropicBody(#"""
            {"model": "m", "messages": [
              {"role": "user", "content": "Go"},
              {"role": "assistant", "tool_calls": [
                {"id": "call.1", "type": "function", "function": {"name": "f", "arguments": "{}"}},
                {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}},
                {"id": "functions.lookup:0", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
              {"role": "tool", "tool_call_id": "call.1", "content": "a"},
              {"role": "tool", "tool_call_id": "call_1", "content": "b"},
              {"role": "tool", "tool_call_id": "functions.lookup:0", "content": "c"}],
             "tools": [{"type": "function", "function": {"name": "f"}}]}
            """#)
        let calls = try #require(body["messages"]?.arrayValue?[1]["content"]?.arrayValue).compactMap { $0["id"]?.stringValue }
        let results = try #require(body["messages"]?.arrayValue?[2]["content"]?.arrayValue).compactMap { $0["tool_use_id"]?.stringValue }
        #expect(calls == results)
        #expect(calls[1] == "call_1")
        #expect(Set(calls).count == 3)
        let pattern = try Regex("^[a-zA-Z0-9_-]+$")
        for id in calls { #expect(id.wholeMatch(of: pattern) != nil, "\(id)") }
    }

    @Test("tool call arguments that are not a JSON object are refused with their param path")
    func invalidToolArguments() throws {
        // Arguments as the JSON string literals a client would send.
        for arguments in [#""not json""#, #""[1, 2]""#] {
            let json = """
                {"model": "m", "messages": [{"role": "user", "content": "Go"},
                  {"role": "assistant", "tool_calls": [{"id": "t1", "type": "function", "function": {"name": "f", "arguments": \(arguments)}}]}]}
                """
            let error = try F.translationError(json)
            #expect(error?.param == "messages[1].tool_calls[0].function.arguments")
            #expect(error?.code == "invalid_tool_arguments")
        }
    }

    @Test("legacy functions and function_call map to tools, tool_use and tool_result")
    func legacyFunctions() throws {
        let body = try F.anthropicBody(#"""
            {"model": "m", "messages": [
              {"role": "user", "content": "Weather?"},
              {"role": "assistant", "content": null, "function_call": {"name": "get_weather", "arguments": "{\"city\": \"Oslo\"}"}},
              {"role": "function", "name": "get_weather", "content": "-3°C"}],
             "functions": [{"name": "get_weather", "description": "Current weather"}],
             "function_call": {"name": "get_weather"}}
            """#)
        #expect(body["tools"] == [["name": "get_weather", "description": "Current weather", "input_schema": ["type": "object", "properties": [:]]]])
        #expect(body["tool_choice"] == ["type": "tool", "name": "get_weather"])
        let call = body["messages"]?.arrayValue?[1]["content"]?.arrayValue?.first
        let result = body["messages"]?.arrayValue?[2]["content"]?.arrayValue?.first
        #expect(call?["type"] == "tool_use")
        #expect(call?["input"] == ["city": "Oslo"])
        #expect(result?["type"] == "tool_result")
        #expect(result?["tool_use_id"] == call?["id"])
        #expect(result?["content"] == "-3°C")
    }

    @Test("reasoning_content in assistant history is not replayed (Anthropic needs the thinking signature)")
    func reasoningHistoryIsDropped() throws {
        let body = try F.anthropicBody(#"""
            {"model": "m", "messages": [{"role": "user", "content": "2+2?"},
              {"role": "assistant", "content": "4", "reasoning_content": "Simple addition."},
              {"role": "user", "content": "Thanks"}]}
            """#)
        #expect(body["messages"]?.arrayValue?[1] == ["role": "assistant", "content": [["type": "text", "text": "4"]]])
    }

    @Test("a final assistant turn is kept as a prefill without trailing whitespace")
    func prefill() throws {
        let body = try F.anthropicBody(#"""
            {"model": "m", "messages": [{"role": "user", "content": "List three colors as JSON."}, {"role": "assistant", "content": "{\"colors\": [ \n"}]}
            """#)
        #expect(body["messages"]?.arrayValue?.last == ["role": "assistant", "content": [["type": "text", "text": #"{"colors": ["#]]])
    }

    // MARK: Images and documents

    @Test("a data-URL image becomes a base64 image block whose media type comes from the bytes")
    func dataURLImage() throws {
        let body = try F.anthropicBody(#"""
            {"model": "m", "messages": [{"role": "user", "content": [
              {"type": "text", "text": "What is this?"},
              {"type": "image_url", "image_url": {"url": "data:image/jpg;base64,\#(F.pngBase64)", "detail": "high"}}]}]}
            """#)
        #expect(body["messages"]?.arrayValue?[0]["content"]?.arrayValue?[1]
            == ["type": "image", "source": ["type": "base64", "media_type": "image/png", "data": .string(F.pngBase64)]])
    }

    @Test("http(s) images come from the fetched media; a missing one is an error naming the part")
    func fetchedImage() throws {
        let json = #"""
            {"model": "m", "messages": [{"role": "user", "content": [
              {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}]}]}
            """#
        let media = FetchedMedia(["https://example.com/cat.png": .init(data: F.jpeg, mediaType: "image/png")])
        let body = try F.anthropicBody(json, media: media)
        #expect(body["messages"]?.arrayValue?[0]["content"]?.arrayValue?[0]
            == ["type": "image", "source": ["type": "base64", "media_type": "image/jpeg", "data": .string(F.jpeg.base64EncodedString())]])
        let missing = try F.translationError(json)
        #expect(missing?.param == "messages[0].content[0].image_url.url")
    }

    @Test("oversized, unrecognisable and vision-less images are refused")
    func imageErrors() throws {
        let json = #"""
            {"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": "See"},
              {"type": "image_url", "image_url": {"url": "data:image/png;base64,\#(F.pngBase64)"}}]}]}
            """#
        let tooLarge = try F.translationError(json, options: TranslationOptions(maxImageBytes: 4))
        #expect(tooLarge?.param == "messages[0].content[1].image_url.url")
        #expect(tooLarge?.code == "invalid_image")
        let fetchedTooLarge = try F.translationError(
            #"{"model": "m", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://x.test/a.png"}}]}]}"#,
            options: TranslationOptions(maxImageBytes: 4), media: FetchedMedia(["https://x.test/a.png": .init(data: F.png, mediaType: nil)]))
        #expect(fetchedTooLarge?.code == "invalid_image")
        let tiff = try F.translationError(#"""
            {"model": "m", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/tiff;base64,AAECAw=="}}]}]}
            """#)
        #expect(tiff?.code == "invalid_image_format")
        let textOnly = try F.translationError(json, model: F.haiku35)
        #expect(textOnly?.code == "unsupported_content")
    }

    @Test("file parts: PDFs become base64 documents titled by filename, text files become text documents")
    func documents() throws {
        let pdf = F.pdf.base64EncodedString()
        let text = Data("The grass is green.".utf8).base64EncodedString()
        let body = try F.anthropicBody(#"""
            {"model": "m", "messages": [{"role": "user", "content": [
              {"type": "file", "file": {"file_data": "data:application/pdf;base64,\#(pdf)", "filename": "report.pdf"}},
              {"type": "file", "file": {"file_data": "data:text/plain;base64,\#(text)"}},
              {"type": "file", "file": {"file_data": "\#(pdf)", "filename": "bare"}},
              {"type": "text", "text": "Summarize."}]}]}
            """#)
        #expect(body["messages"]?.arrayValue?[0]["content"] == (try WireJSON.value(#"""
            [{"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "\#(pdf)"}, "title": "report.pdf"},
             {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "The grass is green."}},
             {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "\#(pdf)"}, "title": "bare"},
             {"type": "text", "text": "Summarize."}]
            """#)))
    }

    @Test("uploaded file ids, unsupported document types and audio are refused")
    func unsupportedParts() throws {
        let fileID = try F.translationError(#"{"model": "m", "messages": [{"role": "user", "content": [{"type": "file", "file": {"file_id": "file-abc"}}]}]}"#)
        #expect(fileID?.param == "messages[0].content[0].file.file_id")
        let docx = try F.translationError(#"""
            {"model": "m", "messages": [{"role": "user", "content": [{"type": "file", "file": {"file_data": "data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,UEsDBA==", "filename": "a.docx"}}]}]}
            """#)
        #expect(docx?.param == "messages[0].content[0].file.file_data")
        #expect(docx?.code == "unsupported_content")
        let audio = try F.translationError(#"{"model": "m", "messages": [{"role": "user", "content": [{"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}}]}]}"#)
        #expect(audio?.param == "messages[0].content[0].input_audio")
    }

    // MARK: Tools

    static let weatherTool = #"""
        {"type": "function", "function": {"name": "get_weather", "description": "Get the current weather in a given location",
         "parameters": {"type": "object", "properties": {"location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"}}, "required": ["location"]}}}
        """#

    @Test("tools become {name, description, input_schema}")
    func tools() throws {
        let body = try F.anthropicBody(#"{"model": "m", "messages": [{"role": "user", "content": "Weather in SF?"}], "tools": [\#(Self.weatherTool), {"type": "function", "function": {"name": "ping", "description": ""}}]}"#)
        #expect(body["tools"] == (try WireJSON.value(#"""
            [{"name": "get_weather", "description": "Get the current weather in a given location",
              "input_schema": {"type": "object", "properties": {"location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"}}, "required": ["location"]}},
             {"name": "ping", "input_schema": {"type": "object", "properties": {}}}]
            """#)))
        #expect(body["tool_choice"] == nil)
    }

    @Test("tool_choice auto / required / named / none map to auto / any / tool / none; parallel_tool_calls false disables parallel use")
    func toolChoice() throws {
        func choice(_ fragment: String) throws -> JSONValue? {
            try F.anthropicBody(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "tools": [\#(Self.weatherTool)]\#(fragment)}"#)["tool_choice"]
        }
        #expect(try choice(#", "tool_choice": "auto""#) == ["type": "auto"])
        #expect(try choice(#", "tool_choice": "required""#) == ["type": "any"])
        #expect(try choice(#", "tool_choice": {"type": "function", "function": {"name": "get_weather"}}"#) == ["type": "tool", "name": "get_weather"])
        #expect(try choice(#", "tool_choice": "none""#) == ["type": "none"])
        #expect(try choice(#", "parallel_tool_calls": false"#) == ["type": "auto", "disable_parallel_tool_use": true])
        #expect(try choice(#", "tool_choice": "required", "parallel_tool_calls": false"#) == ["type": "any", "disable_parallel_tool_use": true])
        #expect(try choice(#", "parallel_tool_calls": true"#) == nil)
        let unknown = try F.translationError(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "tools": [\#(Self.weatherTool)], "tool_choice": {"type": "function", "function": {"name": "nope"}}}"#)
        #expect(unknown?.param == "tool_choice")
        // Without tools there is nothing to choose.
        #expect(try F.anthropicBody(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "tool_choice": "required"}"#)["tool_choice"] == nil)
    }

    // MARK: Sampling

    @Test("temperature, top_p and stop map over; temperature is clamped to Anthropic's 0…1; blank stops are dropped")
    func sampling() throws {
        let body = try F.anthropicBody(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "temperature": 1.6, "top_p": 0.9, "stop": ["END", " ", "\n\nHuman:"]}"#)
        #expect(body["temperature"] == 1)
        #expect(body["top_p"] == 0.9)
        #expect(body["stop_sequences"] == ["END", "\n\nHuman:"])
        let single = try F.anthropicBody(##"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "stop": "#"}"##)
        #expect(single["stop_sequences"] == ["#"])
    }

    @Test("models that take temperature or top_p but not both keep temperature")
    func exclusiveSampling() throws {
        let json = #"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "temperature": 0.3, "top_p": 0.9}"#
        let sonnet45 = try F.anthropicBody(json, model: F.sonnet45)
        #expect(sonnet45["temperature"] == 0.3)
        #expect(sonnet45["top_p"] == nil)
        let topPOnly = try F.anthropicBody(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "top_p": 0.9}"#, model: F.sonnet45)
        #expect(topPOnly["top_p"] == 0.9)
    }

    @Test("n > 1 is refused")
    func multipleChoices() throws {
        #expect(try F.translationError(#"{"model": "m", "n": 2, "messages": [{"role": "user", "content": "Hi"}]}"#)?.param == "n")
    }

    // MARK: Thinking

    @Test("reasoning_effort turns on thinking with the ThinkingBudget plan and drops temperature, top_k and a low top_p")
    func thinking() throws {
        let body = try F.anthropicBody(#"""
            {"model": "m", "messages": [{"role": "user", "content": "Prove it."}], "reasoning_effort": "medium",
             "max_completion_tokens": 20000, "temperature": 0.2, "top_p": 0.5, "top_k": 40}
            """#)
        #expect(body["thinking"] == ["type": "enabled", "budget_tokens": 8192])
        #expect(body["max_tokens"] == 20000)
        #expect(body["temperature"] == nil)
        #expect(body["top_p"] == nil)
        #expect(body["top_k"] == nil)

        let highTopP = try F.anthropicBody(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "reasoning_effort": "low", "top_p": 0.97}"#)
        #expect(highTopP["top_p"] == 0.97)
        #expect(highTopP["thinking"] == ["type": "enabled", "budget_tokens": 2048])
        #expect(highTopP["max_tokens"] == 64000)

        let small = try F.anthropicBody(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "reasoning_effort": "high", "max_tokens": 500}"#)
        #expect(small["thinking"] == ["type": "enabled", "budget_tokens": 1024])
        #expect(small["max_tokens"] == 1524)
    }

    @Test("thinking stays off for effort none, models without it, forced tools, prefills and an unfinished tool call")
    func thinkingNotApplicable() throws {
        let user = #"{"role": "user", "content": "Hi"}"#
        #expect(try F.anthropicBody(#"{"model": "m", "messages": [\#(user)], "reasoning_effort": "none"}"#)["thinking"] == nil)
        #expect(try F.anthropicBody(#"{"model": "m", "messages": [\#(user)], "reasoning_effort": "high"}"#, model: F.haiku3)["thinking"] == nil)
        let forced = try F.anthropicBody(#"{"model": "m", "messages": [\#(user)], "reasoning_effort": "high", "temperature": 0.2, "tools": [\#(Self.weatherTool)], "tool_choice": "required"}"#)
        #expect(forced["thinking"] == nil)
        #expect(forced["temperature"] == 0.2)
        #expect(try F.anthropicBody(#"{"model": "m", "messages": [\#(user), {"role": "assistant", "content": "Sure"}], "reasoning_effort": "high"}"#)["thinking"] == nil)
        let toolLoop = #"""
            {"model": "m", "reasoning_effort": "high", "tools": [\#(Self.weatherTool)], "messages": [\#(user),
              {"role": "assistant", "tool_calls": [{"id": "toolu_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]},
              {"role": "tool", "tool_call_id": "toolu_1", "content": "sunny"}]}
            """#
        #expect(try F.anthropicBody(toolLoop)["thinking"] == nil)
        // Once the assistant has answered in text, a new user turn may think again.
        let afterLoop = toolLoop.replacingOccurrences(
            of: #""content": "sunny"}]}"#,
            with: #""content": "sunny"}, {"role": "assistant", "content": "Sunny."}, {"role": "user", "content": "Tomorrow?"}]}"#)
        #expect(try F.anthropicBody(afterLoop)["thinking"] == ["type": "enabled", "budget_tokens": 16384])
    }

    // MARK: Prompt caching

    @Test("with prompt caching on, cache_control marks the last system block and the last block of the last user turn")
    func promptCaching() throws {
        let json = #"""
            {"model": "m", "messages": [{"role": "system", "content": "Long rules."},
              {"role": "user", "content": "First question"}, {"role": "assistant", "content": "Answer"},
              {"role": "user", "content": [{"type": "text", "text": "Look:"}, {"type": "image_url", "image_url": {"url": "data:image/png;base64,\#(F.pngBase64)"}}]}]}
            """#
        let caching = TranslationOptions(enablePromptCaching: true)
        let body = try F.anthropicBody(json, options: caching)
        #expect(body["system"] == [["type": "text", "text": "Long rules.", "cache_control": ["type": "ephemeral"]]])
        let messages = try #require(body["messages"]?.arrayValue)
        #expect(messages[0]["content"] == [["type": "text", "text": "First question"]])
        #expect(messages[2]["content"]?.arrayValue?[0] == ["type": "text", "text": "Look:"])
        #expect(messages[2]["content"]?.arrayValue?[1]["cache_control"] == ["type": "ephemeral"])

        // Off in the options, or for a model without prompt caching: nothing is marked.
        #expect(try F.anthropicBody(json)["system"] == "Long rules.")
        let haiku = try F.anthropicBody(json, model: F.haiku3, options: caching)
        #expect(haiku["system"] == "Long rules.")
        #expect(haiku["messages"]?.arrayValue?[2]["content"]?.arrayValue?[1]["cache_control"] == nil)
    }

    // MARK: Extra fields

    @Test("extra top_k, anthropic_beta and thinking become typed fields; other extras are ignored")
    func extraFields() throws {
        let body = try F.anthropicBody(#"""
            {"model": "m", "messages": [{"role": "user", "content": "Hi"}], "top_k": 40,
             "anthropic_beta": "context-1m-2025-08-07, interleaved-thinking-2025-05-14", "repetition_penalty": 1.1}
            """#)
        #expect(body["top_k"] == 40)
        #expect(body["anthropic_beta"] == ["context-1m-2025-08-07", "interleaved-thinking-2025-05-14"])
        #expect(body["repetition_penalty"] == nil)

        let explicit = try F.anthropicBody(#"{"model": "m", "max_tokens": 5000, "messages": [{"role": "user", "content": "Hi"}], "thinking": {"type": "enabled", "budget_tokens": 2000}, "anthropic_beta": ["a"]}"#)
        #expect(explicit["thinking"] == ["type": "enabled", "budget_tokens": 2000])
        #expect(explicit["max_tokens"] == 5000)
        #expect(explicit["anthropic_beta"] == ["a"])

        let off = try F.anthropicBody(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "top_k": 40}"#, options: TranslationOptions(passThroughExtraFields: false))
        #expect(off["top_k"] == nil)

        #expect(try F.translationError(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "top_k": "many"}"#)?.param == "top_k")
        #expect(try F.translationError(#"{"model": "m", "messages": [{"role": "user", "content": "Hi"}], "thinking": {"budget_tokens": 2}}"#)?.param == "thinking")
    }
}
