/// What the prompt cache did for one request.
struct CacheUse: Sendable, Hashable {
    var readTokens: Int
    var writeTokens: Int

    static let none = CacheUse(readTokens: 0, writeTokens: 0)
}
