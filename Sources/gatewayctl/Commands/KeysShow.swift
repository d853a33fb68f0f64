import ArgumentParser
import Foundation

/// `gatewayctl keys show`: fingerprints of the stored keys, never the keys.
struct KeysShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the fingerprints of the stored API keys (never a key) and the rotation state.",
        discussion: """
            Reads the secret or parameter the way the gateway does and prints, for each key, \
            only a fingerprint: "sha256:" and the first 12 hex digits of the SHA-256 of the key. \
            Compare it with `printf %s "$KEY" | sha256sum | cut -c1-12` to see which key a client has. \
            Also tells whether a previous key is still accepted, and until when.

            Without --secret-arn or --parameter, API_KEY_SECRET_ARN or API_KEY_PARAM_NAME is used.

            Exit status: 0 on success; 1 on failure, with a one-line reason on stderr; \
            64 for usage errors.

            Examples:
              gatewayctl keys show --secret-arn gw-key
              gatewayctl keys show --parameter /gateway/api-key --json
            """
    )

    @OptionGroup var store: KeyLocationOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() async throws {
        try await CommandRunner.run("keys show") {
            let location = try store.location()
            let session = try AWSSession(region: store.region)
            let stored = try await KeyStore(location: location, session: session).read()
            let document = try KeySecretDocument(parsing: stored.value)
            let report = KeyReport(location: location, stored: stored, document: document, now: Date())
            if json {
                Console.out(try JSONOutput.encode(report) + "\n")
            } else {
                Console.out(report.text())
            }
        }
    }
}
