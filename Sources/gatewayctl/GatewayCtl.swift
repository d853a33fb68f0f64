import ArgumentParser

/// The operator CLI's root command (temporary in this branch: the merge unions the subcommands).
@main
struct GatewayCtl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gatewayctl",
        abstract: "Operate the OpenAI-compatible gateway for Amazon Bedrock.",
        subcommands: [Models.self, Keys.self, Chat.self, Doctor.self]
    )
}
