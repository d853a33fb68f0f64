import Foundation
import Testing

@testable import BedrockClient

@Suite struct AWSEndpointResolverTests {
    private func url(_ service: AWSService, _ region: String, environment: [String: String] = [:]) throws -> String {
        try AWSEndpointResolver(environment: environment).endpoint(for: service, region: try AWSRegion(region)).baseURL
    }

    @Test func commercialRegionsUseAmazonawsCom() throws {
        #expect(try url(.bedrockRuntime, "us-east-1") == "https://bedrock-runtime.us-east-1.amazonaws.com")
        #expect(try url(.bedrock, "eu-west-3") == "https://bedrock.eu-west-3.amazonaws.com")
        #expect(try url(.secretsManager, "ap-southeast-2") == "https://secretsmanager.ap-southeast-2.amazonaws.com")
        #expect(try url(.ssm, "us-west-2") == "https://ssm.us-west-2.amazonaws.com")
        #expect(try url(.sts, "eu-central-1") == "https://sts.eu-central-1.amazonaws.com")
    }

    @Test func chinaRegionsUseTheAmazonawsComCnSuffix() throws {
        #expect(try url(.bedrockRuntime, "cn-north-1") == "https://bedrock-runtime.cn-north-1.amazonaws.com.cn")
        #expect(try url(.sts, "cn-northwest-1") == "https://sts.cn-northwest-1.amazonaws.com.cn")
        #expect(try AWSRegion("cn-north-1").partition.id == "aws-cn")
    }

    @Test func govCloudRegionsAreTheirOwnPartition() throws {
        #expect(try url(.bedrockRuntime, "us-gov-west-1") == "https://bedrock-runtime.us-gov-west-1.amazonaws.com")
        #expect(try AWSRegion("us-gov-east-1").partition == .awsUSGov)
        #expect(try AWSRegion("us-east-1").partition == .aws)
        #expect(try AWSRegion("us-isob-east-1").partition.dnsSuffix == "sc2s.sgov.gov")
        #expect(try AWSRegion("us-iso-east-1").partition.dnsSuffix == "c2s.ic.gov")
    }

    @Test func fipsSelectsTheFipsHostNames() throws {
        let fips = ["AWS_USE_FIPS_ENDPOINT": "true"]
        #expect(try url(.bedrockRuntime, "us-east-1", environment: fips) == "https://bedrock-runtime-fips.us-east-1.amazonaws.com")
        #expect(try url(.bedrock, "us-west-2", environment: fips) == "https://bedrock-fips.us-west-2.amazonaws.com")
        #expect(try url(.bedrockRuntime, "us-gov-west-1", environment: fips) == "https://bedrock-runtime-fips.us-gov-west-1.amazonaws.com")
        #expect(try url(.secretsManager, "us-east-2", environment: fips) == "https://secretsmanager-fips.us-east-2.amazonaws.com")
        #expect(try url(.sts, "us-east-1", environment: fips) == "https://sts-fips.us-east-1.amazonaws.com")
        // STS in GovCloud: the regional endpoint is the FIPS endpoint.
        #expect(try url(.sts, "us-gov-west-1", environment: fips) == "https://sts.us-gov-west-1.amazonaws.com")
        #expect(try url(.bedrockRuntime, "us-east-1", environment: ["AWS_USE_FIPS_ENDPOINT": "TRUE"]).contains("-fips."))
        #expect(try url(.bedrockRuntime, "us-east-1", environment: ["AWS_USE_FIPS_ENDPOINT": "false"]) == "https://bedrock-runtime.us-east-1.amazonaws.com")
    }

