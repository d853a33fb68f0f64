import CCurl
import Foundation

/// One request's libcurl easy handle, its C resources and its callbacks.
///
/// Created by the client on the caller's task but *used* only on the loop thread: `start()`
/// creates and configures the handle there, libcurl invokes the callbacks there, and the loop
/// removes and frees it there. The `@unchecked Sendable` covers exactly that hand-over through
/// the loop's locked inbox; anything shared with Swift tasks lives in ``TransferExchange``.
final class CurlTransfer: @unchecked Sendable {
    /// Per-client settings a transfer needs when it configures its handle.
    struct Settings: Sendable {
        var timeouts: HTTPTimeouts
        var proxy: ProxyResolution
        var preferHTTP2: Bool
        var caBundlePath: String?
    }

    let exchange: TransferExchange
    private let request: PreparedRequest
    private let settings: Settings

    private(set) var easy: UnsafeMutableRawPointer?
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var resolveList: UnsafeMutablePointer<curl_slist>?
    private var errorBuffer: UnsafeMutablePointer<CChar>?
    private var parser = ResponseHeadParser()
    private var head: HTTPResponseHead?
    private var collected = Data()
    private var uploadOffset = 0
    /// Last time a byte moved (or the client unpaused the transfer); drives the idle timeout.
    private(set) var lastActivity = ContinuousClock.now

    var id: UInt64 { exchange.id }

    var idleTimeout: Duration? { settings.timeouts.idleRead }

    init(request: PreparedRequest, exchange: TransferExchange, settings: Settings) {
        self.request = request
        self.exchange = exchange
        self.settings = settings
    }

    deinit {
        release()
    }

    // MARK: - Setup (loop thread)

    /// Creates and configures the easy handle. On failure everything is released again.
    func start() -> HTTPClientError? {
        guard let easy = curl_easy_init() else {
            return HTTPClientError(.transferFailed, message: "curl_easy_init failed")
        }
        self.easy = easy
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        self.errorBuffer = errorBuffer
        lastActivity = .now

        let required = configure(easy, errorBuffer: errorBuffer)
        if let failure = required.first(where: { $0.code != CURLE_OK }) {
            release()
            return HTTPClientError(
                .invalidRequest, message: "libcurl rejected \(failure.name): \(Curl.strerror(failure.code))",
                curlCode: Int(failure.code.rawValue))
        }
        return nil
    }

    private struct OptionResult {
        var name: String
        var code: CURLcode
    }

