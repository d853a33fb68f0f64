/// Where an operation-input or -output member travels in the HTTP message
/// (service-2.json `location`). Members without a location travel in the JSON body.
///
/// ```swift
/// let member = model.shape(named: "ConverseRequest")?.member(named: "modelId")
/// member?.location == .uri // true: modelId is in /model/{modelId}/converse
/// ```
public enum MemberLocation: String, Sendable, Hashable {
    case uri
    case header
    /// A prefixed header map (`X-Amz-Meta-*`).
    case headers
    case querystring
    case statusCode
}
