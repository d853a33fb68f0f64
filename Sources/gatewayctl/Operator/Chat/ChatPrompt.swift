import Foundation
import GatewayCore

/// The test prompt of `gatewayctl chat` as an OpenAI chat completions request: an optional
/// system message, then one user message with the text and any images (inline `data:` URLs,
/// as a client would send them).
///
/// ```swift
/// let prompt = ChatPrompt(text: "Describe this", system: nil, imagePaths: ["cat.png"], maxTokens: 200)
/// let request = try prompt.request(model: "us.amazon.nova-pro-v1:0", stream: true)
/// ```
struct ChatPrompt: Sendable {
    var text: String
    var system: String?
    var imagePaths: [String]
    var maxTokens: Int?

    /// Bedrock's per-image limit; a larger file would only be refused after the upload.
    static let maximumImageBytes = 3_750_000

    func request(model: String, stream: Bool) throws(OperatorError) -> ChatCompletionRequest {
        var messages: [ChatMessage] = []
        if let system, !system.isEmpty { messages.append(.system(.text(system))) }
        if imagePaths.isEmpty {
            messages.append(.user(.text(text)))
        } else {
            var parts: [ChatContentPart] = [.text(text)]
            for path in imagePaths {
                parts.append(.imageURL(ChatContentPart.ImageURL(url: try Self.dataURL(forImageAt: path))))
            }
            messages.append(.user(.parts(parts)))
        }
        var request = ChatCompletionRequest(model: model, messages: messages, maxTokens: maxTokens)
        if stream {
            request.stream = true
            request.streamOptions = StreamOptions(includeUsage: true)
        }
        return request
    }

    /// `data:image/png;base64,…` for an image file; the format comes from the bytes.
    static func dataURL(forImageAt path: String) throws(OperatorError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw OperatorError("cannot read the image \(path): \((error as NSError).localizedDescription)")
        }
        guard data.count <= maximumImageBytes else {
            throw OperatorError(
                "the image \(path) has \(data.count) bytes; Bedrock accepts at most \(maximumImageBytes) per image")
        }
        guard let format = ImageFormat.sniff(data) else {
            throw OperatorError("\(path) is not a PNG, JPEG, GIF or WebP image")
        }
        return "data:\(format.mediaType);base64,\(data.base64EncodedString())"
    }
}
