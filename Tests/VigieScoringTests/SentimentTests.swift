import Testing
import VigieScoring

func score(_ text: String, _ language: String, overrides: [String: Double] = [:]) -> SentimentAnalyzer.Result {
    SentimentAnalyzer.shared.analyze(text, language: language, overrides: overrides)!
}

@Suite("Sentiment, French and English")
struct SentimentTests {
    @Test func polarityInBothLanguages() {
        #expect(score("Service génial, équipe super sympa", "fr").label == .positive)
        #expect(score("C'est nul, vraiment décevant", "fr").label == .negative)
        #expect(score("Great service, lovely staff", "en").label == .positive)
        #expect(score("Terrible service, rude staff", "en").label == .negative)
        #expect(score("Le vol part à 10h", "fr").label == .neutral)
        #expect(score("The flight leaves at 10", "en").label == .neutral)
    }

    @Test func scoresStayInRange() {
        for text in ["génial génial génial génial génial!!!!", "nul nul nul nul NUL 😡😡😡"] {
            let result = score(text, "fr")
            #expect(result.score >= -1 && result.score <= 1)
        }
    }

    @Test func negationFlipsThePolarity() {
        #expect(score("Je ne suis pas content", "fr").label == .negative)
        #expect(score("Je n'aime pas du tout ce service", "fr").label == .negative)
        #expect(score("j'aime pas", "fr").label == .negative, "informal French without 'ne'")
        #expect(score("Ce n'est jamais bon", "fr").label == .negative)
        #expect(score("I am not happy", "en").label == .negative)
        #expect(score("I don't like it", "en").label == .negative)
        #expect(score("never good", "en").label == .negative)
        #expect(score("pas mal du tout", "fr").score > score("mal", "fr").score)
        // "pas du tout", "not at all" negate fully; plain negation damps.
        #expect(score("je ne suis pas du tout content", "fr").score < score("je ne suis pas content", "fr").score)
        #expect(score("I am not happy at all", "en").score < score("I am not happy", "en").score)
    }

    @Test func intensifiersAndAttenuators() {
        #expect(score("très bien", "fr").score > score("bien", "fr").score)
        #expect(score("very good", "en").score > score("good", "en").score)
        #expect(score("barely good", "en").score < score("good", "en").score)
        #expect(score("trop nul", "fr").score < score("nul", "fr").score)
    }

    @Test func contrastWeighsWhatComesAfter() {
        #expect(score("Le personnel est sympa mais le vol est un désastre", "fr").label == .negative)
        #expect(score("The seat was uncomfortable but the crew was wonderful", "en").label == .positive)
    }

    @Test func emojiElongationAndCapitals() {
        #expect(score("vol du jour 😡", "fr").label == .negative)
        #expect(score("thanks 😍", "en").score > score("thanks", "en").score)
        #expect(score("trooop nul", "fr").score < score("nul", "fr").score)
        #expect(score("c'est NUL", "fr").score < score("c'est nul", "fr").score)
        #expect(score("arrived on time :)", "en").label == .positive)
        #expect(score("arrived on time :D", "en").label == .positive, "emoticons whatever the case")
        #expect(score("encore en retard :(", "fr").label == .negative)
        #expect(score("arrived xD", "en").label == .positive)
        #expect(score("pas sûr :/", "fr").label == .negative)
    }

    @Test func frenchWordsTheTranslatedLexiconGotWrong() {
        // Elisions, prepositions and prices are not opinions ("s'", "sur", "prix" came out positive).
        #expect(score("s'il te plaît, s'il vous plaît, réponds sur le prix", "fr").label == .neutral)
        #expect(score("en direct sur la chaîne", "fr").label == .neutral)
        #expect(score("je cherche un resto pas cher", "fr").label == .positive)
        #expect(score("biscuits plus chers et paquet plus petit, bof", "fr").label == .negative)
        #expect(score("appli lente, service injoignable", "fr").label == .negative)
        #expect(score("problème réglé", "fr").label == .positive)
        #expect(score("encore un problème", "fr").label == .negative)
    }

    @Test func camelCaseHashtagsAreReadWordByWord() {
        #expect(score("flight to Paris #EpicFail", "en").label == .negative)
        #expect(score("flight to Paris #NeverAgain", "en").label == .negative)
        #expect(score("flight to Paris #NotHappy", "en").label == .negative)
        #expect(score("flight to Paris #LoveIt", "en").label == .positive)
        #expect(score("vol pour Paris #TropNul", "fr").label == .negative)
        #expect(score("vol pour Paris #ParisCDG", "fr").label == .neutral)
    }

    @Test func emoticonsAreNotReadInsideWordsOrLinks() {
        #expect(score("see https://www.example.com/faq for the boxdrop manual", "en").drivers.isEmpty)
        #expect(score("note:done, tax:paid", "en").drivers.isEmpty)
    }

