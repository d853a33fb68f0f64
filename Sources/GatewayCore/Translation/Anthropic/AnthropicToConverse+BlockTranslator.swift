import Foundation

extension AnthropicToConverse {
    /// Turns single Anthropic content blocks into Converse blocks. Stateful only to name
    /// documents: Converse requires a name, so untitled ones are `document-1`, `document-2`, …
    /// (numbered by position in the request), and a repeated name gets its number appended, so
    /// that the model can tell the documents apart.
    struct BlockTranslator: Sendable {
        var options: TranslationOptions
        var media: FetchedMedia
        private var documentCount = 0
        private var documentNames: Set<String> = []

        init(options: TranslationOptions, media: FetchedMedia) {
            self.options = options
            self.media = media
        }

        mutating func contentBlock(_ block: AnthropicContentBlock, param: String) throws(TranslationError) -> ConverseContentBlock {
            switch block {
            case .text(let text):
                return .text(text.text)
            case .image(let image):
                return .image(try self.image(image.source, param: "\(param).source"))
            case .document(let document):
                return .document(try self.document(document, param: "\(param).source"))
            case .toolUse(let call):
                return .toolUse(ConverseToolUseBlock(toolUseId: AnthropicToolID.sanitized(call.id), name: call.name, input: call.input))
            case .toolResult(let result):
                return .toolResult(ConverseToolResultBlock(
                    toolUseId: AnthropicToolID.sanitized(result.toolUseId),
                    content: try toolResultContent(result.content, param: "\(param).content"),
                    // Converse documents `status` for Claude and Nova only: sent for errors alone.
                    status: result.isError == true ? .error : nil))
            case .thinking(let thinking):
                return .reasoningContent(.reasoningText(ConverseReasoningText(
                    text: thinking.thinking, signature: thinking.signature.isEmpty ? nil : thinking.signature)))
            case .redactedThinking(let redacted):
                // Anthropic's `data` is base64 of opaque bytes; Converse carries those bytes (as
                // base64 again on the wire, so the JSON string is unchanged).
                return .reasoningContent(.redactedContent(Data(base64Encoded: redacted.data) ?? Data(redacted.data.utf8)))
            case .unknown(let type, _):
                throw TranslationError(
                    param: "\(param).type", message: "Content blocks of type '\(type)' cannot be sent through Converse.",
                    code: "unsupported_content")
            }
        }

        func toolResultContent(_ content: AnthropicMessageContent?, param: String) throws(TranslationError) -> [ConverseToolResultContentBlock] {
            switch content {
            case nil: return []
            case .text(let text)?: return text.isEmpty ? [] : [.text(text)]
            case .blocks(let blocks)?:
                var result: [ConverseToolResultContentBlock] = []
                for (index, block) in blocks.enumerated() {
                    switch block {
                    case .text(let text): result.append(.text(text.text))
                    case .image(let image): result.append(.image(try self.image(image.source, param: "\(param)[\(index)].source")))
                    default:
                        throw TranslationError(
                            param: "\(param)[\(index)]", message: "Tool results may hold text and images only.",
                            code: "unsupported_content")
                    }
                }
                return result
            }
        }

        func image(_ source: AnthropicImageSource, param: String) throws(TranslationError) -> ConverseImageBlock {
            let data: Data
            let declared: String?
            switch source {
            case .base64(let mediaType, let bytes):
                (data, declared) = (bytes, mediaType)
            case .url(let url):
                guard let item = media[url] else {
                    throw TranslationError(param: "\(param).url", message: "The image at \(url) could not be retrieved.", code: "invalid_image_url")
                }
                (data, declared) = (item.data, item.mediaType)
            case .unknown(let type, _):
                throw TranslationError(param: "\(param).type", message: "Image sources of type '\(type)' are not supported.", code: "unsupported_content")
            }
            guard data.count <= options.maxImageBytes else {
                throw TranslationError(param: param, message: "The image is larger than the \(options.maxImageBytes)-byte limit.", code: "invalid_image")
            }
            guard let format = ImageFormat.detect(data: data, declaredMediaType: declared) else {
                throw TranslationError(param: param, message: "Unsupported image format; send PNG, JPEG, GIF or WebP.", code: "invalid_image_format")
            }
            return ConverseImageBlock(format: ConverseImageFormat(rawValue: format.rawValue), source: .bytes(data))
        }

        mutating func document(_ document: AnthropicDocumentBlock, param: String) throws(TranslationError) -> ConverseDocumentBlock {
            documentCount += 1
            var name = Self.documentName(document.title) ?? "document-\(documentCount)"
            if documentNames.contains(name) { name = String(name.prefix(190)) + " (\(documentCount))" }
            documentNames.insert(name)
            let citations = document.citations.map { ConverseCitationsConfig(enabled: $0.enabled) }
            let format: ConverseDocumentFormat
            let source: ConverseDocumentSource
            switch document.source {
            case .base64(let mediaType, let data):
                guard let known = Self.documentFormat(mediaType: mediaType) else {
                    throw TranslationError(param: "\(param).media_type", message: "Unsupported document type \(mediaType).", code: "unsupported_content")
                }
                guard data.count <= options.maxDocumentBytes else {
                    throw TranslationError(param: param, message: "The document is larger than the \(options.maxDocumentBytes)-byte limit.", code: "invalid_file")
                }
                (format, source) = (known, .bytes(data))
            case .text(let text, _):
                // A text source is what Converse cites into; without citations, plain bytes
                // reach every model that reads documents.
                (format, source) = (.txt, citations?.enabled == true ? .text(text) : .bytes(Data(text.utf8)))
            case .unknown("content", let object):
                let chunks = (object["content"]?.arrayValue ?? []).compactMap { $0["text"]?.stringValue }
                guard !chunks.isEmpty else {
                    throw TranslationError(param: "\(param).content", message: "A content document needs text blocks.", code: "unsupported_content")
                }
                (format, source) = (.txt, .content(chunks.map(ConverseDocumentContentBlock.text)))
            case .unknown(let type, _):
                throw TranslationError(param: "\(param).type", message: "Document sources of type '\(type)' are not supported.", code: "unsupported_content")
            }
            return ConverseDocumentBlock(format: format, name: name, source: source, context: document.context, citations: citations)
        }

        static func documentFormat(mediaType: String) -> ConverseDocumentFormat? {
            switch mediaType.lowercased() {
            case "application/pdf": .pdf
            case "text/plain": .txt
            case "text/markdown": .md
            case "text/csv": .csv
            case "text/html": .html
            case "application/msword": .doc
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document": .docx
            case "application/vnd.ms-excel": .xls
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": .xlsx
            default: nil
            }
        }

        /// A title made acceptable as a Converse document name: ASCII letters and digits,
        /// hyphens, parentheses, square brackets and single spaces (other characters become
        /// spaces), at most 200 characters. `nil` when nothing is left.
        static func documentName(_ title: String?) -> String? {
            guard let title else { return nil }
            var name = ""
            for scalar in title.unicodeScalars {
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", "-", "(", ")", "[", "]": name.unicodeScalars.append(scalar)
                default: if !name.isEmpty, name.last != " " { name.append(" ") }
                }
            }
            while name.last == " " { name.removeLast() }
            return name.isEmpty ? nil : String(name.prefix(200))
        }
    }
}