    @Test func invalidFipsSettingIsAnError() {
        #expect(throws: EndpointError.invalidBooleanSetting(variable: "AWS_USE_FIPS_ENDPOINT", value: "yes")) {
            try AWSEndpointResolver(environment: ["AWS_USE_FIPS_ENDPOINT": "yes"])
        }
    }

    @Test func serviceSpecificOverrideBeatsGlobalOverride() throws {
        let environment = [
            "AWS_ENDPOINT_URL": "http://localhost:4566",
            "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": "http://127.0.0.1:9000/",
            "AWS_USE_FIPS_ENDPOINT": "true",
        ]
        let resolver = try AWSEndpointResolver(environment: environment)
        let region = try AWSRegion("us-east-1")
        let runtime = try resolver.endpoint(for: .bedrockRuntime, region: region)
        #expect(runtime.baseURL == "http://127.0.0.1:9000")
        #expect(runtime.hostHeader == "127.0.0.1:9000")
        #expect(runtime.isOverride)
        #expect(runtime.signingName == "bedrock")
        #expect(runtime.signingRegion == "us-east-1")
        // Every other service falls back to the global override (FIPS does not rewrite overrides).
        for service in [AWSService.bedrock, .secretsManager, .ssm, .sts] {
            #expect(try resolver.endpoint(for: service, region: region).baseURL == "http://localhost:4566")
        }
    }

    @Test func everyServiceHasItsOwnOverrideVariable() throws {
        let environment = [
            "AWS_ENDPOINT_URL_BEDROCK": "https://bedrock.example",
            "AWS_ENDPOINT_URL_SECRETS_MANAGER": "https://secrets.example",
            "AWS_ENDPOINT_URL_SSM": "https://ssm.example",
            "AWS_ENDPOINT_URL_STS": "https://sts.example",
        ]
        #expect(try url(.bedrock, "us-east-1", environment: environment) == "https://bedrock.example")
        #expect(try url(.secretsManager, "us-east-1", environment: environment) == "https://secrets.example")
        #expect(try url(.ssm, "us-east-1", environment: environment) == "https://ssm.example")
        #expect(try url(.sts, "us-east-1", environment: environment) == "https://sts.example")
        #expect(try url(.bedrockRuntime, "us-east-1", environment: environment) == "https://bedrock-runtime.us-east-1.amazonaws.com")
    }

    @Test func overrideKeepsItsPathWithoutTrailingSlashes() throws {
        let endpoint = try AWSEndpointResolver(environment: ["AWS_ENDPOINT_URL": "https://proxy.example:8443/aws/bedrock//"])
            .endpoint(for: .bedrockRuntime, region: try AWSRegion("us-east-1"))
        #expect(endpoint.baseURL == "https://proxy.example:8443/aws/bedrock")
        #expect(endpoint.basePath == "/aws/bedrock")
        #expect(endpoint.requestPath("/model/m/converse") == "/aws/bedrock/model/m/converse")
        #expect(endpoint.url(path: "/model/m/converse") == "https://proxy.example:8443/aws/bedrock/model/m/converse")
    }

    @Test func ipv6OverrideGetsABracketedHostHeader() throws {
        let endpoint = try AWSEndpointResolver(environment: ["AWS_ENDPOINT_URL_STS": "http://[::1]:8080"])
            .endpoint(for: .sts, region: try AWSRegion("us-east-1"))
        #expect(endpoint.hostHeader == "[::1]:8080")
        #expect(endpoint.url(path: "/") == "http://[::1]:8080/")
    }

    @Test func malformedOverridesAreRejected() throws {
        for value in ["localhost:4566", "ftp://example.com", "https://", "https://user:pw@example.com", "https://example.com/?a=b", "http://exa mple.com"] {
            let resolver = try AWSEndpointResolver(environment: ["AWS_ENDPOINT_URL": value])
            #expect(throws: EndpointError.invalidEndpointURL(variable: "AWS_ENDPOINT_URL", value: value)) {
                try resolver.endpoint(for: .bedrockRuntime, region: try AWSRegion("us-east-1"))
            }
        }
    }

    @Test func ignoreConfiguredEndpointURLsDisablesOverrides() throws {
        let environment = ["AWS_ENDPOINT_URL": "http://localhost:4566", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"]
        #expect(try url(.bedrockRuntime, "us-east-1", environment: environment) == "https://bedrock-runtime.us-east-1.amazonaws.com")
    }

    @Test func awsEndpointsUseTheRegionAsSigningRegionAndHostAsHostHeader() throws {
        let endpoint = try AWSEndpointResolver(useFIPS: false).endpoint(for: .bedrockRuntime, region: try AWSRegion("ap-northeast-1"))
        #expect(endpoint.hostHeader == "bedrock-runtime.ap-northeast-1.amazonaws.com")
        #expect(endpoint.signingRegion == "ap-northeast-1")
        #expect(endpoint.signingName == "bedrock")
        #expect(!endpoint.isOverride)
        #expect(endpoint.requestPath("/") == "/")
    }
}