    @Test func projectOverridesApply() {
        #expect(score("encore un retard", "fr", overrides: ["retard": -0.9]).score < score("encore un retard", "fr").score)
        #expect(score("the flight was delayed", "en", overrides: ["delayed": 0.5]).label == .positive)
    }

    @Test func driversExplainTheScore() {
        let result = score("Vol annulé, c'est inadmissible", "fr")
        #expect(result.drivers.first == "inadmissible")
        #expect(result.drivers.contains("annulé"))
    }

    @Test func socialNetworkSlangInBothLanguages() {
        for (text, language, positive) in [
            ("ce concert était chanmé", "fr", true), ("je kiff trop cette appli", "fr", true), ("mdr trop bien", "fr", true),
            ("service client à chier", "fr", false), ("c'est la loose avec ce vol", "fr", false), ("osef de votre promo", "fr", false),
            ("that ad was so cringe", "en", false), ("yikes, the app crashed again", "en", false), ("fml my flight is cancelled", "en", false),
            ("lol love it", "en", true),
        ] {
            let value = score(text, language).score
            #expect(positive ? value >= 0.05 : value <= -0.05, "\(text): \(value)")
        }
    }

    @Test func explicitIronyMarkersTurnPraiseNegative() {
        for (text, language, marker) in [
            ("Great service as always, thanks Air Vigie #sarcasm", "en", "#sarcasm"),
            ("I just love waiting three hours at the gate /s", "en", "/s"),
            ("Wonderful customer care #not", "en", "#not"),
            ("Génial, encore un super accueil #ironie", "fr", "#ironie"),
            ("Merci pour ce magnifique service 🙃", "fr", "🙃"),
        ] {
            let result = score(text, language)
            #expect(result.label == .negative, "\(text): \(result.score)")
            #expect(result.drivers.first == marker, "\(text): \(result.drivers)")
        }
        // Without a marker, praise stays praise; a negative text stays negative; #not inside a text is not a marker.
        #expect(score("Great service as always, thanks Air Vigie", "en").label == .positive)
        #expect(score("Awful delay again #sarcasm", "en").score <= score("Awful delay again", "en").score + 1e-9)
        let notInside = score("so #not ready for this, awesome trip", "en")
        #expect(notInside.label == .positive && !notInside.drivers.contains("#not"), "\(notInside)")
        #expect(score("check the docs at example.com/s", "en").label == .neutral)
    }

    @Test func otherLanguagesAreUnsupported() {
        #expect(SentimentAnalyzer.shared.analyze("Mi vuelo fue cancelado", language: "es") == nil)
    }

    @Test func phrasesCountAsOneAndTheirWordsNotAlone() {
        #expect(score("Save your money", "en").label == .negative)
        #expect(score("I'd recommend against this phone", "en").label == .negative, "not the praise of 'recommend'")
        #expect(score("The app stopped working again", "en").label == .negative)
        #expect(score("It doesn't work", "en").label == .negative)
        #expect(score("Rien ne marche depuis ce matin", "fr").label == .negative)
        #expect(score("L'appli ne fonctionne plus", "fr").label == .negative)
        #expect(score("À éviter, passez votre chemin", "fr").label == .negative)
        #expect(score("Save your money", "en").drivers == ["Save your money"])
    }

    @Test func aGoodThingThatDidNotHappenIsARegret() {
        #expect(score("It would have been nice to be told", "en").label == .negative)
        #expect(score("I wish the support was helpful", "en").label == .negative)
        #expect(score("It is nice to be told", "en").label == .positive)
        #expect(score("Ça aurait été sympa de prévenir", "fr").label == .negative)
        #expect(score("C'est sympa de prévenir", "fr").label == .positive)
        #expect(score("It would have been easier, but the result is great", "en").label == .positive, "the regret stays in its clause")
    }

    @Test func tooMuchOfSomethingNeutralIsAComplaint() {
        #expect(score("The buttons are too plastic", "en").label == .negative)
        #expect(score("Billet trop cher", "fr").label == .negative)
        #expect(score("trop bien ce concert", "fr").label == .positive, "trop + a good word stays an intensifier")
        #expect(score("too good", "en").label == .positive)
    }

    @Test func projectOverridesMayBePhrases() {
        let recall = ["rappel produit": -0.7]
        #expect(score("Rappel produit chez Acme", "fr").label == .neutral)
        #expect(score("Rappel produit chez Acme", "fr", overrides: recall).label == .negative)
        #expect(SentimentAnalyzer.overrideKey("N'importe QUOI") == "n importe quoi")
        #expect(score("Acme : n'importe quoi", "fr", overrides: [SentimentAnalyzer.overrideKey("n'importe quoi"): -0.8]).label == .negative)
    }
}
