import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One accepted connection of the emulator, used only by its own thread: reads HTTP/1.1
/// requests (keep-alive, `Content-Length` or chunked bodies, each chunk reported as it arrives)
/// and writes complete responses.
final class EmulatorConnection: @unchecked Sendable {
    enum BodyEnd {
        /// The body ended as framed.
        case complete
        /// The peer closed the connection (or broke the framing) before the body ended.
        case truncated
    }

    private let socket: Int32
    private var buffer: [UInt8] = []

    init(socket: Int32) {
        self.socket = socket
        var yes: Int32 = 1
        _ = setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
    }

    /// The next request head, or `nil` once the peer closed the connection.
    func readHead() -> EmulatedRequest? {
        let terminator = Array("\r\n\r\n".utf8)
        while true {
            if let end = find(terminator) {
                let head = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeSubrange(..<(end + terminator.count))
                var lines = head.components(separatedBy: "\r\n")
                let requestLine = lines.removeFirst().split(separator: " ", maxSplits: 2).map(String.init)
                guard requestLine.count == 3 else { return nil }
                let headers = lines.compactMap { line -> (name: String, value: String)? in
                    guard let colon = line.firstIndex(of: ":") else { return nil }
                    return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
                }
                return EmulatedRequest(method: requestLine[0], target: requestLine[1], headers: headers)
            }
            guard fill() else { return nil }
        }
    }

    /// Reads the request body, handing each piece to `onData` as it arrives (per chunk for a
    /// chunked body).
    func readBody(of request: EmulatedRequest, onData: ([UInt8]) -> Void) -> BodyEnd {
        if request.header("Transfer-Encoding")?.lowercased() == "chunked" {
            while true {
                guard let sizeLine = readLine() else { return .truncated }
                let sizeText = sizeLine.split(separator: ";").first.map(String.init) ?? ""
                guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { return .truncated }
                if size == 0 {
                    // Trailer fields, then the empty line.
                    while let line = readLine() {
                        if line.isEmpty { return .complete }
                    }
                    return .truncated
                }
                guard let data = readExactly(size), readLine() == "" else { return .truncated }
                onData(data)
            }
        }
        if let length = request.header("Content-Length").flatMap(Int.init), length > 0 {
            guard let data = readExactly(length) else { return .truncated }
            onData(data)
        }
        return .complete
    }

    func respond(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
        var head = "HTTP/1.1 \(status) \(status == 200 ? "OK" : status == 202 ? "Accepted" : "Status")\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        write(Array(head.utf8) + body)
    }

    private func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    private func readLine() -> String? {
        let crlf = Array("\r\n".utf8)
        while true {
            if let end = find(crlf) {
                let line = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeSubrange(..<(end + 2))
                return line
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

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let received = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard received > 0 else { return false }
        buffer.append(contentsOf: chunk[..<received])
        return true
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        for start in 0...(buffer.count - pattern.count) where buffer[start] == pattern[0] {
            if Array(buffer[start..<(start + pattern.count)]) == pattern { return start }
        }
        return nil
    }
}
