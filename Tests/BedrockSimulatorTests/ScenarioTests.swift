import BedrockClient
import BedrockSimulator
import Foundation
import GatewayCore
import Testing

@Suite("Scenario control")
struct ScenarioTests {
    static let path = SimulatorHarness.modelPath("amazon.nova-micro-v1:0", "converse")
    static let hello = #"{"messages":[{"role":"user","content":[{"text":"Hello"}]}]}"#

    /// Status codes from the `error.httpStatusCode` of each shape in the bedrock-runtime model.
    @Test(arguments: [
        ("AccessDeniedException", 403), ("ResourceNotFoundException", 404), ("ThrottlingException", 429),
        ("ModelTimeoutException", 408), ("ModelErrorException", 424), ("ModelNotReadyException", 429),
        ("ServiceUnavailableException", 503), ("InternalServerException", 500), ("ValidationException", 400),
        ("ServiceQuotaExceededException", 400),
    ])
    func errorScenarioAnswersWithThatException(name: String, status: Int) async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(
                try await harness.post(Self.path, Self.hello, headers: [("x-simulator-scenario", "error:\(name)")]))
            #expect(error.status == status)
            #expect(error.type == name)
            #expect(!error.message.isEmpty)
            if name == "ModelErrorException" {
                #expect(error.body["originalStatusCode"] == 500)
            }
        }
    }

    @Test func throttleNTimesThenSucceedForTheSameRequest() async throws {
        try await SimulatorHarness.with { harness in
            let headers = [("x-simulator-scenario", "throttle:2")]
            let first = try await harness.post(Self.path, Self.hello, headers: headers)
            let second = try await harness.post(Self.path, Self.hello, headers: headers)
            let third = try await harness.post(Self.path, Self.hello, headers: headers)
            #expect(try BedrockErrorAnswer(first).type == "ThrottlingException")
            #expect(second.status == 429)
            #expect(third.status == 200)
        }
    }

    @Test func controlEndpointQueuesAScenarioForTheNextRequests() async throws {
        try await SimulatorHarness.with { harness in
            let queued = try await harness.post("/__simulator/scenario", #"{"scenario":"throttle","count":2}"#, authorized: false)
            #expect(queued.status == 200)
            #expect(try queued.json["queued"] == 2)
            #expect(try await harness.post(Self.path, Self.hello).status == 429)
            #expect(try await harness.post(Self.path, Self.hello).status == 429)
            #expect(try await harness.post(Self.path, Self.hello).status == 200)
        }
    }

    @Test func queuedScenarioCanTargetOneOperation() async throws {
        try await SimulatorHarness.with { harness in
            _ = try await harness.post(
                "/__simulator/scenario", #"{"scenario":"error:ServiceUnavailableException","operations":["ConverseStream"]}"#)
            #expect(try await harness.post(Self.path, Self.hello).status == 200)
            let error = try BedrockErrorAnswer(
                try await harness.post(SimulatorHarness.modelPath("amazon.nova-micro-v1:0", "converse-stream"), Self.hello))
            #expect(error.status == 503)
            #expect(error.type == "ServiceUnavailableException")
        }
    }

    @Test func deletingTheScenarioQueueClearsIt() async throws {
        try await SimulatorHarness.with { harness in
            _ = try await harness.post("/__simulator/scenario", #"{"scenario":"throttle","count":5}"#)
            #expect(try await harness.delete("/__simulator/scenario").status == 204)
            #expect(try await harness.post(Self.path, Self.hello).status == 200)
        }
    }

    @Test func programmaticEnqueueBehavesLikeTheEndpoint() async throws {
        try await SimulatorHarness.with { harness in
            harness.simulator.enqueue(try SimulatorScenario(parsing: "stop:content_filtered"))
            let reply = try await harness.post(Self.path, Self.hello).decoded(ConverseResponse.self)
            #expect(reply.stopReason == .contentFiltered)
            #expect(try await harness.post(Self.path, Self.hello).decoded(ConverseResponse.self).stopReason == .endTurn)
        }
    }

    @Test func unknownDirectiveIsRejected() async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(
                try await harness.post(Self.path, Self.hello, headers: [("x-simulator-scenario", "explode")]))
            #expect(error.status == 400)
            #expect(error.message.contains("explode"))
            #expect(try await harness.post("/__simulator/scenario", #"{"scenario":"throttle:zero"}"#).status == 400)
        }
    }

    @Test func recordedRequestsShowWhatTheClientSent() async throws {
        try await SimulatorHarness.with { harness in
            _ = try await harness.post(Self.path, Self.hello)
            let recorded = try #require(harness.simulator.recordedRequests().last)
            #expect(recorded.operation == "Converse")
            #expect(recorded.modelID == "amazon.nova-micro-v1:0")
            #expect(recorded.path == "/model/amazon.nova-micro-v1%3A0/converse")
            #expect(recorded.headers["authorization"] == SimulatorHarness.sigV4Authorization)
            #expect(recorded.body == Data(Self.hello.utf8))
            let listed = try await harness.get("/__simulator/requests").json
            #expect(listed.arrayValue?.last?["operation"] == "Converse")
        }
    }

    @Test func configuredLatencyDoesNotChangeTheAnswer() async throws {
        let reply = try await SimulatorHarness.with({ configuration in
            configuration.firstByteDelay = .milliseconds(20)
            configuration.eventInterval = .milliseconds(2)
        }) { harness in
            try await harness.post(Self.path, Self.hello).decoded(ConverseResponse.self)
        }
        #expect(reply.text == "You said: Hello")
    }

    @Test func scenarioDirectivesRoundTrip() throws {
        let scenario = try SimulatorScenario(parsing: " tool_use, reasoning ,cache_read, stop:max_tokens, throttle:3, stream_error:internalServerException:1, delay:10, interval:5")
        #expect(try SimulatorScenario(parsing: scenario.description) == scenario)
        #expect(scenario.description.contains("error:ThrottlingException:3"))
        #expect(SimulatorScenario.none.description == "none")
    }

    @Test func simulatorWithoutModelsStillServes() async throws {
        let (validates, status) = try await SimulatorHarness.with({ $0.modelsDirectory = "/nonexistent/aws-models" }) { harness in
            (harness.simulator.validatesAgainstServiceModel, try await harness.post(Self.path, Self.hello).status)
        }
        #expect(!validates)
        #expect(status == 200)
    }

    @Test func unknownOperationIsReported() async throws {
        try await SimulatorHarness.with { harness in
            let error = try BedrockErrorAnswer(try await harness.post("/model/amazon.nova-micro-v1%3A0/teleport", Self.hello))
            #expect(error.status == 404)
            #expect(error.type == "UnknownOperationException")
        }
    }
}

