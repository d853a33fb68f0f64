import Testing

@testable import GatewayCore

@Suite struct BedrockModelIDTests {
    @Test func foundationModelIDIsItsOwnBase() {
        let id = BedrockModelID("anthropic.claude-3-haiku-20240307-v1:0")
        #expect(id.kind == .foundationModel)
        #expect(id.baseModelID == "anthropic.claude-3-haiku-20240307-v1:0")
        #expect(id.provider == "anthropic")
        #expect(id.crossRegionPrefix == nil)
    }

    @Test(arguments: [
        ("us.anthropic.claude-3-7-sonnet-20250219-v1:0", "us"),
        ("eu.amazon.nova-pro-v1:0", "eu"),
        ("apac.amazon.nova-lite-v1:0", "apac"),
        ("global.anthropic.claude-sonnet-4-5-20250929-v1:0", "global"),
        ("us-gov.anthropic.claude-3-5-sonnet-20240620-v1:0", "us-gov"),
    ])
    func crossRegionProfilePrefixIsStripped(raw: String, prefix: String) {
        let id = BedrockModelID(raw)
        #expect(id.kind == .systemInferenceProfile)
        #expect(id.crossRegionPrefix == prefix)
        #expect(id.baseModelID == String(raw.dropFirst(prefix.count + 1)))
    }

    @Test func foundationModelARNResolvesToModelID() {
        let id = BedrockModelID(
            "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0")
        #expect(id.kind == .foundationModel)
        #expect(id.baseModelID == "anthropic.claude-3-haiku-20240307-v1:0")
    }

    @Test func systemInferenceProfileARNResolvesToModelID() {
        let id = BedrockModelID(
            "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.meta.llama3-3-70b-instruct-v1:0")
        #expect(id.kind == .systemInferenceProfile)
        #expect(id.crossRegionPrefix == "us")
        #expect(id.baseModelID == "meta.llama3-3-70b-instruct-v1:0")
    }

    @Test func applicationProfileAndProvisionedARNsHaveNoBaseModel() {
        let app = BedrockModelID(
            "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6")
        #expect(app.kind == .applicationInferenceProfile)
        #expect(app.baseModelID == nil)
        let provisioned = BedrockModelID(
            "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdefghijkl")
        #expect(provisioned.kind == .provisionedOrCustomModel)
        #expect(provisioned.baseModelID == nil)
    }

    @Test func govCloudPartitionARNIsParsed() {
        let id = BedrockModelID(
            "arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0")
        #expect(id.baseModelID == "anthropic.claude-3-haiku-20240307-v1:0")
    }

    @Test func garbageDoesNotCrash() {
        for raw in ["", "arn:", "arn:aws:bedrock", "us.", ".", "arn:aws:bedrock:r:a:foundation-model/"] {
            let id = BedrockModelID(raw)
            #expect(id.rawValue == raw)
            #expect(ModelProfile.lookup(id).prefix.isEmpty)
        }
    }
}
