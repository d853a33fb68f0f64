import Foundation

/// The error document posted to the Runtime API's `error` and `init/error` paths:
/// `{"errorMessage": …, "errorType": …, "stackTrace": […]}`, with the type repeated in the
/// `Lambda-Runtime-Function-Error-Type` header.
///
/// Types follow the documented `Category.Reason` convention (`Runtime.ConfigInvalid`).
///
/// ```swift
/// let report = LambdaErrorReport(type: "Runtime.ConfigInvalid", message: "API_KEY_CACHE_TTL: expected seconds")
/// try await client.reportInitError(report)
/// ```
public struct LambdaErrorReport: Codable, Sendable, Hashable {
    public var errorType: String
    public var errorMessage: String
    public var stackTrace: [String]

    public init(type: String, message: String, stackTrace: [String] = []) {
        self.errorType = type
        self.errorMessage = message
        self.stackTrace = stackTrace
    }

    /// The JSON body.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A struct of strings always encodes; keep a fixed body rather than trapping.
        return (try? encoder.encode(self))
            ?? Data(#"{"errorMessage":"unencodable error","errorType":"Runtime.Unknown","stackTrace":[]}"#.utf8)
    }

    /// The event is not an HTTP event this function understands.
    public static let invalidEventType = "Runtime.InvalidEvent"
    /// Configuration could not be read at initialization.
    public static let configInvalidType = "Runtime.ConfigInvalid"
    /// Initialization failed for another reason.
    public static let initFailedType = "Runtime.InitFailed"
    /// The handler failed without producing a response.
    public static let unhandledType = "Runtime.Unhandled"
}
