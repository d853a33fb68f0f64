import Foundation
import GatewayCore
import Testing

@Suite("gatewayctl doctor")
struct DoctorCommandTests {
    /// `STATUS  name  detail` lines by check name.
    static func statuses(_ stdout: String) -> [String: String] {
        var statuses: [String: String] = [:]
        for line in stdout.split(separator: "\n") {
            for status in ["PASS", "FAIL", "SKIP"] where line.hasPrefix(status + "  ") {
                let rest = line.dropFirst(status.count + 2)
                let name = rest.prefix(13).trimmingCharacters(in: .whitespaces)
                statuses[name] = status
            }
        }
        return statuses
    }

    @Test("passes every check in a working setup and exits 0")
    func healthySetup() async throws {
        try await MotoServer.with { moto in
            try await SimulatorBackend.with { backend in
                let key = "sk-doctor-\(UUID().uuidString)"
                let arn = try await MotoStore(moto: moto).createSecret(named: MotoStore.uniqueName("gateway-key"), value: key)
                var environment = moto.environment(bedrock: backend)
                environment["DEFAULT_MODEL"] = "amazon.nova-lite-v1:0"
                environment["API_KEY_SECRET_ARN"] = arn

                let result = try await CLI.run(["doctor"], environment: environment)
                #expect(result.status == 0, "\(result)")
                #expect(
                    Self.statuses(result.stdout)
                        == [
                            "settings": "PASS", "region": "PASS", "credentials": "PASS", "bedrock": "PASS",
                            "default model": "PASS", "key secret": "PASS",
                        ])
                #expect(result.stdout.contains("us-east-1 (from AWS_REGION)"))
                #expect(result.stdout.contains("from environment, access key …MPLE, no expiry"))
                #expect(result.stdout.contains(try KeyFormat.fingerprint(key)))
                #expect(!result.stdout.contains(key) && !result.stderr.contains(key))
                #expect(result.stderr.isEmpty)
                // The model check is a real call with a single output token.
                let converse = try #require(backend.simulator.recordedRequests().last { $0.operation == "Converse" })
                let body = try JSONDecoder().decode(JSONValue.self, from: converse.body)
                #expect(body["inferenceConfig"]?["maxTokens"] == 1)
            }
        }
    }

    @Test("reports each failing check with a hint, skips what depends on it, and exits 1")
    func failingChecks() async throws {
        try await MotoServer.with { moto in
            try await SimulatorBackend.with { backend in
                var environment = moto.environment(bedrock: backend)
                environment["DEFAULT_MODEL"] = "anthropic.claude-sonnet-4-5-20250929-v1:0"
                environment["API_KEY_SECRET_ARN"] = "no-such-secret"
                environment["API_KEY_CACHE_TTL"] = "soon"

                let result = try await CLI.run(["doctor"], environment: environment)
                #expect(result.status == 1, "\(result)")
                let statuses = Self.statuses(result.stdout)
                #expect(statuses["settings"] == "FAIL")
                #expect(statuses["credentials"] == "PASS")
                #expect(statuses["bedrock"] == "PASS")
                #expect(statuses["default model"] == "FAIL")
                #expect(statuses["key secret"] == "FAIL")
                #expect(result.stdout.contains("API_KEY_CACHE_TTL"))
                #expect(result.stdout.contains("hint: use a cross-region inference profile id such as us.anthropic.claude-sonnet-4-5"))
                #expect(result.stdout.contains("secret no-such-secret not found in us-east-1"))
                #expect(result.stderr == "gatewayctl doctor: 3 of 6 checks failed (settings, default model, key secret)\n")
            }
        }
    }

    @Test("skips the Bedrock checks when there are no credentials")
    func noCredentials() async throws {
        var environment = TestEnvironment.aws
        environment["AWS_ACCESS_KEY_ID"] = nil
        environment["AWS_SECRET_ACCESS_KEY"] = nil
        environment["API_KEY"] = "sk-local"
        let result = try await CLI.run(["doctor", "--json"], environment: environment)
        #expect(result.status == 1)
        let report = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
        let checks = try #require(report["checks"]?.arrayValue)
        let byName = Dictionary(uniqueKeysWithValues: checks.compactMap { check in
            check["name"]?.stringValue.map { ($0, check) }
        })
        #expect(byName["credentials"]?["status"] == "FAIL")
        #expect(byName["credentials"]?["detail"] == "no AWS credentials found")
        #expect(byName["credentials"]?["hint"]?.stringValue?.contains("AWS_PROFILE") == true)
        #expect(byName["bedrock"]?["status"] == "SKIP")
        #expect(byName["default model"]?["status"] == "SKIP")
        #expect(byName["key secret"]?["status"] == "PASS")
        #expect(report["failed"] == 1)
    }
}
