import Foundation
import Testing

@testable import AWSServiceModel

@Suite("Strict JSON parsing (RFC 8259)")
struct JSONNodeParserTests {
    private func parse(_ text: String) throws(JSONParseError) -> JSONNode {
        try JSONNodeParser.parse(Data(text.utf8))
    }

    @Test("keeps member order, duplicates and number lexemes")
    func keepsDetail() throws {
        let node = try parse(#"{"b": 1.0, "a": 2, "b": -3e2}"#)
        #expect(node.objectMembers?.map(\.key) == ["b", "a", "b"])
        #expect(node["a"] == .number(lexeme: "2", value: 2))
        #expect(node["b"] == .number(lexeme: "-3e2", value: -300))
    }

    @Test("decodes escapes including surrogate pairs")
    func escapes() throws {
        #expect(try parse(#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#) == .string("a\"\\/\u{08}\u{0C}\n\r\té😀"))
        #expect(try parse("\"héllo\"") == .string("héllo"))
    }

    @Test(
        "rejects what RFC 8259 does not allow",
        arguments: [
            "[1,]", "{\"a\":1,}", "01", "1.", ".5", "+1", "NaN", "'x'", "[1] x", "{a:1}", "\"\u{01}\"",
            #""\x""#, #""\ud800""#, "tru", "", "[", "{\"a\" 1}", "// c\n1",
        ])
    func rejects(_ text: String) {
        #expect(throws: JSONParseError.self) { try parse(text) }
    }

    @Test("rejects invalid UTF-8")
    func invalidUTF8() {
        #expect(throws: JSONParseError.self) { try JSONNodeParser.parse(Data([0x22, 0xC3, 0x28, 0x22])) }
    }

    @Test("caps nesting depth instead of exhausting the stack")
    func depthLimit() throws {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONParseError.self) { try parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        _ = try parse(fine)
    }
}
