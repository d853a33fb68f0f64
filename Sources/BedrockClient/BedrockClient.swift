import CCurl
import CLibCrypto

/// Versions of the system libraries this transport is built on, for diagnostics.
public enum SystemLibraries {
    /// The libcurl version string, e.g. `libcurl/7.88.1 OpenSSL/3.0.19 …`.
    public static var curlVersion: String {
        String(cString: curl_version())
    }

    /// The OpenSSL libcrypto version string.
    public static var cryptoVersion: String {
        String(cString: OpenSSL_version(OPENSSL_VERSION))
    }
}
