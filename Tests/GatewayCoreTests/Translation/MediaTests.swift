import Foundation
import Testing

@testable import GatewayCore

@Suite struct MediaTests {
    @Test func signatureBeatsTheDeclaredMediaType() {
        let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])
        #expect(ImageFormat.detect(data: jpeg, declaredMediaType: "image/png") == .jpeg)
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
        #expect(ImageFormat.detect(data: png, declaredMediaType: nil) == .png)
        #expect(ImageFormat.sniff(Data("GIF89a....".utf8)) == .gif)
        #expect(ImageFormat.sniff(Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)) == .webp)
    }

    @Test func declaredTypeIsTheFallbackAndJpgIsJpeg() {
        #expect(ImageFormat.detect(data: Data([1, 2, 3]), declaredMediaType: "image/jpg") == .jpeg)
        #expect(ImageFormat.detect(data: Data([1, 2, 3]), declaredMediaType: "image/tiff") == nil)
        #expect(ImageFormat.jpeg.mediaType == "image/jpeg")
    }

    @Test func remoteImageURLsAreListedWithTheirParamPath() throws {
        let body = Data(#"""
        {"model":"m","messages":[
          {"role":"system","content":"s"},
          {"role":"user","content":[
            {"type":"text","text":"compare"},
            {"type":"image_url","image_url":{"url":"https://example.com/a.png"}},
            {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}},
            {"type":"image_url","image_url":{"url":"http://example.com/b.jpg","detail":"low"}}]}]}
        """#.utf8)
        let request = try OpenAIRequestDecoder.decode(ChatCompletionRequest.self, from: body)
        let refs = RemoteMediaReference.imageURLs(in: request)
        #expect(refs == [
            RemoteMediaReference(url: "https://example.com/a.png", param: "messages[1].content[1].image_url.url"),
            RemoteMediaReference(url: "http://example.com/b.jpg", param: "messages[1].content[3].image_url.url"),
        ])
    }
}
