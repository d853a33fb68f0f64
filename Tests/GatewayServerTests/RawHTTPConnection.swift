import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A plain TCP connection to the server under test, for what an HTTP client library hides:
/// several requests on one connection, a body that is declared but never sent, a client that
/// leaves mid-response.
///
/// Blocking socket calls run on a Dispatch queue, never on the cooperative pool the server's own
/// tasks need. A receive timeout is only a safety net against a hung test.
final class RawHTTPConnection: @unchecked Sendable {
    struct Response: Sendable {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let socket: Int32
    private var buffer: [UInt8] = []
    private let queue = DispatchQueue(label: "RawHTTPConnection")

    private init(socket: Int32) {
        self.socket = socket
    }

    deinit {
        Glibc.close(socket)
    }

    static func connect(port: Int) throws -> RawHTTPConnection {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed: \(errno)") }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(fd)
            throw Failure(description: "connect() failed: \(code)")
        }
        return RawHTTPConnection(socket: fd)
    }

    /// Whether something accepts connections on `port` right now.
    static func isAccepting(port: Int) -> Bool {
        (try? connect(port: port)) != nil
    }

    func send(_ text: String) async throws {
        try await send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) async throws {
        try await onQueue {
            var offset = 0
            while offset < bytes.count {
                let sent = bytes.withUnsafeBytes {
                    Glibc.send(self.socket, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
                }
                guard sent > 0 else { throw Failure(description: "send() failed: \(errno)") }
                offset += sent
            }
        }
    }

    /// Reads one response: head, then a `Content-Length` or chunked body.
    func readResponse() async throws -> Response {
        try await onQueue { try self.readResponseBlocking() }
    }

    /// Reads the head of a chunked response and then its first chunk only.
    func readHeadAndFirstChunk() async throws -> (Response, [UInt8]) {
        try await onQueue {
            let head = try self.readHead()
            return (head, try self.readChunk() ?? [])
        }
    }

    /// Waits until the server closes the connection (end of stream or reset): `true`, or the
    /// safety timeout passes: `false`. Any bytes still arriving are discarded.
    func waitForClose() async -> Bool {
        await withCheckedContinuation { continuation in
            queue.async {
                while true {
                    let count = self.fill()
                    if count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
                        continuation.resume(returning: true)
                        return
                    }
                    if count < 0 {
                        continuation.resume(returning: false)
                        return
                    }
                }
            }
        }
    }

    /// Closes the socket at once, as a client that gives up would.
    func close() {
        _ = Glibc.shutdown(socket, Int32(SHUT_RDWR))
    }

    // MARK: - Blocking parts (on the queue)

    private func onQueue<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    private func readResponseBlocking() throws -> Response {
        var response = try readHead()
        if response.header("Transfer-Encoding")?.lowercased() == "chunked" {
            while let chunk = try readChunk() { response.body += chunk }
        } else if let length = response.header("Content-Length").flatMap(Int.init) {
            response.body = try readExactly(length)
        }
        return response
    }

    private func readHead() throws -> Response {
        let text = String(decoding: try readThrough(Array("\r\n\r\n".utf8)), as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        guard !lines.isEmpty else { throw Failure(description: "empty response head") }
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line in \(text)")
        }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return Response(status: status, headers: headers, body: [])
    }

    /// One chunk of a chunked body; `nil` after the last (empty) chunk and its trailers.
    private func readChunk() throws -> [UInt8]? {
        let sizeLine = String(decoding: try readThrough(Array("\r\n".utf8)), as: UTF8.self)
        let sizeText = sizeLine.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        guard let size = Int(sizeText, radix: 16) else { throw Failure(description: "bad chunk size \(sizeLine)") }
        if size == 0 {
            while try readThrough(Array("\r\n".utf8)).count > 2 {}
            return nil
        }
        let chunk = try readExactly(size)
        _ = try readExactly(2)
        return chunk
    }

    /// Bytes up to and including `terminator`.
    private func readThrough(_ terminator: [UInt8]) throws -> [UInt8] {
        while true {
            if let end = endIndex(of: terminator) {
                let bytes = Array(buffer[..<end])
                buffer.removeSubrange(..<end)
                return bytes
            }
            guard fill() > 0 else { throw Failure(description: "connection closed mid-response") }
        }
    }

    private func readExactly(_ count: Int) throws -> [UInt8] {
        while buffer.count < count {
            guard fill() > 0 else { throw Failure(description: "connection closed mid-body") }
        }
        let bytes = Array(buffer[..<count])
        buffer.removeSubrange(..<count)
        return bytes
    }

    private func endIndex(of pattern: [UInt8]) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        for start in 0...(buffer.count - pattern.count)
        where buffer[start..<(start + pattern.count)].elementsEqual(pattern) {
            return start + pattern.count
        }
        return nil
    }

    private func fill() -> Int {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        if count > 0 { buffer += chunk[..<count] }
        return count
    }
}
