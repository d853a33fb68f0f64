import Testing

@testable import AWSServiceModel

@Suite("Timestamp syntax")
struct TimestampSyntaxTests {
    @Test(
        "accepts RFC 3339 date-times",
        arguments: ["2024-05-01T12:00:00Z", "2024-05-01T12:00:00.123456Z", "2024-02-29T23:59:60+05:30", "2024-05-01t12:00:00z"])
    func acceptsRFC3339(_ text: String) {
        #expect(TimestampSyntax.isRFC3339DateTime(text))
    }

    @Test(
        "rejects malformed date-times",
        arguments: ["2024-05-01", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-05-01T24:00:00Z",
                    "2024-05-01T12:00:00", "2024-05-01T12:00:00.Z", "2024-05-01T12:00:00+0530", "1714564800"])
    func rejectsRFC3339(_ text: String) {
        #expect(!TimestampSyntax.isRFC3339DateTime(text))
    }

    @Test("accepts IMF-fixdate and rejects other HTTP date forms")
    func imfFixdate() {
        #expect(TimestampSyntax.isIMFFixdate("Sun, 06 Nov 1994 08:49:37 GMT"))
        #expect(!TimestampSyntax.isIMFFixdate("Sunday, 06-Nov-94 08:49:37 GMT"))
        #expect(!TimestampSyntax.isIMFFixdate("Sun Nov  6 08:49:37 1994"))
        #expect(!TimestampSyntax.isIMFFixdate("Sun, 31 Nov 1994 08:49:37 GMT"))
    }
}
