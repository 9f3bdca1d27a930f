import Foundation

/// Reach/influence of a mention in [0, 100]:
///
///     reach      = log10(1 + followers) / 7                  (10 M followers ≈ 1)
///     engagement = log10(1 + likes + 2·shares + replies) / 5  (100 k interactions ≈ 1)
///     authority  = news 1.0 · blog 0.6 · review 0.5 · forum 0.4 · video 0.5 · social 0.3
///     influence  = 100 · min(1, 0.5·reach + 0.25·engagement + 0.15·authority + 0.10·verified)
///
/// A verified account with a large audience on a news site scores near 100; an anonymous forum post near 5.
public enum InfluenceModel {
    public static func authority(source: String) -> Double {
        switch source {
        case "news": 1.0
        case "blog": 0.6
        case "review", "youtube": 0.5
        case "forum": 0.4
        default: 0.3
        }
    }

    public static func influence(followers: Int, likes: Int, shares: Int, replies: Int, verified: Bool, source: String) -> Double {
        let reach = min(1, log10(1 + Double(max(0, followers))) / 7)
        let engagement = min(1, log10(1 + Double(max(0, likes) + 2 * max(0, shares) + max(0, replies))) / 5)
        let value = 0.5 * reach + 0.25 * engagement + 0.15 * authority(source: source) + 0.10 * (verified ? 1 : 0)
        return (min(1, value) * 1000).rounded() / 10
    }
}
