import Foundation
import Testing

@testable import BedrockClient

@Suite struct XMLTextScannerTests {
    @Test func stsErrorMessageEntitiesAreDecoded() {
        let xml = STSFixtures.errorResponse(code: "ValidationError", message: "1 validation error detected: Value &apos;x&apos; at &quot;roleArn&quot; failed &amp; &lt;stopped&gt; &#233;&#x41;")
        #expect(XMLTextScanner.text(of: "Code", in: xml, within: "Error") == "ValidationError")
        #expect(XMLTextScanner.text(of: "Message", in: xml, within: "Error") == "1 validation error detected: Value 'x' at \"roleArn\" failed & <stopped> éA")
    }

    @Test func elementNamesMatchWholeAndScopeToTheParent() {
        let xml = "<R><AccessKeyIdSuffix>no</AccessKeyIdSuffix><Other><AccessKeyId>outer</AccessKeyId></Other><Credentials><AccessKeyId attr=\"1\">inner</AccessKeyId></Credentials></R>"
        #expect(XMLTextScanner.text(of: "AccessKeyId", in: xml) == "outer")
        #expect(XMLTextScanner.text(of: "AccessKeyId", in: xml, within: "Credentials") == "inner")
        #expect(XMLTextScanner.text(of: "Missing", in: xml) == nil)
        #expect(XMLTextScanner.text(of: "AccessKeyId", in: "<AccessKeyId>unterminated") == nil)
    }
}
