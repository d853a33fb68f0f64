import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One accepted connection of ``LoopbackHTTPServer``, used only by its own thread.
final class LoopbackConnection: @unchecked Sendable {
    private let socket: Int32
    private var buffer: [UInt8] = []
    private(set) var isClosed = false
    private let bodyObserver: LoopbackHTTPServer.BodyObserver?

    init(socket: Int32, bodyObserver: LoopbackHTTPServer.BodyObserver?) {
        self.socket = socket
        self.bodyObserver = bodyObserver
        // Scripted responses are written in pieces; don't let Nagle hold them back.
        var yes: Int32 = 1
        _ = setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
    }

    // MARK: Reading

    /// Reads the next request, or `nil` when the peer closed the connection.
    func readRequest() -> LoopbackRequest? {
        guard let headText = readHead() else { return nil }
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ", maxSplits: 2).map(String.init)
        guard requestLine.count == 3 else { return nil }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (
                name: String(line[..<colon]),
                value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            )
        }
        var request = LoopbackRequest(method: requestLine[0], target: requestLine[1], headers: headers, body: [])
        if request.header("Transfer-Encoding")?.lowercased() == "chunked" {
            guard let body = readChunkedBody() else { return nil }
            request.body = body
        } else if let length = request.header("Content-Length").flatMap(Int.init), length > 0 {
            guard let body = readExactly(length) else { return nil }
            request.body = body
        }
        return request
    }

    private func readHead() -> String? {
        let terminator: [UInt8] = Array("\r\n\r\n".utf8)
        while true {
            if let range = firstRange(of: terminator) {
                let head = Array(buffer[..<range.lowerBound])
                buffer.removeSubrange(..<range.upperBound)
                return String(decoding: head, as: UTF8.self)
            }
            guard fill() else { return nil }
        }
    }

    private func readLine() -> String? {
        let terminator: [UInt8] = Array("\r\n".utf8)
        while true {
            if let range = firstRange(of: terminator) {
                let line = Array(buffer[..<range.lowerBound])
                buffer.removeSubrange(..<range.upperBound)
                return String(decoding: line, as: UTF8.self)
            }
            guard fill() else { return nil }
        }
    }

    private func readExactly(_ count: Int) -> [UInt8]? {
        while buffer.count < count {
            guard fill() else { return nil }
        }
        let bytes = Array(buffer[..<count])
        buffer.removeSubrange(..<count)
        return bytes
    }

    /// RFC 9112 §7.1: chunk-size [ext] CRLF data CRLF … 0 CRLF [trailers] CRLF.
    private func readChunkedBody() -> [UInt8]? {
        var body: [UInt8] = []
        while true {
            guard let sizeLine = readLine() else { return nil }
            let sizeText = sizeLine.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { return nil }
            if size == 0 {
                while let trailer = readLine(), !trailer.isEmpty {}
                return body
            }
            guard let chunk = readExactly(size), readLine() == "" else { return nil }
            body += chunk
            bodyObserver?(chunk)
        }
    }

    private func firstRange(of pattern: [UInt8]) -> Range<Int>? {
        guard buffer.count >= pattern.count else { return nil }
        for start in 0...(buffer.count - pattern.count) where buffer[start] == pattern[0] {
            if Array(buffer[start..<(start + pattern.count)]) == pattern { return start..<(start + pattern.count) }
        }
        return nil
    }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count > 0 else {
            isClosed = true
            return false
        }
        buffer += chunk[..<count]
        return true
    }

    // MARK: Writing

    /// Sends a complete response with `Content-Length`.
    @discardableResult
    func respond(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) -> Bool {
        write(Self.head(status: status, headers: headers + [("Content-Length", "\(body.count)")]) + body)
    }

    @discardableResult
    func writeHead(status: Int, headers: [(String, String)]) -> Bool {
        write(Self.head(status: status, headers: headers))
    }

    private static func head(status: Int, headers: [(String, String)]) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(reason(status))\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        return Array(head.utf8)
    }

    /// One chunk of a `Transfer-Encoding: chunked` response; an empty chunk ends the body.
    @discardableResult
    func writeChunk(_ bytes: [UInt8]) -> Bool {
        write(Array((String(bytes.count, radix: 16) + "\r\n").utf8) + bytes + Array("\r\n".utf8))
    }

    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                send(socket, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else {
                isClosed = true
                return false
            }
            offset += sent
        }
        return true
    }

    /// Blocks until the peer closes the connection (returns `true`) or `timeout` passes.
    func waitForPeerClose(timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 50)
            guard ready > 0 else { continue }
            var scratch = [UInt8](repeating: 0, count: 4096)
            let count = scratch.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 {
                isClosed = true
                return true
            }
        }
        return false
    }

    /// Closes the connection from the server side (after the current response).
    func closeNow() {
        isClosed = true
        _ = shutdown(socket, Int32(SHUT_RDWR))
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 201: "Created"
        case 204: "No Content"
        case 403: "Forbidden"
        case 404: "Not Found"
        default: "Status"
        }
    }
}
