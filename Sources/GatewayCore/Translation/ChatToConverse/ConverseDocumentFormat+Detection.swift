import Foundation

extension ConverseDocumentFormat {
    /// The Converse document format of an uploaded file: the filename's extension first (what the
    /// user saw), then a PDF signature in the bytes, then the media type; `nil` when none names
    /// a format Bedrock accepts.
    ///
    /// ```swift
    /// ConverseDocumentFormat.detect(filename: "sales.xlsx", mediaType: nil, data: bytes)  // .xlsx
    /// ```
    static func detect(filename: String?, mediaType: String?, data: Data) -> ConverseDocumentFormat? {
        if let filename, let dot = filename.lastIndex(of: "."),
            let format = fromExtension(String(filename[filename.index(after: dot)...]))
        {
            return format
        }
        if data.starts(with: Array("%PDF-".utf8)) { return .pdf }
        return mediaType.flatMap(fromMediaType)
    }

    /// The format for a filename extension (case-insensitive, without the dot).
    static func fromExtension(_ ext: String) -> ConverseDocumentFormat? {
        switch ext.lowercased() {
        case "pdf": .pdf
        case "csv": .csv
        case "doc": .doc
        case "docx": .docx
        case "xls": .xls
        case "xlsx": .xlsx
        case "html", "htm": .html
        case "txt", "text": .txt
        case "md", "markdown": .md
        default: nil
        }
    }

    /// The format for a media type (parameters such as `; charset=utf-8` ignored).
    static func fromMediaType(_ mediaType: String) -> ConverseDocumentFormat? {
        let essence = mediaType.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        } ?? ""
        switch essence {
        case "application/pdf": return .pdf
        case "text/csv": return .csv
        case "application/msword": return .doc
        case "application/vnd.openxmlformats-officedocument.wordprocessingml.document": return .docx
        case "application/vnd.ms-excel": return .xls
        case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": return .xlsx
        case "text/html": return .html
        case "text/plain": return .txt
        case "text/markdown", "text/x-markdown": return .md
        default: return nil
        }
    }
}
