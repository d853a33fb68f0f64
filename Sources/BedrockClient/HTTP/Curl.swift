import CCurl


/// The libcurl entry points this folder uses, in one place.
///
/// `curl_easy_setopt`, `curl_easy_getinfo` and `curl_multi_setopt` are C variadic functions, which
/// Swift cannot call; `Sources/CCurl/shim.h` gives each a typed, non-variadic wrapper.
enum Curl {
    /// `curl_global_init` must run once before any other libcurl call, and (before 7.84) not
    /// concurrently with anything else: a Swift `static let` gives exactly-once semantics.
    static let globalInitResult: CURLcode = curl_global_init(Int(CURL_GLOBAL_ALL))

    static func ensureGlobalInit() -> Bool {
        globalInitResult == CURLE_OK
    }

    // MARK: Option setters

    static func set(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ value: Int) -> CURLcode {
        ccurl_easy_setopt_long(easy, option, value)
    }

    static func set(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ value: Bool) -> CURLcode {
        ccurl_easy_setopt_long(easy, option, value ? 1 : 0)
    }

    static func set(
        _ easy: UnsafeMutableRawPointer,
        _ option: CURLoption,
        _ pointer: UnsafeRawPointer?
    ) -> CURLcode {
        ccurl_easy_setopt_pointer(easy, option, pointer)
    }

    /// Sets a string option. libcurl copies string options (except `POSTFIELDS`), so the C string
    /// only has to live for the duration of the call.
    static func set(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ string: String) -> CURLcode {
        string.withCString { ccurl_easy_setopt_pointer(easy, option, $0) }
    }

    static func set(_ multi: UnsafeMutableRawPointer, _ option: CURLMoption, _ value: Int) -> CURLMcode {
        ccurl_multi_setopt_long(multi, option, value)
    }

    // MARK: Info getters

    static func info(_ easy: UnsafeMutableRawPointer, _ info: CURLINFO) -> Int64? {
        var value: Int64 = 0  // curl_off_t and long are both 64-bit on the supported platforms
        let code = withUnsafeMutablePointer(to: &value) {
            ccurl_easy_getinfo_pointer(easy, info, $0)
        }
        return code == CURLE_OK ? value : nil
    }

    static func strerror(_ code: CURLcode) -> String {
        String(cString: curl_easy_strerror(code))
    }
}
