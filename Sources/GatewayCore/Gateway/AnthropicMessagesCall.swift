import Foundation

/// One `POST /v1/messages` (or `/v1/messages/count_tokens`) body, read the way Anthropic's API
/// reads it: the JSON object as sent (so a Claude call passes every field on, even ones this
/// code does not model), the typed request (to check it and to translate it for Converse), the
/// model the client named and whether it asked for a stream.
///
/// - `model` is required; `stream` must be a boolean when present. Both are taken out of the
///   body, which is then the InvokeModel body for Claude once `anthropic_version` is Bedrock's
///   (`bedrock-2023-05-31`, whatever the client sent).
/// - A body that does not decode is a 400 whose message names the field the way Anthropic's
///   messages do (`messages.0.content.1.source: Field required`).
/// - count_tokens has no `max_tokens`; one that satisfies Claude's rules (more than a thinking
///   budget) is filled in, since Bedrock counts an InvokeModel body, which needs it.
///
/// ```swift
/// var call = try AnthropicMessagesCall(body: request.body, requireMaxTokens: true)
/// call.addBetas(fromHeader: request.header("anthropic-beta"))
/// let body = try call.invokeBody(media: fetched, maxImageBytes: 3_750_000)
/// ```
struct AnthropicMessagesCall: Sendable {
    /// The body without `model` and `stream`, with Bedrock's `anthropic_version`.
    var object: [String: JSONValue]
    var request: AnthropicMessagesRequest
    var model: String
    var stream: Bool

    init(body: Data, requireMaxTokens: Bool) throws(GatewayError) {
        let document: JSONValue
        do {
            document = try JSONDecoder().decode(JSONValue.self, from: body)
        } catch {
            throw Self.invalid(nil, "The request body is not valid JSON.", code: "invalid_json")
        }
        guard var object = document.objectValue else {
            throw Self.invalid(nil, "The request body must be a JSON object.", code: "invalid_type")
        }
        switch object["model"] {
        case .string(let name)? where !name.trimmingCharacters(in: .whitespaces).isEmpty:
            model = name
        case nil, .null?, .string?:
            throw Self.invalid("model", "model: Field required", code: "missing_required_parameter")
        default:
            throw Self.invalid("model", "model: Input should be a valid string", code: "invalid_type")
        }
        switch object["stream"] {
        case nil, .null?: stream = false
        case .bool(let value)?: stream = value
        default: throw Self.invalid("stream", "stream: Input should be a valid boolean", code: "invalid_type")
        }
        object["model"] = nil
        object["stream"] = nil
        object["anthropic_version"] = .string(AnthropicMessagesRequest.bedrockAnthropicVersion)
        if !requireMaxTokens, object["max_tokens"] == nil {
            let budget = object["thinking"]?["budget_tokens"]?.intValue ?? 0
            object["max_tokens"] = .integer(max(budget, 0) + 1)
        }
        self.object = object
        do {
            request = try BedrockJSONDecoder().decode(AnthropicMessagesRequest.self, from: try ResponseJSON.encode(JSONValue.object(object)))
        } catch let error as DecodingError {
            let (param, message, code) = Self.describe(error)
            throw Self.invalid(param, message, code: code)
        } catch {
            throw Self.invalid(nil, "The request body could not be read.", code: "invalid_request")
        }
    }

