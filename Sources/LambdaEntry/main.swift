import BedrockClient
import Foundation
import LambdaRuntime

// `bootstrap --version` prints the linked system libraries and exits; the container build runs
// it so an image whose libcurl/libcrypto do not resolve fails to build instead of failing to
// start in Lambda.
if CommandLine.arguments.dropFirst().first == "--version" {
    print("LambdaEntry (bedrock-openai-gateway)")
    print("libcurl: \(SystemLibraries.curlVersion)")
    print("libcrypto: \(SystemLibraries.cryptoVersion)")
    exit(0)
}

let status = await LambdaRuntime.main(environment: ProcessInfo.processInfo.environment) { context in
    try await HandlerAssembly.makeHandler(context)
}
exit(status)
