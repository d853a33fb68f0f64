/// Format of a Converse document block (`DocumentFormat`).
///
/// A struct rather than an enum so values Bedrock adds later still decode.
///
/// ```swift
/// let doc = ConverseDocumentBlock(format: .pdf, name: "report", source: .bytes(pdfData))
/// ```
public struct ConverseDocumentFormat: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public static let pdf: Self = "pdf"
    public static let csv: Self = "csv"
    public static let doc: Self = "doc"
    public static let docx: Self = "docx"
    public static let xls: Self = "xls"
    public static let xlsx: Self = "xlsx"
    public static let html: Self = "html"
    public static let txt: Self = "txt"
    public static let md: Self = "md"
}
