import Foundation
import BedrockClient
import GatewayCore

/// Turns what an AWS call threw into one line an operator can act on.
///
/// AWS error codes become plain words with the resource named ("access denied to model X:
/// enable it in the Bedrock console"), transport failures name the endpoint variable to check,
/// and the service's own message is kept (shortened) where it adds something.
///
/// ```swift
/// do { _ = try await runtime.converse(modelID: id, request: body) }
/// catch { throw FailureExplainer.explain(error, target: .model(id), region: region) }
/// ```
enum FailureExplainer {
    /// Longest excerpt of a service message kept in a one-line reason.
    static let messageExcerptLength = 160

    static func explain(_ error: any Error, target: FailureTarget, region: String) -> OperatorError {
        switch error {
        case let failure as OperatorError:
            return failure
        case let failure as BedrockError:
            return explain(failure, target: target, region: region)
        case let failure as CredentialsError:
            return explain(failure)
        case let failure as AWSClientConfigurationError:
            return explain(failure)
        case is CancellationError:
            return OperatorError("interrupted")
        default:
            return OperatorError("\(target.serviceName) call failed: \(error)")
        }
    }

    static func explain(_ error: CredentialsError) -> OperatorError {
        switch error {
        case .noCredentials:
            return OperatorError(
                "no AWS credentials found",
                hint: "set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run with an IAM role")
        case .providerFailed(let provider, let inner):
            return OperatorError(
                "AWS credentials from \(provider) failed: \(excerpt(inner.description))",
                hint: "refresh them (e.g. aws sso login) or fix that source")
        default:
            return OperatorError("AWS credentials unavailable: \(excerpt(error.description))")
        }
    }

    static func explain(_ error: AWSClientConfigurationError) -> OperatorError {
        switch error {
        case .missingRegion:
            return OperatorError("no AWS region configured", hint: "set AWS_REGION or pass --region")
        case .invalidSetting(let detail):
            return OperatorError("invalid AWS configuration: \(excerpt(detail))")
        }
    }

    static func explain(_ error: BedrockError, target: FailureTarget, region: String) -> OperatorError {
        let resource = target.resourceName
        let service = target.serviceName
        let awsSays = error.message.isEmpty ? "" : " (AWS: \(excerpt(error.message)))"
        switch error.kind {
        case .accessDenied:
            if case .model = target {
                return OperatorError(
                    "access denied to \(resource) in \(region)",
                    hint: "enable it in the Bedrock console (Model access) and allow \(target.permissions)")
            }
            return OperatorError("access denied to \(resource) in \(region)\(awsSays)", hint: "allow \(target.permissions)")
        case .unauthenticated:
            // Raised locally (no status, no AWS code) when the chain found nothing to sign with.
            if error.statusCode == nil, error.code == nil {
                let marker = "no usable AWS credentials: "
                let detail = error.message.range(of: marker).map { String(error.message[$0.upperBound...]) } ?? error.message
                // The chain's list of every provider tried is too long for one line.
                guard !detail.hasPrefix("no AWS credentials found") else {
                    return OperatorError(
                        "no AWS credentials found",
                        hint: "set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run with an IAM role")
                }
                return OperatorError(
                    "AWS credentials unavailable: \(excerpt(detail))", hint: "refresh them (e.g. aws sso login) or fix that source")
            }
            return OperatorError(
                "AWS rejected the credentials (\(error.code ?? "HTTP \(error.statusCode ?? 0)")): they are invalid or expired",
                hint: "refresh them (e.g. aws sso login) or check AWS_PROFILE")
        case .resourceNotFound:
            switch target {
            case .model:
                return OperatorError(
                    "\(resource) not found in \(region)", hint: "list the ids with gatewayctl models --region \(region)")
            case .catalog:
                return OperatorError("Bedrock is not available in \(region)\(awsSays)", hint: "pick another region with --region")
            case .secret, .parameter:
                return OperatorError("\(resource) not found in \(region)", hint: "check the name or ARN and the region")
            }
        case .validation:
            if case .model(let id) = target {
                let lowered = error.message.lowercased()
                if lowered.contains("on-demand throughput") || lowered.contains("inference profile") {
                    return OperatorError(
                        "model \(id) cannot be invoked on demand in \(region)",
                        hint: "use a cross-region inference profile id such as us.\(id) (see gatewayctl models)")
                }
                if lowered.contains("model identifier is invalid") {
                    return OperatorError("\(resource) is not a valid model id in \(region)", hint: "see gatewayctl models")
                }
            }
            return OperatorError("\(service) rejected the request for \(resource): \(excerpt(error.message))")
        case .throttling:
            return OperatorError("\(service) throttled the request", hint: "retry later, or ask for a higher quota in \(region)")
        case .serviceQuotaExceeded:
            return OperatorError("service quota exceeded for \(resource)\(awsSays)", hint: "ask for a higher quota in \(region)")
        case .modelNotReady:
            return OperatorError("\(resource) is not ready yet", hint: "retry in a minute")
        case .modelTimeout:
            return OperatorError("\(resource) took too long to answer", hint: "retry with a shorter prompt")
        case .modelError:
            return OperatorError("\(resource) failed\(awsSays)")
        case .serviceUnavailable, .internalServer:
            return OperatorError("\(service) is having trouble in \(region)\(awsSays)", hint: "retry later")
        case .conflict:
            return OperatorError("\(resource) was changed concurrently\(awsSays)", hint: "run the command again")
        case .timeout:
            return OperatorError(
                "no answer from \(service) in time", hint: "check the network, HTTPS_PROXY and \(target.endpointVariable)")
        case .network:
            return OperatorError(
                "cannot reach \(service): \(excerpt(strippedOperation(error.message)))",
                hint: "check the network, HTTPS_PROXY and \(target.endpointVariable)")
        case .malformedResponse:
            return OperatorError("unexpected answer from \(service): \(excerpt(error.message))")
        case .unknown:
            return OperatorError("\(service) call failed: \(excerpt(error.description))")
        }
    }

    /// The first line of `text`, at most ``messageExcerptLength`` characters.
    static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard line.count > messageExcerptLength else { return line }
        return String(line.prefix(messageExcerptLength - 1)) + "…"
    }

    /// `Converse: connection refused` → `connection refused` (the transport prefixes the operation).
    private static func strippedOperation(_ message: String) -> String {
        guard let colon = message.firstIndex(of: ":"),
            message[..<colon].allSatisfy({ $0.isLetter || $0.isNumber })
        else { return message }
        return String(message[message.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
    }
}
