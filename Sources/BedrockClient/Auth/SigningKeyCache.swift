import Foundation

/// Derived SigV4 signing keys, shared by every request the process signs.
///
/// A key depends only on (secret, day, region, service), so it is derived once a day instead of
/// with four HMACs per request. Guarded by an `NSLock` rather than `Synchronization.Mutex`
/// because `Mutex` needs macOS 15 and the package still builds for macOS 14.
final class SigningKeyCache: @unchecked Sendable {
    // @unchecked: `entries` is only read or written while `lock` is held.
    struct Key: Hashable, Sendable {
        let accessKeyId: String
        // The secret is part of the key so that a rotated secret under the same access key id
        // never reuses a stale signing key.
        let secretAccessKey: String
        let dateStamp: String
        let region: String
        let service: String
    }

    private let lock = NSLock()
    private var entries: [Key: [UInt8]] = [:]
    private let capacity: Int

    /// `capacity` bounds memory when many credentials or days pass through one process; when it
    /// is reached the cache starts over, which costs one derivation per live key.
    init(capacity: Int = 32) {
        self.capacity = max(1, capacity)
    }

    var count: Int {
        lock.withLock { entries.count }
    }

    func key(for key: Key) -> [UInt8]? {
        lock.withLock { entries[key] }
    }

    func store(_ signingKey: [UInt8], for key: Key) {
        lock.withLock {
            if entries.count >= capacity, entries[key] == nil {
                entries.removeAll(keepingCapacity: true)
            }
            entries[key] = signingKey
        }
    }
}
