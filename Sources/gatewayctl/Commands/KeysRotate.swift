import ArgumentParser
import Foundation

/// `gatewayctl keys rotate`: a new key, stored with the previous one in its grace period.
struct KeysRotate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate",
        abstract: "Generate a new API key and store it, keeping the previous key valid for a grace period.",
        discussion: """
            Generates a key of 32 random bytes from the system's CSPRNG ("sk-" and 43 URL-safe \
            characters), stores it as the new current version of the secret or parameter in the \
            rotation format, and prints it once on stdout; everything else goes to stderr. The \
            key that was current stays valid until now + --grace-period, so clients can switch \
            without downtime. Gateways pick the new key up within API_KEY_CACHE_TTL seconds.

            Refuses when the previous key of an earlier rotation is still in its grace period \
            (rotating would cut it off) unless --force is given.

            For SSM the parameter keeps its type. SSM encrypts a SecureString with the account's \
            default key (aws/ssm) unless --kms-key-id names another: pass the parameter's own key \
            if it uses a customer managed one.

            Without --secret-arn or --parameter, API_KEY_SECRET_ARN or API_KEY_PARAM_NAME is used.

            Exit status: 0 on success; 1 on failure, with a one-line reason on stderr; \
            64 for usage errors.

            Examples:
              NEW_KEY=$(gatewayctl keys rotate --secret-arn gw-key)
              gatewayctl keys rotate --parameter /gateway/api-key --grace-period 2h
              gatewayctl keys rotate --secret-arn gw-key --grace-period 0  # revoke now
            """
    )

    @OptionGroup var store: KeyLocationOptions

    @Option(
        name: .customLong("grace-period"),
        help: ArgumentHelp(
            "How long the previous key stays valid: seconds, or e.g. 24h, 90m, 1h30m, 45s; 0 revokes it at once.",
            valueName: "duration"))
    var gracePeriod = GracePeriod(seconds: 86_400)

    @Option(
        name: .customLong("kms-key-id"),
        help: ArgumentHelp("SSM only: the KMS key to encrypt the SecureString with.", valueName: "key"))
    var kmsKeyID: String?

    @Flag(help: "Rotate even if the previous key is still in its grace period (it stops working now).")
    var force = false

    func run() async throws {
        try await CommandRunner.run("keys rotate") {
            let location = try store.location()
            if kmsKeyID != nil, case .secret = location {
                throw OperatorError("--kms-key-id applies to SSM parameters only", exitCode: 64)
            }
            let session = try AWSSession(region: store.region)
            let keyStore = KeyStore(location: location, session: session)
            let stored = try await keyStore.read()
            let document = try KeySecretDocument(parsing: stored.value)
            let newKey = try APIKeyGenerator.generate()
            let now = Date()
            let next = try document.rotated(to: newKey, at: now, grace: gracePeriod, force: force)
            let version = try await keyStore.write(try next.secretValue(), replacing: stored, kmsKeyID: kmsKeyID)

            Console.out(newKey + "\n")
            Console.note("Rotated \(location) in \(session.region)" + (version.map { " (new version \($0))" } ?? "") + ".")
            Console.note("  new key:      \(KeyFingerprint.of(newKey))")
            if let previous = next.previous, let expiry = next.previousExpiresAt {
                Console.note(
                    "  previous key: \(KeyFingerprint.of(previous)) accepted until \(KeySecretDocument.formatDate(expiry)) (\(gracePeriod))")
            } else if let old = document.currentKeys.first {
                Console.note("  previous key: \(KeyFingerprint.of(old)) no longer accepted")
            }
            Console.note("Gateways accept the new key within API_KEY_CACHE_TTL (default 300 s).")
            if Console.stdoutIsTerminal {
                Console.note("The key is shown only once: store it now.")
            }
        }
    }
}
