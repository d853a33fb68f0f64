import Foundation
import Testing

@testable import GatewayCore

@Suite("Anthropic Messages request → Converse request")
struct AnthropicToConverseTests {
    typealias F = AnthropicFixtures

    /// Decodes an Anthropic request, translates it, checks it against the service model and
    /// returns its wire JSON.
    static func converse(
        _ json: String, options: TranslationOptions = TranslationOptions(), media: FetchedMedia = FetchedMedia()
    ) throws -> JSONValue {
        let request = try WireJSON.decode(AnthropicMessagesRequest.self, json)
        let converse = try AnthropicToConverse.translate(request, options: options, media: media)
        try F.expectValidConverse(converse)
        return try WireJSON.encoded(converse)
    }

    static func translationError(_ json: String, media: FetchedMedia = FetchedMedia()) throws -> TranslationError? {
        let request = try WireJSON.decode(AnthropicMessagesRequest.self, json)
        do {
            _ = try AnthropicToConverse.translate(request, media: media)
            return nil
        } catch {
            return error
        }
    }

    static let getWeather = #"""
        {"name": "get_weather", "description": "Get the current weather in a given location",
         "input_schema": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]}}
        """#

    @Test("string content and a string system prompt become text blocks; sampling goes to inferenceConfig")
    func simpleRequest() throws {
        let body = try Self.converse(#"""
            {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 1024, "system": "Be brief.",
             "messages": [{"role": "user", "content": "Hello, world"}, {"role": "assistant", "content": "Hi!"}, {"role": "user", "content": "Bye"}],
             "temperature": 0.5, "stop_sequences": ["END"]}
            """#)
        #expect(body == (try WireJSON.value(#"""
            {"system": [{"text": "Be brief."}],
             "messages": [{"role": "user", "content": [{"text": "Hello, world"}]}, {"role": "assistant", "content": [{"text": "Hi!"}]},
                          {"role": "user", "content": [{"text": "Bye"}]}],
             "inferenceConfig": {"maxTokens": 1024, "temperature": 0.5, "stopSequences": ["END"]}}
            """#)))
    }

    @Test("url images are listed with their paths and sent as the fetched bytes; a missing one is an error")
    func remoteImages() throws {
        let json = #"""
            {"max_tokens": 100, "anthropic_version": "bedrock-2023-05-31", "messages": [
              {"role": "user", "content": [{"type": "text", "text": "Compare"}, {"type": "image", "source": {"type": "url", "url": "https://example.com/a.jpg"}}]},
              {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "snapshot", "input": {}}]},
              {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": [
                {"type": "text", "text": "here"}, {"type": "image", "source": {"type": "url", "url": "https://example.com/b.png"}}]}]}],
             "tools": [{"name": "snapshot", "input_schema": {"type": "object"}}]}
            """#
        let request = try WireJSON.decode(AnthropicMessagesRequest.self, json)
        #expect(AnthropicToConverse.remoteImageURLs(in: request) == [
            RemoteMediaReference(url: "https://example.com/a.jpg", param: "messages[0].content[1].source.url"),
            RemoteMediaReference(url: "https://example.com/b.png", param: "messages[2].content[0].content[1].source.url"),
        ])
        let media = FetchedMedia([
            "https://example.com/a.jpg": .init(data: F.jpeg, mediaType: "image/jpeg"),
            "https://example.com/b.png": .init(data: F.png, mediaType: nil),
        ])
        let body = try Self.converse(json, media: media)
        let messages = try #require(body["messages"]?.arrayValue)
        #expect(messages[0]["content"]?.arrayValue?.last == ["image": ["format": "jpeg", "source": ["bytes": .string(F.jpeg.base64EncodedString())]]])
        #expect(messages[2]["content"] == [["toolResult": ["toolUseId": "toolu_1", "content": [
            ["text": "here"], ["image": ["format": "png", "source": ["bytes": .string(F.pngBase64)]]]]]]])
        #expect(try Self.translationError(json)?.param == "messages[0].content[1].source.url")
    }

    @Test("tool_choice any and tool map over; none leaves the tools out unless the history needs them")
    func toolChoice() throws {
        func toolConfig(_ choice: String, history: String = #"[{"role": "user", "content": "Weather?"}]"#) throws -> JSONValue? {
            try Self.converse(#"{"max_tokens": 100, "anthropic_version": "bedrock-2023-05-31", "messages": \#(history), "tools": [\#(Self.getWeather)]\#(choice)}"#)["toolConfig"]
        }
        let spec: JSONValue = ["toolSpec": ["name": "get_weather", "description": "Get the current weather in a given location",
                                            "inputSchema": ["json": ["type": "object", "properties": ["location": ["type": "string"]], "required": ["location"]]]]]
        #expect(try toolConfig("") == ["tools": [spec]])
        #expect(try toolConfig(#", "tool_choice": {"type": "auto", "disable_parallel_tool_use": true}"#) == ["tools": [spec], "toolChoice": ["auto": [:]]])
        #expect(try toolConfig(#", "tool_choice": {"type": "any"}"#) == ["tools": [spec], "toolChoice": ["any": [:]]])
        #expect(try toolConfig(#", "tool_choice": {"type": "tool", "name": "get_weather"}"#) == ["tools": [spec], "toolChoice": ["tool": ["name": "get_weather"]]])
        #expect(try toolConfig(#", "tool_choice": {"type": "none"}"#) == nil)
        let history = #"""
            [{"role": "user", "content": "Weather?"},
             {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"location": "Oslo"}}]},
             {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "-3"}]}]
            """#
        #expect(try toolConfig(#", "tool_choice": {"type": "none"}"#, history: history) == ["tools": [spec]])
    }

    @Test("thinking, top_k and anthropic_beta go to additionalModelRequestFields under their Anthropic names")
    func additionalFields() throws {
        let body = try Self.converse(#"""
            {"max_tokens": 100, "anthropic_version": "bedrock-2023-05-31", "messages": [{"role": "user", "content": "Hi"}],
             "top_k": 250, "thinking": {"type": "disabled"}, "anthropic_beta": ["context-1m-2025-08-07"]}
            """#)
        #expect(body["additionalModelRequestFields"] == ["top_k": 250, "thinking": ["type": "disabled"], "anthropic_beta": ["context-1m-2025-08-07"]])
    }

    @Test("metadata.user_id is recorded as request metadata when Bedrock's pattern admits it")
    func metadata() throws {
        func metadata(_ userID: String) throws -> JSONValue? {
            try Self.converse(#"{"max_tokens": 100, "anthropic_version": "bedrock-2023-05-31", "messages": [{"role": "user", "content": "Hi"}], "metadata": {"user_id": "\#(userID)"}}"#)["requestMetadata"]
        }
        #expect(try metadata("user-123@example.com") == ["user_id": "user-123@example.com"])
        #expect(try metadata("ユーザー") == nil)
        #expect(try metadata("a|b") == nil)
    }

    @Test("documents: untitled ones are numbered, titles are made valid and distinct names, content sources become chunks")
    func documents() throws {
        let body = try Self.converse(#"""
            {"max_tokens": 100, "anthropic_version": "bedrock-2023-05-31", "messages": [{"role": "user", "content": [
              {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "plain"}, "context": "notes"},
              {"type": "document", "source": {"type": "content", "content": [{"type": "text", "text": "part one"}, {"type": "text", "text": "part two"}]}, "title": "Über: the   plan!"},
              {"type": "document", "source": {"type": "base64", "media_type": "text/csv", "data": "YSxiCjEsMgo="}},
              {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "v2"}, "title": "Über the plan"},
              {"type": "text", "text": "Summarize"}]}]}
            """#)
        #expect(body["messages"]?.arrayValue?.first?["content"] == (try WireJSON.value(#"""
            [{"document": {"format": "txt", "name": "document-1", "source": {"bytes": "cGxhaW4="}, "context": "notes"}},
             {"document": {"format": "txt", "name": "ber the plan", "source": {"content": [{"text": "part one"}, {"text": "part two"}]}}},
             {"document": {"format": "csv", "name": "document-3", "source": {"bytes": "YSxiCjEsMgo="}}},
             {"document": {"format": "txt", "name": "ber the plan (4)", "source": {"bytes": "djI="}}},
             {"text": "Summarize"}]
            """#)))
    }

    @Test("tool ids Converse would reject are rewritten on both sides")
    func toolIDs() throws {
        let long = String(repeating: "x", count: 80)
        let body = try Self.converse(#"""
            {"max_tokens": 100, "anthropic_version": "bedrock-2023-05-31", "tools": [\#(Self.getWeather)], "messages": [
              {"role": "user", "content": "Weather?"},
              {"role": "assistant", "content": [{"type": "tool_use", "id": "\#(long)", "name": "get_weather", "input": {}}]},
              {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "\#(long)"}]}]}
            """#)
        let call = body["messages"]?.arrayValue?[1]["content"]?.arrayValue?.first?["toolUse"]?["toolUseId"]?.stringValue
        let result = body["messages"]?.arrayValue?[2]["content"]?.arrayValue?.first?["toolResult"]?["toolUseId"]?.stringValue
        #expect(call == result)
        #expect((call ?? "").count == 64)
    }

    @Test("blocks and tools Converse cannot carry are refused with their path")
    func unsupported() throws {
        let serverTool = try Self.translationError(#"""
            {"max_tokens": 100, "anthropic_version": "bedrock-2023-05-31", "messages": [{"role": "user", "content": "Hi"},
              {"role": "assistant", "content": [{"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": {"query": "x"}}]}]}
            """#)
        #expect(serverTool?.param == "messages[1].content[0].type")
        let bash = try Self.translationError(#"{"max_tokens": 100, "anthropic_version": "bedrock-2023-05-31", "messages": [{"role": "user", "content": "Hi"}], "tools": [{"type": "bash_20250124", "name": "bash"}]}"#)
        #expect(bash?.param == "tools[0].type")
        let urlDocument = try Self.translationError(#"""
            {"max_tokens": 100, "anthropic_version": "bedrock-2023-05-31", "messages": [{"role": "user", "content": [
              {"type": "document", "source": {"type": "url", "url": "https://example.com/a.pdf"}}]}]}
            """#)
        #expect(urlDocument?.param == "messages[0].content[0].source.type")
    }
}
