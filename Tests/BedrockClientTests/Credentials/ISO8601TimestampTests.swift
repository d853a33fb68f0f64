import Foundation
import Testing

@testable import BedrockClient

@Suite struct ISO8601TimestampTests {
    @Test func formsCredentialSourcesReturn() {
        // STS (fractional seconds), IMDS/ECS (whole seconds), credential_process (offset).
        #expect(ISO8601Timestamp.parse("2011-07-15T23:28:33.359Z") == Date(timeIntervalSince1970: 1_310_772_513.359))
        #expect(ISO8601Timestamp.parse("2017-05-17T15:09:54Z") == Date(timeIntervalSince1970: 1_495_033_794))
        #expect(ISO8601Timestamp.parse("2024-01-01T01:00:00+01:00") == Date(timeIntervalSince1970: 1_704_067_200))
        #expect(ISO8601Timestamp.parse("2024-01-01T00:00:00-0530") == Date(timeIntervalSince1970: 1_704_087_000))
        #expect(ISO8601Timestamp.parse("2000-02-29T12:00:00Z") == Date(timeIntervalSince1970: 951_825_600))
    }

    @Test func malformedTimestampsAreRejected() {
        for text in ["", "2024-01-01", "2024-01-01T00:00:00", "2024-13-01T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T00:00:00.Z", "tomorrow", "2024-01-01T00:00:00Zjunk"] {
            #expect(ISO8601Timestamp.parse(text) == nil, "\(text)")
        }
    }
}
