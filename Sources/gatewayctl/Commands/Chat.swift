import ArgumentParser
import Foundation

/// `gatewayctl chat`: one test prompt, to Bedrock directly or through a running gateway.
struct Chat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send a test prompt to Bedrock (default) or through a running gateway.",
        discussion: """
            Without --gateway the prompt goes straight to Bedrock with this shell's AWS \
            credentials, translated exactly as the gateway translates it (Converse, or \
            ConverseStream with --stream). With --gateway it goes through a running gateway's \
            OpenAI API (POST /v1/chat/completions), as any OpenAI client would send it.

            The answer is written to stdout as it arrives; the model, finish reason, token \
            usage, time to first token and total time follow on stderr.

            The model defaults to DEFAULT_MODEL. The API key for --gateway defaults to \
            OPENAI_API_KEY. A prompt of "-" is read from stdin.

            Exit status: 0 on success; 1 on failure, with a one-line reason on stderr; \
            64 for usage errors.

            Examples:
              gatewayctl chat "Say hello" --model us.amazon.nova-lite-v1:0
              gatewayctl chat "What is in this picture?" --image cat.png --stream
              gatewayctl chat "Hi" --system "Answer in French" \\
                --gateway http://localhost:8080 --api-key "$KEY"
              echo "Summarise: …" | gatewayctl chat - --stream
            """
    )

    @Argument(help: ArgumentHelp("The prompt (\"-\" reads it from stdin).", valueName: "prompt"))
    var prompt: String

    @Option(help: ArgumentHelp("The model id, profile id or ARN (default: DEFAULT_MODEL).", valueName: "id"))
    var model: String?

    @Option(help: ArgumentHelp("A system prompt.", valueName: "text"))
    var system: String?

    @Option(
        name: .customLong("image"),
        help: ArgumentHelp("An image file (PNG, JPEG, GIF, WebP) to send with the prompt; repeatable.", valueName: "file"))
    var images: [String] = []

    @Flag(help: "Stream the answer token by token.")
    var stream = false

    @Option(name: .customLong("max-tokens"), help: ArgumentHelp("Most tokens to generate.", valueName: "n"))
    var maxTokens: Int?

    @Option(
        help: ArgumentHelp(
            "Send through the gateway at this URL (e.g. http://localhost:8080 or …/api/v1) instead of to Bedrock.",
            valueName: "url"))
    var gateway: String?

    @Option(
        name: .customLong("api-key"),
        help: ArgumentHelp("The gateway's API key (default: OPENAI_API_KEY); only with --gateway.", valueName: "key"))
    var apiKey: String?

    @Option(help: ArgumentHelp("The AWS region for Bedrock (default: AWS_REGION, else us-east-1).", valueName: "region"))
    var region: String?

    func validate() throws {
        if apiKey != nil, gateway == nil {
            throw ValidationError("--api-key is for --gateway; Bedrock calls use the AWS credentials.")
        }
        if gateway != nil, region != nil {
            throw ValidationError("--region is for Bedrock calls; the gateway uses its own region.")
        }
        if let maxTokens, maxTokens < 1 {
            throw ValidationError("--max-tokens must be at least 1.")
        }
    }

    func run() async throws {
        try await CommandRunner.run("chat") {
            let environment = ProcessInfo.processInfo.environment
            guard let modelID = model ?? environment["DEFAULT_MODEL"].flatMap({ $0.isEmpty ? nil : $0 }) else {
                throw OperatorError("no model given", hint: "pass --model or set DEFAULT_MODEL", exitCode: 64)
            }
            let text = try promptText()
            let request = try ChatPrompt(text: text, system: system, imagePaths: images, maxTokens: maxTokens)
                .request(model: modelID, stream: stream)

            let clock = ContinuousClock()
            var transcript = ChatTranscript(clock: clock, started: clock.now)
            let route: String
            if let gateway {
                route = "via gateway \(gateway)"
                let key = apiKey ?? environment["OPENAI_API_KEY"]
                try await GatewayChat(baseURL: gateway, apiKey: key).send(request, transcript: &transcript)
            } else {
                let session = try AWSSession(region: region)
                route = "Bedrock, \(session.region)"
                try await BedrockChat(session: session).send(request, transcript: &transcript)
            }
            transcript.finish()
            Console.err(transcript.summary(route: route, streamed: stream))
        }
    }

    private func promptText() throws(OperatorError) -> String {
        guard prompt == "-" else { return prompt }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw OperatorError("the prompt read from stdin is empty", exitCode: 64) }
        return text
    }
}
