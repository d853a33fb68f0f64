import GatewayCore

/// A tool the request declares: its name and JSON Schema, which is all a reply needs to call it.
struct ToolDescriptor: Sendable, Hashable {
    var name: String
    var inputSchema: JSONValue?
}
