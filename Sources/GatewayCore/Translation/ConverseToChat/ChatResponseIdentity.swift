/// What every answer to one chat request carries and the translation cannot invent: the
/// completion `id`, the `created` time and the `model` name as the client wrote it.
///
/// The caller makes the id and reads the clock, so translations stay pure and repeatable.
///
/// ```swift
/// let identity = ChatResponseIdentity(id: "chatcmpl-\(uuid)", created: now, model: request.model)
/// let completion = try ConverseToChat.completion(from: response, identity: identity)
/// ```
public struct ChatResponseIdentity: Sendable, Hashable {
    /// The `id` of the completion and of every chunk of its stream (`chatcmpl-…`).
    public var id: String
    /// Unix time in seconds, the same for every chunk of a stream.
    public var created: Int
    /// The model as the client named it (not the Bedrock id it resolved to).
    public var model: String

    public init(id: String, created: Int, model: String) {
        self.id = id
        self.created = created
        self.model = model
    }
}
