/// The head of a request the emulator received.
struct EmulatedRequest: Sendable {
    var method: String
    var target: String
    var headers: [(name: String, value: String)]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
