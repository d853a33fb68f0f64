/// The part of a prompt before its last cache checkpoint: its size and a key identifying its
/// content, so a later request with the same prefix reads what an earlier one wrote.
struct CachePrefix: Sendable, Hashable {
    var tokens: Int
    var key: UInt64
}
