import BedrockSimulator
import Foundation
import GatewayCore
import Testing

@Suite("gatewayctl chat")
struct ChatCommandTests {
    /// A 1×1 PNG.
    static let pixelPNG = Data(
        base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")!

    @Test("sends the prompt to Bedrock Converse and prints the answer, then usage and timings on stderr")
    func plainPromptToBedrock() async throws {
        try await SimulatorBackend.with { backend in
            let result = try await CLI.run(
                ["chat", "Hello there", "--model", "amazon.nova-lite-v1:0"], environment: backend.environment)
            #expect(result.status == 0, "\(result)")
            // The simulator answers "You said: <last user text>".
            #expect(result.stdout == "You said: Hello there\n")
            #expect(result.stderrValue("model") == "amazon.nova-lite-v1:0 (Bedrock, us-east-1)")
            #expect(result.stderrValue("finish") == "stop")
            #expect(result.stderrValue("usage")?.contains(" prompt + ") == true)
            #expect(result.stderrValue("first token") != nil)
            #expect(result.stderrValue("total time")?.hasSuffix(" s") == true)

            let requests = backend.simulator.recordedRequests()
            let converse = try #require(requests.last)
            #expect(converse.operation == "Converse")
            #expect(converse.modelID == "amazon.nova-lite-v1:0")
            let body = try JSONDecoder().decode(JSONValue.self, from: converse.body)
            #expect(body["messages"]?.arrayValue?.first?["content"]?.arrayValue?.first?["text"] == "Hello there")
        }
    }

    @Test("--stream prints the answer piece by piece as ConverseStream events arrive")
    func streamedPrompt() async throws {
        try await SimulatorBackend.with(eventInterval: .milliseconds(40)) { backend in
            let prompt = "Tell me about the lighthouse keeper and the long winter night"
            let result = try await CLI.run(
                ["chat", prompt, "--model", "amazon.nova-lite-v1:0", "--stream"], environment: backend.environment)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "You said: \(prompt)\n")
            // Streamed: the answer reached the pipe in several writes, the first a strict prefix.
            #expect(result.stdoutChunks.count >= 2, "\(result.stdoutChunks)")
            #expect((result.stdoutChunks.first?.count ?? 0) < result.stdout.count)
            #expect(result.stderrValue("first token")?.hasSuffix(" s") == true)
            #expect(result.stderrValue("usage")?.hasSuffix(" tokens") == true)
            #expect(backend.simulator.recordedRequests().last?.operation == "ConverseStream")
        }
    }

    @Test("--system and --image go into the Converse request as the gateway translates them")
    func systemPromptAndImage() async throws {
        let image = FileManager.default.temporaryDirectory.appendingPathComponent("gatewayctl-pixel-\(getpid()).png")
        try Self.pixelPNG.write(to: image)
        defer { try? FileManager.default.removeItem(at: image) }
        try await SimulatorBackend.with { backend in
            let result = try await CLI.run(
                ["chat", "What is this?", "--model", "amazon.nova-lite-v1:0", "--system", "Be brief", "--image", image.path],
                environment: backend.environment)
            #expect(result.status == 0, "\(result)")
            let request = try #require(backend.simulator.recordedRequests().last)
            let body = try JSONDecoder().decode(JSONValue.self, from: request.body)
            #expect(body["system"]?.arrayValue?.first?["text"] == "Be brief")
            let content = try #require(body["messages"]?.arrayValue?.first?["content"]?.arrayValue)
            #expect(content.first?["text"] == "What is this?")
            #expect(content.contains { $0["image"]?["format"] == "png" })
        }
    }

    @Test("uses DEFAULT_MODEL when --model is not given")
    func defaultModel() async throws {
        try await SimulatorBackend.with { backend in
            var environment = backend.environment
            environment["DEFAULT_MODEL"] = "us.amazon.nova-pro-v1:0"
            let result = try await CLI.run(["chat", "Hi"], environment: environment)
            #expect(result.status == 0, "\(result)")
            #expect(backend.simulator.recordedRequests().last?.modelID == "us.amazon.nova-pro-v1:0")
        }
    }

