/// The names and values of the Lambda Runtime API (version 2018-06-01), in one place.
///
/// Source: AWS Lambda Developer Guide, "Using the Lambda runtime API for custom runtimes" and
/// "Response streaming for custom runtimes"; the Function URL / API Gateway streaming format
/// from "Lambda proxy integration with payload response streaming".
///
/// ```swift
/// let url = "http://\(endpoint)" + LambdaRuntimeAPI.Path.next
/// let id = response.headers[LambdaRuntimeAPI.Header.requestID]
/// ```
public enum LambdaRuntimeAPI {
    /// The API version prefix of every path.
    public static let version = "2018-06-01"

    /// Request paths, relative to `http://$AWS_LAMBDA_RUNTIME_API`.
    public enum Path {
        /// `GET`: long-polls for the next invocation event.
        public static let next = "/\(version)/runtime/invocation/next"
        /// `POST`: reports that the runtime failed to initialize.
        public static let initError = "/\(version)/runtime/init/error"

        /// `POST`: the invocation's response (buffered or streamed).
        public static func response(requestID: String) -> String {
            "/\(version)/runtime/invocation/\(escaped(requestID))/response"
        }

        /// `POST`: the invocation failed.
        public static func error(requestID: String) -> String {
            "/\(version)/runtime/invocation/\(escaped(requestID))/error"
        }

        /// Request ids are UUIDs; anything else is percent-encoded so it stays one path segment.
        private static func escaped(_ requestID: String) -> String {
            URLComponentCoding.encodePathSegment(requestID)
        }
    }

    /// Header fields of the Runtime API.
    public enum Header {
        /// On `next`: the invocation's request id.
        public static let requestID = "Lambda-Runtime-Aws-Request-Id"
        /// On `next`: when the invocation times out, Unix time in milliseconds.
        public static let deadlineMilliseconds = "Lambda-Runtime-Deadline-Ms"
        /// On `next`: the ARN of the function, version or alias invoked.
        public static let invokedFunctionARN = "Lambda-Runtime-Invoked-Function-Arn"
        /// On `next`: the X-Ray tracing header (`Root=…;Parent=…;Sampled=…`).
        public static let traceID = "Lambda-Runtime-Trace-Id"
        /// On `next`: client context from the AWS Mobile SDK (JSON), if any.
        public static let clientContext = "Lambda-Runtime-Client-Context"
        /// On `next`: the Cognito identity from the AWS Mobile SDK (JSON), if any.
        public static let cognitoIdentity = "Lambda-Runtime-Cognito-Identity"
        /// On `error` and `init/error` (and as a trailer of a streamed response): the error type,
        /// by convention `Category.Reason` (`Runtime.ConfigInvalid`).
        public static let functionErrorType = "Lambda-Runtime-Function-Error-Type"
        /// Trailer of a streamed response: the base64 error body, after a mid-stream failure.
        public static let functionErrorBody = "Lambda-Runtime-Function-Error-Body"
        /// On a `response`: `streaming` selects response streaming.
        public static let responseMode = "Lambda-Runtime-Function-Response-Mode"
    }

    /// Values of the header fields above.
    public enum Value {
        /// ``Header/responseMode`` for a streamed response (sent with chunked transfer coding).
        public static let streamingResponseMode = "streaming"
        /// The content type of a streamed response that carries an HTTP status and headers for a
        /// Function URL or API Gateway: a JSON prelude, eight NUL bytes, then the body.
        public static let httpIntegrationContentType = "application/vnd.awslambda.http-integration-response"
    }

    /// Environment variables the runtime reads or sets.
    public enum Environment {
        /// `host:port` of the Runtime API, set by Lambda.
        public static let runtimeAPI = "AWS_LAMBDA_RUNTIME_API"
        /// Set by the runtime to the current invocation's trace header (the X-Ray SDKs read it).
        public static let traceID = "_X_AMZN_TRACE_ID"
        /// The function's name, set by Lambda (for log lines).
        public static let functionName = "AWS_LAMBDA_FUNCTION_NAME"
        /// The function's version, set by Lambda (for log lines).
        public static let functionVersion = "AWS_LAMBDA_FUNCTION_VERSION"
        /// Configured memory in MB, set by Lambda (for log lines).
        public static let functionMemorySize = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE"
        /// `true` when the function is invoked through a Function URL (or API Gateway) configured
        /// with the `RESPONSE_STREAM` invoke mode: API Gateway and Function URL events are then
        /// answered with the Runtime API's streaming mode. Set by the infrastructure template.
        public static let responseStreaming = "LAMBDA_RESPONSE_STREAMING"
    }

    /// The delimiter between the JSON prelude and the body of a streamed HTTP integration
    /// response: eight NUL bytes.
    public static let preludeDelimiter: [UInt8] = Array(repeating: 0, count: 8)
}
