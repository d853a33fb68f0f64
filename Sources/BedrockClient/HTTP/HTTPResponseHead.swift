/// The status line and header fields of a response, available before its body.
struct HTTPResponseHead: Sendable {
    var status: Int
    var headers: HTTPHeaders
}
