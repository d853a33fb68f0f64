import Foundation

extension Gateway {
    /// `GET /models`: the catalog's listed models, `DEFAULT_MODEL` first.
    func listModels() async throws(GatewayError) -> GatewayResponse {
        let catalog = try await currentCatalog()
        var models = catalog.models().data
        if let preferred = configuration.defaultModel {
            // The default may be named by an alias (a profile id for an application profile ARN).
            let listedID = catalog.entry(for: preferred)?.id ?? preferred
            if let index = models.firstIndex(where: { $0.id == listedID }), index > 0 {
                models.insert(models.remove(at: index), at: 0)
            }
        }
        return try json(status: 200, ModelList(data: models))
    }

    /// `GET /models/{id}`: a model the catalog knows (listed or not, by id, profile id or
    /// ARN), answered with the id as the client wrote it; 404 `model_not_found` otherwise.
    func retrieveModel(_ id: String) async throws(GatewayError) -> GatewayResponse {
        let catalog = try await currentCatalog()
        guard let entry = catalog.entry(for: id), entry.usage != .other else { throw .modelNotFound(id) }
        return try json(status: 200, Model(id: id, created: entry.created, ownedBy: entry.ownedBy))
    }

    private func currentCatalog() async throws(GatewayError) -> ModelCatalog {
        do {
            return try await catalog.current()
        } catch let error as BedrockError {
            throw .bedrock(error, modelID: nil, region: configuration.region)
        } catch {
            throw GatewayError(
                status: 502, error: OpenAIError(message: "The model list could not be fetched from Bedrock.", type: .api, code: "upstream_error"))
        }
    }
}