    /// Adds the betas of an `anthropic-beta` header (comma-separated) to `anthropic_beta`, where
    /// Bedrock takes them, after any the body already names.
    mutating func addBetas(fromHeader header: String?) {
        let named = (header ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !named.isEmpty else { return }
        var betas = request.anthropicBeta ?? []
        for beta in named where !betas.contains(beta) { betas.append(beta) }
        request.anthropicBeta = betas
        object["anthropic_beta"] = .array(betas.map(JSONValue.string))
    }

    /// The InvokeModel body: the object, with every `url` image source (in message content and in
    /// tool results) replaced by the fetched bytes as a `base64` source — Bedrock takes images
    /// inline only.
    func invokeBody(media: FetchedMedia, maxImageBytes: Int) throws(GatewayError) -> Data {
        var object = self.object
        if case .array(var messages)? = object["messages"] {
            for (messageIndex, message) in messages.enumerated() {
                guard case .object(var fields) = message, case .array(var blocks)? = fields["content"] else { continue }
                for (blockIndex, block) in blocks.enumerated() {
                    let path = "messages[\(messageIndex)].content[\(blockIndex)]"
                    blocks[blockIndex] = try Self.inliningImages(in: block, path: path, media: media, maxImageBytes: maxImageBytes)
                }
                fields["content"] = .array(blocks)
                messages[messageIndex] = .object(fields)
            }
            object["messages"] = .array(messages)
        }
        do {
            return try ResponseJSON.encode(JSONValue.object(object))
        } catch {
            throw .internalError("The InvokeModel body could not be encoded.")
        }
    }

    /// `block` with its `url` image source inlined; for a `tool_result`, its content's images.
    private static func inliningImages(
        in block: JSONValue, path: String, media: FetchedMedia, maxImageBytes: Int
    ) throws(GatewayError) -> JSONValue {
        guard case .object(var fields) = block else { return block }
        switch fields["type"]?.stringValue {
        case "image":
            guard let source = fields["source"], source["type"]?.stringValue == "url", let url = source["url"]?.stringValue else {
                return block
            }
            fields["source"] = try inlineSource(url: url, param: "\(path).source.url", media: media, maxImageBytes: maxImageBytes)
        case "tool_result":
            guard case .array(var inner)? = fields["content"] else { return block }
            for (index, innerBlock) in inner.enumerated() where innerBlock["type"]?.stringValue == "image" {
                inner[index] = try inliningImages(
                    in: innerBlock, path: "\(path).content[\(index)]", media: media, maxImageBytes: maxImageBytes)
            }
            fields["content"] = .array(inner)
        default:
            return block
        }
        return .object(fields)
    }

    private static func inlineSource(
        url: String, param: String, media: FetchedMedia, maxImageBytes: Int
    ) throws(GatewayError) -> JSONValue {
        func refused(_ message: String, _ code: String) -> GatewayError {
            .translation(TranslationError(param: param, message: message, code: code))
        }
        guard let item = media[url] else {
            throw refused("The image at \(url) could not be retrieved.", "invalid_image_url")
        }
        guard item.data.count <= maxImageBytes else {
            throw refused("The image is larger than the \(maxImageBytes)-byte limit.", "invalid_image")
        }
        guard let format = ImageFormat.detect(data: item.data, declaredMediaType: item.mediaType) else {
            throw refused("Unsupported image format; send PNG, JPEG, GIF or WebP.", "invalid_image_format")
        }
        return ["type": "base64", "media_type": .string(format.mediaType), "data": .string(item.data.base64EncodedString())]
    }

    // MARK: - Errors

    private static func invalid(_ param: String?, _ message: String, code: String) -> GatewayError {
        GatewayError(status: 400, error: .invalidRequest(message, param: param, code: code))
    }

    /// A decoding failure as Anthropic words it: the dotted path, then what is wrong.
    static func describe(_ error: DecodingError) -> (param: String?, message: String, code: String) {
        func path(_ keys: [any CodingKey]) -> String? {
            let parts = keys.map { key in key.intValue.map(String.init) ?? key.stringValue }
            return parts.isEmpty ? nil : parts.joined(separator: ".")
        }
        func located(_ param: String?, _ text: String) -> String {
            "\(param ?? "body"): \(text)"
        }
        switch error {
        case .keyNotFound(let key, let context):
            let param = path(context.codingPath + [key])
            return (param, located(param, "Field required"), "missing_required_parameter")
        case .typeMismatch(let type, let context):
            let param = path(context.codingPath)
            return (param, located(param, "Input should be \(kind(of: type))"), "invalid_type")
        case .valueNotFound(let type, let context):
            let param = path(context.codingPath)
            return (param, located(param, "Input should be \(kind(of: type)), not null"), "invalid_type")
        case .dataCorrupted(let context):
            let param = path(context.codingPath)
            return (param, located(param, context.debugDescription), "invalid_value")
        @unknown default:
            return (nil, "The request body could not be read.", "invalid_request")
        }
    }

    private static func kind(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a valid string"
        case is Int.Type: "a valid integer"
        case is Double.Type, is Float.Type: "a valid number"
        case is Bool.Type: "a valid boolean"
        case is Data.Type: "base64-encoded data"
        default:
            String(describing: type).hasPrefix("Array") ? "a valid list" : "a valid object"
        }
    }
}
