import Foundation
import Testing

@testable import OpenAIModels

/// The `{"error": {…}}` envelope of every OpenAI error response.
@Suite struct OpenAIErrorResponseTests {
    @Test func envelopeWritesParamAndCodeAsExplicitNull() throws {
        let body = OpenAIErrorResponse(error: .server("The server had an error while processing your request."))
        #expect(
            try WireJSON.encode(body)
                == [
                    "error": [
                        "message": "The server had an error while processing your request.",
                        "type": "server_error", "param": nil, "code": nil,
                    ]
                ])
    }

    @Test func documentedInvalidKeyErrorRoundTrips() throws {
        let text = """
            {"error":{"message":"Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.",
              "type":"invalid_request_error","param":null,"code":"invalid_api_key"}}
            """
        let body = try WireJSON.decode(OpenAIErrorResponse.self, text)
        #expect(body.error.type == .invalidRequest)
        #expect(body.error.param == nil)
        #expect(body.error.code == "invalid_api_key")
        #expect(try WireJSON.encode(body) == WireJSON.parse(text))
    }

    @Test func namedConstructorsUseOpenAIsTypeStrings() {
        let cases: [(OpenAIError, String)] = [
            (.invalidRequest("m", param: "model"), "invalid_request_error"),
            (.authentication("m"), "authentication_error"),
            (.permission("m"), "permission_error"),
            (.notFound("m", code: "model_not_found"), "not_found_error"),
            (.rateLimit("m"), "rate_limit_error"),
            (.server("m"), "server_error"),
            (.timeout("m"), "timeout"),
            (OpenAIError(message: "m", type: .api), "api_error"),
        ]
        for (error, type) in cases {
            #expect(error.type.rawValue == type)
        }
    }

    @Test func unknownTypesAndNumericCodesFromOtherServersDecode() throws {
        let body = try WireJSON.decode(
            OpenAIErrorResponse.self, #"{"error":{"message":"busy","type":"overloaded_error","code":529}}"#)
        #expect(body.error.type.rawValue == "overloaded_error")
        #expect(body.error.code == "529")
        #expect(body.error.param == nil)
    }
}
