/// The value checks OpenAI applies after a body has the right types, worded as OpenAI words them
/// (`Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 3 instead.`).
enum ValueRule {
    static func check(
        _ value: Double?, in range: ClosedRange<Double>, param: String
    ) throws(RequestDecodingError) {
        guard let value else { return }
        if value < range.lowerBound || value.isNaN {
            throw RequestDecodingError(
                param: param,
                message: "Invalid '\(param)': decimal below minimum value. Expected a value >= "
                    + "\(format(range.lowerBound)), but got \(format(value)) instead.",
                code: "decimal_below_min_value")
        }
        if value > range.upperBound {
            throw RequestDecodingError(
                param: param,
                message: "Invalid '\(param)': decimal above maximum value. Expected a value <= "
                    + "\(format(range.upperBound)), but got \(format(value)) instead.",
                code: "decimal_above_max_value")
        }
    }

    static func check(_ value: Int?, atLeast minimum: Int, param: String) throws(RequestDecodingError) {
        guard let value, value < minimum else { return }
        throw RequestDecodingError(
            param: param,
            message: "Invalid '\(param)': integer below minimum value. Expected a value >= "
                + "\(minimum), but got \(value) instead.",
            code: "integer_below_min_value")
    }

    static func check(_ value: Int?, atMost maximum: Int, param: String) throws(RequestDecodingError) {
        guard let value, value > maximum else { return }
        throw RequestDecodingError(
            param: param,
            message: "Invalid '\(param)': integer above maximum value. Expected a value <= "
                + "\(maximum), but got \(value) instead.",
            code: "integer_above_max_value")
    }

    static func checkNotEmpty<C: Collection>(_ value: C, param: String) throws(RequestDecodingError) {
        guard value.isEmpty else { return }
        throw RequestDecodingError(
            param: param,
            message: "Invalid '\(param)': empty array. Expected an array with minimum length 1, "
                + "but got an empty array instead.",
            code: "empty_array")
    }

    /// Function names as both OpenAI and Bedrock's `ToolSpecification.name` accept them.
    static func checkFunctionName(_ name: String, param: String) throws(RequestDecodingError) {
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
            default: false
            }
        }
        guard allowed, !name.isEmpty else {
            throw RequestDecodingError(
                param: param,
                message: "Invalid '\(param)': string does not match pattern. Expected a string "
                    + "that matches the pattern '^[a-zA-Z0-9_-]+$'.",
                code: "invalid_value")
        }
        guard name.count <= 64 else {
            throw RequestDecodingError(
                param: param,
                message: "Invalid '\(param)': string too long. Expected a string with maximum "
                    + "length 64, but got a string with length \(name.count) instead.",
                code: "string_above_max_length")
        }
    }

    /// `2` rather than `2.0`, as OpenAI prints bounds and values.
    static func format(_ value: Double) -> String {
        if value.isFinite, value.rounded() == value, abs(value) < 1e15 {
            return String(Int(value))
        }
        return String(value)
    }
}
