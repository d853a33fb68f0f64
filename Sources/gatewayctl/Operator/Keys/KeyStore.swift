import Foundation
import BedrockClient
import GatewayCore

/// Reads and writes the gateway's API key secret where it lives, through the live AWS clients.
///
/// - Secrets Manager: reads the `AWSCURRENT` version; a write is `PutSecretValue`, which makes
///   the new version `AWSCURRENT` (the old one becomes `AWSPREVIOUS`), as the gateway reads it.
/// - SSM: reads with decryption; a write overwrites the parameter keeping its type. SSM
///   encrypts a `SecureString` with the given KMS key, or the account's default key when none
///   is given.
///
/// ```swift
/// let store = KeyStore(location: .secret(arn), session: session)
/// let stored = try await store.read()
/// let version = try await store.write(newValue, replacing: stored)
/// ```
struct KeyStore: Sendable {
    let location: KeyLocation
    let session: AWSSession

    func read() async throws(OperatorError) -> StoredKeyValue {
        do {
            switch location {
            case .secret(let id):
                let answer = try await session.services.secretsManager.getSecretValue(
                    GetSecretValueRequest(secretID: id, versionStage: "AWSCURRENT"))
                if let text = answer.secretString {
                    return StoredKeyValue(value: text, version: answer.versionID)
                }
                if let binary = answer.secretBinary, let text = String(bytes: binary, encoding: .utf8) {
                    return StoredKeyValue(value: text, version: answer.versionID)
                }
                throw OperatorError("\(location) has no text value")
            case .parameter(let name):
                let answer = try await session.services.ssm.getParameter(GetParameterRequest(name: name, withDecryption: true))
                guard let parameter = answer.parameter, let value = parameter.value else {
                    throw OperatorError("\(location) has no value")
                }
                return StoredKeyValue(value: value, version: parameter.version.map(String.init), parameterType: parameter.type)
            }
        } catch let error as OperatorError {
            throw error
        } catch {
            throw FailureExplainer.explain(error, target: location.failureTarget, region: session.region)
        }
    }

    /// Stores `value` as the new current version; returns the new version id or number.
    func write(_ value: String, replacing stored: StoredKeyValue, kmsKeyID: String? = nil) async throws(OperatorError)
        -> String?
    {
        do {
            switch location {
            case .secret(let id):
                let answer = try await session.services.secretsManager.putSecretValue(
                    PutSecretValueRequest(secretID: id, secretString: value))
                return answer.versionID
            case .parameter(let name):
                let answer = try await session.services.ssm.putParameter(
                    PutParameterRequest(
                        name: name, value: value, type: stored.parameterType ?? .secureString, keyID: kmsKeyID,
                        overwrite: true))
                return answer.version.map(String.init)
            }
        } catch {
            throw FailureExplainer.explain(error, target: location.failureTarget, region: session.region)
        }
    }
}
