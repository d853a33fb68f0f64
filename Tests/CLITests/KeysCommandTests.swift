import Foundation
import GatewayCore
import Testing

@Suite("gatewayctl keys")
struct KeysCommandTests {
    static func date(_ text: String?) -> Date? {
        guard let text else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    @Test("rotate: a running gateway accepts the old and the new key during the grace period, then only the new one")
    func rotationWithoutDowntime() async throws {
        try await MotoServer.with { moto in
            try await SimulatorBackend.with { backend in
                let store = try MotoStore(moto: moto)
                let oldKey = "sk-initial-\(UUID().uuidString)"
                let arn = try await store.createSecret(named: MotoStore.uniqueName("gateway-key"), value: oldKey)
                let environment = moto.environment(bedrock: backend)
                let configuration = GatewayConfiguration(apiKeySource: .secretsManager(secretID: arn), apiKeyCacheTTL: 0.2)

                try await InProcessGateway.with(configuration: configuration, environment: environment) { gateway in
                    #expect(try await gateway.status(withKey: oldKey) == 200)

                    let rotation = try await CLI.run(
                        ["keys", "rotate", "--secret-arn", arn, "--grace-period", "10s"], environment: environment)
                    #expect(rotation.status == 0, "\(rotation)")
                    // The new key, once, alone on stdout; stderr names keys only by fingerprint.
                    let newKey = String(rotation.stdout.dropLast())
                    #expect(rotation.stdout == newKey + "\n")
                    #expect(KeyFormat.isGeneratedKey(newKey), "\(newKey)")
                    #expect(!rotation.stderr.contains(newKey))
                    #expect(!rotation.stderr.contains(oldKey))
                    #expect(rotation.stderr.contains(try KeyFormat.fingerprint(newKey)))
                    #expect(rotation.stderr.contains(try KeyFormat.fingerprint(oldKey)))

                    // Stored in the rotation format the gateway reads.
                    let value = try await store.secretValue(arn)
                    let stored = try JSONDecoder().decode(JSONValue.self, from: Data(value.utf8))
                    #expect(stored["api_key"]?.stringValue == newKey)
                    #expect(stored["previous_api_key"]?.stringValue == oldKey)
                    let expiry = try #require(Self.date(stored["previous_api_key_expires_at"]?.stringValue))
                    let keys = try APIKeySet.parse(secretValue: value)
                    #expect(keys.accepts(oldKey, at: expiry.addingTimeInterval(-1)))
                    #expect(!keys.accepts(oldKey, at: expiry))
                    #expect(keys.accepts(newKey, at: expiry.addingTimeInterval(86_400)))

                    // The gateway re-reads the secret (API_KEY_CACHE_TTL) and takes the new key…
                    let switched = try await eventually(within: .seconds(30)) { try await gateway.status(withKey: newKey) == 200 }
                    #expect(switched)
                    // …while the old one still works: clients switch without downtime.
                    try #require(Date() < expiry, "the grace period ended before the old key could be checked")
                    #expect(try await gateway.status(withKey: oldKey) == 200)

                    // After the grace period only the new key is accepted.
                    let retired = try await eventually(within: .seconds(60)) { try await gateway.status(withKey: oldKey) == 401 }
                    #expect(retired)
                    #expect(Date() >= expiry, "the old key was refused before its grace period ended")
                    #expect(try await gateway.status(withKey: newKey) == 200)
                    #expect(try await gateway.status(withKey: "sk-never-issued") == 401)

                    // `keys show` tells the story by fingerprints only.
                    let shown = try await CLI.run(["keys", "show", "--secret-arn", arn], environment: environment)
                    #expect(shown.status == 0, "\(shown)")
                    #expect(shown.stdout.contains("current key:  \(try KeyFormat.fingerprint(newKey))"))
                    #expect(shown.stdout.contains("previous key: \(try KeyFormat.fingerprint(oldKey)) expired at"))
                    #expect(!shown.stdout.contains(newKey) && !shown.stderr.contains(newKey))
                    #expect(!shown.stdout.contains(oldKey) && !shown.stderr.contains(oldKey))
                }
            }
        }
    }

    @Test("rotate and show work on an SSM SecureString parameter")
    func ssmParameter() async throws {
        try await MotoServer.with { moto in
            let store = try MotoStore(moto: moto)
            let name = "/gateway/\(MotoStore.uniqueName("api-key"))"
            let oldKey = "sk-ssm-initial-\(UUID().uuidString)"
            try await store.putParameter(name, value: oldKey)
            let environment = moto.environment()

            let rotation = try await CLI.run(
                ["keys", "rotate", "--parameter", name, "--grace-period", "1h"], environment: environment)
            #expect(rotation.status == 0, "\(rotation)")
            let newKey = String(rotation.stdout.dropLast())
            #expect(KeyFormat.isGeneratedKey(newKey))

            let parameter = try await store.parameter(name)
            #expect(parameter.type == .secureString)
            #expect(parameter.version == 2)
            let value = try #require(parameter.value)
            let stored = try JSONDecoder().decode(JSONValue.self, from: Data(value.utf8))
            #expect(stored["api_key"]?.stringValue == newKey)
            #expect(stored["previous_api_key"]?.stringValue == oldKey)
            let expiry = try #require(Self.date(stored["previous_api_key_expires_at"]?.stringValue))
            #expect(try APIKeySet.parse(secretValue: value).accepts(oldKey, at: expiry.addingTimeInterval(-1)))

            let shown = try await CLI.run(["keys", "show", "--parameter", name, "--json"], environment: environment)
            #expect(shown.status == 0, "\(shown)")
            let report = try JSONDecoder().decode(JSONValue.self, from: Data(shown.stdout.utf8))
            #expect(report["store"] == "ssm")
            #expect(report["current_keys"] == .array([.string(try KeyFormat.fingerprint(newKey))]))
            #expect(report["previous_key"]?["fingerprint"]?.stringValue == (try KeyFormat.fingerprint(oldKey)))
            #expect(report["previous_key"]?["accepted"] == true)
            #expect(Self.date(report["previous_key"]?["expires_at"]?.stringValue) == expiry)
            #expect(!shown.stdout.contains(newKey) && !shown.stdout.contains(oldKey))
        }
    }

    @Test("rotate refuses to cut off a previous key still in its grace period, unless --force")
    func refusesDuringGrace() async throws {
        try await MotoServer.with { moto in
            let store = try MotoStore(moto: moto)
            let arn = try await store.createSecret(named: MotoStore.uniqueName("gateway-key"), value: "sk-first-\(UUID())")
            let environment = moto.environment()

            let first = try await CLI.run(["keys", "rotate", "--secret-arn", arn, "--grace-period", "1h"], environment: environment)
            #expect(first.status == 0, "\(first)")
            let firstKey = String(first.stdout.dropLast())

            let refused = try await CLI.run(["keys", "rotate", "--secret-arn", arn], environment: environment)
            #expect(refused.status == 1)
            #expect(refused.stdout.isEmpty)
            #expect(refused.stderrLines.count == 1, "\(refused)")
            #expect(refused.stderr.contains("is still valid until"))
            #expect(refused.stderr.contains("--force"))
            let unchanged = try JSONDecoder().decode(JSONValue.self, from: Data(try await store.secretValue(arn).utf8))
            #expect(unchanged["api_key"]?.stringValue == firstKey)

            let forced = try await CLI.run(["keys", "rotate", "--secret-arn", arn, "--force"], environment: environment)
            #expect(forced.status == 0, "\(forced)")
            let secondKey = String(forced.stdout.dropLast())
            let stored = try JSONDecoder().decode(JSONValue.self, from: Data(try await store.secretValue(arn).utf8))
            #expect(stored["api_key"]?.stringValue == secondKey)
            #expect(stored["previous_api_key"]?.stringValue == firstKey)
            #expect(secondKey != firstKey)
        }
    }

    @Test("a zero grace period stores the new key alone, keeping other JSON members")
    func zeroGrace() async throws {
        try await MotoServer.with { moto in
            let store = try MotoStore(moto: moto)
            let arn = try await store.createSecret(
                named: MotoStore.uniqueName("gateway-key"), value: #"{"api_key": "sk-only", "owner": "platform-team"}"#)
            let result = try await CLI.run(
                ["keys", "rotate", "--secret-arn", arn, "--grace-period", "0"], environment: moto.environment())
            #expect(result.status == 0, "\(result)")
            let newKey = String(result.stdout.dropLast())
            let stored = try JSONDecoder().decode(JSONValue.self, from: Data(try await store.secretValue(arn).utf8))
            #expect(stored == ["api_key": .string(newKey), "owner": "platform-team"])
        }
    }

    @Test("a secret listing several plain-text keys is not rotated")
    func severalPlainKeys() async throws {
        try await MotoServer.with { moto in
            let store = try MotoStore(moto: moto)
            let arn = try await store.createSecret(named: MotoStore.uniqueName("gateway-key"), value: "sk-a, sk-b")
            let result = try await CLI.run(["keys", "rotate", "--secret-arn", arn], environment: moto.environment())
            #expect(result.status == 1)
            #expect(result.stderrLines.count == 1, "\(result)")
            #expect(result.stderr.contains("2 comma-separated keys"))
            #expect(try await store.secretValue(arn) == "sk-a, sk-b")
        }
    }

    @Test("keys show reads API_KEY_SECRET_ARN when no store is given, and never prints a key")
    func showFromGatewayEnvironment() async throws {
        try await MotoServer.with { moto in
            let store = try MotoStore(moto: moto)
            let key = "sk-plain-\(UUID().uuidString)"
            let arn = try await store.createSecret(named: MotoStore.uniqueName("gateway-key"), value: key)
            var environment = moto.environment()
            environment["API_KEY_SECRET_ARN"] = arn
            let result = try await CLI.run(["keys", "show"], environment: environment)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("format:       plain text"))
            #expect(result.stdout.contains("current key:  \(try KeyFormat.fingerprint(key))"))
            #expect(result.stdout.contains("previous key: none"))
            #expect(!result.stdout.contains(key) && !result.stderr.contains(key))
        }
    }

    @Test("a missing secret is reported by name and region")
    func missingSecret() async throws {
        try await MotoServer.with { moto in
            let result = try await CLI.run(
                ["keys", "show", "--secret-arn", "no-such-secret"], environment: moto.environment())
            #expect(result.status == 1)
            #expect(result.stderr == "gatewayctl keys show: secret no-such-secret not found in us-east-1: check the name or ARN and the region\n")
        }
    }

    @Test("an invalid --grace-period is a usage error")
    func invalidGracePeriod() async throws {
        let result = try await CLI.run(
            ["keys", "rotate", "--secret-arn", "x", "--grace-period", "30m1h"], environment: TestEnvironment.aws)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--grace-period"))
    }
}
