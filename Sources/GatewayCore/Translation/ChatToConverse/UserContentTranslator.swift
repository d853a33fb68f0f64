import Foundation

/// Turns the content of user messages — text, images, files, audio — into Converse content
/// blocks for one model, naming the offending part in every error.
///
/// Keeps the document names given so far, so names stay unique within the request.
///
/// ```swift
/// var content = UserContentTranslator(model: model, options: options, media: fetched)
/// let blocks = try content.blocks(for: message.content, messageIndex: 1)
/// ```
struct UserContentTranslator: Sendable {
    var model: ResolvedModel
    var options: TranslationOptions
    var media: FetchedMedia
    private var documentNames = DocumentNamer()

    init(model: ResolvedModel, options: TranslationOptions, media: FetchedMedia) {
        self.model = model
        self.options = options
        self.media = media
    }

    mutating func blocks(
        for content: ChatMessageContent?, messageIndex: Int
    ) throws(TranslationError) -> [ConverseContentBlock] {
        switch content {
        case nil:
            return []
        case .text(let text)?:
            return TextBlocks.nonBlank([text]).map { .text($0) }
        case .parts(let parts)?:
            var blocks: [ConverseContentBlock] = []
            for (partIndex, part) in parts.enumerated() {
                let param = "messages[\(messageIndex)].content[\(partIndex)]"
                switch part {
                case .text(let text), .refusal(let text):
                    blocks += TextBlocks.nonBlank([text]).map { .text($0) }
                case .imageURL(let image):
                    blocks.append(try imageBlock(image, param: param))
                case .file(let file):
                    blocks.append(try documentBlock(file, param: param))
                case .inputAudio:
                    throw TranslationError(
                        param: param,
                        message: "Audio input is not supported: Bedrock's Converse API documents no model that accepts it.",
                        code: "unsupported_content")
                }
            }
            return blocks
        }
    }

    private func imageBlock(_ image: ChatContentPart.ImageURL, param: String) throws(TranslationError) -> ConverseContentBlock {
        guard model.profile.capabilities.vision else {
            throw TranslationError(
                param: param, message: "The model '\(model.requestedID)' does not accept images.",
                code: "unsupported_content")
        }
        let urlParam = "\(param).image_url.url"
        let data: Data
        let declared: String?
        if DataURL.isDataURL(image.url) {
            do {
                let parsed = try DataURL.parse(image.url, maxBytes: options.maxImageBytes)
                data = parsed.data
                declared = parsed.mediaType
            } catch .tooLarge(let limit) {
                throw Self.imageTooLarge(param: urlParam, limit: limit)
            } catch {
                throw TranslationError(
                    param: urlParam, message: "The image data URL is not valid base64 image data.",
                    code: "invalid_image")
            }
        } else {
            guard let fetched = media[image.url] else {
                throw TranslationError(
                    param: urlParam,
                    message: "The image at '\(image.url)' was not fetched, so it cannot be sent to the model. Send it as a base64 data URL instead.",
                    code: "invalid_image_url")
            }
            guard fetched.data.count <= options.maxImageBytes else {
                throw Self.imageTooLarge(param: urlParam, limit: options.maxImageBytes)
            }
            data = fetched.data
            declared = fetched.mediaType
        }
        guard let format = ImageFormat.detect(data: data, declaredMediaType: declared) else {
            throw TranslationError(
                param: urlParam, message: "Unsupported image format: Bedrock accepts PNG, JPEG, GIF and WebP images.",
                code: "invalid_image_format")
        }
        return .image(ConverseImageBlock(format: ConverseImageFormat(rawValue: format.rawValue), source: .bytes(data)))
    }

    private mutating func documentBlock(_ file: ChatContentPart.File, param: String) throws(TranslationError) -> ConverseContentBlock {
        guard model.profile.capabilities.documents else {
            throw TranslationError(
                param: param, message: "The model '\(model.requestedID)' does not accept documents.",
                code: "unsupported_content")
        }
        guard let fileData = file.fileData else {
            if file.fileID != nil {
                throw TranslationError(
                    param: "\(param).file.file_id",
                    message: "Uploaded files are not supported; send the file inline as file_data (a base64 data URL).",
                    code: "unsupported_parameter")
            }
            throw TranslationError(
                param: "\(param).file.file_data", message: "A file part needs file_data.", code: "missing_required_parameter")
        }
        let dataParam = "\(param).file.file_data"
        let dataURL = DataURL.isDataURL(fileData) ? fileData : "data:application/octet-stream;base64," + fileData
        let parsed: DataURL
        do {
            parsed = try DataURL.parse(dataURL, maxBytes: options.maxDocumentBytes)
        } catch .tooLarge(let limit) {
            throw TranslationError(
                param: dataParam, message: "The file is larger than the \(limit)-byte limit for documents.",
                code: "file_too_large")
        } catch {
            throw TranslationError(
                param: dataParam, message: "file_data must be a base64 data URL or base64 text.", code: "invalid_file")
        }
        guard !parsed.data.isEmpty else {
            throw TranslationError(param: dataParam, message: "The file is empty.", code: "invalid_file")
        }
        guard let format = ConverseDocumentFormat.detect(filename: file.filename, mediaType: parsed.mediaType, data: parsed.data) else {
            throw TranslationError(
                param: param,
                message: "Unsupported file type: Bedrock accepts pdf, csv, doc, docx, xls, xlsx, html, txt and md documents.",
                code: "unsupported_file_type")
        }
        return .document(ConverseDocumentBlock(format: format, name: documentNames.name(for: file.filename), source: .bytes(parsed.data)))
    }

    private static func imageTooLarge(param: String, limit: Int) -> TranslationError {
        TranslationError(param: param, message: "The image is larger than the \(limit)-byte limit.", code: "image_too_large")
    }
}
