extension Duration {
    /// Whole milliseconds, rounded up so a positive duration never becomes "no limit" (0).
    var roundedUpMilliseconds: Int {
        let (seconds, attoseconds) = components
        let fromFraction = (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        let total = seconds.multipliedReportingOverflow(by: 1000)
        guard !total.overflow else { return seconds > 0 ? Int.max : 0 }
        return max(0, Int(total.partialValue + fromFraction))
    }
}
