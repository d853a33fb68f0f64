import Foundation

extension ChatToAnthropic {
    /// Turns the content of single chat messages into Anthropic blocks.
    struct ContentTranslator: Sendable {
        var profile: ModelProfile
        var options: TranslationOptions
        var media: FetchedMedia

        /// A user message: text, images and documents. Empty text is skipped (Anthropic
        /// rejects empty text blocks).
        func userBlocks(_ content: ChatMessageContent?, path: String) throws(TranslationError) -> [AnthropicContentBlock] {
            switch content {
            case nil: return []
            case .text(let text)?: return text.isEmpty ? [] : [.text(AnthropicTextBlock(text: text))]
            case .parts(let parts)?:
                var blocks: [AnthropicContentBlock] = []
                for (index, part) in parts.enumerated() {
                    let param = "\(path).content[\(index)]"
                    switch part {
                    case .text(let text), .refusal(let text):
                        if !text.isEmpty { blocks.append(.text(AnthropicTextBlock(text: text))) }
                    case .imageURL(let image):
                        blocks.append(try imageBlock(image.url, param: "\(param).image_url.url"))
                    case .file(let file):
                        blocks.append(try documentBlock(file, param: "\(param).file"))
                    case .inputAudio:
                        throw TranslationError(
                            param: "\(param).input_audio", message: "Claude models do not accept audio input.",
                            code: "unsupported_content")
                    }
                }
                return blocks
            }
        }

        /// The text of an assistant message (refusal parts and `refusal` count as text, so the
        /// model sees what it said). Tool calls are added by the caller.
        func assistantBlocks(_ message: ChatMessage) -> [AnthropicContentBlock] {
            var texts: [String] = []
            switch message.content {
            case .text(let text)?: texts = [text]
            case .parts(let parts)?:
                for part in parts {
                    switch part {
                    case .text(let text), .refusal(let text): texts.append(text)
                    case .imageURL, .inputAudio, .file: break
                    }
                }
            case nil: break
            }
            texts = texts.filter { !$0.isEmpty }
            if texts.isEmpty, let refusal = message.refusal, !refusal.isEmpty { texts = [refusal] }
            return texts.map { .text(AnthropicTextBlock(text: $0)) }
        }

        /// A tool call's arguments as the JSON object Anthropic's `input` must be; empty
        /// arguments mean `{}`.
        func toolInput(_ call: FunctionCall, param: String) throws(TranslationError) -> JSONValue {
            let input: JSONValue
            do {
                input = try call.parsedArguments()
            } catch {
                throw TranslationError(param: param, message: "Tool call arguments are not valid JSON.", code: "invalid_tool_arguments")
            }
            guard case .object = input else {
                throw TranslationError(param: param, message: "Tool call arguments must be a JSON object.", code: "invalid_tool_arguments")
            }
            return input
        }

        /// A tool (or legacy function) result. Its text travels as a string, or as text blocks
        /// when the client sent parts; an empty result has no `content` (Anthropic allows that,
        /// but not an empty text block).
        func toolResult(id: String, content: ChatMessageContent?) -> AnthropicToolResultBlock {
            switch content {
            case .text(let text)? where !text.isEmpty:
                return AnthropicToolResultBlock(toolUseId: id, content: .text(text))
            case .parts(let parts)?:
                let blocks = parts.compactMap { part -> AnthropicContentBlock? in
                    guard case .text(let text) = part, !text.isEmpty else { return nil }
                    return .text(AnthropicTextBlock(text: text))
                }
                return AnthropicToolResultBlock(toolUseId: id, content: blocks.isEmpty ? nil : .blocks(blocks))
            default:
                return AnthropicToolResultBlock(toolUseId: id)
            }
        }

