import ArgumentParser
import Foundation

/// The `--secret-arn` / `--parameter` / `--region` options of the `keys` commands. Without
/// either option the gateway's own variables are used (`API_KEY_SECRET_ARN`, then
/// `API_KEY_PARAM_NAME`), so `gatewayctl keys show` works in the gateway's environment as is.
///
/// ```swift
/// @OptionGroup var store: KeyLocationOptions
/// let location = try store.location()
/// ```
struct KeyLocationOptions: ParsableArguments {
    @Option(
        name: .customLong("secret-arn"),
        help: ArgumentHelp(
            "The Secrets Manager secret (ARN or name) holding the key.", valueName: "arn"))
    var secretARN: String?

    @Option(
        name: .customLong("parameter"),
        help: ArgumentHelp("The SSM parameter (SecureString) holding the key.", valueName: "name"))
    var parameterName: String?

    @Option(help: ArgumentHelp("The AWS region of the secret or parameter (default: AWS_REGION).", valueName: "region"))
    var region: String?

    func validate() throws {
        if secretARN != nil, parameterName != nil {
            throw ValidationError("Pass either --secret-arn or --parameter, not both.")
        }
    }

    /// The store named by the options, else by the gateway's environment.
    func location(environment: [String: String] = ProcessInfo.processInfo.environment) throws(OperatorError) -> KeyLocation {
        if let secretARN, !secretARN.isEmpty { return .secret(secretARN) }
        if let parameterName, !parameterName.isEmpty { return .parameter(parameterName) }
        if let id = environment["API_KEY_SECRET_ARN"], !id.isEmpty { return .secret(id) }
        if let name = environment["API_KEY_PARAM_NAME"], !name.isEmpty { return .parameter(name) }
        throw OperatorError(
            "no key store given", hint: "pass --secret-arn ARN or --parameter NAME (or set API_KEY_SECRET_ARN)",
            exitCode: 64)
    }
}
