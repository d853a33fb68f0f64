/// An ``HTTPRequest`` checked and turned into what libcurl is given: the header lines for
/// `CURLOPT_HTTPHEADER` and the body source. Validation happens here, on the caller's task, so a
/// bad request fails with ``HTTPClientError/Code/invalidRequest`` before touching libcurl.
struct PreparedRequest: Sendable {
    let method: HTTPMethod
    let url: String
    let headerLines: [String]
    let body: HTTPRequestBody.Storage
    let resolve: [String]

    /// Fields whose framing libcurl owns: it computes them from the body.
    private static let framingFields = ["Content-Length", "Transfer-Encoding"]

    init(_ request: HTTPRequest, userAgent: String?) throws(HTTPClientError) {
        guard request.method.isValidToken else {
            throw HTTPClientError(.invalidRequest, message: "Invalid HTTP method \"\(request.method)\"")
        }
        let lowered = request.url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else {
            throw HTTPClientError(.invalidRequest, message: "Only absolute http and https URLs are supported: \(request.url)")
        }
        guard !request.url.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else {
            throw HTTPClientError(.invalidRequest, message: "The URL contains whitespace or control characters")
        }
        for entry in request.resolve where entry.isEmpty || entry.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) {
            throw HTTPClientError(.invalidRequest, message: "Invalid resolve entry \"\(entry)\"")
        }
        var lines: [String] = []
        for field in request.headers {
            guard HTTPHeaders.isValidName(field.name) else {
                throw HTTPClientError(.invalidRequest, message: "Invalid header name \"\(field.name)\"")
            }
            guard HTTPHeaders.isValidValue(field.value) else {
                throw HTTPClientError(.invalidRequest, message: "Header \(field.name) has CR, LF or NUL in its value")
            }
            if Self.framingFields.contains(where: { HTTPHeaders.namesEqual($0, field.name) }) { continue }
            // libcurl syntax: "Name;" sends an empty value ("Name:" would remove the field).
            lines.append(field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)")
        }

        var body = request.body.storage
        if case .none = body, [HTTPMethod.post, .put, .patch].contains(request.method) {
            body = .bytes([])  // send Content-Length: 0, as servers expect for these methods
        }
        let hasBody: Bool
        if case .none = body { hasBody = false } else { hasBody = true }

        // Blank out headers libcurl would invent: the form-urlencoded Content-Type it adds to
        // every POST, and "Expect: 100-continue", which stalls a body up to 1 s waiting for a
        // "100 Continue" many servers never send.
        if hasBody && !request.headers.contains(name: "Content-Type") {
            lines.append("Content-Type:")
        }
        if !request.headers.contains(name: "Expect") {
            lines.append("Expect:")
        }
        if let userAgent, !request.headers.contains(name: "User-Agent"), HTTPHeaders.isValidValue(userAgent) {
            lines.append("User-Agent: \(userAgent)")
        }

        self.method = request.method
        self.url = request.url
        self.headerLines = lines
        self.body = body
        self.resolve = request.resolve
    }
}
