import Testing
import VigieScoring

func intents(_ text: String, _ language: String) -> [String: Double] {
    let tokens = TextNormalizer.tokenize(text)
    let sentiment = SentimentAnalyzer.shared.analyze(text: text, tokens: tokens, language: language)?.score
    return Dictionary(uniqueKeysWithValues: IntentDetector.detect(tokens: tokens, text: text, sentiment: sentiment).map { ($0.name, $0.confidence) })
}

@Suite("Intents, French and English")
struct IntentTests {
    @Test func complaints() {
        #expect(intents("Toujours pas remboursé après 3 semaines, service client inadmissible", "fr")["complaint", default: 0] >= 0.7)
        #expect(intents("Still no refund after three weeks, worst customer service", "en")["complaint", default: 0] >= 0.7)
        // A utility cut told by its length, a failure counted past the third time.
        #expect(intents("3 days without water and not a word from them", "en")["complaint"] != nil)
        #expect(intents("Ça fait 3 jours sans électricité dans tout le quartier", "fr")["complaint"] != nil)
        #expect(intents("4th time this month the train is cancelled", "en")["complaint"] != nil)
        #expect(intents("4e fois ce mois-ci que le train est supprimé", "fr")["complaint"] != nil)
        #expect(intents("third time this week my parcel is late", "en")["complaint"] != nil)
        #expect(intents("4th time watching this film, love it so much", "en")["complaint"] == nil, "counted, but praised")
        // The twenty-eighth session's cues of an expectation not met: a complaint, unless the text is glad.
        #expect(intents("@telcovigie day 4 without internet. engineer might come friday", "en")["complaint"] != nil)
        #expect(intents("their app forgets my card every single time I order", "en")["complaint"] != nil)
        #expect(intents("I cry every single time I watch this film, so beautiful", "en")["complaint"] == nil)
        #expect(intents("un week-end sans internet, le bonheur", "fr")["complaint"] == nil)
        #expect(intents("c'est la 3e fois que je vois ce film, je l'adore", "fr")["complaint"] == nil)
        #expect(intents("a week without sugar and I feel great", "en")["complaint"] == nil, "not a utility")
        // Thanks for what they do, praised with "si"/"tellement", are no request.
        #expect(intents("@Duolingo merci de rendre l'apprentissage si amusant", "fr")["question"] == nil)
        #expect(intents("@Duolingo merci de rendre l'appli plus simple", "fr")["question"] != nil)
        // A device that dies is no crisis.
        #expect(intents("my @Samsung fridge died after 14 months. 14 months!", "en")["crisis_signal"] == nil)
        #expect(intents("my laptop died on me mid-presentation", "en")["crisis_signal"] == nil)
    }

    @Test func aNegativeTextAboutAServiceIsAComplaintWithoutACue() {
        #expect(intents("my package was left in the rain and everything inside is ruined", "en")["complaint"] != nil)
        #expect(intents("mon colis a été laissé sous la pluie et tout est abîmé", "fr")["complaint"] != nil)
        #expect(intents("@airvigie 3 hours on the tarmac and not a single word, awful", "en")["complaint"] != nil, "addressed to an account")
        #expect(intents("thanks @postvigie, parcel arrived a day early!", "en")["complaint"] == nil, "not when it is praise")
        #expect(intents("merci @postvigie, colis arrivé avec un jour d'avance !", "fr")["complaint"] == nil)
        #expect(intents("ugh the app keeps crashing every time I try to pay", "en")["complaint"] != nil)
        // Asking for one's money back is a complaint, with or without the word "refund".
        #expect(intents("I want my money back", "en")["complaint"] != nil)
        #expect(intents("je veux être remboursé", "fr")["complaint"] != nil)
        #expect(intents("my package says delivered but it's nowhere to be found", "en")["complaint"] != nil)
        // Marked delivered, and nothing came: a complaint with no sentiment word.
        #expect(intents("@DoorDashHelp order marked delivered, nothing at my door, and the chat just closed on me", "en")["complaint"] != nil)
        #expect(intents("@UberEats commande marquée livrée, rien devant ma porte", "fr")["complaint"] != nil)
        #expect(score("@UberEats commande marquée livrée, rien devant ma porte", "fr").label == .negative)
        #expect(score("The tracking never updated and the courier left my parcel in the rain.", "en").label == .negative)
        // A failure that comes back, counted.
        #expect(intents("La piscine municipale est encore fermée pour \"raisons techniques\", 3e fois ce mois", "fr")["complaint"] != nil)
        #expect(intents("charging station out of order for the second time this week", "en")["complaint"] != nil)
        // An exasperated "why does it take…" is a complaint as well as a question.
        #expect(intents("why does it take 3 weeks to process a return", "en")["complaint"] != nil)
        #expect(intents("pourquoi ça prend 3 semaines pour traiter un retour", "fr")["complaint"] != nil)
        #expect(intents("@postvigie il est où mon colis, le suivi n'a pas bougé depuis 6 jours", "fr")["complaint"] != nil)
    }

