import Foundation
import Testing

@testable import GatewayCore

@Suite("Chat → Converse: image parts")
struct UserImageTests {
    typealias H = ChatToConverseHarness

    static func request(url: String, detail: String? = nil) -> String {
        let detailMember = detail.map { #","detail":"\#($0)""# } ?? ""
        return #"""
        {"model":"m","messages":[{"role":"user","content":[
          {"type":"text","text":"What is this?"},
          {"type":"image_url","image_url":{"url":"\#(url)"\#(detailMember)}}]}]}
        """#
    }

    @Test func dataURLImageBecomesAnImageBlockWhoseFormatComesFromTheBytes() throws {
        // Declared as JPEG, but the bytes are PNG: Bedrock would reject a mismatch.
        let wire = try H.converse(Self.request(url: "data:image/jpeg;base64,\(H.pngBase64)", detail: "high"))
        #expect(wire["messages"] == [["role": "user", "content": [
            ["text": "What is this?"],
            ["image": ["format": "png", "source": ["bytes": .string(H.pngBase64)]]],
        ]]])
    }

    @Test func fetchedRemoteImageIsSentAsBytes() throws {
        var media = FetchedMedia()
        media["https://example.com/cat.png"] = .init(data: H.pngData, mediaType: "image/png")
        let wire = try H.converse(Self.request(url: "https://example.com/cat.png"), media: media)
        #expect(wire["messages"]?.arrayValue?.first?["content"]?.arrayValue?.last
            == ["image": ["format": "png", "source": ["bytes": .string(H.pngBase64)]]])
    }

    @Test func remoteImageThatWasNotFetchedIsAnErrorNamingTheURL() throws {
        let error = try H.error(Self.request(url: "https://example.com/cat.png"))
        #expect(error?.param == "messages[0].content[1].image_url.url")
        #expect(error?.code == "invalid_image_url")
    }

    @Test func imageOverTheSizeLimitIsImageTooLarge() throws {
        var options = TranslationOptions()
        options.maxImageBytes = 10
        let error = try H.error(Self.request(url: "data:image/png;base64,\(H.pngBase64)"), options: options)
        #expect(error?.param == "messages[0].content[1].image_url.url")
        #expect(error?.code == "image_too_large")
    }

    @Test func unsupportedImageFormatIsAnError() throws {
        let tiff = Data([0x49, 0x49, 0x2A, 0x00, 1, 2, 3, 4]).base64EncodedString()
        let error = try H.error(Self.request(url: "data:image/tiff;base64,\(tiff)"))
        #expect(error?.code == "invalid_image_format")
    }

    @Test func imageForAModelWithoutVisionIsUnsupportedContentNamingThePart() throws {
        let error = try H.error(Self.request(url: "data:image/png;base64,\(H.pngBase64)"), model: H.Models.novaMicro)
        #expect(error?.param == "messages[0].content[1]")
        #expect(error?.code == "unsupported_content")
    }
}
