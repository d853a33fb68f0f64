import ArgumentParser
import BedrockClient

/// Runs a command's body and turns any failure into the CLI's contract: one line
/// `gatewayctl <command>: <reason>` on stderr and a non-zero exit status.
///
/// ```swift
/// func run() async throws {
///     try await CommandRunner.run("models") { try await listModels() }
/// }
/// ```
enum CommandRunner {
    static func run(_ command: String, _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let exit as ExitCode {
            throw exit
        } catch let error as OperatorError {
            Console.note("gatewayctl \(command): \(error.description)")
            throw ExitCode(error.exitCode)
        } catch let error as CredentialsError {
            Console.note("gatewayctl \(command): \(FailureExplainer.explain(error).description)")
            throw ExitCode.failure
        } catch let error as AWSClientConfigurationError {
            Console.note("gatewayctl \(command): \(FailureExplainer.explain(error).description)")
            throw ExitCode.failure
        } catch is CancellationError {
            Console.note("gatewayctl \(command): interrupted")
            throw ExitCode(130)
        } catch {
            Console.note("gatewayctl \(command): \(FailureExplainer.excerpt(String(describing: error)))")
            throw ExitCode.failure
        }
    }
}
