#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import BedrockSimulator
import Foundation

/// `gatewayctl simulate`: the Bedrock simulator on its own, for AWS SDKs, the AWS CLI or a
/// gateway in another process.
///
/// ```sh
/// gatewayctl simulate --port 9090
/// AWS_ENDPOINT_URL_BEDROCK_RUNTIME=http://127.0.0.1:9090 aws bedrock-runtime converse …
/// ```
struct Simulate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the Bedrock simulator alone (a local stand-in for Amazon Bedrock).",
        discussion: """
            Serves the Bedrock Runtime operations (Converse, ConverseStream, InvokeModel, \
            InvokeModelWithResponseStream, CountTokens) and the control-plane listings \
            (ListFoundationModels, ListInferenceProfiles, ...) on one port, with deterministic \
            replies. Request bodies are checked against the official AWS service models when \
            ../shared/aws-models (or BEDROCK_SIMULATOR_MODELS_DIR) is found. Any credentials are \
            accepted, but requests must be signed (or carry a Bedrock API key) as for Bedrock.

            Steer replies with the x-simulator-scenario header or POST /__simulator/scenario: \
            tool_use, reasoning, redacted_reasoning, cache_read, cache_write, stop:<reason>, \
            error:<Exception>[:N], throttle[:N], stream_error:<exception>[:K], delay:<ms>, \
            interval:<ms> (comma-separated).

            Examples:
              gatewayctl simulate --port 9090
              aws bedrock list-foundation-models --endpoint-url http://127.0.0.1:9090
              export AWS_ENDPOINT_URL_BEDROCK_RUNTIME=http://127.0.0.1:9090
              export AWS_ENDPOINT_URL_BEDROCK=http://127.0.0.1:9090
              export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local
              API_KEY=sk-local-dev gatewayctl serve --backend bedrock
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 9090

    @Option(help: "Milliseconds before the first byte of every answer (scenarios can override).")
    var firstByteDelay = 0

    @Option(help: "Milliseconds between streamed events (scenarios can override).")
    var eventInterval = 0

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard firstByteDelay >= 0, eventInterval >= 0 else { throw ValidationError("Delays must not be negative.") }
    }

    func run() async throws {
        ConsoleLogging.bootstrap()
        let simulator = BedrockSimulator(
            configuration: BedrockSimulatorConfiguration(
                firstByteDelay: .milliseconds(firstByteDelay), eventInterval: .milliseconds(eventInterval),
                logger: ConsoleLogging.logger("gatewayctl.simulate", level: .info)))
        let bound: Int
        do {
            bound = try await simulator.start(host: host, port: port)
        } catch {
            throw CommandFailure("Cannot listen on \(host):\(port): \(error)")
        }
        let reachable = Serve.isLoopback(host) || host == "0.0.0.0" ? "127.0.0.1" : host
        let url = "http://\(reachable.contains(":") ? "[\(reachable)]" : reachable):\(bound)"
        // The URL alone on stdout, for scripts; the rest is for people.
        StdoutLogSink.writeAll(url + "\n", to: STDOUT_FILENO)
        StdoutLogSink.writeAll(
            """
              Bedrock simulator listening on \(url)
                validates against the AWS service models: \(simulator.validatesAgainstServiceModel ? "yes" : "no (models not found)")
                point a client at it:  AWS_ENDPOINT_URL_BEDROCK_RUNTIME=\(url) AWS_ENDPOINT_URL_BEDROCK=\(url)
              Ctrl-C or SIGTERM stops it.

            """, to: STDERR_FILENO)
        _ = await ShutdownSignal.next()
        await simulator.shutdown()
    }
}
