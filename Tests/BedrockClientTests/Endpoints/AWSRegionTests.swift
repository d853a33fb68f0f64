import Foundation
import Testing

@testable import BedrockClient

@Suite struct AWSRegionTests {
    @Test(arguments: ["us-east-1", "eu-central-2", "ap-southeast-5", "cn-north-1", "us-gov-west-1", "il-central-1"])
    func realRegionNamesAreAccepted(_ name: String) throws {
        #expect(try AWSRegion(name).name == name)
    }

    @Test(arguments: [
        "", "US-EAST-1", "us-east-1.evil.com", "evil.com/x", "us east 1", "us-east-1\r\nHost: x", "-us-east-1",
        "us-east-1-", "us_east_1", "us-east-1#", String(repeating: "a", count: 64),
    ])
    func namesThatCouldInjectIntoHostNamesAreRejected(_ name: String) {
        #expect(throws: EndpointError.invalidRegion(name)) { try AWSRegion(name) }
    }

    @Test func awsRegionBeatsAwsDefaultRegionBeatsProfile() throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/config", "[default]\nregion = eu-west-1\n[profile dev]\nregion = ap-south-1\n")
        let environment = ["AWS_REGION": "us-west-2", "AWS_DEFAULT_REGION": "us-east-2"]
        #expect(try AWSRegion.resolve(environment: environment, homeDirectory: home.path)?.name == "us-west-2")
        #expect(try AWSRegion.resolve(environment: ["AWS_DEFAULT_REGION": "us-east-2"], homeDirectory: home.path)?.name == "us-east-2")
        #expect(try AWSRegion.resolve(environment: [:], homeDirectory: home.path)?.name == "eu-west-1")
        #expect(try AWSRegion.resolve(environment: ["AWS_PROFILE": "dev"], homeDirectory: home.path)?.name == "ap-south-1")
    }

    @Test func noConfiguredRegionIsNil() throws {
        let home = try TemporaryDirectory()
        #expect(try AWSRegion.resolve(environment: [:], homeDirectory: home.path) == nil)
    }

    @Test func invalidConfiguredRegionIsAnError() throws {
        let home = try TemporaryDirectory()
        #expect(throws: EndpointError.invalidRegion("us-east-1.attacker.example")) {
            try AWSRegion.resolve(environment: ["AWS_REGION": "us-east-1.attacker.example"], homeDirectory: home.path)
        }
    }
}
