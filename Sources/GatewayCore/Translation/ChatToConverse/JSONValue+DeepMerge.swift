extension JSONValue {
    /// `overlay` merged onto `self`: objects merge member by member, recursively; for anything
    /// else (scalars, arrays, type mismatches) the overlay's value wins.
    ///
    /// ```swift
    /// let mapped: JSONValue = ["thinking": ["type": "enabled", "budget_tokens": 2048]]
    /// let merged = mapped.deepMerged(with: ["thinking": ["budget_tokens": 4096]])  // type kept, budget 4096
    /// ```
    func deepMerged(with overlay: JSONValue) -> JSONValue {
        guard case .object(var base) = self, case .object(let top) = overlay else { return overlay }
        for (key, value) in top {
            base[key] = base[key].map { $0.deepMerged(with: value) } ?? value
        }
        return .object(base)
    }
}
