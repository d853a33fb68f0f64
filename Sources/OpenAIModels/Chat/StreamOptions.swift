/// Options for a streamed answer (`stream_options`).
///
/// With `include_usage`, the stream ends with one extra chunk whose `choices` is empty and whose
/// `usage` holds the token counts for the whole request.
///
/// ```swift
/// request.stream = true
/// request.streamOptions = StreamOptions(includeUsage: true)
/// ```
public struct StreamOptions: Codable, Sendable, Hashable {
    public var includeUsage: Bool?
    /// OpenAI's random padding of stream events; accepted and otherwise ignored.
    public var includeObfuscation: Bool?

    public init(includeUsage: Bool? = nil, includeObfuscation: Bool? = nil) {
        self.includeUsage = includeUsage
        self.includeObfuscation = includeObfuscation
    }

    enum CodingKeys: String, CodingKey {
        case includeUsage = "include_usage"
        case includeObfuscation = "include_obfuscation"
    }
}