    /// Applies every option; returns the results of those that must succeed.
    private func configure(_ easy: UnsafeMutableRawPointer, errorBuffer: UnsafeMutablePointer<CChar>) -> [OptionResult] {
        var required: [OptionResult] = []
        func must(_ name: String, _ code: CURLcode) { required.append(OptionResult(name: name, code: code)) }
        let userdata = UnsafeRawPointer(Unmanaged.passUnretained(self).toOpaque())

        must("CURLOPT_ERRORBUFFER", Curl.set(easy, CURLOPT_ERRORBUFFER, UnsafeRawPointer(errorBuffer)))
        must("CURLOPT_URL", Curl.set(easy, CURLOPT_URL, request.url))
        // Only HTTP(S), also across redirects (which are not followed anyway). Needs 7.85+.
        _ = Curl.set(easy, CURLOPT_PROTOCOLS_STR, "http,https")
        // Several threads in the process: libcurl must not use signals (SIGALRM for DNS timeouts).
        must("CURLOPT_NOSIGNAL", Curl.set(easy, CURLOPT_NOSIGNAL, true))
        must("CURLOPT_FOLLOWLOCATION", Curl.set(easy, CURLOPT_FOLLOWLOCATION, false))
        // TLS: peer and host verification are libcurl's defaults and are never turned off here.
        // TLS 1.2 is the minimum AWS endpoints accept.
        _ = Curl.set(easy, CURLOPT_SSLVERSION, Int(CURL_SSLVERSION_TLSv1_2))
        if let path = settings.caBundlePath {
            must("CURLOPT_CAINFO", Curl.set(easy, CURLOPT_CAINFO, path))
        }
        // HTTP/2 via ALPN when the server offers it; fails harmlessly on a libcurl without nghttp2.
        _ = Curl.set(easy, CURLOPT_HTTP_VERSION, Int(settings.preferHTTP2 ? CURL_HTTP_VERSION_2TLS : CURL_HTTP_VERSION_1_1))
        // Prefer waiting for an HTTP/2 connection being set up over opening a parallel one.
        _ = Curl.set(easy, CURLOPT_PIPEWAIT, true)
        _ = Curl.set(easy, CURLOPT_TCP_KEEPALIVE, true)
        // A CONNECT tunnel's "200 Connection established" must not look like the response head.
        _ = Curl.set(easy, CURLOPT_SUPPRESS_CONNECT_HEADERS, true)

        must("CURLOPT_PROXY", Curl.set(easy, CURLOPT_PROXY, settings.proxy.proxy(for: request.url)))
        must("CURLOPT_NOPROXY", Curl.set(easy, CURLOPT_NOPROXY, settings.proxy.noProxy))
        if !request.resolve.isEmpty {
            // Pinned addresses: connect exactly there, which a proxy would defeat.
            for entry in request.resolve {
                resolveList = entry.withCString { curl_slist_append(resolveList, $0) }
            }
            must("CURLOPT_RESOLVE", Curl.set(easy, CURLOPT_RESOLVE, UnsafeRawPointer(resolveList)))
            must("CURLOPT_PROXY", Curl.set(easy, CURLOPT_PROXY, ""))
        }

        if let connect = settings.timeouts.connect {
            must("CURLOPT_CONNECTTIMEOUT_MS", Curl.set(easy, CURLOPT_CONNECTTIMEOUT_MS, max(1, connect.roundedUpMilliseconds)))
        }
        if let total = settings.timeouts.total {
            must("CURLOPT_TIMEOUT_MS", Curl.set(easy, CURLOPT_TIMEOUT_MS, max(1, total.roundedUpMilliseconds)))
        }

        configureMethodAndBody(easy, userdata: userdata, must: must)

        for line in request.headerLines {
            headerList = line.withCString { curl_slist_append(headerList, $0) }
        }
        must("CURLOPT_HTTPHEADER", Curl.set(easy, CURLOPT_HTTPHEADER, UnsafeRawPointer(headerList)))

        let write: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
            data, size, count, userdata in
            guard let userdata else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
            return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
        }
        let header: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
            data, size, count, userdata in
            guard let userdata else { return 0 }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
            return transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
        }
        must("CURLOPT_WRITEFUNCTION", Curl.set(easy, CURLOPT_WRITEFUNCTION, unsafeBitCast(write, to: UnsafeRawPointer.self)))
        must("CURLOPT_WRITEDATA", Curl.set(easy, CURLOPT_WRITEDATA, userdata))
        must("CURLOPT_HEADERFUNCTION", Curl.set(easy, CURLOPT_HEADERFUNCTION, unsafeBitCast(header, to: UnsafeRawPointer.self)))
        must("CURLOPT_HEADERDATA", Curl.set(easy, CURLOPT_HEADERDATA, userdata))
        return required
    }

    private func configureMethodAndBody(
        _ easy: UnsafeMutableRawPointer,
        userdata: UnsafeRawPointer,
        must: (String, CURLcode) -> Void
    ) {
        let size: Int
        switch request.body {
        case .none:
            switch request.method {
            case .get:
                must("CURLOPT_HTTPGET", Curl.set(easy, CURLOPT_HTTPGET, true))
            case .head:
                must("CURLOPT_NOBODY", Curl.set(easy, CURLOPT_NOBODY, true))
            default:
                must("CURLOPT_CUSTOMREQUEST", Curl.set(easy, CURLOPT_CUSTOMREQUEST, request.method.rawValue))
            }
            return
        case .bytes(let bytes):
            size = bytes.count
            let seek: @convention(c) (UnsafeMutableRawPointer?, curl_off_t, Int32) -> Int32 = {
                userdata, offset, origin in
                guard let userdata else { return Int32(CURL_SEEKFUNC_FAIL) }
                let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
                return transfer.rewindBody(to: offset, origin: origin)
            }
            // Lets libcurl resend the body itself, e.g. when a reused connection turns out dead.
            must("CURLOPT_SEEKFUNCTION", Curl.set(easy, CURLOPT_SEEKFUNCTION, unsafeBitCast(seek, to: UnsafeRawPointer.self)))
            must("CURLOPT_SEEKDATA", Curl.set(easy, CURLOPT_SEEKDATA, userdata))
        case .stream:
            // Unknown size: libcurl sends HTTP/1.1 bodies with chunked transfer coding and
            // HTTP/2 bodies as DATA frames ending with END_STREAM.
            size = -1
        }
        // POST semantics (body from the read callback) with the real method name on the wire.
        must("CURLOPT_POST", Curl.set(easy, CURLOPT_POST, true))
        must("CURLOPT_POSTFIELDSIZE_LARGE", Curl.set(easy, CURLOPT_POSTFIELDSIZE_LARGE, size))
        if request.method != .post {
            must("CURLOPT_CUSTOMREQUEST", Curl.set(easy, CURLOPT_CUSTOMREQUEST, request.method.rawValue))
        }
        let read: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
            buffer, size, count, userdata in
            guard let userdata, let buffer else { return Int(CURL_READFUNC_ABORT) }
            let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
            return transfer.sendBody(into: UnsafeMutableRawBufferPointer(start: buffer, count: size * count))
        }
        must("CURLOPT_READFUNCTION", Curl.set(easy, CURLOPT_READFUNCTION, unsafeBitCast(read, to: UnsafeRawPointer.self)))
        must("CURLOPT_READDATA", Curl.set(easy, CURLOPT_READDATA, userdata))
    }

    // MARK: - Callbacks (loop thread, inside curl_multi_perform / curl_easy_pause)

    private func receiveHeaderLine(_ line: UnsafeRawBufferPointer) -> Int {
        lastActivity = .now
        if case .complete(let parsed) = parser.consume(line), head == nil {
            head = parsed
            exchange.deliverHead(parsed)
        }
        return line.count
    }

    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        deliverHeadIfMissing()
        switch exchange.mode {
        case .collect:
            lastActivity = .now
            if let base = bytes.baseAddress {
                collected.append(base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
            }
            return bytes.count
        case .stream:
            switch exchange.offerBody(bytes) {
            case .accepted:
                lastActivity = .now
                return bytes.count
            case .pause:
                return Int(CURL_WRITEFUNC_PAUSE)
            case .discard:
                return 0  // CURLE_WRITE_ERROR: the consumer is gone
            }
        }
    }

    private func sendBody(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        switch request.body {
        case .none:
            return 0
        case .bytes(let bytes):
            let count = min(buffer.count, bytes.count - uploadOffset)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[uploadOffset..<(uploadOffset + count)]))
            }
            uploadOffset += count
            exchange.noteBodyBytesHanded(count)
            lastActivity = .now
            return count
        case .stream:
            switch exchange.readUpload(into: buffer) {
            case .bytes(let count):
                lastActivity = .now
                return count
            case .pause:
                return Int(CURL_READFUNC_PAUSE)
            case .end:
                return 0
            case .abort:
                return Int(CURL_READFUNC_ABORT)
            }
        }
    }

    private func rewindBody(to offset: curl_off_t, origin: Int32) -> Int32 {
        guard case .bytes(let bytes) = request.body, origin == SEEK_SET, offset >= 0, offset <= bytes.count else {
            return Int32(CURL_SEEKFUNC_CANTSEEK)
        }
        uploadOffset = Int(offset)
        return Int32(CURL_SEEKFUNC_OK)
    }

    private func deliverHeadIfMissing() {
        guard head == nil else { return }
        let status = easy.flatMap { Int(Curl.info($0, CURLINFO_RESPONSE_CODE) ?? 0) } ?? 0
        let parsed = parser.head(fallbackStatus: status)
        head = parsed
        exchange.deliverHead(parsed)
    }

    // MARK: - Loop-thread bookkeeping

    /// The libcurl pause mask to apply after the exchange's consumer or producer caught up.
    func applyResume() {
        guard let easy else { return }
        let (receivePaused, sendPaused) = exchange.takeResumeRequests()
        lastActivity = .now
        let mask = (receivePaused ? CURLPAUSE_RECV : 0) | (sendPaused ? CURLPAUSE_SEND : 0)
        // May call the write/read callbacks before returning; they can pause again.
        _ = curl_easy_pause(easy, mask)
    }

    /// The outcome of a transfer libcurl reported done with `code`. Reads transfer info, so it
    /// must be called before the handle is released.
    func outcome(for code: CURLcode) -> Result<HTTPResponse?, HTTPClientError> {
        guard code == CURLE_OK else { return .failure(classify(code)) }
        deliverHeadIfMissing()
        switch exchange.mode {
        case .collect:
            let head = self.head ?? HTTPResponseHead(status: 0, headers: [:])
            return .success(HTTPResponse(status: head.status, headers: head.headers, body: collected))
        case .stream:
            return .success(nil)
        }
    }

    func idleTimeoutError(after idle: Duration) -> HTTPClientError {
        HTTPClientError(
            .readTimeout, message: "No data was transferred for \(idle) (idle-read timeout)",
            requestBodySent: exchange.bodyBytesHanded > 0)
    }

    private func classify(_ code: CURLcode) -> HTTPClientError {
        if let settled = exchange.settledError { return settled }
        var message = errorBuffer.map { String(cString: $0) } ?? ""
        if message.isEmpty { message = Curl.strerror(code) }
        let sent = exchange.bodyBytesHanded > 0
        // CURLINFO_NUM_CONNECTS counts the connections this transfer had to open (0: it ran on a
        // cached one); CURLINFO_HEADER_SIZE the response header bytes received.
        let diedOnReuse = easy.map { easy in
            Curl.info(easy, CURLINFO_NUM_CONNECTS) == 0 && Curl.info(easy, CURLINFO_HEADER_SIZE) == 0
        } ?? false
        func error(_ kind: HTTPClientError.Code) -> HTTPClientError {
            HTTPClientError(
                kind, message: message, curlCode: Int(code.rawValue), requestBodySent: sent,
                failedOnReusedConnection: diedOnReuse)
        }
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return error(timeoutKind())
        case CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT, CURLE_PROXY:
            return error(.connectionFailed)
        case CURLE_GOT_NOTHING, CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_PARTIAL_FILE, CURLE_SEND_FAIL_REWIND:
            return error(.connectionClosed)
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_SHUTDOWN_FAILED,
            CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS,
            CURLE_SSL_CLIENTCERT, CURLE_USE_SSL_FAILED:
            return error(.tlsFailure)
        case CURLE_WEIRD_SERVER_REPLY, CURLE_HTTP2, CURLE_HTTP2_STREAM, CURLE_HTTP3, CURLE_BAD_CONTENT_ENCODING,
            CURLE_TOO_MANY_REDIRECTS:
            return error(.protocolError)
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT, CURLE_BAD_FUNCTION_ARGUMENT, CURLE_LOGIN_DENIED:
            return error(.invalidRequest)
        default:
            return error(.transferFailed)
        }
    }

    /// libcurl reports every timeout as `CURLE_OPERATION_TIMEDOUT`; tell them apart by whether the
    /// connection phase had completed. The pre-transfer time is set once the request is about to
    /// be sent, which also covers a reused connection (whose connect time is 0).
    private func timeoutKind() -> HTTPClientError.Code {
        guard let easy else { return .totalTimeout }
        let isHTTPS = request.url.lowercased().hasPrefix("https:")
        let connected = Curl.info(easy, isHTTPS ? CURLINFO_APPCONNECT_TIME_T : CURLINFO_CONNECT_TIME_T) ?? 0
        let pretransfer = Curl.info(easy, CURLINFO_PRETRANSFER_TIME_T) ?? 0
        if connected > 0 || pretransfer > 0 { return .totalTimeout }
        switch (settings.timeouts.connect, settings.timeouts.total) {
        case (_, nil): return .connectTimeout
        case (nil, .some): return .totalTimeout
        case (.some(let connect), .some(let total)): return connect <= total ? .connectTimeout : .totalTimeout
        }
    }

    /// Frees the easy handle and everything it points into. The loop removes the handle from the
    /// multi handle first.
    func release() {
        if let easy {
            curl_easy_cleanup(easy)
            self.easy = nil
        }
        if let headerList {
            curl_slist_free_all(headerList)
            self.headerList = nil
        }
        if let resolveList {
            curl_slist_free_all(resolveList)
            self.resolveList = nil
        }
        if let errorBuffer {
            errorBuffer.deallocate()
            self.errorBuffer = nil
        }
    }
}
