import Foundation
import GatewayCore
import Testing

@testable import BedrockClient

/// ListFoundationModels and the paginated ListInferenceProfiles against a loopback stand-in.
@Suite struct LiveBedrockCatalogTests {
    static func profile(_ id: String) -> String {
        """
        {"inferenceProfileName":"\(id)","inferenceProfileArn":"arn:aws:bedrock:us-east-1:123456789012:inference-profile/\(id)",
         "models":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/\(id)"}],"inferenceProfileId":"\(id)",
         "status":"ACTIVE","type":"SYSTEM_DEFINED"}
        """
    }

    /// The query of a received request target, percent-decoded.
    static func query(of target: String) -> [String: String] {
        guard let question = target.firstIndex(of: "?") else { return [:] }
        var items: [String: String] = [:]
        for pair in target[target.index(after: question)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            items[parts[0].removingPercentEncoding ?? parts[0]] =
                parts.count > 1 ? parts[1].removingPercentEncoding : ""
        }
        return items
    }

    @Test func inferenceProfilesAreFollowedAcrossThreePages() async throws {
        // A token with characters that need encoding in the query (and in its signature).
        let firstToken = "page2+token/=="
        try await BedrockStandIn.with({ request, _, connection in
            switch Self.query(of: request.target)["nextToken"] {
            case nil:
                connection.respondJSON(
                    #"{"inferenceProfileSummaries":[\#(Self.profile("us.a"))],"nextToken":"\#(firstToken)"}"#)
            case firstToken?:
                connection.respondJSON(#"{"inferenceProfileSummaries":[\#(Self.profile("us.b"))],"nextToken":"page3"}"#)
            case "page3"?:
                connection.respondJSON(#"{"inferenceProfileSummaries":[\#(Self.profile("us.c"))]}"#)
            default:
                connection.respondAWSError(status: 400, type: "ValidationException", message: "unknown token")
            }
        }) { standIn in
            let profiles = try await AWSTestHarness.withClient(standIn) { client in
                try await LiveBedrockCatalog(client: client).listInferenceProfiles(type: .systemDefined)
            }
            #expect(profiles.map(\.inferenceProfileId) == ["us.a", "us.b", "us.c"])
            #expect(profiles.first?.models.first?.modelArn == "arn:aws:bedrock:us-east-1::foundation-model/us.a")
            let queries = standIn.requests.map { Self.query(of: $0.target) }
            #expect(queries.map { $0["nextToken"] } == [nil, firstToken, "page3"])
            #expect(queries.allSatisfy { $0["maxResults"] == "1000" && $0["type"] == "SYSTEM_DEFINED" })
            #expect(standIn.requests.allSatisfy { $0.method == "GET" && $0.target.hasPrefix("/inference-profiles?") })
        }
    }

    @Test func aRepeatedPageTokenEndsTheListingWithAnError() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondJSON(#"{"inferenceProfileSummaries":[\#(Self.profile("us.a"))],"nextToken":"same"}"#)
        }) { standIn in
            let error = await AWSTestHarness.bedrockError {
                try await AWSTestHarness.withClient(standIn) { client in
                    _ = try await LiveBedrockCatalog(client: client).listInferenceProfiles(type: nil)
                }
            }
            #expect(error?.kind == .malformedResponse)
            #expect(standIn.requestCount == 2)
            #expect(standIn.requests.allSatisfy { Self.query(of: $0.target)["type"] == nil })
        }
    }

    @Test func foundationModelsAreListed() async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondJSON(
                """
                {"modelSummaries":[{"modelArn":"arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-lite-v1:0",
                  "modelId":"amazon.nova-lite-v1:0","providerName":"Amazon","responseStreamingSupported":true,
                  "inputModalities":["TEXT","IMAGE"],"outputModalities":["TEXT"],"modelLifecycle":{"status":"ACTIVE"}}]}
                """)
        }) { standIn in
            let models = try await AWSTestHarness.withClient(standIn) { client in
                try await LiveBedrockCatalog(client: client).listFoundationModels()
            }
            #expect(models.map(\.modelId) == ["amazon.nova-lite-v1:0"])
            #expect(models.first?.responseStreamingSupported == true)
            let received = try #require(standIn.requests.first)
            #expect(received.method == "GET")
            #expect(received.target == "/foundation-models")
            #expect(received.header("Content-Type") == nil)
        }
    }
}
