/// A forced prompt-cache result, overriding what the cache ledger would decide.
enum CacheOutcome: String, Sendable, Hashable {
    case read
    case write
}
