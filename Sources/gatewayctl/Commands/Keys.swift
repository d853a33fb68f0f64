import ArgumentParser

/// `gatewayctl keys`: the gateway's API key in Secrets Manager or SSM.
struct Keys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rotate or inspect the gateway's API key in Secrets Manager or SSM.",
        discussion: """
            The gateway reads its API key from the secret named by API_KEY_SECRET_ARN (or the \
            parameter named by API_KEY_PARAM_NAME) and re-reads it every API_KEY_CACHE_TTL \
            seconds, so a rotation takes effect without a restart. During a rotation the secret \
            holds the new key and the previous one with an expiry:

              {"api_key": "sk-new…", "previous_api_key": "sk-old…",
               "previous_api_key_expires_at": "2025-03-10T12:00:00Z"}

            and the gateway accepts both until the expiry, then only the new one.

            Examples:
              gatewayctl keys rotate --secret-arn "$API_KEY_SECRET_ARN"
              gatewayctl keys rotate --parameter /gateway/api-key --grace-period 1h
              gatewayctl keys show --secret-arn gw-key
            """,
        subcommands: [KeysRotate.self, KeysShow.self]
    )
}
