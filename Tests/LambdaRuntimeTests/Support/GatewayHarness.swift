import BedrockSimulator
import Foundation
import Logging

/// The real gateway in `LambdaEntry`, backed by the Bedrock simulator: a simulator and a
/// Runtime API emulator (which also plays Secrets Manager) in this process, the binary as a
/// child process pointed at both.
enum GatewayHarness {
    static let apiKey = "sk-lambda-e2e-0123456789"
    static let secretARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:gateway-api-key-AbCdEf"
    static let chatModel = "anthropic.claude-3-haiku-20240307-v1:0"
    static let embeddingModel = "amazon.titan-embed-text-v2:0"

    static let awsModels = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "../shared/aws-models").standardized

    /// What Secrets Manager answers for `GetSecretValue` (JSON 1.1).
    enum Secret {
        case present
        case missing
    }

    static func with<T>(
        secret: Secret = .present, environment extra: [String: String] = [:],
        _ body: (RuntimeAPIEmulator, LambdaProcess, BedrockSimulator) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "LambdaRuntimeTests.simulator")
        logger.logLevel = .warning
        let simulator = BedrockSimulator(
            configuration: BedrockSimulatorConfiguration(modelsDirectory: awsModels.path, logger: logger))
        let port = try await simulator.start()
        let emulator = try RuntimeAPIEmulator()
        switch secret {
        case .present:
            let secretString = #"{"api_key":"\#(apiKey)"}"#
            let document: [String: Any] = [
                "ARN": secretARN, "Name": "gateway-api-key", "SecretString": secretString, "VersionId": "v1",
                "VersionStages": ["AWSCURRENT"], "CreatedDate": 1_700_000_000,
            ]
            let body = String(decoding: TestEvents.json(document), as: UTF8.self)
            emulator.answer(target: "secretsmanager.GetSecretValue", with: .init(status: 200, body: body))
        case .missing:
            emulator.answer(
                target: "secretsmanager.GetSecretValue",
                with: .init(
                    status: 400,
                    body: #"{"__type":"ResourceNotFoundException","message":"Secrets Manager can't find the specified secret."}"#))
        }
        var environment = [
            "AWS_LAMBDA_RUNTIME_API": emulator.endpoint,
            "AWS_LAMBDA_FUNCTION_NAME": "gateway",
            "AWS_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
            "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            "AWS_SESSION_TOKEN": "session-token",
            "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": "http://127.0.0.1:\(port)",
            "AWS_ENDPOINT_URL_BEDROCK": "http://127.0.0.1:\(port)",
            "AWS_ENDPOINT_URL_SECRETS_MANAGER": emulator.baseURL,
            "API_KEY_SECRET_ARN": secretARN,
            "HOME": "/nonexistent",
        ]
        environment.merge(extra) { _, new in new }
        let process = try LambdaProcess(environment: environment)
        do {
            let result = try await body(emulator, process, simulator)
            process.terminate()
            emulator.stop()
            await simulator.shutdown()
            return result
        } catch {
            print("LambdaEntry output:\n\(process.log)")
            process.terminate()
            emulator.stop()
            await simulator.shutdown()
            throw error
        }
    }

    static func chatBody(stream: Bool = false, model: String = chatModel) -> Data {
        TestEvents.json([
            "model": model, "stream": stream, "max_tokens": 64,
            "messages": [["role": "user", "content": "Say hello to the Lambda runtime."]],
        ])
    }

    static let bearer = ("authorization", "Bearer \(apiKey)")
    static let json = ("content-type", "application/json")
}
