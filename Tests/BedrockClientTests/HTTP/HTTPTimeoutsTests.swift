import Testing

@testable import BedrockClient

@Suite("HTTPTimeouts conversion to libcurl milliseconds")
struct HTTPTimeoutsTests {
    @Test func positiveDurationsNeverRoundDownToNoLimit() {
        #expect(Duration.microseconds(1).roundedUpMilliseconds == 1)
        #expect(Duration.milliseconds(1500).roundedUpMilliseconds == 1500)
        #expect(Duration.seconds(2).roundedUpMilliseconds == 2000)
        #expect(Duration.zero.roundedUpMilliseconds == 0)
    }
}
