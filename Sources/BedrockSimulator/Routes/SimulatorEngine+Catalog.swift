import Foundation
import GatewayCore

extension SimulatorEngine {
    /// `GET /foundation-models` with the `byProvider`, `byCustomizationType`, `byOutputModality`
    /// and `byInferenceType` filters. The operation has no pagination: one page holds everything.
    func listFoundationModels(_ request: SimulatorRequest) throws -> SimulatorResponse {
        let query = request.query
        let customization = try enumFilter(query, "byCustomizationType", ["FINE_TUNING", "CONTINUED_PRE_TRAINING", "DISTILLATION"])
        let modality = try enumFilter(query, "byOutputModality", ["TEXT", "IMAGE", "EMBEDDING"])
        let inferenceType = try enumFilter(query, "byInferenceType", ["ON_DEMAND", "PROVISIONED"])
        let provider = query["byProvider"]?.lowercased()
        let models = catalog.foundationModels.filter { model in
            if let provider, model.providerName?.lowercased() != provider,
                !model.modelId.lowercased().hasPrefix(provider + ".")
            {
                return false
            }
            if let customization, !(model.customizationsSupported ?? []).contains(BedrockModelCustomization(rawValue: customization)) {
                return false
            }
            if let modality, !(model.outputModalities ?? []).contains(BedrockModelModality(rawValue: modality)) { return false }
            if let inferenceType, !(model.inferenceTypesSupported ?? []).contains(BedrockInferenceType(rawValue: inferenceType)) {
                return false
            }
            return true
        }
        return .json(try encode(ListFoundationModelsResponse(modelSummaries: models)))
    }

    /// `GET /foundation-models/{modelIdentifier}`.
    func getFoundationModel(_ request: SimulatorRequest) throws -> SimulatorResponse {
        guard let model = catalog.foundationModel(request.identifier ?? "") else {
            throw SimulatedError(.resourceNotFound, "The requested model was not found.")
        }
        struct Details: Encodable {
            var modelDetails: FoundationModelSummary
        }
        return .json(try encode(Details(modelDetails: model)))
    }

    /// `GET /inference-profiles` with `maxResults` (1…1000), `nextToken` and `type`
    /// (`SYSTEM_DEFINED` or `APPLICATION`).
    func listInferenceProfiles(_ request: SimulatorRequest) throws -> SimulatorResponse {
        let query = request.query
        let type = try enumFilter(query, "type", ["SYSTEM_DEFINED", "APPLICATION"])
        var maxResults = 1000
        if let text = query["maxResults"] {
            guard let value = Int(text) else {
                throw SimulatedError.validation("1 validation error detected: Value '\(text)' at 'maxResults' failed to satisfy constraint: Member must be a number")
            }
            guard value >= 1 else {
                throw SimulatedError.validation(
                    "1 validation error detected: Value '\(value)' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1")
            }
            guard value <= 1000 else {
                throw SimulatedError.validation(
                    "1 validation error detected: Value '\(value)' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000")
            }
            maxResults = value
        }
        var offset = 0
        if let token = query["nextToken"] {
            guard let decoded = PageToken.decode(token) else {
                throw SimulatedError.validation("The pagination token is invalid.")
            }
            offset = decoded
        }
        let profiles = catalog.inferenceProfiles.filter { type == nil || $0.type.rawValue == type }
        let page = Array(profiles.dropFirst(offset).prefix(maxResults))
        let next = offset + page.count < profiles.count ? PageToken.encode(offset: offset + page.count) : nil
        return .json(try encode(ListInferenceProfilesResponse(inferenceProfileSummaries: page, nextToken: next)))
    }

    /// `GET /inference-profiles/{inferenceProfileIdentifier}` (id or ARN).
    func getInferenceProfile(_ request: SimulatorRequest) throws -> SimulatorResponse {
        guard let profile = catalog.inferenceProfile(request.identifier ?? "") else {
            throw SimulatedError(.resourceNotFound, "The specified inference profile was not found.")
        }
        return .json(try encode(profile))
    }

    /// A query-string filter that must be one of `allowed`, checked with Coral's wording.
    private func enumFilter(_ query: [String: String], _ name: String, _ allowed: [String]) throws(SimulatedError) -> String? {
        guard let value = query[name] else { return nil }
        guard allowed.contains(value) else {
            throw .validation(
                "1 validation error detected: Value '\(value)' at '\(name)' failed to satisfy constraint: Member must satisfy enum value set: [\(allowed.joined(separator: ", "))]"
            )
        }
        return value
    }
}
