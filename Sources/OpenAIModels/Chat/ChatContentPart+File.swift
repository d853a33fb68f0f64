extension ChatContentPart {
    /// The `file` object of a file part: inline data (a base64 `data:` URL), an uploaded file
    /// id, and/or a filename. OpenAI requires one of `file_data` / `file_id`; which of them the
    /// gateway can serve is a translation decision, so none is required here.
    ///
    /// ```swift
    /// let part = ChatContentPart.file(.init(fileData: "data:application/pdf;base64,JVBER…",
    ///                                       filename: "report.pdf"))
    /// ```
    public struct File: Codable, Sendable, Hashable {
        public var fileData: String?
        public var fileID: String?
        public var filename: String?

        public init(fileData: String? = nil, fileID: String? = nil, filename: String? = nil) {
            self.fileData = fileData
            self.fileID = fileID
            self.filename = filename
        }

        enum CodingKeys: String, CodingKey {
            case fileData = "file_data"
            case fileID = "file_id"
            case filename
        }
    }
}
