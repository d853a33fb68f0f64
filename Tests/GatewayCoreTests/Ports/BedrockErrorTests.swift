import Testing

@testable import GatewayCore

@Suite struct BedrockErrorTests {
    // Error type names as the bedrock-runtime and bedrock service models declare them.
    @Test(arguments: [
        ("ValidationException", BedrockError.Kind.validation),
        ("AccessDeniedException", .accessDenied),
        ("ResourceNotFoundException", .resourceNotFound),
        ("ThrottlingException", .throttling),
        ("ServiceQuotaExceededException", .serviceQuotaExceeded),
        ("ModelNotReadyException", .modelNotReady),
        ("ModelTimeoutException", .modelTimeout),
        ("ModelErrorException", .modelError),
        ("ModelStreamErrorException", .modelError),
        ("ServiceUnavailableException", .serviceUnavailable),
        ("InternalServerException", .internalServer),
        ("ConflictException", .conflict),
        ("UnrecognizedClientException", .unauthenticated),
        ("ExpiredTokenException", .unauthenticated),
        ("SomethingNew", .unknown),
    ])
    func awsErrorTypesMapToKinds(type: String, kind: BedrockError.Kind) {
        #expect(BedrockError.kind(forErrorType: type) == kind)
    }

    @Test func namespaceAndSuffixAreIgnored() {
        #expect(BedrockError.kind(forErrorType: "com.amazon.bedrock#ThrottlingException") == .throttling)
        #expect(BedrockError.kind(forErrorType: "ValidationException:http://internal.amazon.com/") == .validation)
        // JSON-1.1 services (Secrets Manager, SSM) name their own not-found errors.
        #expect(BedrockError.kind(forErrorType: "ParameterNotFound") == .resourceNotFound)
    }

    @Test func descriptionNamesCodeAndStatus() {
        let error = BedrockError(kind: .throttling, code: "ThrottlingException", message: "slow down", statusCode: 429)
        #expect(error.description == "ThrottlingException: slow down (HTTP 429)")
    }
}
