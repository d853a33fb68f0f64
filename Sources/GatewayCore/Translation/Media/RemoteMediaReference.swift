/// An `http(s)` image URL in a chat request that the transport layer must fetch.
///
/// The core does no I/O: the gateway first asks which remote images a request references, has
/// them fetched (with its size, time and address limits), then translates with the bytes.
///
/// ```swift
/// let refs = RemoteMediaReference.imageURLs(in: request)
/// let fetched = try await fetcher.fetch(refs)            // transport layer
/// let converse = try ChatToConverse.translate(request, model: model, options: options, media: fetched)
/// ```
public struct RemoteMediaReference: Sendable, Hashable {
    /// The URL as the client sent it.
    public var url: String
    /// Where it appeared, as an OpenAI param path (`messages[1].content[0].image_url.url`), for errors.
    public var param: String

    public init(url: String, param: String) {
        self.url = url
        self.param = param
    }

    /// Every non-`data:` image URL in the request's messages, in order, one entry per occurrence.
    public static func imageURLs(in request: ChatCompletionRequest) -> [RemoteMediaReference] {
        var found: [RemoteMediaReference] = []
        for (messageIndex, message) in request.messages.enumerated() {
            guard case .parts(let parts) = message.content else { continue }
            for (partIndex, part) in parts.enumerated() {
                guard case .imageURL(let image) = part, !DataURL.isDataURL(image.url) else { continue }
                found.append(RemoteMediaReference(
                    url: image.url, param: "messages[\(messageIndex)].content[\(partIndex)].image_url.url"))
            }
        }
        return found
    }
}
