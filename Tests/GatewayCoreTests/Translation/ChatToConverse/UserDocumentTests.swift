import Foundation
import Testing

@testable import GatewayCore

@Suite("Chat → Converse: file parts")
struct UserDocumentTests {
    typealias H = ChatToConverseHarness

    static func request(files: [String], text: String? = "Summarise.") -> String {
        let textPart = text.map { [#"{"type":"text","text":"\#($0)"}"#] } ?? []
        let parts = (textPart + files.map { #"{"type":"file","file":\#($0)}"# }).joined(separator: ",")
        return #"{"model":"m","messages":[{"role":"user","content":[\#(parts)]}]}"#
    }

    static func documents(_ wire: JSONValue) -> [JSONValue] {
        (wire["messages"]?.arrayValue?.first?["content"]?.arrayValue ?? []).compactMap { $0["document"] }
    }

    @Test func pdfDataURLBecomesADocumentNamedAfterTheFileWithoutItsExtension() throws {
        let wire = try H.converse(Self.request(files: [
            #"{"filename":"Q3_report (final).pdf","file_data":"data:application/pdf;base64,\#(H.pdfBase64)"}"#
        ]))
        #expect(Self.documents(wire) == [["format": "pdf", "name": "Q3 report (final)", "source": ["bytes": .string(H.pdfBase64)]]])
    }

    @Test func rawBase64FileDataIsAccepted() throws {
        let csv = Data("a,b\n1,2\n".utf8).base64EncodedString()
        let wire = try H.converse(Self.request(files: [#"{"filename":"data.csv","file_data":"\#(csv)"}"#]))
        #expect(Self.documents(wire).first?["format"] == "csv")
        #expect(Self.documents(wire).first?["name"] == "data")
    }

    @Test func formatFallsBackToTheMediaTypeAndThePDFSignature() throws {
        let markdown = Data("# Title".utf8).base64EncodedString()
        let wire = try H.converse(Self.request(files: [
            #"{"file_data":"data:text/markdown;base64,\#(markdown)"}"#,
            #"{"filename":"scan","file_data":"\#(H.pdfBase64)"}"#,
        ]))
        #expect(Self.documents(wire).map { $0["format"] } == ["md", "pdf"])
    }

    @Test func documentNamesAreMadeUniqueWithinTheRequest() throws {
        let wire = try H.converse(Self.request(files: [
            #"{"filename":"notes.txt","file_data":"data:text/plain;base64,aGk="}"#,
            #"{"filename":"notes.md","file_data":"data:text/plain;base64,aGk="}"#,
            #"{"file_data":"data:text/plain;base64,aGk="}"#,
        ]))
        #expect(Self.documents(wire).map { $0["name"] } == ["notes", "notes (2)", "document"])
    }

    @Test func userTurnWithOnlyADocumentGetsTheDocumentedTextBlock() throws {
        let wire = try H.converse(Self.request(
            files: [#"{"filename":"a.pdf","file_data":"data:application/pdf;base64,\#(H.pdfBase64)"}"#], text: nil))
        #expect(wire["messages"]?.arrayValue?.first?["content"]?.arrayValue?.last == ["text": "See the attached document."])
    }

    @Test func uploadedFileIDsAreAnError() throws {
        let error = try H.error(Self.request(files: [#"{"file_id":"file-abc123"}"#]))
        #expect(error?.param == "messages[0].content[1].file.file_id")
    }

    @Test func fileOverTheDocumentLimitIsAnError() throws {
        var options = TranslationOptions()
        options.maxDocumentBytes = 4
        let error = try H.error(
            Self.request(files: [#"{"filename":"a.pdf","file_data":"data:application/pdf;base64,\#(H.pdfBase64)"}"#]),
            options: options)
        #expect(error?.param == "messages[0].content[1].file.file_data")
        #expect(error?.code == "file_too_large")
    }

    @Test func unknownFileTypeIsAnError() throws {
        let zip = Data([0x50, 0x4B, 0x03, 0x04]).base64EncodedString()
        let error = try H.error(Self.request(files: [#"{"filename":"a.zip","file_data":"data:application/zip;base64,\#(zip)"}"#]))
        #expect(error?.code == "unsupported_file_type")
    }

    @Test func documentForAModelWithoutDocumentSupportIsUnsupportedContent() throws {
        let error = try H.error(
            Self.request(files: [#"{"filename":"a.pdf","file_data":"data:application/pdf;base64,\#(H.pdfBase64)"}"#]),
            model: H.Models.jambaInstruct)
        #expect(error?.param == "messages[0].content[1]")
        #expect(error?.code == "unsupported_content")
    }

    @Test func documentNamesKeepOnlyWhatBedrockAllows() {
        #expect(DocumentNamer.sanitize("  über__résumé  v2.docx") == "uber resume v2")
        #expect(DocumentNamer.sanitize("[draft] plan-B.html") == "[draft] plan-B")
        #expect(DocumentNamer.sanitize("archive.tar.gz") == "archive tar gz")
        #expect(DocumentNamer.sanitize("...") == "document")
    }
}
