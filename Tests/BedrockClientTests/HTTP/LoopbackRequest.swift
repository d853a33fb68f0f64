/// A request as the loopback server received it.
struct LoopbackRequest: Sendable {
    var method: String
    /// The request-target exactly as sent: origin-form (`/path`), or absolute-form
    /// (`http://host/path`) / authority-form (`host:443`) when the server acts as a proxy.
    var target: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    func hasHeader(_ name: String) -> Bool {
        header(name) != nil
    }
}
