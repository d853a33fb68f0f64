/// An error answered instead of a reply: always, or only for the first `times` identical
/// attempts (so a retrying client sees N failures and then success).
struct ErrorInjection: Sendable, Hashable {
    var type: BedrockExceptionType
    /// `nil` means every attempt fails.
    var times: Int?
}