        /// An image part: a `data:` URL decoded here, or an http(s) URL the transport fetched.
        /// The bytes decide the media type, since Bedrock rejects a mislabelled image.
        func imageBlock(_ url: String, param: String) throws(TranslationError) -> AnthropicContentBlock {
            guard profile.capabilities.vision else {
                throw TranslationError(param: param, message: "This model does not accept images.", code: "unsupported_content")
            }
            let data: Data
            let declared: String?
            if DataURL.isDataURL(url) {
                do {
                    let parsed = try DataURL.parse(url, maxBytes: options.maxImageBytes)
                    (data, declared) = (parsed.data, parsed.mediaType)
                } catch {
                    throw Self.invalidData(error, kind: "image", param: param)
                }
            } else {
                guard let item = media[url] else {
                    throw TranslationError(param: param, message: "The image at \(url) could not be retrieved.", code: "invalid_image_url")
                }
                guard item.data.count <= options.maxImageBytes else {
                    throw Self.invalidData(.tooLarge(limit: options.maxImageBytes), kind: "image", param: param)
                }
                (data, declared) = (item.data, item.mediaType)
            }
            guard let format = ImageFormat.detect(data: data, declaredMediaType: declared) else {
                throw TranslationError(
                    param: param, message: "Unsupported image format; send PNG, JPEG, GIF or WebP.", code: "invalid_image_format")
            }
            return .image(AnthropicImageBlock(source: .base64(mediaType: format.mediaType, data: data)))
        }

        /// A file part. Claude reads PDFs (sent as base64) and plain text (sent as a text
        /// source); the file must be inline (`file_data`), since there is no Files API behind
        /// the gateway.
        func documentBlock(_ file: ChatContentPart.File, param: String) throws(TranslationError) -> AnthropicContentBlock {
            guard profile.capabilities.documents else {
                throw TranslationError(param: param, message: "This model does not accept documents.", code: "unsupported_content")
            }
            guard let fileData = file.fileData else {
                throw TranslationError(
                    param: "\(param).file_id", message: "Uploaded files are not supported; send the file inline as file_data.",
                    code: "unsupported_content")
            }
            let decoded = try Self.decodeFileData(fileData, filename: file.filename, maxBytes: options.maxDocumentBytes, param: "\(param).file_data")
            let title = file.filename?.isEmpty == false ? file.filename : nil
            if decoded.mediaType == "application/pdf" {
                return .document(AnthropicDocumentBlock(source: .base64(mediaType: "application/pdf", data: decoded.data), title: title))
            }
            if decoded.mediaType.hasPrefix("text/") {
                guard let text = String(data: decoded.data, encoding: .utf8) else {
                    throw TranslationError(param: "\(param).file_data", message: "The text document is not valid UTF-8.", code: "invalid_file")
                }
                return .document(AnthropicDocumentBlock(source: .text(text), title: title))
            }
            throw TranslationError(
                param: "\(param).file_data",
                message: "Claude reads PDF and plain-text documents; \(decoded.mediaType) is not supported.",
                code: "unsupported_content")
        }

        /// `file_data` is a `data:` URL in OpenAI's examples, but some clients send bare
        /// base64. A `%PDF-` signature makes it a PDF whatever it is labelled; otherwise the
        /// declared type, or for bare base64 the filename's extension, decides.
        static func decodeFileData(_ fileData: String, filename: String?, maxBytes: Int, param: String) throws(TranslationError) -> DataURL {
            var decoded: DataURL
            if DataURL.isDataURL(fileData) {
                do {
                    decoded = try DataURL.parse(fileData, maxBytes: maxBytes)
                } catch {
                    throw invalidData(error, kind: "file", param: param)
                }
            } else {
                do {
                    decoded = try DataURL.parse("data:;base64," + fileData, maxBytes: maxBytes)
                } catch {
                    throw invalidData(error, kind: "file", param: param)
                }
                decoded.mediaType = mediaType(forFilename: filename) ?? "application/octet-stream"
            }
            if decoded.data.starts(with: Array("%PDF-".utf8)) { decoded.mediaType = "application/pdf" }
            return decoded
        }

        static func mediaType(forFilename filename: String?) -> String? {
            guard let ext = filename?.split(separator: ".").last?.lowercased() else { return nil }
            switch ext {
            case "pdf": return "application/pdf"
            case "txt", "text", "log": return "text/plain"
            case "md", "markdown": return "text/markdown"
            case "csv": return "text/csv"
            case "html", "htm": return "text/html"
            default: return nil
            }
        }

        static func invalidData(_ error: DataURL.ParseError, kind: String, param: String) -> TranslationError {
            let code = kind == "image" ? "invalid_image" : "invalid_file"
            switch error {
            case .tooLarge(let limit):
                return TranslationError(param: param, message: "The \(kind) is larger than the \(limit)-byte limit.", code: code)
            case .invalidBase64:
                return TranslationError(param: param, message: "The \(kind) data is not valid base64.", code: code)
            case .notADataURL, .malformed:
                return TranslationError(param: param, message: "The \(kind) data URL is malformed.", code: code)
            }
        }
    }
}
