import Foundation

/// The body of an HTTP invocation event: text, or base64 when `isBase64Encoded` is true
/// (ALB and API Gateway encode binary bodies, Function URLs encode every non-text body).
///
/// ```swift
/// let body = try LambdaEventBody.decode(event.body, isBase64Encoded: event.isBase64Encoded)
/// ```
enum LambdaEventBody {
    static func decode(_ body: String?, isBase64Encoded: Bool?) throws(LambdaEventError) -> Data {
        guard let body, !body.isEmpty else { return Data() }
        guard isBase64Encoded == true else { return Data(body.utf8) }
        guard let data = Data(base64Encoded: body, options: .ignoreUnknownCharacters) else {
            throw LambdaEventError(.invalidBase64Body, "The event body is marked isBase64Encoded but is not valid base64.")
        }
        return data
    }
}
