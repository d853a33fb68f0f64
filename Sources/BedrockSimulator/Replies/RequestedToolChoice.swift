/// The tool choice of a request, in the terms both Converse and the Anthropic body share.
enum RequestedToolChoice: Sendable, Hashable {
    case auto
    case any
    case tool(String)
    case none
}
