import BedrockClient
import Foundation
import GatewayCore
import GatewayServer

/// The gateway (`Gateway` behind `GatewayServer`) running in the test process on an ephemeral
/// port, with live AWS adapters built from `environment` (the simulator as Bedrock, moto as
/// Secrets Manager/SSM), as `gatewayctl serve` would run it.
final class InProcessGateway: Sendable {
    let server: RunningGatewayServer
    let http: HTTPClient

    var url: String { "http://127.0.0.1:\(server.port)" }

    private init(server: RunningGatewayServer, http: HTTPClient) {
        self.server = server
        self.http = http
    }

    static func start(configuration: GatewayConfiguration, environment: [String: String]) async throws -> InProcessGateway {
        let services = try BedrockClientFactory.live(environment: environment)
        let keys = APIKeyProvider(configuration: configuration, secrets: services.secretValues, now: { Date() })
        let gateway = try Gateway(
            configuration: configuration, runtime: services.runtime, catalogSource: services.catalog,
            mediaFetcher: LiveRemoteMediaFetcher(), apiKeys: keys, logSink: DiscardingLogSink(), now: { Date() },
            makeID: { UUID().uuidString.lowercased() })
        let server = try await GatewayServer(
            handler: gateway, configuration: GatewayServer.Configuration(host: "127.0.0.1", port: 0)
        ).start()
        var http = HTTPClient.Configuration()
        http.proxy = .disabled
        return InProcessGateway(server: server, http: HTTPClient(configuration: http))
    }

    func shutdown() async {
        await server.shutdown()
        await http.shutdown()
    }

    /// The status of `GET /v1/models` with `key` as the bearer token: 200 accepted, 401 rejected.
    func status(withKey key: String) async throws -> Int {
        let request = HTTPRequest(url: url + "/v1/models", headers: ["Authorization": "Bearer \(key)"])
        return try await http.execute(request).status
    }
}

extension InProcessGateway {
    /// The ids `GET /v1/models` lists, in order.
    func listedModelIDs(key: String? = nil) async throws -> [String] {
        var headers: HTTPHeaders = [:]
        if let key { headers.add(name: "Authorization", value: "Bearer \(key)") }
        let response = try await http.execute(HTTPRequest(url: url + "/v1/models", headers: headers))
        guard response.status == 200 else { throw TestFailure("GET /v1/models answered \(response.status)") }
        return try JSONDecoder().decode(ModelList.self, from: response.body).data.map(\.id)
    }

    /// Runs `body` with a gateway that needs no key, backed by `backend`.
    static func withUnauthenticated<T>(
        backend: SimulatorBackend, _ body: (InProcessGateway) async throws -> T
    ) async throws -> T {
        try await with(configuration: GatewayConfiguration(allowUnauthenticated: true), environment: backend.environment, body)
    }

    /// Runs `body` with a started gateway and shuts it down afterwards.
    static func with<T>(
        configuration: GatewayConfiguration, environment: [String: String], _ body: (InProcessGateway) async throws -> T
    ) async throws -> T {
        let gateway = try await start(configuration: configuration, environment: environment)
        do {
            let result = try await body(gateway)
            await gateway.shutdown()
            return result
        } catch {
            await gateway.shutdown()
            throw error
        }
    }
}
