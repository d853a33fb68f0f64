import GatewayCore
import Synchronization

/// A `SecretValueSource` that answers the first read of one secret (or parameter) with a value
/// already read at initialization, and every later read from the real source.
///
/// The init step reads the API key secret itself to fail early with a clear message; this hands
/// that value to the `APIKeyProvider` so the cold start does not read it twice.
///
/// ```swift
/// let secrets = PrefetchedSecretValues(base: live, source: .secretsManager(secretID: arn), value: text)
/// let provider = APIKeyProvider(configuration: configuration, secrets: secrets, now: { Date() })
/// ```
final class PrefetchedSecretValues: SecretValueSource {
    private let base: any SecretValueSource
    private let source: APIKeySource?
    private let value: Mutex<String?>

    init(base: any SecretValueSource, source: APIKeySource?, value: String) {
        self.base = base
        self.source = source
        self.value = Mutex(value)
    }

    func secretString(secretID: String) async throws -> String {
        if case .secretsManager(let id)? = source, id == secretID, let value = take() { return value }
        return try await base.secretString(secretID: secretID)
    }

    func parameterValue(name: String) async throws -> String {
        if case .ssmParameter(let parameter)? = source, parameter == name, let value = take() { return value }
        return try await base.parameterValue(name: name)
    }

    private func take() -> String? {
        value.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