    @Test("a prompt of - is read from stdin")
    func promptFromStdin() async throws {
        try await SimulatorBackend.with { backend in
            let result = try await CLI.run(
                ["chat", "-", "--model", "amazon.nova-lite-v1:0"], environment: backend.environment, stdin: "From a pipe\n")
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "You said: From a pipe\n")
        }
    }

    @Test("access denied to a model is reported in plain words with what to do")
    func accessDeniedInPlainWords() async throws {
        try await SimulatorBackend.with { backend in
            backend.simulator.enqueue(try SimulatorScenario(parsing: "error:AccessDeniedException"), count: 5)
            let result = try await CLI.run(
                ["chat", "Hi", "--model", "amazon.nova-lite-v1:0"], environment: backend.environment)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderrLines.count == 1, "\(result)")
            #expect(
                result.stderr.hasPrefix(
                    "gatewayctl chat: access denied to model amazon.nova-lite-v1:0 in us-east-1: enable it in the Bedrock console"))
        }
    }

    @Test("a model that needs an inference profile is reported with the profile id to use")
    func onDemandNotSupported() async throws {
        try await SimulatorBackend.with { backend in
            let result = try await CLI.run(
                ["chat", "Hi", "--model", "anthropic.claude-sonnet-4-5-20250929-v1:0"], environment: backend.environment)
            #expect(result.status == 1)
            #expect(result.stderrLines.count == 1, "\(result)")
            #expect(result.stderr.contains("cannot be invoked on demand in us-east-1"))
            #expect(result.stderr.contains("us.anthropic.claude-sonnet-4-5-20250929-v1:0"))
        }
    }

    @Test("without --model or DEFAULT_MODEL it exits with a usage error")
    func missingModel() async throws {
        let result = try await CLI.run(["chat", "Hi"], environment: TestEnvironment.aws)
        #expect(result.status == 64)
        #expect(result.stderr == "gatewayctl chat: no model given: pass --model or set DEFAULT_MODEL\n")
    }

    @Test("--gateway sends the prompt through a running gateway's OpenAI API, streamed and not")
    func throughGateway() async throws {
        try await SimulatorBackend.with { backend in
            let key = "sk-test-gateway-key"
            try await InProcessGateway.with(
                configuration: GatewayConfiguration(apiKeySource: .keys([key])), environment: backend.environment
            ) { gateway in
                let streamed = try await CLI.run(
                    ["chat", "Hi there", "--model", "amazon.nova-lite-v1:0", "--stream", "--gateway", gateway.url, "--api-key", key],
                    environment: TestEnvironment.aws)
                #expect(streamed.status == 0, "\(streamed)")
                #expect(streamed.stdout == "You said: Hi there\n")
                #expect(streamed.stderrValue("model") == "amazon.nova-lite-v1:0 (via gateway \(gateway.url))")
                #expect(streamed.stderrValue("usage")?.hasSuffix(" tokens") == true)
                #expect(backend.simulator.recordedRequests().last?.operation == "ConverseStream")

                var environment = TestEnvironment.aws
                environment["OPENAI_API_KEY"] = key
                let plain = try await CLI.run(
                    ["chat", "Hi again", "--model", "amazon.nova-lite-v1:0", "--gateway", gateway.url + "/api/v1"],
                    environment: environment)
                #expect(plain.status == 0, "\(plain)")
                #expect(plain.stdout == "You said: Hi again\n")
                #expect(backend.simulator.recordedRequests().last?.operation == "Converse")
            }
        }
    }

    @Test("a key the gateway rejects is one line naming the HTTP status")
    func rejectedKeyAtGateway() async throws {
        try await SimulatorBackend.with { backend in
            try await InProcessGateway.with(
                configuration: GatewayConfiguration(apiKeySource: .keys(["sk-right"])), environment: backend.environment
            ) { gateway in
                let result = try await CLI.run(
                    ["chat", "Hi", "--model", "amazon.nova-lite-v1:0", "--gateway", gateway.url, "--api-key", "sk-wrong"],
                    environment: TestEnvironment.aws)
                #expect(result.status == 1)
                #expect(result.stdout.isEmpty)
                #expect(result.stderrLines.count == 1, "\(result)")
                #expect(result.stderr.hasPrefix("gatewayctl chat: the gateway answered HTTP 401"))
            }
        }
    }
}
