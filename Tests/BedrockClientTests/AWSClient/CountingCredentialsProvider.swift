import Foundation

@testable import BedrockClient

/// A credentials provider that counts its calls and hands out `AKID1`, `AKID2`, … in turn, so a
/// test can see when credentials were fetched again.
final class CountingCredentialsProvider: CredentialsProvider, @unchecked Sendable {
    // @unchecked: `count` is only touched while `lock` is held.
    private let lock = NSLock()
    private var count = 0

    var providerName: String { "counting" }
    var calls: Int { lock.withLock { count } }

    func credentials() async throws -> AWSCredentials {
        let number = lock.withLock {
            count += 1
            return count
        }
        return AWSCredentials(accessKeyId: "AKID\(number)", secretAccessKey: "secret\(number)")
    }
}