    @Test func questionWordsAskAtTheStartOfAClauseOrWithAQuestionMark() {
        #expect(intents("how do I change the email on my account", "en")["question"] != nil)
        #expect(intents("@telcovigie why is my bill higher this month", "en")["question"] != nil, "after the handle")
        #expect(intents("comment je change l'adresse mail de mon compte", "fr")["question"] != nil)
        #expect(intents("love how easy the checkout is now", "en")["question"] == nil)
        #expect(intents("not happy at all with how this was handled", "en")["question"] == nil)
        #expect(intents("thank you so much for your help, really appreciate it", "en")["question"] == nil)
        #expect(intents("écœuré par la façon dont ils traitent leurs employés, je sais pas comment ils font", "fr")["question"] == nil)
        #expect(intents("I wonder how long this will take?", "en")["question"] != nil, "anywhere with a question mark")
    }

    @Test func questionsAndRequests() {
        #expect(intents("Comment suivre mon colis ? Merci", "fr")["question"] != nil)
        #expect(intents("How can I change my seat? Please help", "en")["question", default: 0] >= 0.5)
        #expect(intents("No help at all from the airline", "en")["question"] == nil, "a denied cue is not a request")
        #expect(intents("Aucune aide de la compagnie", "fr")["question"] == nil)
        #expect(intents("Besoin d'aide pour mon remboursement", "fr")["question"] != nil)
        // "Merci de" + an infinitive asks: a request, not praise; "merci de votre aide" thanks.
        let request = intents("@telvigie merci de me rappeler au 06 12 34 56 78", "fr")
        #expect(request["question"] != nil && request["praise"] == nil, "\(request)")
        #expect(intents("merci de votre aide, super réactifs", "fr")["praise"] != nil)
    }

    @Test func purchaseIntent() {
        #expect(intents("Je veux acheter l'appareil Optika X2, où le trouver ?", "fr")["purchase_intent", default: 0] >= 0.6)
        #expect(intents("Where can I buy the new Fizzly flavour?", "en")["purchase_intent", default: 0] >= 0.6)
        #expect(intents("Le vol était à l'heure", "fr")["purchase_intent"] == nil)
        #expect(intents("new post https://shop.example/where-to-buy-cheap", "en")["purchase_intent"] == nil, "an address, not a wish")
        // Written before they were probed (twenty-first session): each was read as a question only.
        for (text, language) in [
            ("thinking about buying the new Pixel, anyone tried it?", "en"),
            ("ready to order the new MacBook, which config should I get?", "en"),
            ("je compte prendre l'abonnement fibre, ça vaut le coup ?", "fr"),
            ("où est-ce que je peux commander la nouvelle console ?", "fr"),
            // Twenty-fourth session's probe.
            ("thinking of getting the new Pixel, is it worth it over the iPhone?", "en"),
            ("dispo où le nouveau parfum Dior ? je veux le commander", "fr"),
        ] {
            #expect(intents(text, language)["purchase_intent"] != nil, "\(text)")
        }
        // "should I get" asks the way as often as what to buy: no cue.
        let theWay = "How early should I get to the airport for an international flight?"
        #expect(intents(theWay, "en")["purchase_intent"] == nil)
    }

    @Test func praise() {
        #expect(intents("Merci à l'équipage, vol parfait 👏", "fr")["praise", default: 0] >= 0.6)
        #expect(intents("Thank you, amazing crew", "en")["praise", default: 0] >= 0.6)
        #expect(intents("Merci pour rien, service nul", "fr")["praise"] == nil, "no praise in a negative mention")
    }

    @Test func aStronglyPositiveTextIsPraiseWithoutACue() {
        #expect(intents("Superbe initiative de la mairie pour les sans-abri cet hiver", "fr")["praise"] == 0.45)
        #expect(intents("vibes were immaculate last night", "en")["praise"] == 0.45)
        #expect(intents("the soup was okay", "en")["praise"] == nil, "mildly positive: no praise")
    }

    @Test func crisisSignals() {
        #expect(intents("Grève surprise, tous les vols annulés", "fr")["crisis_signal", default: 0] >= 0.6)
        #expect(intents("Product recall announced after poisoning cases", "en")["crisis_signal", default: 0] >= 0.6)
        #expect(intents("Bon appétit à tous", "fr").isEmpty)
        #expect(intents("Fire at the warehouse, staff evacuated", "en")["crisis_signal", default: 0] >= 0.6)
        #expect(intents("Rappel de lots de fromage contaminés", "fr")["crisis_signal"] != nil)
        #expect(intents("another 737 grounded after a door panel blew out mid-flight", "en")["crisis_signal"] != nil)
        #expect(intents("atterrissage d'urgence à Nantes après une fumée en cabine", "fr")["crisis_signal"] != nil)
        #expect(intents("grounded for a week because I failed my maths test", "en")["crisis_signal"] == nil)
    }

    @Test func crisisWordsInASenseThatIsNoCrisis() {
        for (text, language) in [
            ("this album is fire 🔥", "en"), ("ugh my phone died again at 40%", "en"), ("Premier semi-marathon bouclé, je suis mort mais fier", "fr"),
            ("mort de rire devant cette vidéo", "fr"), ("rappel : on change d'heure cette nuit", "fr"),
        ] {
            #expect(intents(text, language)["crisis_signal"] == nil, "\(text)")
        }
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
