import BedrockClient
import Foundation
import GatewayCore

/// The checks of `gatewayctl doctor`, in the order a gateway start-up depends on them: its
/// settings, the region, AWS credentials, Bedrock itself, the default model, the key secret.
/// Each answers with a ``DoctorCheck``; none throws. A check whose precondition failed is
/// skipped rather than failed again.
///
/// ```swift
/// let checks = await DoctorChecks(environment: environment, region: nil).run()
/// let failed = checks.filter { $0.status == .fail }
/// ```
struct DoctorChecks: Sendable {
    let environment: [String: String]
    /// `--region`, overriding the environment.
    let region: String?
    /// Limits for each AWS call, so a doctor run never hangs on an unreachable endpoint.
    var timeouts = HTTPTimeouts(connect: .seconds(5), idleRead: .seconds(20), total: .seconds(30))

    /// Runs every check; `report` is called with each result as soon as it is known.
    func run(report: (DoctorCheck) -> Void = { _ in }) async -> [DoctorCheck] {
        var results: [DoctorCheck] = []
        func record(_ check: DoctorCheck) {
            results.append(check)
            report(check)
        }

        record(settings())
        let session: AWSSession
        switch makeSession() {
        case .success(let made):
            session = made
            record(DoctorCheck(name: "region", status: .pass, detail: "\(made.region) (\(regionSource()))"))
        case .failure(let failure):
            record(DoctorCheck(name: "region", failure: failure))
            for name in ["credentials", "bedrock", "default model", "key secret"] {
                record(DoctorCheck(name: name, status: .skip, detail: "needs a usable region"))
            }
            return results
        }
        let credentials = await credentialsCheck(session)
        record(credentials)
        let signs = credentials.status == .pass || session.services.client.configuration.bedrockAPIKey != nil
        guard signs else {
            for name in ["bedrock", "default model"] {
                record(DoctorCheck(name: name, status: .skip, detail: "needs AWS credentials"))
            }
            record(credentials.status == .pass ? await keySecretCheck(session) : keySourceWithoutCredentials())
            return results
        }
        let bedrock = await bedrockCheck(session)
        record(bedrock)
        record(await defaultModelCheck(session, bedrockReachable: bedrock.status == .pass))
        record(credentials.status == .pass ? await keySecretCheck(session) : keySourceWithoutCredentials())
        return results
    }

    // MARK: - Checks

    /// The gateway's own settings, as it reads them at start-up (the key source is checked on its own).
    func settings() -> DoctorCheck {
        var environment = environment
        for variable in ["API_KEY", "API_KEY_SECRET_ARN", "API_KEY_PARAM_NAME"] { environment[variable] = nil }
        environment["ALLOW_UNAUTHENTICATED"] = "true"
        do {
            _ = try GatewayConfiguration.fromEnvironment(environment)
            return DoctorCheck(name: "settings", status: .pass, detail: "the gateway's environment variables are valid")
        } catch {
            return DoctorCheck(
                name: "settings", status: .fail, detail: "\(error.variable): \(error.message)",
                hint: "fix \(error.variable) (see the configuration table in the README)")
        }
    }

    private func makeSession() -> Result<AWSSession, OperatorError> {
        do {
            let timeouts = self.timeouts
            return .success(
                try AWSSession(region: region, environment: environment) { configuration in
                    configuration.timeouts = timeouts
                    configuration.retryTimeLimit = .seconds(20)
                })
        } catch {
            return .failure(error)
        }
    }

    private func regionSource() -> String {
        if let region, !region.isEmpty { return "from --region" }
        for variable in ["AWS_REGION", "AWS_DEFAULT_REGION"] where environment[variable]?.isEmpty == false {
            return "from \(variable)"
        }
        if (try? AWSRegion.resolve(environment: environment)) ?? nil != nil {
            return "from profile \(AWSProfileSet.selectedProfileName(environment: environment))"
        }
        return "the gateway's default; set AWS_REGION to choose"
    }

    func credentialsCheck(_ session: AWSSession) async -> DoctorCheck {
        do {
            let resolved = try await session.resolveCredentials()
            var detail = "from \(resolved.providerName)"
            let keyID = resolved.credentials.accessKeyId
            if keyID.count > 4 { detail += ", access key …\(keyID.suffix(4))" }
            if let expiry = resolved.credentials.expiration {
                let left = Int(expiry.timeIntervalSinceNow.rounded(.down))
                guard left > 0 else {
                    return DoctorCheck(
                        name: "credentials", status: .fail,
                        detail: detail + ", expired at \(KeySecretDocument.formatDate(expiry))",
                        hint: "refresh them (e.g. aws sso login)")
                }
                detail += ", expire at \(KeySecretDocument.formatDate(expiry)) (in \(GracePeriod.approximate(seconds: left)))"
            } else {
                detail += ", no expiry"
            }
            if session.services.client.configuration.bedrockAPIKey != nil {
                detail += "; Bedrock calls use the API key in AWS_BEARER_TOKEN_BEDROCK"
            }
            return DoctorCheck(name: "credentials", status: .pass, detail: detail)
        } catch let error as CredentialsError {
            return DoctorCheck(name: "credentials", failure: FailureExplainer.explain(error))
        } catch {
            return DoctorCheck(
                name: "credentials", failure: FailureExplainer.explain(error, target: .catalog, region: session.region))
        }
    }

