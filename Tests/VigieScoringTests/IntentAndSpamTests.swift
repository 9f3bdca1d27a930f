import Testing
import VigieScoring

func intents(_ text: String, _ language: String) -> [String: Double] {
    let tokens = TextNormalizer.tokenize(text)
    let sentiment = SentimentAnalyzer.shared.analyze(text: text, tokens: tokens, language: language)?.score
    return Dictionary(uniqueKeysWithValues: IntentDetector.detect(words: tokens.map(\.text), text: text, sentiment: sentiment).map { ($0.name, $0.confidence) })
}

@Suite("Intents, French and English")
struct IntentTests {
    @Test func complaints() {
        #expect(intents("Toujours pas remboursé après 3 semaines, service client inadmissible", "fr")["complaint", default: 0] >= 0.7)
        #expect(intents("Still no refund after three weeks, worst customer service", "en")["complaint", default: 0] >= 0.7)
    }

    @Test func questionsAndRequests() {
        #expect(intents("Comment suivre mon colis ? Merci", "fr")["question"] != nil)
        #expect(intents("How can I change my seat? Please help", "en")["question", default: 0] >= 0.5)
        #expect(intents("No help at all from the airline", "en")["question"] == nil, "a denied cue is not a request")
        #expect(intents("Aucune aide de la compagnie", "fr")["question"] == nil)
        #expect(intents("Besoin d'aide pour mon remboursement", "fr")["question"] != nil)
    }

    @Test func purchaseIntent() {
        #expect(intents("Je veux acheter l'appareil Optika X2, où le trouver ?", "fr")["purchase_intent", default: 0] >= 0.6)
        #expect(intents("Where can I buy the new Fizzly flavour?", "en")["purchase_intent", default: 0] >= 0.6)
        #expect(intents("Le vol était à l'heure", "fr")["purchase_intent"] == nil)
    }

    @Test func praise() {
        #expect(intents("Merci à l'équipage, vol parfait 👏", "fr")["praise", default: 0] >= 0.6)
        #expect(intents("Thank you, amazing crew", "en")["praise", default: 0] >= 0.6)
        #expect(intents("Merci pour rien, service nul", "fr")["praise"] == nil, "no praise in a negative mention")
    }

    @Test func crisisSignals() {
        #expect(intents("Grève surprise, tous les vols annulés", "fr")["crisis_signal", default: 0] >= 0.6)
        #expect(intents("Product recall announced after poisoning cases", "en")["crisis_signal", default: 0] >= 0.6)
        #expect(intents("Bon appétit à tous", "fr").isEmpty)
    }
}

@Suite("Spam signals in one mention")
struct SpamSignalTests {
    func reasons(_ text: String) -> [String] { SpamSignals.reasons(text: text, tokens: TextNormalizer.tokenize(text)) }

    @Test func flagsStuffingAndPromotion() {
        #expect(reasons("Gagnez un an de Fizzly gratuit ! http://promo.example/x").contains("promotion"))
        #expect(reasons("#a #b #c #d #e #f buy").contains("hashtag_stuffing"))
        #expect(reasons("see http://a.example http://b.example http://c.example").contains("link_stuffing"))
        #expect(reasons("www.a.example\nhttps://b.example http://c.example").contains("link_stuffing"))
        #expect(!reasons("see xhttp://a.example (http://b.example) http://c.example").contains("link_stuffing"), "a link starts a word")
    }

    @Test func leavesOrdinaryMentionsAlone() {
        #expect(reasons("Vol annulé, aucune info au comptoir #AirVigie").isEmpty)
        #expect(reasons("Free wifi on board was great").isEmpty, "one promotion word alone is not spam")
    }
}
