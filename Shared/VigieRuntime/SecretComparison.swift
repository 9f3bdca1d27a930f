/// Comparison of secrets (API keys, read tokens) in time that does not depend on where a guess differs.
public enum SecretComparison {
    /// `true` when `candidate` equals `secret`; always reads every byte of `secret`.
    public static func equals(_ candidate: [UInt8], _ secret: [UInt8]) -> Bool {
        var difference = UInt8(candidate.count == secret.count ? 0 : 1)
        for index in 0..<secret.count {
            difference |= secret[index] ^ (index < candidate.count ? candidate[index] : 0)
        }
        return difference == 0
    }
}
