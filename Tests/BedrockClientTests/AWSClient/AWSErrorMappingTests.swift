import Foundation
import GatewayCore
import Testing

@testable import BedrockClient

/// AWS error responses, in each form the protocols send them, become the right `BedrockError`.
@Suite struct AWSErrorMappingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var status: Int
        var type: String
        var form: AWSErrorForm
        var kind: BedrockError.Kind
        var testDescription: String { "\(status) \(type) (\(form)) → .\(kind)" }
    }

    /// The errors of the Bedrock Runtime model (rest-json), with the statuses it gives them.
    static let restJSONCases: [Case] = [
        Case(status: 400, type: "ValidationException", form: .header, kind: .validation),
        Case(status: 403, type: "AccessDeniedException", form: .header, kind: .accessDenied),
        Case(status: 403, type: "UnrecognizedClientException", form: .bodyType, kind: .unauthenticated),
        Case(status: 403, type: "InvalidSignatureException", form: .bodyCode, kind: .unauthenticated),
        Case(status: 404, type: "ResourceNotFoundException", form: .header, kind: .resourceNotFound),
        Case(status: 429, type: "ThrottlingException", form: .header, kind: .throttling),
        Case(status: 400, type: "ServiceQuotaExceededException", form: .header, kind: .serviceQuotaExceeded),
        Case(status: 429, type: "ModelNotReadyException", form: .header, kind: .modelNotReady),
        Case(status: 408, type: "ModelTimeoutException", form: .header, kind: .modelTimeout),
        Case(status: 424, type: "ModelErrorException", form: .header, kind: .modelError),
        Case(status: 503, type: "ServiceUnavailableException", form: .header, kind: .serviceUnavailable),
        Case(status: 500, type: "InternalServerException", form: .bodyCode, kind: .internalServer),
        Case(status: 409, type: "ConflictException", form: .header, kind: .conflict),
    ]

    /// Secrets Manager and SSM errors (awsJson1_1: `__type` with a namespace).
    static let json11Cases: [Case] = [
        Case(status: 400, type: "ResourceNotFoundException", form: .bodyType, kind: .resourceNotFound),
        Case(status: 400, type: "ParameterNotFound", form: .bodyType, kind: .resourceNotFound),
        Case(status: 400, type: "InvalidParameterException", form: .bodyType, kind: .validation),
        Case(status: 400, type: "ThrottlingException", form: .bodyType, kind: .throttling),
        Case(status: 400, type: "AccessDeniedException", form: .bodyType, kind: .accessDenied),
        Case(status: 500, type: "InternalServiceError", form: .bodyType, kind: .internalServer),
        Case(status: 400, type: "ExpiredTokenException", form: .header, kind: .unauthenticated),
    ]

    @Test(arguments: restJSONCases)
    func restJSONErrorsMapToTheirKind(_ testCase: Case) async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondAWSError(
                status: testCase.status, type: testCase.type, message: "it failed", form: testCase.form)
        }) { standIn in
            let error = await AWSTestHarness.bedrockError {
                try await AWSTestHarness.withClient(standIn) { client in
                    _ = try await LiveBedrockRuntime(client: client).converse(
                        modelID: "amazon.nova-lite-v1:0",
                        request: ConverseRequest(messages: [ConverseMessage(role: .user, content: [.text("Hi")])]))
                }
            }
            #expect(error?.kind == testCase.kind)
            #expect(error?.code == testCase.type)
            #expect(error?.statusCode == testCase.status)
            #expect(error?.message.hasSuffix("it failed") == true)
            #expect(error?.requestID == LoopbackConnection.requestID)
        }
    }

    @Test(arguments: json11Cases)
    func json11ErrorsMapToTheirKind(_ testCase: Case) async throws {
        try await BedrockStandIn.with({ _, _, connection in
            connection.respondAWSError(
                status: testCase.status, type: testCase.type, message: "it failed", form: testCase.form)
        }) { standIn in
            let error = await AWSTestHarness.bedrockError {
                try await AWSTestHarness.withClient(standIn) { client in
                    _ = try await SecretsManagerClient(client: client).getSecretValue(
                        GetSecretValueRequest(secretID: "s"))
                }
            }
            #expect(error?.kind == testCase.kind)
            #expect(error?.code == testCase.type)
            #expect(error?.message.hasSuffix("it failed") == true)
        }
    }

    // MARK: - Decoding rules

    @Test func theHeaderWinsOverTheBodyAndLosesItsNamespaceSuffix() {
        let response = AWSErrorResponse(
            status: 400,
            headers: ["x-amzn-ErrorType": "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/"],
            body: Data(#"{"__type":"com.amazon#AccessDeniedException","message":"from body"}"#.utf8))
        #expect(response.code == "ValidationException")
        #expect(response.message == "from body")
        #expect(response.bedrockError.kind == .validation)
    }

    @Test func codeIsPreferredToTypeInTheBody() {
        let response = AWSErrorResponse(
            status: 429, headers: [:],
            body: Data(#"{"code":"ThrottlingException","__type":"aws#Other","Message":"capital M"}"#.utf8))
        #expect(response.code == "ThrottlingException")
        #expect(response.message == "capital M")
    }

    @Test func aNonJSONErrorIsClassifiedByStatusWithItsTextAsMessage() {
        let response = AWSErrorResponse(
            status: 502, headers: ["Content-Type": "text/html"],
            body: Data("<html><body>Bad Gateway</body></html>\n".utf8))
        let error = response.bedrockError
        #expect(error.kind == .internalServer)
        #expect(error.code == nil)
        #expect(error.message == "<html><body>Bad Gateway</body></html>")
        #expect(
            AWSRetryClassifier.classify(response.attemptFailure(isIdempotent: false))
                == .retry(.transient, retryAfter: nil))
    }

    @Test func retryAfterAndRequestIDAreKept() {
        let response = AWSErrorResponse(
            status: 429,
            headers: ["Retry-After": "3", "x-amzn-RequestId": "req-1", "x-amzn-ErrorType": "ThrottlingException"],
            body: Data())
        #expect(response.bedrockError.retryAfterSeconds == 3)
        #expect(response.bedrockError.requestID == "req-1")
        #expect(response.message == "HTTP 429")
    }

    @Test func anExpiredTokenIsRecognisedInEitherSpelling() {
        for code in ["ExpiredTokenException", "ExpiredToken"] {
            let response = AWSErrorResponse(status: 403, headers: ["x-amzn-ErrorType": code], body: Data())
            #expect(response.isExpiredToken)
        }
    }
}
