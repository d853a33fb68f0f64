import Foundation
import Testing

@testable import BedrockClient

@Suite struct SigV4TimestampTests {
    @Test(arguments: [
        ("2015-08-30T12:36:00Z", "20150830T123600Z"),
        ("2000-02-29T23:59:59Z", "20000229T235959Z"),
        ("2100-03-01T00:00:00Z", "21000301T000000Z"),
        ("1970-01-01T00:00:00Z", "19700101T000000Z"),
        ("1969-12-31T23:59:59Z", "19691231T235959Z"),
    ])
    func amzDateIsUTCBasicFormat(iso8601: String, amzDate: String) throws {
        let date = try #require(ISO8601DateFormatter().date(from: iso8601))
        let timestamp = SigV4Timestamp(date)
        #expect(timestamp.amzDate == amzDate)
        #expect(timestamp.dateStamp == String(amzDate.prefix(8)))
    }

    @Test func fractionalSecondsAreTruncated() {
        // 2015-08-30T12:36:00.999Z still signs as 12:36:00.
        #expect(SigV4Timestamp(Date(timeIntervalSince1970: 1_440_938_160.999)).amzDate == "20150830T123600Z")
    }
}
