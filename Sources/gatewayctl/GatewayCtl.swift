import ArgumentParser

/// The operator CLI: serves the gateway locally or in a container, and runs the Bedrock
/// simulator on its own.
///
/// ```sh
/// gatewayctl serve --backend auto            # http://127.0.0.1:8080/v1, Bedrock or the simulator
/// gatewayctl simulate --port 9090            # the simulator alone
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
            """,
        version: "1.0.0",
        subcommands: [Serve.self, Simulate.self]
    )
}
