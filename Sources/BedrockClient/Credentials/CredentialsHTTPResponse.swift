import Foundation

/// A buffered HTTP response as a ``CredentialsHTTPTransport`` returns it.
///
///     let response = CredentialsHTTPResponse(status: 200, body: Data(json.utf8))
///     let requestId = response.headerValue(named: "x-amzn-requestid")
public struct CredentialsHTTPResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first header named `name` (case-insensitive).
    public func headerValue(named name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// The body as UTF-8 text (invalid bytes replaced), for error messages and XML.
    var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The start of the body for an error message, on one line.
    var bodySnippet: String {
        let text = bodyText.trimmingCharacters(in: .whitespacesAndNewlines)
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count > 300 ? String(oneLine.prefix(300)) + "…" : oneLine
    }
}
