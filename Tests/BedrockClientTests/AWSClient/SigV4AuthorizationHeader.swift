/// The parts of a received `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…,
/// Signature=…` header.
struct SigV4AuthorizationHeader {
    struct Malformed: Error, CustomStringConvertible {
        var header: String
        var description: String { "not a SigV4 Authorization header: \(header)" }
    }

    var credential: String
    var signedHeaders: String
    var signature: String

    init(_ header: String) throws {
        let prefix = "AWS4-HMAC-SHA256 "
        guard header.hasPrefix(prefix) else { throw Malformed(header: header) }
        var fields: [String: String] = [:]
        for part in header.dropFirst(prefix.count).split(separator: ",") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { throw Malformed(header: header) }
            fields[String(pair[0])] = String(pair[1])
        }
        guard let credential = fields["Credential"], let signedHeaders = fields["SignedHeaders"],
            let signature = fields["Signature"]
        else { throw Malformed(header: header) }
        self.credential = credential
        self.signedHeaders = signedHeaders
        self.signature = signature
    }
}
