/// The parts of an HTTP request that authorization reads and the headers it adds to.
///
///     var request = SignableRequest(method: "POST", path: AWSPath.make(["model", modelId, "converse"]),
///                                   headers: [("Host", "bedrock-runtime.us-east-1.amazonaws.com")],
///                                   payload: try PayloadHash.sha256(of: body))
///     try authorization.authorize(&request, date: now, signer: signer)
public struct SignableRequest: Sendable {
    /// The HTTP method, e.g. `POST`.
    public var method: String
    /// The path as sent on the wire, segments already percent-encoded (see ``AWSPath``).
    public var path: String
    /// Query parameters, *not* encoded; ``encodedQuery`` encodes them.
    public var queryItems: [(name: String, value: String)]
    /// Header fields in sending order; names compare case-insensitively.
    public var headers: [(name: String, value: String)]
    /// The hash of the body that will be sent.
    public var payload: PayloadHash

    public init(
        method: String,
        path: String,
        queryItems: [(name: String, value: String)] = [],
        headers: [(name: String, value: String)] = [],
        payload: PayloadHash = .emptyBody
    ) {
        self.method = method
        self.path = path
        self.queryItems = queryItems
        self.headers = headers
        self.payload = payload
    }

    /// The query string (without `?`) in SigV4 canonical form — names and values encoded, pairs
    /// sorted — which is also a valid query to send, so the URL and the signature agree.
    public var encodedQuery: String {
        SigV4Canonicalization.canonicalQuery(queryItems)
    }

    /// Values of every header named `name` (case-insensitive), in order.
    public func headerValues(named name: String) -> [String] {
        let lowered = name.lowercased()
        return headers.filter { $0.name.lowercased() == lowered }.map(\.value)
    }

    /// Removes every header named `name` (case-insensitive).
    public mutating func removeHeaders(named name: String) {
        let lowered = name.lowercased()
        headers.removeAll { $0.name.lowercased() == lowered }
    }

    /// Replaces every header named `name` with one carrying `value`.
    public mutating func setHeader(_ name: String, _ value: String) {
        removeHeaders(named: name)
        headers.append((name: name, value: value))
    }
}