    func bedrockCheck(_ session: AWSSession) async -> DoctorCheck {
        do {
            let models = try await session.services.catalog.listFoundationModels()
            let host = (try? session.services.client.endpoint(for: .bedrock)).map { " at \($0.baseURL)" } ?? ""
            return DoctorCheck(
                name: "bedrock", status: .pass,
                detail: "ListFoundationModels answered\(host): \(models.count) foundation models")
        } catch {
            return DoctorCheck(name: "bedrock", failure: FailureExplainer.explain(error, target: .catalog, region: session.region))
        }
    }

    func defaultModelCheck(_ session: AWSSession, bedrockReachable: Bool) async -> DoctorCheck {
        guard let modelID = environment["DEFAULT_MODEL"], !modelID.isEmpty else {
            return DoctorCheck(
                name: "default model", status: .skip, detail: "DEFAULT_MODEL is not set",
                hint: "set it to a chat model id from gatewayctl models (gatewayctl chat uses it)")
        }
        guard bedrockReachable else {
            return DoctorCheck(name: "default model", status: .skip, detail: "\(modelID): needs Bedrock to be reachable")
        }
        // The smallest real call: one token of output. It proves model access, which the
        // catalog cannot tell (it lists models whether or not the account may use them).
        let request = ChatCompletionRequest(model: modelID, messages: [.user(.text("ping"))], maxTokens: 1)
        let model = ResolvedModel(requestedID: modelID)
        do {
            let body = try ChatToConverse.translate(request, model: model, options: TranslationOptions())
            let answer = try await session.services.runtime.converse(modelID: model.invocationID, request: body)
            return DoctorCheck(
                name: "default model", status: .pass,
                detail: "\(modelID) answered a 1-token Converse call (\(answer.usage.inputTokens) input tokens)")
        } catch let error as TranslationError {
            return DoctorCheck(name: "default model", status: .fail, detail: "\(modelID): \(error.message)")
        } catch {
            return DoctorCheck(
                name: "default model", failure: FailureExplainer.explain(error, target: .model(modelID), region: session.region))
        }
    }

    func keySecretCheck(_ session: AWSSession) async -> DoctorCheck {
        let location: KeyLocation
        if let id = environment["API_KEY_SECRET_ARN"], !id.isEmpty {
            location = .secret(id)
        } else if let name = environment["API_KEY_PARAM_NAME"], !name.isEmpty {
            location = .parameter(name)
        } else {
            return keySourceWithoutSecret()
        }
        do {
            let stored = try await KeyStore(location: location, session: session).read()
            let document = try KeySecretDocument(parsing: stored.value)
            let report = KeyReport(location: location, stored: stored, document: document, now: Date())
            var detail = "\(location) is readable: current key \(report.currentKeys.joined(separator: ", "))"
            if let previous = report.previousKey, previous.accepted {
                detail += ", previous key \(previous.fingerprint) accepted until \(previous.expiresAt ?? "the secret changes")"
            }
            return DoctorCheck(name: "key secret", status: .pass, detail: detail)
        } catch {
            return DoctorCheck(name: "key secret", failure: error)
        }
    }

    /// The key check when the key is not in a secret or parameter.
    private func keySourceWithoutSecret() -> DoctorCheck {
        if let keys = environment["API_KEY"], !keys.isEmpty {
            return DoctorCheck(
                name: "key secret", status: .pass, detail: "API_KEY is set in the environment (no secret to read)")
        }
        if ["true", "1", "yes", "on"].contains(environment["ALLOW_UNAUTHENTICATED"]?.lowercased() ?? "") {
            return DoctorCheck(
                name: "key secret", status: .pass, detail: "no API key: ALLOW_UNAUTHENTICATED=true (local use only)")
        }
        return DoctorCheck(
            name: "key secret", status: .fail, detail: "no API key source is configured; the gateway will not start",
            hint: "set API_KEY_SECRET_ARN (or API_KEY_PARAM_NAME, or API_KEY)")
    }

    private func keySourceWithoutCredentials() -> DoctorCheck {
        let hasStore = ["API_KEY_SECRET_ARN", "API_KEY_PARAM_NAME"].contains { environment[$0]?.isEmpty == false }
        guard hasStore else { return keySourceWithoutSecret() }
        return DoctorCheck(name: "key secret", status: .skip, detail: "needs AWS credentials")
    }
}