@Suite("Simulator lifecycle")
struct SimulatorLifecycleTests {
    @Test func runServesUntilCancelled() async throws {
        var configuration = BedrockSimulatorConfiguration(modelsDirectory: TestPaths.awsModels.path)
        configuration.logger.logLevel = .warning
        let simulator = BedrockSimulator(configuration: configuration)
        let running = Task { try await simulator.run() }
        var port = simulator.port
        for _ in 0..<500 where port == nil {
            try await Task.sleep(for: .milliseconds(10))
            port = simulator.port
        }
        let bound = try #require(port)
        let client = HTTPClient()
        let response = try await client.execute(
            HTTPRequest(url: "http://127.0.0.1:\(bound)/foundation-models", headers: ["Authorization": "Bearer token"]))
        await client.shutdown()
        #expect(response.status == 200)
        running.cancel()
        try await running.value
        #expect(simulator.port == nil)
    }

    @Test func startingOnAPortInUseFails() async throws {
        var configuration = BedrockSimulatorConfiguration(modelsDirectory: TestPaths.awsModels.path)
        configuration.logger.logLevel = .critical
        let first = BedrockSimulator(configuration: configuration)
        let port = try await first.start()
        let second = BedrockSimulator(configuration: configuration)
        await #expect(throws: (any Error).self) {
            try await second.start(port: port)
        }
        await second.shutdown()
        await first.shutdown()
    }

    @Test func startingTwiceIsRefused() async throws {
        var configuration = BedrockSimulatorConfiguration(modelsDirectory: TestPaths.awsModels.path)
        configuration.logger.logLevel = .warning
        let simulator = BedrockSimulator(configuration: configuration)
        try await simulator.start()
        await #expect(throws: BedrockSimulatorError.alreadyRunning) {
            try await simulator.start()
        }
        await simulator.shutdown()
        #expect(simulator.port == nil)
    }
}
