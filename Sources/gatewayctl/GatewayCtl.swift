import ArgumentParser

/// The operator CLI: serves the gateway locally or in a container, runs the Bedrock simulator on
/// its own, lists models, rotates API keys, sends test prompts and checks a setup.
///
/// ```sh
/// gatewayctl serve --backend auto            # http://127.0.0.1:8080/v1, Bedrock or the simulator
/// gatewayctl models                          # what the gateway would serve
/// gatewayctl keys rotate --secret-arn "$API_KEY_SECRET_ARN"
/// ```
@main
struct GatewayCtl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gatewayctl",
        abstract: "Run and operate the OpenAI-compatible gateway for Amazon Bedrock.",
        discussion: """
            The gateway speaks the OpenAI API (/v1/chat/completions, /v1/embeddings, /v1/models) \
            and the Anthropic Messages API (/v1/messages), and answers with Amazon Bedrock's models. It is configured with environment variables \
            (API_KEY, AWS_REGION, DEFAULT_MODEL, ...; see the README's configuration table); \
            command-line options override them.

            Examples:
              gatewayctl serve
                  Bedrock when AWS credentials are found, else the built-in simulator.
              API_KEY=sk-local-dev gatewayctl serve --backend simulator
              gatewayctl serve --host 0.0.0.0 --backend bedrock --region eu-central-1
              gatewayctl simulate --port 9090
                  A Bedrock stand-in for other clients and SDKs.
              gatewayctl models --json
              gatewayctl keys rotate --secret-arn "$API_KEY_SECRET_ARN" --grace-period 24h
              gatewayctl chat "Say hello" --model us.amazon.nova-lite-v1:0 --stream
              gatewayctl doctor
            """,
        version: "1.0.0",
        subcommands: [Serve.self, Simulate.self, Models.self, Keys.self, Chat.self, Doctor.self]
    )
}
