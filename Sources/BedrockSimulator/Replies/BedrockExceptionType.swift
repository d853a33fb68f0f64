/// One of the modeled Bedrock errors: its shape name (the `x-amzn-ErrorType` value and the
/// event-stream `:exception-type`), HTTP status (from the service model's `error.httpStatusCode`)
/// and the message Bedrock typically sends with it.
struct BedrockExceptionType: Hashable, Sendable {
    /// The shape name, e.g. `ThrottlingException`.
    var name: String
    var status: Int
    var defaultMessage: String

    /// The member name of the error in an event stream (`throttlingException`).
    var streamEventName: String {
        name.prefix(1).lowercased() + name.dropFirst()
    }

    static let validation = Self(
        name: "ValidationException", status: 400,
        defaultMessage: "Malformed input request, please reformat your input and try again.")
    static let accessDenied = Self(
        name: "AccessDeniedException", status: 403,
        defaultMessage: "You don't have access to the model with the specified model ID.")
    static let resourceNotFound = Self(
        name: "ResourceNotFoundException", status: 404,
        defaultMessage: "Could not resolve the foundation model from the provided model identifier.")
    static let throttling = Self(
        name: "ThrottlingException", status: 429, defaultMessage: "Too many requests, please wait before trying again.")
    static let serviceQuotaExceeded = Self(
        name: "ServiceQuotaExceededException", status: 400,
        defaultMessage:
            "Your request exceeds the service quota for your account. You can view your quotas at https://console.aws.amazon.com/servicequotas/. You can resubmit your request later."
    )
    static let modelTimeout = Self(
        name: "ModelTimeoutException", status: 408,
        defaultMessage: "Model has timed out in processing the request. Try your request again.")
    static let modelError = Self(
        name: "ModelErrorException", status: 424,
        defaultMessage: "The model returned an error while processing the request. Try your request again.")
    static let modelNotReady = Self(
        name: "ModelNotReadyException", status: 429,
        defaultMessage:
            "Model is not ready for inference. Wait and try your request again. Refer to the Bedrock documentation for more information."
    )
    static let serviceUnavailable = Self(
        name: "ServiceUnavailableException", status: 503, defaultMessage: "Bedrock is unable to process your request.")
    static let internalServer = Self(
        name: "InternalServerException", status: 500,
        defaultMessage: "The system encountered an unexpected error during processing. Try your request again.")
    static let modelStreamError = Self(
        name: "ModelStreamErrorException", status: 424,
        defaultMessage: "The model encountered an error while streaming the response. Try your request again.")
    /// Not a Bedrock shape: the answer of the AWS front door to a request without credentials.
    static let missingAuthenticationToken = Self(
        name: "MissingAuthenticationTokenException", status: 403, defaultMessage: "Missing Authentication Token")
    static let unknownOperation = Self(
        name: "UnknownOperationException", status: 404, defaultMessage: "The requested operation is not recognized.")

    /// Every error a scenario can inject.
    static let injectable: [Self] = [
        .validation, .accessDenied, .resourceNotFound, .throttling, .serviceQuotaExceeded, .modelTimeout, .modelError,
        .modelNotReady, .serviceUnavailable, .internalServer, .modelStreamError,
    ]

    /// Finds an error by shape name (`ThrottlingException`), stream member name
    /// (`throttlingException`) or short snake-case alias (`throttling`, `model_timeout`).
    static func named(_ text: String) -> Self? {
        let key = text.lowercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "")
        if key == "throttle" { return .throttling }
        return injectable.first { type in
            let name = type.name.lowercased()
            return name == key || name == key + "exception"
        }
    }
}
