import Foundation
import GatewayCore
import HTTPTypes
import Hummingbird

/// Binds the Bedrock routes (rest-json, as the service models declare them) and the simulator's
/// control endpoints to the engine.
///
/// Runtime: `POST /model/{modelId}/converse`, `/converse-stream`, `/invoke`,
/// `/invoke-with-response-stream`, `/count-tokens`. Control plane: `GET /foundation-models[/{id}]`,
/// `GET /inference-profiles[/{id}]`. Simulator control (no credentials needed):
/// `POST|DELETE /__simulator/scenario`, `GET|DELETE /__simulator/requests`.
enum SimulatorRouter {
    static let controlPrefix = "/__simulator"

    static func make(engine: SimulatorEngine) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(
            middleware: SimulatorMiddleware(
                requiresAuthorization: engine.configuration.requiresAuthorization, logger: engine.logger))
        let runtime: [(String, SimulatorOperation)] = [
            ("converse", .converse), ("converse-stream", .converseStream), ("invoke", .invokeModel),
            ("invoke-with-response-stream", .invokeModelWithResponseStream), ("count-tokens", .countTokens),
        ]
        for (suffix, operation) in runtime {
            router.post("/model/:modelId/\(suffix)") { request, context in
                try await serve(operation, request, context, parameter: "modelId", engine: engine)
            }
        }
        router.get("/foundation-models") { request, context in
            try await serve(.listFoundationModels, request, context, parameter: nil, engine: engine)
        }
        router.get("/foundation-models/:modelIdentifier") { request, context in
            try await serve(.getFoundationModel, request, context, parameter: "modelIdentifier", engine: engine)
        }
        router.get("/inference-profiles") { request, context in
            try await serve(.listInferenceProfiles, request, context, parameter: nil, engine: engine)
        }
        router.get("/inference-profiles/:inferenceProfileIdentifier") { request, context in
            try await serve(.getInferenceProfile, request, context, parameter: "inferenceProfileIdentifier", engine: engine)
        }
        addControlRoutes(to: router, engine: engine)
        return router
    }

    private static func addControlRoutes(to router: Router<BasicRequestContext>, engine: SimulatorEngine) {
        router.post("\(controlPrefix)/scenario") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 20)
            let control: ScenarioControlRequest
            let scenario: SimulatorScenario
            do {
                control = try BedrockJSONDecoder().decode(ScenarioControlRequest.self, from: Data(body.readableBytesView))
                scenario = try SimulatorScenario(parsing: control.scenario)
            } catch {
                return try await response(.error(.validation("Invalid scenario request: \(error)")))
            }
            let count = control.count ?? 1
            engine.enqueue(scenario, count: count, operations: control.operations.map(Set.init))
            let answer: JSONValue = ["queued": .integer(max(1, count)), "scenario": .string(scenario.description)]
            return try await response(.json(try BedrockJSONEncoder(sortedKeys: true).encode(answer)))
        }
        router.delete("\(controlPrefix)/scenario") { _, _ in
            engine.resetScenarios()
            return try await response(SimulatorResponse(status: 204, headers: [], body: .bytes(Data())))
        }
        router.get("\(controlPrefix)/requests") { _, _ in
            let requests: [JSONValue] = engine.recordedRequests().map { recorded in
                [
                    "operation": .string(recorded.operation), "method": .string(recorded.method),
                    "path": .string(recorded.path), "modelId": recorded.modelID.map(JSONValue.string) ?? .null,
                    "headers": .object(recorded.headers.mapValues(JSONValue.string)),
                    "body": .string(String(decoding: recorded.body, as: UTF8.self)),
                ]
            }
            return try await response(.json(try BedrockJSONEncoder(sortedKeys: true).encode(JSONValue.array(requests))))
        }
        router.delete("\(controlPrefix)/requests") { _, _ in
            engine.clearRecordedRequests()
            return try await response(SimulatorResponse(status: 204, headers: [], body: .bytes(Data())))
        }
    }

    private static func serve(
        _ operation: SimulatorOperation, _ request: Request, _ context: BasicRequestContext, parameter: String?,
        engine: SimulatorEngine
    ) async throws -> Response {
        let body = try await request.body.collect(upTo: engine.configuration.maximumRequestBodySize)
        var headers: [String: String] = [:]
        for field in request.headers {
            let name = field.name.canonicalName
            headers[name] = headers[name].map { $0 + ", " + field.value } ?? field.value
        }
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            query[String(key)] = String(value)
        }
        let simulatorRequest = SimulatorRequest(
            operation: operation, method: request.method.rawValue, path: request.uri.path,
            identifier: parameter.flatMap { context.parameters.get($0) }.map(PathIdentifier.decode), query: query,
            headers: headers, body: Data(body.readableBytesView))
        return try await response(await engine.respond(to: simulatorRequest))
    }

    /// Writes an answer, waiting its first-byte delay and pacing its frames.
    static func response(_ answer: SimulatorResponse) async throws -> Response {
        if answer.firstByteDelay > .zero { try await Task.sleep(for: answer.firstByteDelay) }
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        let status = HTTPResponse.Status(code: answer.status)
        switch answer.body {
        case .bytes(let data):
            return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        case .frames(let frames):
            let interval = answer.eventInterval
            return Response(
                status: status, headers: fields,
                body: ResponseBody { writer in
                    for (index, frame) in frames.enumerated() {
                        if index > 0, interval > .zero { try await Task.sleep(for: interval) }
                        try await writer.write(ByteBuffer(bytes: frame))
                    }
                    try await writer.finish(nil)
                })
        }
    }
}
