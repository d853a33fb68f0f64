import CCurl

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The libcurl entry points this folder uses that Swift cannot import directly.
///
/// `curl_easy_setopt`, `curl_easy_getinfo` and `curl_multi_setopt` are C variadic functions, which
/// the Swift importer marks unavailable. They are looked up once with `dlsym` and called through a
/// fixed, non-variadic prototype whose last parameter is the single pointer-sized variadic value.
/// That is ABI-correct where variadic and fixed integer/pointer arguments travel the same way:
/// x86_64 System V (the callee only uses `%al` to decide whether to spill vector registers) and
/// AAPCS64 as used on Linux/Graviton. Apple arm64 passes variadic arguments on the stack, so there
/// the value is placed after six padding words, making it the first stack argument.
///
/// If a `static inline` typed wrapper is ever added to `Sources/CCurl/shim.h`, this is the only file
/// that needs to change.
enum Curl {
    /// `curl_global_init` must run once before any other libcurl call, and (before 7.84) not
    /// concurrently with anything else: a Swift `static let` gives exactly-once semantics.
    static let globalInitResult: CURLcode = curl_global_init(Int(CURL_GLOBAL_ALL))

    static func ensureGlobalInit() -> Bool {
        globalInitResult == CURLE_OK
    }

    // MARK: Option setters

    static func set(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ value: Int) -> CURLcode {
        callEasySetopt(easy, option, value)
    }

    static func set(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ value: Bool) -> CURLcode {
        callEasySetopt(easy, option, value ? 1 : 0)
    }

    static func set(
        _ easy: UnsafeMutableRawPointer,
        _ option: CURLoption,
        _ pointer: UnsafeRawPointer?
    ) -> CURLcode {
        callEasySetopt(easy, option, Int(bitPattern: pointer))
    }

    /// Sets a string option. libcurl copies string options (except `POSTFIELDS`), so the C string
    /// only has to live for the duration of the call.
    static func set(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ string: String) -> CURLcode {
        string.withCString { callEasySetopt(easy, option, Int(bitPattern: $0)) }
    }

    static func set(_ multi: UnsafeMutableRawPointer, _ option: CURLMoption, _ value: Int) -> CURLMcode {
        callMultiSetopt(multi, option, value)
    }

    // MARK: Info getters

    static func info(_ easy: UnsafeMutableRawPointer, _ info: CURLINFO) -> Int64? {
        var value: Int64 = 0  // curl_off_t and long are both 64-bit on the supported platforms
        let code = withUnsafeMutablePointer(to: &value) {
            callEasyGetinfo(easy, info, Int(bitPattern: UnsafeMutableRawPointer($0)))
        }
        return code == CURLE_OK ? value : nil
    }

    static func strerror(_ code: CURLcode) -> String {
        String(cString: curl_easy_strerror(code))
    }

    // MARK: Variadic trampolines

    #if canImport(Darwin) && arch(arm64)
    private typealias EasySetopt = @convention(c) (
        UnsafeMutableRawPointer?, CURLoption, Int, Int, Int, Int, Int, Int, Int
    ) -> CURLcode
    private typealias EasyGetinfo = @convention(c) (
        UnsafeMutableRawPointer?, CURLINFO, Int, Int, Int, Int, Int, Int, Int
    ) -> CURLcode
    private typealias MultiSetopt = @convention(c) (
        UnsafeMutableRawPointer?, CURLMoption, Int, Int, Int, Int, Int, Int, Int
    ) -> CURLMcode

    private static func callEasySetopt(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ value: Int) -> CURLcode {
        easySetopt(easy, option, 0, 0, 0, 0, 0, 0, value)
    }
    private static func callEasyGetinfo(_ easy: UnsafeMutableRawPointer, _ info: CURLINFO, _ value: Int) -> CURLcode {
        easyGetinfo(easy, info, 0, 0, 0, 0, 0, 0, value)
    }
    private static func callMultiSetopt(_ multi: UnsafeMutableRawPointer, _ option: CURLMoption, _ value: Int) -> CURLMcode {
        multiSetopt(multi, option, 0, 0, 0, 0, 0, 0, value)
    }
    #else
    private typealias EasySetopt = @convention(c) (UnsafeMutableRawPointer?, CURLoption, Int) -> CURLcode
    private typealias EasyGetinfo = @convention(c) (UnsafeMutableRawPointer?, CURLINFO, Int) -> CURLcode
    private typealias MultiSetopt = @convention(c) (UnsafeMutableRawPointer?, CURLMoption, Int) -> CURLMcode

    private static func callEasySetopt(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ value: Int) -> CURLcode {
        easySetopt(easy, option, value)
    }
    private static func callEasyGetinfo(_ easy: UnsafeMutableRawPointer, _ info: CURLINFO, _ value: Int) -> CURLcode {
        easyGetinfo(easy, info, value)
    }
    private static func callMultiSetopt(_ multi: UnsafeMutableRawPointer, _ option: CURLMoption, _ value: Int) -> CURLMcode {
        multiSetopt(multi, option, value)
    }
    #endif

    private static let easySetopt = unsafeBitCast(symbol("curl_easy_setopt"), to: EasySetopt.self)
    private static let easyGetinfo = unsafeBitCast(symbol("curl_easy_getinfo"), to: EasyGetinfo.self)
    private static let multiSetopt = unsafeBitCast(symbol("curl_multi_setopt"), to: MultiSetopt.self)

    /// Resolves a libcurl symbol: first in the global scope (libcurl is a direct dependency of
    /// the binary), then in an already-loaded libcurl by soname, for builds where this module
    /// was loaded with `RTLD_LOCAL`.
    private static func symbol(_ name: String) -> UnsafeMutableRawPointer {
        if let global = dlopen(nil, RTLD_NOW), let address = dlsym(global, name) {
            return address
        }
        for soname in ["libcurl.so.4", "libcurl.so", "libcurl.4.dylib", "libcurl.dylib"] {
            if let library = dlopen(soname, RTLD_NOW | RTLD_NOLOAD), let address = dlsym(library, name) {
                return address  // the handle stays open: the address must remain valid
            }
        }
        fatalError("libcurl symbol \(name) could not be resolved")
    }
}
