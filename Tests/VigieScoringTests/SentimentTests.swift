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
        // A possessive's "s" does not push the negation out of reach (three words back).
        #expect(score("we have never had buyer's remorse", "en").label == .positive)
        // Excess is negated like a word: "not too steep", "pas trop long".
        #expect(score("the learning curve is not too steep", "en").label == .positive)
        #expect(score("the learning curve is too steep", "en").label == .negative)
        #expect(score("le trajet n'est pas trop long", "fr").label == .positive)
        // A parenthesis is an aside: its regret does not reach the clause after it.
        #expect(score("(I should have done it myself) the transfer was painless", "en").label == .positive)
        #expect(score("I should have done it myself, the transfer was painless", "en").label == .positive)
    }

    @Test func negationReachesTheItemsOfAListClosedByOr() {
        // "not A, B or C": the negation heads the whole list, across its commas.
        #expect(score("the staff were not friendly, helpful or polite", "en").label == .negative)
        #expect(score("the room wasn't clean, quiet, or safe", "en").label == .negative)
        #expect(score("le personnel n'était pas aimable, serviable ou poli", "fr").label == .negative)
        #expect(score("une chambre pas propre, calme ou sûre", "fr").label == .negative)
        // Joined with "and", what follows may be praise of its own; after a full stop, or a long clause, the list is over.
        #expect(score("not bad, cheap and fast", "en").label == .positive)
        #expect(score("not cheap. friendly staff or not, I loved it", "en").label == .positive)
        #expect(score("not cheap, but the staff were friendly, helpful or at least polite", "en").label == .positive)
        #expect(score("pas donné, mais un personnel aimable, serviable ou poli", "fr").label == .positive)
        // A list is walked over at most a dozen items either way: a text of thousands of commas is no list (and its
        // every word walking all of them had cost the square of its length: 1.4 s for 100 000 characters).
        let items = (1...12).map { "item\($0)" }.joined(separator: ", ")
        // (A first clause of more than five words: short parts judged on both sides would be a mixed list.)
        #expect(score("the room we had booked was not clean, item1, item2, or lovely", "en").label == .negative)
        #expect(score("the room we had booked was not clean, \(items), or lovely", "en").label == .positive)
    }

    @Test func aQuestionAskingForInformationIsNeutral() {
        // Its one mildly positive word is what it asks about.
        #expect(score("is the store open on bank holidays?", "en").label == .neutral)
        #expect(score("@applevigie Is it worth upgrading from the iPhone 13 to the 15?", "en").label == .neutral)
        #expect(score("quelqu'un connaît un bon garagiste sur Nantes ?", "fr").label == .neutral)
        #expect(score("quel forfait est le mieux pour une famille ?", "fr").label == .neutral)
        #expect(score("the store is open on bank holidays", "en").label == .positive, "a statement keeps its word")
        // What it asks for, however strongly rated: the best, the free one; and requests for a recommendation.
        #expect(score("@telcovigie what's the best plan for someone who travels a lot?", "en").label == .neutral)
        #expect(score("is the free trial still available?", "en").label == .neutral)
        #expect(score("looking for a good budget laptop, any suggestions?", "en").label == .neutral)
        #expect(score("quel est le meilleur forfait pour voyager ?", "fr").label == .neutral)
        #expect(score("the best plan I ever had", "en").label == .positive, "a statement keeps its word")
        #expect(score("je cherche un bon forfait sans engagement, des conseils ?", "fr").label == .neutral)
        #expect(score("I'm looking for a good dentist in Leeds?", "en").label == .neutral)
        // The writer's own feeling stays: a strong word, a worry, a feeling shared, emphasis.
        #expect(score("does anyone else love this song as much as I do?", "en").label == .positive)
        #expect(score("who else is excited for the finale tonight?", "en").label == .positive)
        #expect(score("is my unit defective?", "en").label == .negative)
        #expect(score("y is the good stuff always sold out?", "en").label == .positive, "'y' is why in text-speak")
        #expect(score("how good was that match last night?!", "en").label == .positive)
        #expect(score("is it good?? I need to know", "en").label == .positive)
    }

    @Test func aLinksWordsAreAnAddressNotAnOpinion() {
        #expect(score("Great read https://example.com/the-worst-airline-ever-awful", "en").label == .positive)
        #expect(score("https://www.lemonde.fr/economie/greve-nul-scandale", "fr").label == .neutral)
        #expect(score("nul https://www.lemonde.fr/economie/super-genial", "fr").label == .negative)
    }

    @Test func tearsWithPraiseAreJoy() {
        // 😭 and "crying" with praise are being overwhelmed, not sorrow; with a grievance, or alone, they stay sad.
        #expect(score("I'm crying this is so beautiful 😭😭", "en").label == .positive)
        #expect(score("crying 😂😂", "en").label == .positive)
        #expect(score("trop mignon 😭😭", "fr").label == .positive)
        #expect(score("je pleure, c'est tellement beau", "fr").label == .positive)
        #expect(score("I'm literally crying, they lost my wedding dress", "en").label == .negative)
        #expect(score("the show got cancelled?? nooo 😭", "en").label == .negative)
        #expect(score("mon vol est annulé 😭", "fr").label == .negative)
        #expect(score("crying", "en").label == .negative)
        // Joy turns them at half their strength: the praise leads.
        let joy = score("omg I love her so much 😭", "en")
        #expect(joy.label == .positive && joy.score > score("omg I love her so much", "en").score)
    }

    @Test func intensifiersAndAttenuators() {
        #expect(score("très bien", "fr").score > score("bien", "fr").score)
        #expect(score("very good", "en").score > score("good", "en").score)
        #expect(score("barely good", "en").score < score("good", "en").score)
        #expect(score("trop nul", "fr").score < score("nul", "fr").score)
    }

    @Test func frenchFormsTheLexiconLacksTakeTheValenceOfTheirWord() {
        // The translated lexicon has "ennuyeuse", "décevante", "fascinant", "génial" and not these forms of them
        // (fr.inflections.tsv, scripts/generate-french-inflections.py).
        #expect(score("Match ennuyeux, les deux équipes dormaient", "fr").label == .negative)
        #expect(score("des résultats décevants", "fr").label == .negative)
        #expect(score("une histoire fascinante", "fr").label == .positive)
        #expect(score("des gens charmants", "fr").label == .positive)
        // A form that is a topic more often than an opinion is left out: the price of energy is news.
        #expect(score("je lis le nouveau rapport sur les prix de l'énergie", "fr").label == .neutral)
        // "Une tuerie" is praise in slang; the plural in the lexicon ("tueries", a massacre) does not make it one.
        #expect(score("le burger végé est une tuerie", "fr").label == .positive)
    }

    @Test func frenchWordsOfJudgementTheTranslationLacks() {
        #expect(score("Franchement ce débat était d'une nullité affligeante", "fr").label == .negative)
        #expect(score("un concert inoubliable", "fr").label == .positive)
        #expect(score("une attente interminable", "fr").label == .negative)
        #expect(score("des soirées magiques", "fr").label == .positive, "a form derived from an addition")
        #expect(score("#Macron le président des riches, toujours aussi déconnecté", "fr").label == .negative)
        #expect(score("Nouvelle réforme de l'assurance chômage : ce qui change au 1er avril", "fr").label == .neutral)
    }

    @Test func exclamationsOfAdmirationArePraise() {
        #expect(score("What a goal from Messi, the man is a genius", "en").label == .positive)
        #expect(score("Arsenal smashed it tonight, what a performance from Saka", "en").label == .positive)
        #expect(score("Quel but de Griezmann, ce mec est un génie", "fr").label == .positive)
        #expect(score("Quel match du PSG hier soir", "fr").label == .positive)
        #expect(score("what a joke", "en").label == .negative)
        #expect(score("The traffic this morning is an absolute nightmare", "en").label == .negative)
    }

    @Test func praiseAloneAfterAComplaintIsSarcasm() {
        #expect(score("3 weeks and still no reply to my email. brilliant.", "en").label == .negative)
        #expect(score("lost my bag again. just perfect", "en").label == .negative)
        #expect(score("3 semaines et toujours aucune réponse à mon mail. bravo.", "fr").label == .negative)
        #expect(score("3 weeks and still no reply to my email. brilliant.", "en").drivers == ["brilliant", "no"])
        // Meant: after a contrast, alone, or after praise.
        #expect(score("Flight late, but the crew? Fantastic.", "en").label == .positive)
        #expect(score("Brilliant.", "en").label == .positive)
        #expect(score("Lovely staff, comfy seats. Brilliant.", "en").label == .positive)
        #expect(score("Colis arrivé en avance. Bravo", "fr").label == .positive)
        // A start it praises: "great start to the week" after a mishap.
        #expect(score("broke my phone screen, great start to the week", "en").label == .negative)
        #expect(score("écran de tel cassé, super début de semaine", "fr").label == .negative)
        #expect(score("Great start to the week!", "en").label == .positive)
        // A thing that happens again, told flatly, is a grievance of its own; told with an exclamation it is glad.
        #expect(score("ils ont encore augmenté les impôts, génial...", "fr").label == .negative)
        #expect(score("raising the retirement age again. work more, earn less. cheers", "en").label == .negative)
        #expect(score("back in Paris again, lovely!", "en").label == .positive)
        #expect(score("encore en vacances, génial !", "fr").label == .positive)
        // Thanks closing a complaint, addressed to whoever caused it.
        #expect(score("Windows update broke my printer again, thanks Microsoft", "en").label == .negative)
        #expect(score("TGV en retard de 2h sans explication, merci la SNCF", "fr").label == .negative)
        #expect(score("package arrived a day early, thanks @postvigie", "en").label == .positive)
        #expect(score("Thanks Microsoft", "en").label == .positive)
        #expect(score("on m'a raccroché au nez deux fois, bravo le service client", "fr").label == .negative)
        #expect(score("problème réglé en 5 minutes, bravo le service client", "fr").label == .positive)
        // `cool` closes as the others do: "…raise the rent again. cool cool cool".
        #expect(score("flight delayed again. cool.", "en").label == .negative)
        #expect(score("my landlord wants to raise the rent again. cool cool cool", "en").label == .negative)
        #expect(score("we won the match, cool!", "en").label == .positive)
        // The praise may name what it praises.
        #expect(score("the seat doesn't recline and the tv doesn't work. great flight", "en").label == .negative)
        #expect(score("valise perdue. super voyage", "fr").label == .negative)
        #expect(score("smooth boarding, friendly crew. great flight", "en").label == .positive)
        #expect(score("Great flight", "en").label == .positive)
    }

    @Test func theWordsOfANameAreNotAnOpinion() {
        #expect(score("The new Star Wars trailer drops Friday", "en").label == .neutral)
        #expect(score("Taylor Swift announces 3 more dates for her tour", "en").label == .neutral)
        #expect(score("Just saw the new Star Wars trailer and I have chills", "en").label != .negative)
        #expect(score("Police Investigate Crash On M4", "en").label == .neutral)
        #expect(score("Amazon Prime Day starts July 11", "en").label == .neutral)
        #expect(score("Le PSG affronte l'OM dimanche", "fr").label == .neutral)
        // The first word of a name, and words after a function word, an intensifier or a negation, keep their sense.
        #expect(score("Happy New Year everyone", "en").label == .positive)
        #expect(score("So Happy For You", "en").label == .positive)
        #expect(score("I Love This Song", "en").label == .positive)
        #expect(score("Not Good At All", "en").label == .negative)
        #expect(score("Super Excited For Tonight", "en").drivers.contains("Excited"))
        #expect(score("star wars are terrible", "en").label == .negative)
        // A verb of sport between two names tells a fixture; a player that plays everything is praised.
        #expect(score("The Patriots play the Jets on Thursday night", "en").label == .neutral)
        #expect(score("Arsenal play Chelsea at 3pm", "en").label == .neutral)
        #expect(score("It plays everything I throw at it", "en").label == .positive)
    }

    @Test func aBadThingGoneIsARelief() {
        #expect(score("Worth every penny. My back pain is gone.", "en").label == .positive)
        #expect(score("the headache has finally disappeared", "en").label == .positive)
        #expect(score("the problem went away after an update", "en").label == .positive)
        #expect(score("depuis la mise à jour les bugs ont disparu", "fr").label == .positive)
        #expect(score("my pain is back", "en").label == .negative)
    }

    @Test func amazementAtABadThingMakesItWorse() {
        #expect(score("Service d'une lenteur incroyable et plats tièdes", "fr").label == .negative)
        #expect(score("une bêtise incroyable", "fr").score < score("une bêtise", "fr").score)
        #expect(score("un film incroyable", "fr").label == .positive)
        #expect(score("incredible food and friendly staff", "en").label == .positive)
    }

    @Test func likeStartingAClauseWithASubjectIsAs() {
        #expect(score("Like many reviewers, I really wanted to like this product.", "en").label == .negative)
        #expect(score("Like most people, I didn't read the instructions.", "en").label == .neutral)
        #expect(score("like I said, the screen is bright", "en").drivers == ["bright"])
        #expect(score("Like it a lot", "en").label == .positive)
    }

    @Test func aGoodThingLostIsAGrievance() {
        #expect(score("the show lost its charm after season 2", "en").label == .negative)
        #expect(score("the city has lost all its beauty", "en").label == .negative)
        #expect(score("cette série a complètement perdu son charme depuis la saison 3", "fr").label == .negative)
        #expect(score("le quartier a perdu de son charme", "fr").label == .negative)
        // Not a possession lost: the good word keeps its sense.
        #expect(score("lost 10 pounds and I feel great", "en").label == .positive)
        #expect(score("son charme est intact", "fr").label == .positive)
    }

    @Test func praiseOpeningAGrievanceThatHappensAgainIsSarcasm() {
        #expect(score("Bravo la SNCF, encore 45 minutes de retard", "fr").label == .negative)
        #expect(score("Thanks @united, another delayed flight", "en").label == .negative)
        #expect(score("Great job Comcast, internet down again", "en").label == .negative)
        // What follows praises, or does not happen again: meant.
        #expect(score("Bravo les Bleus, encore une victoire", "fr").label == .positive)
        #expect(score("Merci la SNCF, le train était à l'heure", "fr").label == .positive)
    }

    @Test func closingPraiseMayAddressAnyoneAfterAnArticle() {
        #expect(score("encore une hausse des impôts, merci le gouvernement", "fr").label == .negative)
        #expect(score("Super soirée, merci la mairie", "fr").label == .positive)
        // "les riches" are a group, not wealth praised ("un film riche en émotions" is).
        #expect(score("une taxe sur les riches est en discussion", "fr").label == .neutral)
        #expect(score("un film riche en émotions", "fr").label == .positive)
    }

    @Test func zeroDeniesTheWordAfterIt() {
        #expect(score("these new running shoes are so comfy, zero regrets", "en").label == .positive)
        #expect(score("zero regrets", "en").label == .positive)
        #expect(score("zero respect for customers", "en").label == .negative)
        #expect(score("Coke Zero is great", "en").label == .positive)
    }

    @Test func laughterIsNotDeniedByANegation() {
        #expect(score("This song is stuck in my head and I don't even mind haha", "en").label == .positive)
        #expect(score("I don't care lol", "en").label != .positive, "care is denied, not the laughter")
        #expect(score("j'ai pas compris mdr", "fr").label == .positive)
    }

    @Test func barelyOrHardlyBeforeAOrAnyMeansNone() {
        #expect(score("there's barely a coherent scene in the entire film", "en").label == .negative)
        #expect(score("hardly any good songs on this album", "en").label == .negative)
        #expect(score("the app hardly ever works well", "en").label == .negative)
        // An attenuator alone only lowers the word: "barely" before an adjective.
        #expect(score("the soup was barely warm but tasty", "en").label == .positive)
    }

    @Test func aCorrectionReachesEveryFormOfTheWord() {
        // vaderSentiment-fr's "partager" (+1.2, share) was corrected to 0 but not "partagent"; "conquis(e)" (won over) was
        // negative as "conquered", "énergétique" (of energy) positive as "energetic".
        #expect(score("Trois candidats se partagent la tête du sondage", "fr").label == .neutral)
        #expect(score("Je ne suis pas fan du genre, mais j'ai été conquise", "fr").label == .positive)
        #expect(score("Le Sénat examine le projet de loi sur la transition énergétique", "fr").label == .neutral)
    }

    @Test func frenchPoliticalIdiomsOfExasperation() {
        #expect(score("Fillon qui parle d'honnêteté, on aura tout entendu", "fr").label == .negative)
        #expect(score("Encore des promesses en l'air, on connaît la chanson", "fr").label == .negative)
        #expect(score("On va droit dans le mur avec cette politique", "fr").label == .negative)
        #expect(score("Le nucléaire, la solution miracle ? Laissez-moi rire", "fr").label == .negative)
        #expect(score("Toujours les mêmes magouilles", "fr").label == .negative)
    }

    @Test func askingForAGoodOneIsNotPraise() {
        #expect(score("anyone know a good plumber in austin", "en").label == .neutral)
        #expect(score("can anyone recommend a good dentist in Leeds?", "en").label == .neutral)
        #expect(score("quelqu'un connaît un bon garagiste sur Lyon ?", "fr").label == .neutral)
        #expect(score("the plumber did a good job", "en").label == .positive)
    }

    @Test func frenchSpectatorsIdioms() {
        #expect(score("Encore une suite de trop", "fr").label == .negative)
        #expect(score("on a passé de trop bons moments", "fr").label == .positive, "only \"la suite de trop\" and its kin")
        #expect(score("Le film aurait gagné à durer une heure de moins", "fr").label == .negative)
        #expect(score("J'étais scotché du début à la fin", "fr").label == .positive)
        #expect(score("Le film part dans tous les sens", "fr").label == .negative)
        #expect(score("a real breath of fresh air", "en").label == .positive)
    }

    @Test func englishCriticsIdioms() {
        #expect(score("impossible not to be charmed", "en").label == .positive)
        #expect(score("the film never finds its footing", "en").label == .negative)
        #expect(score("overlong, overwrought and overacted", "en").label == .negative)
        #expect(score("the movie is dedicated to the director's late father", "en").label == .neutral)
        #expect(score("the plot holes are big enough to drive a truck through", "en").label == .negative)
    }

    @Test func customersWordsToBrands() {
        #expect(score("@UPS says delivered. it was not delivered.", "en").label == .negative)
        #expect(score("@Lyft overcharged me by $30 and support won't answer", "en").label != .positive, "support: the department")
        #expect(score("@Zappos customer service is unmatched, seriously", "en").label == .positive)
        #expect(score("@PlayStation servers down on launch day, classic", "en").label == .negative)
        #expect(score("@Costco hot dog still $1.50, legends", "en").label == .positive)
        // A name goes on across "of": the game is not praise; a feeling that opens a title-case phrase still counts.
        #expect(score("League of Legends tournament starts tonight", "en").label == .neutral)
        #expect(score("Tired of Lies and Broken Promises", "en").label == .negative)
    }

    @Test func tropBeforeAHandyThingIsVery() {
        // "trop" before a word of no valence is a complaint ("trop de monde"); "pratique" has none, but "trop pratique" is praise.
        #expect(score("@Leboncoin vente conclue en 2h, trop pratique", "fr").label == .positive)
        #expect(score("l'appli n'est pas pratique du tout", "fr").label == .negative)
        #expect(score("@Darty on m'a vendu une garantie qui ne couvre rien", "fr").label == .negative)
    }

    @Test func whatCannotBeUsedIsAGrievance() {
        #expect(score("l'appli est inutilisable", "fr").label == .negative)
        #expect(score("film inregardable", "fr").label == .negative)
        #expect(score("des repas immangeables", "fr").label == .negative)
        #expect(score("the app is unusable since the update", "en").label == .negative)
        #expect(score("the food was inedible", "en").label == .negative)
    }

    @Test func frenchReviewWordsBothListsLacked() {
        #expect(score("un plat savoureux et copieux", "fr").label == .positive)
        #expect(score("serveur malpoli et condescendant", "fr").label == .negative)
        #expect(score("un film émouvant, porté par des acteurs touchants", "fr").label == .positive)
        #expect(score("pain rassis et viande trop cuite", "fr").label == .negative)
        #expect(score("l'interface est intuitive et le personnel serviable", "fr").label == .positive)
        #expect(score("chambre exiguë et salle de bain vétuste", "fr").label == .negative)
        #expect(score("l'appli est buggée depuis la mise à jour", "fr").label == .negative)
        #expect(score("un scénario niais et une fin gnangnan", "fr").label == .negative)
        #expect(score("quel gâchis", "fr").label == .negative)
        #expect(score("évitez ce restaurant", "fr").label == .negative)
        #expect(score("service irréprochable", "fr").label == .positive)
        #expect(score("j'ai poireauté une heure", "fr").label == .negative)
        // "marrés" (se marrer) folds like "marres" (of "marre"): the fun wins.
        #expect(score("on s'est bien marrés", "fr").label == .positive)
        #expect(score("j'en ai marre", "fr").label == .negative)
        // A dessert, not a burnt dish.
        #expect(score("une crème brûlée maison pour finir", "fr").label == .neutral)
    }

    @Test func englishReviewWordsVADERLacks() {
        #expect(score("the bread was stale and the fries greasy", "en").label == .negative)
        #expect(score("spacious room, spotless bathroom, attentive staff", "en").label == .positive)
        #expect(score("the app is glitchy and clunky", "en").label == .negative)
        #expect(score("riveting from start to finish", "en").label == .positive)
        #expect(score("captivating story", "en").label == .positive)
        #expect(score("the plot was contrived and the acting amateurish", "en").label == .negative)
        #expect(score("the food was spectacular", "en").label == .positive)
        #expect(score("impeccable service", "en").label == .positive)
        // Still negated like any word.
        #expect(score("nothing is impossible", "en").label == .positive)
    }

    @Test func socialNetworkWordsTheListsLacked() {
        #expect(score("j'ai le seum", "fr").label == .negative)
        #expect(score("gg wp les gars", "fr").label == .positive)
        #expect(score("quel calvaire ce trajet", "fr").label == .negative)
        // "trop" before a word of no valence is a complaint ("trop cher"), but "chou" here is a compliment.
        #expect(score("il est trop chou", "fr").label == .positive)
        #expect(score("la box est hs depuis hier", "fr").label == .negative)
        #expect(score("c'était malaisant", "fr").label == .negative)
        #expect(score("absolutely goated", "en").label == .positive)
        #expect(score("I'm so salty about that call", "en").label == .negative)
        #expect(score("so wholesome", "en").label == .positive)
        #expect(score("rip my weekend plans", "en").label == .negative)
        #expect(score("the vibes are off", "en").label == .negative)
        #expect(score("total shitshow at the airport", "en").label == .negative)
        #expect(score("the staff went above and beyond", "en").label == .positive)
        #expect(score("they ghosted me after I paid", "en").label == .negative)
        #expect(score("such a hassle", "en").label == .negative)
        #expect(score("hassle free returns", "en").label == .positive)
    }

    @Test func aNegationIsSpentOnTheFirstWordOfSentimentItMeets() {
        #expect(score("it doesn't solve the problem", "en").label == .negative)
        #expect(score("did not help the pain", "en").label == .negative)
        #expect(score("even the talented cast can't save this mess", "en").label == .negative)
        // A list after the negation stays denied as a whole.
        #expect(score("the staff were not friendly or helpful", "en").label == .negative)
        #expect(score("not funny or clever", "en").label == .negative)
    }

    @Test func nothingButIsOnly() {
        #expect(score("the plot is nothing but boilerplate cliches from start to finish", "en").label == .negative)
        #expect(score("nothing but praise for the staff", "en").label == .positive)
        #expect(score("nothing short of amazing", "en").label == .positive)
        #expect(score("nothing good", "en").label == .negative)
        #expect(score("je n'ai que des éloges pour l'équipe", "fr").label == .positive)
        #expect(score("ce film n'a que des défauts", "fr").label == .negative)
        // "des qualités" praise; "la qualité" is what is judged (not derived from the plural).
        #expect(score("ce film n'a que des qualités", "fr").label == .positive)
        #expect(score("La qualité n'est pas au rendez-vous", "fr").label == .negative)
    }

    @Test func criticsWords() {
        #expect(score("the action scenes are incomprehensible and the jokes fall flat", "en").label == .negative)
        #expect(score("Un scénario cousu de fil blanc et des dialogues plats", "fr").label == .negative)
        #expect(score("Les effets spéciaux sont dignes d'un téléfilm des années 90", "fr").label == .negative)
        #expect(score("Aucun rythme, aucune émotion, aucun intérêt", "fr").label == .negative)
        #expect(score("Les personnages sont caricaturaux et sans profondeur", "fr").label == .negative)
        #expect(score("Un classique instantané", "fr").label == .positive)
        #expect(score("Ni fait ni à faire", "fr").label == .negative)
        #expect(score("des effets spéciaux impressionnants", "fr").label == .positive)
    }

    @Test func aCheerIsPraise() {
        #expect(score("let's gooo", "en").label == .positive)
        #expect(score("let's gooo", "en").drivers == ["let's gooo"])
        #expect(score("LETS GOOOO", "en").label == .positive)
        #expect(score("let's go Rangers!!!", "en").label == .positive)
        #expect(score("allez les bleus !!!", "fr").label == .positive)
        // Going somewhere is not a cheer.
        #expect(score("let's go to the store later", "en").label == .neutral)
        #expect(score("allez le voir au cinéma", "fr").label == .neutral)
    }

    @Test func aComparativeThatCannotBeExceededIsAtItsExtreme() {
        #expect(score("couldn't be happier with it", "en").label == .positive)
        #expect(score("I couldn't be prouder of my team", "en").label == .positive)
        #expect(score("could not be better", "en").label == .positive)
        #expect(score("the service couldn't be worse", "en").label == .negative)
        #expect(score("it can't get any worse", "en").label == .negative)
        // Other negations of a comparative still negate.
        #expect(score("it's not better than the old one", "en").label == .negative)
        #expect(score("I don't feel happier", "en").label == .negative)
    }

    @Test func laughterBesideAGrievanceIsNotPraise() {
        #expect(score("that ad is so cringe lol", "en").label == .negative)
        #expect(score("missed my flight by 2 minutes lmao", "en").label == .negative)
        #expect(score("j'ai raté mon bus, journée pourrie mdr", "fr").label == .negative)
        #expect(!score("that ad is so cringe lol", "en").drivers.contains("lol"))
        // Alone or with praise it is glad.
        #expect(score("lol my dog just sneezed on my face", "en").label == .positive)
        #expect(score("mdr trop drôle", "fr").label == .positive)
    }

    @Test func likeIsPraiseOnlyAsTheVerbOfLiking() {
        // A comparison, a filler, a wish: the rest of the text decides.
        #expect(score("I feel like crap today", "en").label == .negative)
        #expect(score("missed the bus by like 10 seconds. great start to the day", "en").label == .negative)
        #expect(score("it looks and feels like a toy", "en").label == .neutral)
        #expect(score("I would like to know the opening hours", "en").label == .neutral)
        #expect(score("after that it seems like you're on your own", "en").label == .neutral)
        // The verb, and the idioms of comparison that praise.
        #expect(score("I like the new screen", "en").label == .positive)
        #expect(score("really like it so far", "en").label == .positive)
        #expect(score("Like it a lot", "en").label == .positive)
        #expect(score("there's nothing like a hot coffee in the morning", "en").label == .positive)
        #expect(score("the g3 looks like a work of art!", "en").label == .positive)
    }

    @Test func pasNegatesTheWordItFollows() {
        #expect(score("trop dégoûté de pas avoir eu de places", "fr").label == .negative)
        #expect(score("j'aime pas", "fr").label == .negative)
        // The "pas" of the next verb: "de merde" is not negated by "veut pas".
        #expect(score("cette imprimante de merde veut pas imprimer", "fr").label == .negative)
        #expect(score("j'aime vraiment pas", "fr").label == .negative)
        #expect(score("j'aime toujours pas ce quartier", "fr").label == .negative)
    }

    @Test func everydayWordsAndFacts() {
        #expect(score("not gonna lie, the new menu is a massive downgrade", "en").label == .negative)
        #expect(score("small things make my day", "en").label == .positive)
        #expect(score("this playlist is pure gold", "en").label == .positive)
        #expect(score("the new update fixed everything", "en").label == .positive)
        #expect(score("the photos were clearly taken 20 years ago", "en").label == .neutral)
        #expect(score("retour au bureau après deux semaines de congés", "fr").label == .neutral)
        #expect(score("la conférence la plus soporifique de ma vie", "fr").label == .negative)
        #expect(score("I waited all day for the engineer and nobody came", "en").label == .negative)
    }

    @Test func slangOfTheTwentyTwenties() {
        for text in ["this album is fire 🔥", "that outfit? slay", "massive W from the devs with this patch", "the food here is bussin no cap",
            "ate and left no crumbs 💅", "lowkey obsessed with this new cafe", "vibes were immaculate last night"] {
            #expect(score(text, "en").label == .positive, "\(text)")
        }
        for text in ["the sequel was mid at best", "huge L for the club today", "this ad gives me the ick", "this update is straight garbage",
            "bruh my order is 2 hours late"] {
            #expect(score(text, "en").label == .negative, "\(text)")
        }
        #expect(score("i use my own mid-priced headphones", "en").label == .neutral, "mid is slang only when said of something")
        #expect(score("la bouffe ici c'est de la frappe", "fr").label == .positive)
        #expect(score("elle a tout déchiré 💅", "fr").label == .positive)
        #expect(score("j'en peux plus de cette compagnie", "fr").label == .negative)
        #expect(score("bon ça commence à quelle heure", "fr").label == .neutral)
    }

    @Test func politicsAndNewsIdioms() {
        #expect(score("another broken promise from this government, what a surprise", "en").label == .negative)
        #expect(score("flight cancelled again. cheers", "en").label == .negative)
        #expect(score("same people always paying the price", "en").label == .negative)
        #expect(score("encore une promesse non tenue, on a l'habitude avec ce gouvernement", "fr").label == .negative)
        #expect(score("toujours les mêmes qui trinquent", "fr").label == .negative)
        #expect(score("une loi juste et attendue depuis longtemps, enfin !", "fr").label == .positive)
        #expect(score("cheers mate, see you tomorrow", "en").label == .positive)
    }

    @Test func reviewsOfFilmsProductsAndRestaurants() {
        for text in ["A mediocre TV movie that doesn't deserve a cinema release.", "A pointless turkey, I walked out before the end.",
            "Honestly not great, I expected much better.", "Such a letdown after a strong first episode, the rest runs out of steam fast."] {
            #expect(score(text, "en").label == .negative, "\(text)")
        }
        for text in ["Un navet sans intérêt, j'ai quitté la salle avant la fin.", "L'histoire ne tient pas debout et la fin est bâclée.",
            "Je n'ai pas accroché du tout, l'intrigue tire en longueur."] {
            #expect(score(text, "fr").label == .negative, "\(text)")
        }
        #expect(score("Un vrai coup de cœur, je le recommande.", "fr").label == .positive)
        #expect(score("a magical evening, genuine and humble people", "en").label == .positive)
        #expect(score("corrupt politicians again", "en").label == .negative)
        #expect(score("epic fail at the driving test today", "en").score < -0.4, "epic praises, an epic fail does not")
        // Genres, a book and an original version are what a review is about, not what it thinks.
        #expect(score("The director had made two comedies before this one.", "en").label == .neutral)
        #expect(score("It is an adaptation of a novel published in 2015.", "en").label == .neutral)
        #expect(score("J'ai regardé le film en version originale sous-titrée.", "fr").label == .neutral)
    }

    @Test func pourtantTurnsOnlyWhereAClauseStarts() {
        // Inside a clause it concedes: the disappointment is what is said.
        #expect(score("Quelle déception après un premier épisode pourtant réussi", "fr").label == .negative)
        #expect(score("Le début est lent, pourtant le film est réussi", "fr").label == .positive)
        #expect(score("Le service est lent et pourtant très agréable", "fr").label == .positive)
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

    @Test func emoticonsOfCommonCharactersCountOnlyAsWordsOfTheirOwn() {
        #expect(score("arrived on time =)", "en").label == .positive)
        #expect(score("=D back home", "en").label == .positive, "whatever the case, at the start too")
        #expect(score("en retard encore ): merci", "fr").drivers.contains("):"))
        #expect(score("en retard encore ): merci", "fr").label == .negative)
        #expect(score("flight cancelled -_-", "en").drivers.contains("-_-"))
        #expect(score("week-end au boulot =(", "fr").label == .negative)
        #expect(score("ok \\o/", "en").label == .positive)
        // Inside other text they are parentheses, signs and links.
        #expect(score("the schedule (see below): gate 4", "en").drivers.isEmpty)
        #expect(score("https://example.com/?id=D4 and x=)y", "en").drivers.isEmpty)
        #expect(score("ratio 2:3 then a_b", "en").drivers.isEmpty)
    }

    @Test func heartsKissesAndWorriedFacesAreRead() {
        #expect(score("notre équipe 💙💛", "fr").label == .positive)
        #expect(score("new album 💘", "en").label == .positive)
        #expect(score("the results tomorrow 😰", "en").label == .negative)
        #expect(score("encore une panne 🤦", "fr").label == .negative)
        #expect(score("spring is finally here 🌸", "en").label == .positive)
        #expect(score("le printemps est là 🌷", "fr").label == .positive)
    }

    @Test func leastTurnsTheWordAfterIt() {
        // VADER's rule: "least" before a word turns it; "at least" and "the very least" do not.
        #expect(score("one of the least compelling films of the year", "en").label == .negative)
        #expect(score("at least compelling", "en").label == .positive)
        #expect(score("the very least enjoyable", "en").label == .positive)
        #expect(score("le film le moins réussi de la saison", "fr").label == .negative)
        #expect(score("le forfait le moins cher", "fr").label == .positive)
        #expect(score("au moins réussi", "fr").label == .positive)
    }

    @Test func vaderSpecialIdiomsKeepTheirSense() {
        #expect(score("honestly this album is the shit", "en").label == .positive)
        #expect(score("the turbulence scared the shit out of me", "en").label == .negative)
        #expect(score("my new boss is a bad ass", "en").label == .positive)
        #expect(score("yeah right, as if that would happen", "en").label == .negative)
        #expect(score("their chocolate cake is to die for", "en").label == .positive)
        #expect(score("songs are drag-and-drop", "en").label == .neutral, "a compound, not a drag and a drop")
        #expect(score("a portable hard-drive", "en").label == .neutral)
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
            // Thanks for a bad thing.
            ("@airvigie thanks for losing my luggage", "en", "thanks for losing"),
            ("@airvigie thanks for the 4 hour delay, really appreciate it", "en", "thanks for the 4 hour delay"),
            ("thank you for nothing", "en", "thank you for nothing"),
            ("@airvigie merci pour ce retard de 3h, vraiment top", "fr", "merci pour ce retard"),
            ("Merci pour la perte de ma valise", "fr", "Merci pour la perte"), ("merci pour rien", "fr", "merci pour rien"),
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

    @Test func thanksForAGoodOrNeutralThingAreThanks() {
        // Thanks for a good or neutral thing, or for finding what was lost, are thanks (the bad ones are irony markers).
        for (text, language) in [
            ("@airvigie thanks for the quick response!", "en"), ("thanks for finding my lost bag", "en"),
            ("thank you for taking care of my mom", "en"), ("merci pour votre aide, colis bien reçu", "fr"), ("thanks for the refund", "en"),
            ("merci pour le remboursement rapide", "fr"),
        ] {
            #expect(score(text, language).label == .positive, "\(text)")
        }
    }

    @Test func aComplaintWithoutASentimentWordLeansNegative() {
        for (text, language, cue) in [
            ("@airvigie where is my bag", "en", "where is my"), ("@telvigie wifi down since this morning", "en", "wifi down"),
            ("@postvigie toujours pas reçu mon colis", "fr", "toujours pas"), ("@postvigie il est où mon colis", "fr", "il est où mon"),
            ("@airvigie been waiting 40 min for a gate agent", "en", "been waiting"), ("@telvigie internet out for the 4th time this week", "en", "internet out"),
            ("@airvigie you changed my seat without telling me", "en", "without telling"),
            ("@airvigie ils ont changé mon siège sans prévenir", "fr", "sans prévenir"),
            ("@telvigie l'appli n'arrête pas de planter", "fr", "n arrête pas de"),
            ("@airvigie ça fait 2h que j'attends ma valise", "fr", "que j attends"),
            // A repeated failure: "keeps"/"kept" and a verb in -ing.
            ("@airvigie the app keeps asking for my password", "en", "keeps asking"),
        ] {
            let result = score(text, language)
            #expect(result.label == .negative && result.drivers == [cue], "\(text): \(result)")
        }
        #expect(score("this show keeps getting better", "en").label == .positive, "a repetition with a sentiment word is scored by it")
        // A cue denied is no complaint; a text with sentiment words is scored by them.
        #expect(score("no refund needed, all good now", "en").label == .positive)
        #expect(score("the delivery arrived today", "en").label == .neutral)
        // What complaints are about is asked about too: "customer service", "service client" alone are no grievance.
        #expect(score("What are the opening hours for customer service?", "en").label == .neutral)
        #expect(score("quels sont les horaires du service client ?", "fr").label == .neutral)
    }

    @Test func merciDeWithAVerbAsksRatherThanThanks() {
        for text in ["@telvigie facturé deux fois ce mois-ci, merci de régler ça", "merci de me rappeler au plus vite", "merci de ne pas fermer le dossier"] {
            #expect(score(text, "fr").label != .positive, "\(text)")
        }
        for text in ["merci de votre aide", "merci d'avoir répondu si vite", "merci de m'avoir aidée", "merci d'être venus"] {
            #expect(score(text, "fr").label == .positive, "\(text)")
        }
    }

    @Test func anAccountsNameCarriesNoSentiment() {
        // VADER's lexicon lists "amazon" (+0.7): addressed as @amazon it is a name, not praise.
        #expect(score("@amazon when does prime day start this year", "en").label == .neutral)
        #expect(score("amazon rainforest is beautiful", "en").label == .positive, "a word is still a word")
        #expect(score("@amazon love the new app", "en").drivers == ["love"])
    }

    @Test func otherLanguagesAreUnsupported() {
        #expect(SentimentAnalyzer.shared.analyze("Mi vuelo fue cancelado", language: "es") == nil)
    }

    /// A text in no language ("😡😡😡", "@airvigie 👎") is scored from its emoji and emoticons, which no language owns,
    /// with the emphasis of `!` and the irony of 🙃; without any, there is no score to give.
    @Test func aTextInNoLanguageIsReadFromItsSymbols() throws {
        let analyzer = SentimentAnalyzer.shared
        let angry = try #require(analyzer.analyzeSymbols(text: "😡😡😡"))
        #expect(angry.label == .negative)
        #expect(angry.drivers == ["😡"])
        #expect(try #require(analyzer.analyzeSymbols(text: "😡😡😡 !!!")).score < angry.score)
        #expect(analyzer.analyzeSymbols(text: "@airvigie 👍")?.label == .positive)
        #expect(analyzer.analyzeSymbols(text: ":( :(")?.label == .negative)
        #expect(analyzer.analyzeSymbols(text: "😍 🙃")?.label == .negative)
        #expect(analyzer.analyzeSymbols(text: "#AirVigie @bob") == nil)
        #expect(analyzer.analyzeSymbols(text: "🛫") == nil, "an emoji without a valence")
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
        let key = SentimentAnalyzer.overrideKey("Vol d'essai")
        #expect(key == "vol d essai")
        #expect(score("Acme : vol d'essai demain", "fr").label == .neutral)
        #expect(score("Acme : vol d'essai demain", "fr", overrides: [key: -0.8]).label == .negative)
    }

    @Test func neverSoIntensifiesInsteadOfNegating() {
        #expect(score("I've never been so disappointed by a restaurant", "en").label == .negative)
        #expect(score("never so happy", "en").label == .positive)
        #expect(score("jamais été aussi déçu par un restaurant", "fr").label == .negative)
        #expect(score("je n'ai jamais été aussi heureuse", "fr").label == .positive)
        // Still a negation without "so"/"aussi".
        #expect(score("I have never been disappointed by them", "en").label == .positive)
        #expect(score("jamais déçu par eux", "fr").label == .positive)
    }

    @Test func idiomsWhoseNegationNegatesNothing() {
        // "charged" is mildly negative: a negation would turn it positive.
        #expect(score("can't believe they charged me for this", "en").label == .negative)
        #expect(score("I don't believe they charged me for this", "en").label == .positive, "a real negation still flips")
        #expect(score("it is not only cheap, it is good", "en").label == .positive)
        #expect(score("it is no doubt the best phone I had", "en").label == .positive)
        #expect(score("c'est sans doute le meilleur resto du coin", "fr").label == .positive)
        #expect(score("pas seulement bon, excellent", "fr").label == .positive)
    }

    @Test func tweetIdiomsOfCustomers() {
        #expect(score("good camera, but the battery is a joke", "en").label == .negative)
        #expect(score("bon appareil photo, mais la batterie c'est une blague", "fr").label == .negative)
        #expect(score("customer support hung up on me. twice.", "en").label == .negative)
        #expect(score("le service client m'a raccroché au nez. deux fois.", "fr").label == .negative)
        #expect(score("can't wait for the new season!!!", "en").label == .positive)
        #expect(score("vivement la nouvelle saison !!!", "fr").label == .positive)
        #expect(score("pas terrible le nouveau film", "fr").label == .negative)
        #expect(score("c'est cher mais ça vaut la peine", "fr").label == .positive)
        #expect(score("ras le bol de ces pubs", "fr").label == .negative)
        #expect(score("plus d'internet depuis 3 jours et personne ne répond", "fr").label == .negative)
        #expect(score("the food was fine but we waited over an hour", "en").label == .negative)
        #expect(score("la nourriture était correcte mais on a attendu plus d'une heure", "fr").label == .negative)
        // Everyday tweets (set E): sick of it, things that fail every time, sleepless nights, political idioms.
        #expect(score("I'm so over this week", "en").label == .negative)
        #expect(score("why does my code never work on the first try", "en").label == .negative)
        #expect(score("nothing is going right today", "en").label == .negative)
        #expect(score("can't sleep again... 3am and wide awake", "en").label == .negative)
        #expect(score("this song has been on repeat all day, obsessed", "en").label == .positive)
        #expect(score("grosse flemme d'aller bosser", "fr").label == .negative)
        #expect(score("la réforme va encore passer en force", "fr").label == .negative)
        #expect(score("encore une bavure policière", "fr").label == .negative)
        // Set H: slang of doing well and of being fed up; `feeling` is what follows it.
        #expect(score("killing it today 💯", "en").label == .positive)
        #expect(score("this made my whole week", "en").label == .positive)
        #expect(score("i'm literally so done with this semester", "en").label == .negative)
        #expect(score("nobody asked for this update", "en").label == .negative)
        #expect(score("feeling sick today", "en").drivers == ["sick"])
        #expect(score("fixed my connection in no time, cheers guys", "en").label == .positive)
        // Set I: the news' violence, discourse markers, praise VADER lacks.
        #expect(score("I'm honestly scared about what happens next", "en").label == .negative)
        #expect(score("Honestly blown away by the sound quality", "en").label == .positive)
        #expect(score("this little café is a hidden gem", "en").label == .positive)
        #expect(score("Another mass shooting. When will this end", "en").label == .negative)
        #expect(score("my landlord still hasn't fixed the heating", "en").label == .negative)
        // Set J: loyalty told by a problem never had, frustration with support, fixes.
        #expect(score("ten years with @carvigie and never had a single problem", "en").label == .positive)
        #expect(score("@telcovigie my bill doubled and nobody can tell me why", "en").label == .negative)
        #expect(score("the chatbot keeps sending me in circles, I just want a human", "en").label == .negative)
        #expect(score("the new update fixed the battery drain, finally!", "en").label == .positive)
        // Set K: waiting still, being passed from one service to another, a limit stated.
        #expect(score("la hotline te balade de service en service", "fr").label == .negative)
        #expect(score("ça fait 2 semaines, j'attends toujours", "fr").label == .negative)
        #expect(score("les bagages cabine sont limités à 12 kilos", "fr").label == .neutral)
        // Sets L–O (seventeenth session): broken promises, unreachable services, things shared and filled in.
        #expect(score("@AmericanAir still waiting on a callback that was promised 2 days ago", "en").label == .negative)
        #expect(score("arrived on time as promised", "en").label == .positive)
        #expect(score("why is it impossible to reach a human on your customer service line", "en").label == .negative)
        #expect(score("the plane smelled like a bathroom for 5 hours", "en").label != .positive)
        #expect(score("customer support had me on the phone for an hour and fixed nothing", "en").label == .negative)
        #expect(score("Spotify now lets you share playlists on Instagram", "en").label == .neutral)
        #expect(score("colis marqué livré mais je n'ai rien reçu", "fr").label == .negative)
        #expect(score("encore un métro bondé, c'est plus possible", "fr").label == .negative)
        #expect(score("livreur passé sans sonner, avis de passage déjà rempli", "fr").label != .positive)
        #expect(score("les croissants de ma boulangerie sont les meilleurs de Paris", "fr").label == .positive)
        #expect(score("soirée raclette avec les copains, que demander de plus", "fr").label == .positive)
        // Reviews (sets P and Q): lukewarm verdicts, idioms of books and hotels, stars given, colours.
        #expect(score("This book kept me up until 3am, couldn't put it down.", "en").label == .positive)
        #expect(score("Would give zero stars if I could.", "en").label == .negative)
        #expect(score("Room was nothing like the pictures. Tiny, dark and dated.", "en").label == .negative)
        #expect(score("Predictable plot and cardboard characters. I wanted to like it.", "en").label == .negative)
        #expect(score("Arrived on time. Haven't had a chance to use it yet.", "en").label == .neutral)
        #expect(score("The app logs me out every time I close it. Fix this please.", "en").label == .negative)
        #expect(score("Ça ne vaut pas son prix, il y a bien mieux ailleurs.", "fr").label == .negative)
        #expect(score("La couleur est un peu plus foncée que sur la photo.", "fr").label == .neutral)
        #expect(score("Le nouveau film de Dupontel est une pépite, foncez", "fr").label == .positive)
        #expect(score("nothing worse than stepping on a lego at 2am", "en").label == .negative)
        #expect(score("rien de pire que de marcher sur un lego à 2h du matin", "fr").label == .negative)
        #expect(score("nothing better than a nap on a sunday", "en").label == .positive)
        #expect(score("rien de tel qu'une sieste le dimanche", "fr").label == .positive)
        #expect(score("my phone died at 12% again. love that for me", "en").label == .negative)
        #expect(score("can't stop smiling today", "en").label == .positive)
        #expect(score("passed my driving test first try", "en").label == .positive)
        #expect(score("L'écran s'est rayé dès la première semaine.", "fr").label == .negative)
        #expect(score("Pull rayé bleu et blanc, taille M", "fr").label == .neutral)
        #expect(score("Une claque visuelle comme on en voit rarement.", "fr").label == .positive)
        #expect(score("Je n'ai pas ri une seule fois, c'est dire.", "fr").label == .negative)
        #expect(score("Appli pratique, je ne peux plus m'en passer.", "fr").label == .positive)
        #expect(score("La piscine était fermée tout le séjour sans qu'on nous prévienne.", "fr").label == .negative)
    }

    @Test func anIntensifierThatIsPraiseCountsWhenItIntensifiesNothing() {
        #expect(score("the nurses at the hospital were incredible with my dad", "en").label == .positive)
        #expect(score("incredible food", "en").label == .positive)
        #expect(score("incredibly bad", "en").label == .negative, "still an intensifier before a sentiment word")
        #expect(score("incredible slow service", "en").label == .negative)
    }

    @Test func wordsTheTranslationGaveASignTheyDoNotHave() {
        // "nouveau" was negative, "ouverte" and "franchise" positive, "excuses" positive.
        #expect(score("je lis le nouveau rapport sur les prix de l'énergie", "fr").label == .neutral)
        #expect(score("quelqu'un sait si la poste est ouverte demain ?", "fr").label == .neutral)
        #expect(score("quelle est la franchise bagages en classe éco ?", "fr").label == .neutral)
        #expect(score("Reading the new report on energy prices", "en").label == .neutral)
        #expect(score("I called customer support this morning", "en").label == .neutral)
        // From the review of the most frequent words: coupe (cup) was -1.2, privé (private) -2.1, outre (besides) -1,
        // concerne +1.8, "United" (an airline) +1.8 and "hand" +2.2; sérieux negated turned a complaint positive.
        #expect(score("la coupe du monde commence ce soir", "fr").label == .neutral)
        #expect(score("le secteur privé recrute en janvier", "fr").label == .neutral)
        #expect(score("en outre, la réforme concerne les retraites", "fr").label == .neutral)
        #expect(score("Flying with United tomorrow, hand luggage only", "en").label == .neutral)
        #expect(score("c'est vraiment pas sérieux", "fr").label == .negative)
        #expect(score("une joie", "fr").score > 0.3, "joie was +0.3")
    }

    @Test func hyphenatedAndElidedEntriesMatchAsPhrases() {
        // The tokenizer splits "chef-d'œuvre" into three words: the lexicon's entry is read as a phrase.
        #expect(score("cet album est un chef-d'œuvre", "fr").label == .positive)
        #expect(score("ras-le-bol", "fr").label == .negative)
        #expect(score("n'importe quoi ce match", "fr").label == .negative)
        #expect(score("n'importe quel jour", "fr").label == .neutral, "\"n'importe\" alone means any")
        #expect(score("je ne suis pas d'accord", "fr").label == .negative)
        // Emoticons with a hyphen stay emoticons, not words: "d" has no valence.
        #expect(score("je viens d'atterrir à Paris", "fr").label == .neutral)
    }

    @Test func phrasesAreNegatedAndBoostedLikeWords() {
        #expect(score("ce n'est pas un chef-d'œuvre", "fr").label == .negative)
        #expect(score("c'est pas trop bien", "fr").label == .negative)
        #expect(score("not exactly what I needed", "en").label == .negative)
        #expect(score("not worth every penny", "en").label == .negative)
        #expect(score("it won't fall apart on you", "en").label == .positive)
        #expect(score("vraiment trop bien", "fr").score > score("trop bien", "fr").score)
        #expect(score("honestly it's totally worth every penny", "en").score > score("honestly it's worth every penny", "en").score)
        // A phrase that holds its own negation is not negated again by the "ne" before it.
        #expect(score("ça ne vaut pas la peine", "fr").label == .negative)
        #expect(score("je n'ai rien à redire", "fr").label == .positive)
        // A negation inside one phrase does not turn the next phrase around; it still negates a word after it.
        #expect(score("do not buy this piece of junk", "en").label == .negative)
        #expect(score("it doesn't work as well as i'd like", "en").label == .negative)
    }

    @Test func aGoodThingLackingIsAGrievance() {
        #expect(score("quel manque de respect envers les clients", "fr").label == .negative)
        #expect(score("a total lack of respect for customers", "en").label == .negative)
        #expect(score("l'absence d'informations est inadmissible", "fr").label == .negative)
        // Only what is missing turns: the praise around it stays.
        #expect(score("a lack of sleep but a great trip", "en").label == .positive)
    }

    @Test func aWaitToldByItsLengthIsAComplaint() {
        #expect(score("@united 45 min wait for bags at ORD and counting", "en").label == .negative)
        #expect(score("sat on the tarmac for an hour because of paperwork", "en").label == .negative)
        #expect(score("2h au téléphone avec le service client", "fr").label == .negative)
        #expect(score("ça fait 3 jours que j'ai plus internet", "fr").label == .negative)
        #expect(score("they promised a callback, it's been a week", "en").label == .negative)
        // A length that is not a wait, or years of loyalty, are not.
        #expect(score("i have had this phone for about 5 months", "en").label == .neutral)
        #expect(score("ça fait 10 ans que je suis client", "fr").label == .neutral)
        #expect(score("the flight to Lisbon takes 2 hours", "en").label == .neutral)
        #expect(IntentDetector.detect(tokens: TextNormalizer.tokenize("stuck in customs for 2 weeks"), text: "", sentiment: nil).contains { $0.name == "complaint" })
    }

    @Test func neverAgainMayBeSplit() {
        #expect(score("@united I will never fly with you again. never.", "en").label == .negative)
        #expect(score("I will never forget this trip", "en").label != .negative)
    }

    @Test func requestsForHelpAndVouchersAreNoPraise() {
        #expect(score("@SouthwestAir I need to add my number to my reservation, can you help", "en").label == .neutral)
        #expect(score("thank you so much for your help", "en").label == .positive)
        #expect(score("they won't help me out", "en").label == .negative)
        #expect(!score("remboursé en bon d'achat", "fr").drivers.contains("bon"))
        #expect(score("vous me prenez vraiment pour un pigeon", "fr").label == .negative)
        #expect(score("le wifi du train ne marche jamais", "fr").label == .negative)
        #expect(score("your agent literally laughed at me", "en").label == .negative)
    }

    @Test func thanksAfterAGrievanceMayBeIntensified() {
        #expect(score("@SNCF 1h30 bloqués en gare sans aucune info, merci bcp", "fr").label == .negative)
        #expect(score("stuck at the gate for 2 hours with no info, thanks so much", "en").label == .negative)
    }

    @Test func slangAndIdiomsOfEverydayTweets() {
        #expect(score("Saw Inception last night and my mind is still blown", "en").label == .positive)
        #expect(score("the ending was a slap in the face to fans", "en").label == .negative)
        #expect(score("screen cracked on day one. just my luck", "en").label == .negative)
        #expect(score("quelle série de malade", "fr").label == .positive)
        #expect(score("je suis malade depuis 3 jours", "fr").label == .negative)
        #expect(score("franchement ça vaut le coup", "fr").label == .positive)
        #expect(score("Netflix augmente encore ses prix, ça vaut plus le coup", "fr").label == .negative)
    }

    @Test func verdictsOfReviews() {
        #expect(score("Exceeded my expectations in every way.", "en").label == .positive)
        #expect(score("le produit a dépassé mes attentes", "fr").label == .positive)
        #expect(score("A bloated mess with a cast that deserved better.", "en").label == .negative)
        #expect(score("Le casting méritait mieux.", "fr").label == .negative)
        #expect(score("Tastes like cardboard. Won't buy again.", "en").label == .negative)
        #expect(score("Le goût est vraiment chimique, je ne rachèterai pas.", "fr").label == .negative)
        #expect(score("Fait le job pour le prix, sans plus.", "fr").label == .neutral)
        #expect(score("Pretty standard superhero fare.", "en").label == .neutral)
    }

    @Test func aBadThingFixedIsARelief() {
        #expect(score("the new update fixed the battery drain, finally!", "en").label == .positive)
        #expect(score("ils ont enfin corrigé le bug de connexion, merci", "fr").label == .positive)
        // The fix denied or only asked for: the bad thing stays.
        #expect(score("the update did not fix the crash", "en").label == .negative)
        #expect(score("they still haven't fixed the lag", "en").label == .negative)
        #expect(score("la mise à jour n'a pas corrigé le bug", "fr").label == .negative)
        #expect(score("please fix the crash on startup", "en").label == .negative)
    }

    @Test func neverBeenProuderIsAtItsBest() {
        #expect(score("our dog finally learned to sit and I've never been prouder", "en").label == .positive)
        #expect(score("never felt better", "en").label == .positive)
        #expect(score("the service has never been worse", "en").label == .negative)
        #expect(score("I've never been happy with this phone", "en").label == .negative)
    }

    @Test func lovingThisDayClosingAGrievanceIsSarcasm() {
        #expect(score("flight delayed, then gate changed, then delayed again. loving this day", "en").label == .negative)
        #expect(score("finally on holiday. loving this place", "en").label == .positive)
        #expect(score("exhausting week but loving this job", "en").label == .positive)
    }

    @Test func whatAWorkIsAboutIsNotWhatItIs() {
        #expect(score("a haunting, lyrical meditation on grief and memory", "en").label == .positive)
        #expect(score("a documentary about the war in Ukraine", "en").label == .neutral)
        #expect(score("un documentaire sur la guerre en Ukraine", "fr").label == .neutral)
        #expect(score("Le film dure 2h10 et il est adapté d'un roman de 2015.", "fr").label == .neutral)
        // A verdict after the subject still counts; "de" is no subject in French ("un film de merde").
        #expect(score("a film about grief that is boring", "en").label == .negative)
        #expect(score("un film de merde", "fr").label == .negative)
        #expect(score("my sister has this series of phone and she loves the radio", "en").label == .positive)
        #expect(score("la vie est dure", "fr").label == .negative)
        #expect(score("ça dure une éternité", "fr").label == .negative)
    }

    @Test func aNegationSpentOnItsVerbAndADegreeNotReachedForYears() {
        let charmingLead = "Même l'acteur principal, pourtant charmant, ne sauve pas ce scénario ennuyeux."
        #expect(score(charmingLead, "fr").label == .negative)
        #expect(score("j'aime pas ce truc nul", "fr").label == .negative)
        #expect(score("ce n'est pas un film nul", "fr").label == .positive)
        #expect(score("Je n'avais pas autant ri au cinéma depuis des années.", "fr").label == .positive)
        #expect(score("I haven't laughed this hard in years", "en").label == .positive)
        #expect(score("haven't been this happy in a long time", "en").label == .positive)
        #expect(score("je ne suis pas aussi content que prévu", "fr").label == .negative)
    }

    @Test func restrictiveNeQueDeniesNothing() {
        #expect(score("Les promesses de la COP ne sont que du vent, comme d'habitude", "fr").label == .negative)
        #expect(score("je n'ai que des éloges pour l'équipe", "fr").label == .positive)
        #expect(score("ce n'est pas que du vent", "fr").label == .positive)
    }

    @Test func aSizeIntensifiesAndPraisesOnlyAsAVerdict() {
        #expect(score("I have a huge exam tomorrow and I haven't started studying", "en").label != .positive)
        #expect(score("J'ai un énorme partiel demain et j'ai même pas commencé à réviser", "fr").label != .positive)
        #expect(score("une énorme erreur de l'arbitre", "fr").label == .negative)
        #expect(score("this is a huge problem", "en").label == .negative)
        #expect(score("c'était énorme !", "fr").label == .positive)
        #expect(score("énorme la mise à jour des devs", "fr").label == .positive)
        #expect(score("that's huge!", "en").label == .positive)
        #expect(score("Mbappé est vraiment un mec en or, quoi qu'on en dise", "fr").label == .positive)
        #expect(score("That Arsenal performance on Sunday was world class", "en").label == .positive)
        #expect(score("Accord historique à Paris, 195 pays signent !", "fr").label == .positive)
        #expect(score("Encore un été record de chaleur et nos dirigeants ne font rien", "fr").label == .negative)
        #expect(score("Le débat sera animé par Léa Salamé", "fr").label == .neutral)
    }

    @Test func rolledEyesAndTextSpeak() {
        #expect(score("le livreur a laissé mon colis sous la pluie, bravo 🙄", "fr").label == .negative)
        #expect(score("love waking up at 5am for work 🙄", "en").label == .negative)
        #expect(score("trop bi1 le concert hier soir jvous jure", "fr").label == .positive)
        #expect(score("sa fait 3 jours que jai pas de wifi", "fr").label == .negative)
        #expect(score("jvais péter un câble avec ce service client", "fr").label == .negative)
        #expect(score("is the deluxe edition worth it or should I get the standard?", "en").label == .neutral)
        #expect(score("honestly so worth it, 144fps everywhere", "en").label == .positive)
    }

    @Test func astonishmentClosingAGrievanceAndFeesNotCharged() {
        let voucher = "@united overbooked and bumped. compensation offered: a $10 meal voucher. wow"
        #expect(score(voucher, "en").label == .negative)
        #expect(score("wow what a view!!", "en").label == .positive)
        #expect(score("@SouthwestAir no bag fees is the reason I always fly with you", "en").label == .positive)
        #expect(score("@USAirways been trying to reach someone for 2 days about my refund", "en").label == .negative)
        #expect(score("@SNCF votre site plante dès que je veux valider le panier", "fr").label == .negative)
        #expect(score("@transavia bagage cabine gratuit, c'est pour ça que je vole avec vous", "fr").label != .negative)
        #expect(score("@SNCF le conducteur nous a tenus informés pendant tout le retard, merci", "fr").label == .positive)
        #expect(score("@transavia pas de wifi sur un vol de 5h en 2024 ??", "fr").label == .negative)
    }

    @Test func thanksForAGiftAfterARepeatedGrievance() {
        #expect(score("Taxes going up again, thanks for the gift", "en").label == .negative)
        #expect(score("Les impôts augmentent encore, merci pour ce cadeau", "fr").label == .negative)
        let condolences = "lost my dad last week, thanks for the kind words"
        #expect(score(condolences, "en").label == .positive, "thanks after a loss are meant")
        #expect(score("Finally a real plan to lower prescription costs, about time", "en").label == .positive)
        #expect(score("Quelle hypocrisie de parler d'écologie en prenant le jet privé", "fr").label == .negative)
        #expect(score("Le ministre ment effrontément et personne ne réagit", "fr").label == .negative)
        #expect(score("Discours très juste du maire ce soir, enfin quelqu'un qui parle vrai", "fr").label == .positive)
    }

    @Test func devicesAndApps() {
        #expect(score("@Microsoft Teams crashed 3 times during one meeting. impressive.", "en").label == .negative)
        #expect(score("the view from the summit was impressive", "en").label == .positive)
        #expect(score("@Netflix what time does the new season drop?", "en").label == .neutral)
        #expect(score("the noise cancelling is decent", "en").label == .positive)
        #expect(score("@Xbox my controller drifts and it's 3 months old", "en").label == .negative)
    }

    @Test func restaurants() {
        #expect(score("Tiny place but the dumplings are out of this world.", "en").label == .positive)
        #expect(score("Tout petit restaurant mais les raviolis sont une tuerie.", "fr").label == .positive)
        #expect(score("Every single dish was a hit with our group.", "en").label == .positive)
        #expect(score("Chaque plat a fait l'unanimité à notre table.", "fr").label == .positive)
        #expect(score("They have a separate gluten-free menu if you ask.", "en").label == .neutral)
        #expect(score("3 months of use and it no longer recognizes anything.", "en").label == .negative)
    }

    @Test func frenchVerbsOfLikingInEveryPerson() {
        #expect(score("Mes enfants adorent ce jeu, on y joue tous les soirs.", "fr").label == .positive)
        #expect(score("je l'ai adorée", "fr").label == .positive)
        #expect(score("vous allez détester", "fr").label == .negative)
        #expect(score("Conforme à la description, sans surprise.", "fr").label == .neutral)
        #expect(score("@Spectrum internet goes down every evening at 7 like clockwork", "en").label == .negative)
        #expect(score("@Visible cheapest plan I've had and it actually works", "en").label == .positive)
    }

    @Test func aGoodThingTakenAway() {
        #expect(score("#TheVoice they eliminated the best singer of the season, robbed", "en").label == .negative)
        let eliminated = "#TheVoice le jury a éliminé la meilleure voix de la saison, scandaleux"
        #expect(score(eliminated, "fr").label == .negative)
        #expect(score("they cancelled my favourite show", "en").label == .negative)
        #expect(score("they didn't cancel the best show on tv, thank god", "en").label == .positive)
    }

    @Test func aMiddlingVerdictOfTheWritersOwnIsNeutral() {
        // The praise and blame around a middling verdict are its reasons.
        #expect(score("I have mixed feelings. Great sound, but the case feels flimsy.", "en").label == .neutral)
        #expect(score("Avis mitigé : le son est excellent mais la coque fait vraiment cheap.", "fr").label == .neutral)
        #expect(score("Trois étoiles. Le personnel est adorable mais la chambre est bruyante.", "fr").label == .neutral)
        #expect(score("I'd give it three stars. Some features are nice, others feel unfinished.", "en").label == .neutral)
        #expect(score("Decent app. Does what it says, nothing more.", "en").label == .neutral)
        #expect(score("Conforme à la description, ni plus ni moins.", "fr").label == .neutral)
        #expect(score("I have mixed feelings. Great sound, but the case feels flimsy.", "en").drivers.first == "mixed feelings")
        // A text far to one side keeps its side; a rating held too low is blame; the same words that are no verdict.
        #expect(score("Three stars because the support is a nightmare and the app is awful, avoid.", "en").label == .negative)
        #expect(score("I gave it only 3 stars, it broke in a week.", "en").label == .negative)
        #expect(score("Je ne mets que trois étoiles, le produit est arrivé cassé.", "fr").label == .negative)
        #expect(score("Nothing more frustrating than a train that never comes.", "en").label == .negative)
        #expect(score("Nous avons réservé sans plus attendre, un hôtel magnifique.", "fr").label == .positive)
        #expect(score("good phone, so-so service.", "en").label == .positive, "so-so is said of a part")
        #expect(score("Ni chef-d'œuvre ni navet, un film du dimanche soir.", "fr").label == .neutral)
        // Expectations lowered, faint praise with its reservation, a one-word sentence.
        #expect(score("Decent for the price, don't expect miracles.", "en").label == .neutral)
        #expect(score("Correct pour le prix, ne vous attendez pas à des miracles.", "fr").label == .neutral)
        #expect(score("Not bad but a bit pricey for what it is.", "en").label == .neutral)
        #expect(score("Pas mal mais un peu cher pour ce que c'est.", "fr").label == .neutral)
        #expect(score("Average. Sound is good but the battery doesn't last the day.", "en").label == .neutral)
        #expect(score("Moyen. Le son est bon mais la batterie ne tient pas la journée.", "fr").label == .neutral)
        #expect(score("Average price, great food.", "en").label == .positive, "not a sentence of its own")
        #expect(score("meh, the season finale was kinda boring", "en").label == .negative, "meh leans negative")
        // Adequacy, time passed, a price held too high, nothing special.
        #expect(score("Good location, small rooms, average breakfast. Fine for a short stay.", "en").label == .neutral)
        #expect(score("Bien situé, chambres petites, petit-déjeuner moyen. Suffisant pour un court séjour.", "fr").label == .neutral)
        #expect(score("It works fine for me, love it.", "en").label == .positive, "not at the start of its sentence")
        let thriller = "A solid, by-the-numbers thriller. You won't remember it next week, but it passes the time."
        #expect(score(thriller, "en").label == .neutral)
        #expect(score("La première moitié est prenante, la seconde s'égare. À voir en streaming, pas au prix fort.", "fr").label == .neutral)
        #expect(score("The hotel is what you'd expect for the price. Nothing special, nothing terrible.", "en").label == .neutral)
        #expect(score("L'hôtel correspond à ce qu'on attend pour le prix. Rien d'exceptionnel, rien de terrible.", "fr").label == .neutral)
        #expect(score("There is nothing special about this phone and the battery is weak", "en").label == .negative)
        // A part rated average, faint praise with "enough" or "assez", a sentence of adequacy.
        #expect(score("Nice design, average performance.", "en").label == .neutral)
        #expect(score("la suite était bof, franchement moyen", "fr").label == .negative, "intensified, a litotes for bad")
        #expect(score("ce budget est une catastrophe pour les classes moyennes", "fr").label == .negative)
        #expect(score("Comfortable enough, but the fabric pills after a few washes.", "en").label == .neutral)
        #expect(score("Assez confortable, mais le tissu bouloche après quelques lavages.", "fr").label == .neutral)
        #expect(score("it is easy enough for my grandmother to use.", "en").label == .positive)
        #expect(score("sure enough there is no such ability.", "en").label == .negative, "an idiom, not faint praise")
        #expect(score("Joli design, performances moyennes.", "fr").label == .neutral)
        #expect(score("OK product. Delivery was slow but it arrived intact.", "en").label == .neutral)
        #expect(score("Produit correct. Livraison un peu lente.", "fr").label == .neutral)
        #expect(score("Does the basics well. Missing a timer, which would have been nice.", "en").label == .neutral)
        // "though" turns where a clause starts, when something follows it.
        #expect(score("It's a good book, though the middle drags and I saw the twist coming.", "en").label == .neutral)
        #expect(score("the picture is perfect, although i'm not watching on an hdtv.", "en").label == .positive)
        // "It's fine." and "So-so." as a sentence; "plutôt moyen" stays middling, "très moyen" does not.
        #expect(score("It's fine. The color is a bit duller than pictured.", "en").label == .neutral)
        #expect(score("Ça va. La couleur est un peu plus terne que sur la photo.", "fr").label == .neutral)
        #expect(score("So-so. Good battery, mediocre camera.", "en").label == .neutral)
        #expect(score("it's fine, I love you anyway", "en").label == .positive)
        #expect(score("Plutôt moyen. Rien à redire, mais rien qui sort du lot non plus.", "fr").label == .neutral)
        #expect(score("Le service était très moyen.", "fr").label == .negative)
        // The job done closing its clause, "not the worst", watchable, a verdict put off, worth it at a lower price.
        #expect(score("Decent blender, a little noisy, does the job.", "en").label == .neutral)
        #expect(score("Film sympathique mais vite oublié. Les acteurs font le travail.", "fr").label == .neutral)
        #expect(score("It does the job perfectly, love it!", "en").label == .positive, "not closing its clause")
        #expect(score("Not the worst airline I've flown.", "en").label == .neutral)
        #expect(score("Pas le pire resto du quartier.", "fr").label == .neutral)
        #expect(score("Some good songs, some filler. Not their best album, not their worst.", "en").label == .neutral)
        #expect(score("Quelques bonnes idées, mais le scénario est prévisible. Ça se regarde.", "fr").label == .neutral)
        #expect(score("Great sound so far, haven't used it much yet. Time will tell.", "en").label == .neutral)
        #expect(score("Belle finition. À voir à l'usage.", "fr").label == .neutral)
        #expect(score("The story drags in the middle, but the ending is good. Worth a rental.", "en").label == .neutral)
        #expect(score("Beau jeu mais trop court. Attendez les soldes.", "fr").label == .neutral)
        // Parts split by "some … others" and judged on opposite sides; faint praise held to a budget or a use.
        #expect(score("Some dishes were excellent, others bland. Service was slow but friendly.", "en").label == .neutral)
        #expect(score("Certains plats étaient excellents, d'autres fades. Service lent mais aimable.", "fr").label == .neutral)
        #expect(score("Some songs are great, others are even better!", "en").label == .positive, "both sides praised")
        #expect(score("Not bad for a budget model. The app is a little slow.", "en").label == .neutral)
        #expect(score("Bien pour un usage occasionnel, un peu lent.", "fr").label == .neutral)
        #expect(score("Bien pour toi, félicitations !", "fr").label == .positive, "congratulations")
        // The blame of the verdict's own words is not a complaint's ("worst" is a complaint cue elsewhere).
        #expect(score("Not the worst airline.", "en").drivers.first == "Not the worst")
    }

    @Test func astonishmentRightAfterBlameSaysHowMuch() {
        #expect(score("Les blagues tombent à plat et le scénario est d'une paresse incroyable.", "fr").label == .negative)
        #expect(score("Un service d'une lenteur incroyable.", "fr").label == .negative)
        #expect(score("the rudeness, unbelievable", "en").label == .negative)
        // Alone, or after praise, it is praise.
        #expect(score("Un film incroyable.", "fr").label == .positive)
        #expect(score("La vue est magnifique, incroyable !", "fr").label == .positive)
    }

    @Test func frenchVerbsOfSentimentInOtherPersonsAndTenses() {
        // Forms the translated lexicon lacked (it had the infinitive, or a form or two).
        #expect(score("Ça m'énervait déjà l'an dernier", "fr").label == .negative)
        #expect(score("Ils refusent de me rembourser", "fr").label == .negative)
        #expect(score("Ils abandonnent leurs clients", "fr").label == .negative)
        #expect(score("Les trains puent et les contrôleurs mentent", "fr").label == .negative)
        #expect(score("Vous nous régalez à chaque épisode", "fr").label == .positive)
        #expect(score("Je félicite toute l'équipe", "fr").label == .positive)
        #expect(score("Foncez, vous ne le regretterez pas !", "fr").label == .positive)
        // Left out: a conditional of praise is a polite request; "ignorait" is not knowing.
        #expect(score("J'apprécierais une réponse rapide", "fr").drivers.contains("apprécierais") == false)
        #expect(score("Il ignorait que le magasin était fermé", "fr").label == .neutral)
    }

    @Test func idiomsOfFrenchReviews() {
        #expect(score("Rapport qualité-prix imbattable", "fr").label == .positive)
        #expect(score("Je ne le conseille pas", "fr").label == .negative)
        #expect(score("Je vous conseille d'appeler avant de venir", "fr").label == .neutral, "advice, not a review")
        #expect(score("Parking à l'arrière. Réservation conseillée le week-end.", "fr").label == .neutral)
        #expect(score("Accueil glacial", "fr").label == .negative)
        #expect(score("Vue imprenable sur la mer", "fr").label == .positive)
        #expect(score("Odeur de renfermé dans la chambre", "fr").label == .negative)
        #expect(score("Chambre propre, sans charme particulier", "fr").label == .neutral)
        // The hero of a novel is its protagonist; heroes of a rescue are praised.
        #expect(score("Le héros part à la recherche de son père", "fr").label == .neutral)
        #expect(score("Merci aux pompiers, de vrais héros", "fr").label == .positive)
        #expect(score("Can't get enough of it", "en").label == .positive)
        #expect(score("Cold welcome at reception", "en").label == .negative)
    }

    @Test func theWritersOwnRatingIsAVerdict() {
        #expect(score("2/5, would not buy again", "en").label == .negative)
        #expect(score("2/5 but the staff were nice", "en").label == .negative, "a reason after a but does not outweigh it")
        #expect(score("4/5, très bon produit", "fr").label == .positive)
        #expect(score("Good screen, weak battery. 3/5", "en").label == .neutral)
        #expect(score("Bonne ambiance, service lent. 12/20", "fr").label == .neutral)
        #expect(score("7,5/10", "fr").label == .positive)
        #expect(score("4 out of 5", "en").label == .positive)
        #expect(score("I'd give it a 2/5, the battery is poor", "en").label == .negative)
        #expect(score("Loved it 5/5🔥", "en").drivers.contains("5/5"), "an emoji touching it closes it")
        #expect(score("Note 2/5 😡 livraison lente", "fr").drivers.contains("2/5"))
        #expect(score("3 sur 10, une purge", "fr").label == .negative)
        #expect(score("One star.", "en").drivers == ["One star"], "the lexicon's phrase of stars is not counted twice")
        // Dates, opening hours, a star category, a score in a test: no rating.
        #expect(score("Flight on 3/5 was delayed", "en").drivers == ["delayed"])
        #expect(score("See you on 12/10/2024", "en").label == .neutral)
        #expect(score("open 24/7", "en").label == .neutral)
        #expect(score("a 5 star hotel", "en").label == .neutral)
        #expect(score("Happy 4/20", "en").label == .positive, "over 20 is a grade in French only")
    }

    @Test func reproachesOfEverydaySpeech() {
        #expect(score("Peut mieux faire @Fnac", "fr").label == .negative)
        #expect(score("Je m'attendais à mieux", "fr").label == .negative)
        #expect(score("Même pas une excuse", "fr").label == .negative)
        #expect(score("Il n'y a rien qui va dans cette appli", "fr").label == .negative)
        #expect(score("C'est pas normal d'attendre 3 semaines", "fr").label == .negative)
        #expect(score("Could be better @Tesco", "en").label == .negative)
        #expect(score("pls fix your app @Snapchat", "en").label == .negative)
        #expect(score("the audacity of @Ticketmaster charging $40 in fees", "en").label == .negative)
        #expect(score("wesh c'est quoi ce service", "fr").label == .negative)
        #expect(score("10 out of 10 experience", "en").label == .positive)
        #expect(score("living for this collab", "en").label == .positive)
        #expect(score("Couldn't be happier with my new car", "en").label == .positive)
    }

    @Test func financialNewsOfABrand() {
        #expect(score("Shares plunge after profit warning", "en").label == .negative)
        #expect(score("Résultats record pour le groupe, au-delà des attentes", "fr").label == .positive)
        #expect(score("L'action s'effondre après un avertissement sur les résultats", "fr").label == .negative)
        #expect(score("Company beats expectations with record profits", "en").label == .positive)
        // Taking the plunge is deciding, not falling.
        #expect(score("I finally took the plunge and ordered one", "en").label != .negative)
    }

    @Test func aGoodThingOfThePastIsADecline() {
        #expect(score("The app used to be great, now it crashes every day", "en").label == .negative)
        #expect(score("@Sky used to be my favourite, not anymore", "en").label == .negative)
        #expect(score("They used to have great customer service", "en").label == .negative)
        #expect(score("L'appli était géniale avant, maintenant elle plante tout le temps", "fr").label == .negative)
        #expect(score("C'était mieux avant.", "fr").label == .negative)
        #expect(score("Avant, c'était top.", "fr").label == .negative)
        // Accustomed, a purpose, a preposition: no past.
        #expect(score("I'm used to the new layout and I love it", "en").label == .positive)
        #expect(score("the tool used to fix it works great", "en").label == .positive)
        #expect(score("Avant le départ, c'était super", "fr").label == .positive)
    }

    @Test func nothingRivalsAGrievanceIsSarcasm() {
        #expect(score("Rien de tel que d'attendre 45 min au téléphone pour se faire raccrocher au nez @Orange", "fr").label == .negative)
        #expect(score("There's nothing like a 3 hour delay on the tarmac to start the holidays", "en").label == .negative)
        // Praise of a good thing, or of a wait with no length, stays praise; so does a grievance in another sentence.
        #expect(score("Rien de tel qu'un bon café le matin", "fr").label == .positive)
        #expect(score("There's nothing like waiting for the weekend", "en").label == .positive)
        #expect(score("Rien de tel qu'un bon café. Le train a 45 min de retard.", "fr").drivers.first == "Rien de tel")
        // Idioms of tweets to brands in both languages.
        #expect(score("@Evri my parcel has been out for delivery since Tuesday, you're a joke", "en").label == .negative)
        #expect(score("Le dernier épisode m'a mis une claque, quelle série", "fr").label == .positive)
        #expect(score("Mon lave-linge a 15 ans et il tourne comme au premier jour", "fr").label == .positive)
        #expect(score("finally switched banks and honestly why didn't I do this sooner", "en").label == .positive)
        #expect(score("Microsoft will stop supporting Windows 10 in October.", "en").label == .neutral)
        #expect(score("@Orange comment je résilie ma box ?", "fr").label == .neutral, "asking how is no grievance")
        // Mild praise closing a grievance is sarcasm too; alone, or after praise, it praises.
        #expect(score("Ça fait une heure que j'attends le bus, sympa", "fr").label == .negative)
        #expect(score("Encore en retard, nickel.", "fr").label == .negative)
        #expect(score("2 hours on the tarmac, fun", "en").label == .negative)
        #expect(score("C'était sympa", "fr").label == .positive)
        #expect(score("Had so much fun", "en").label == .positive)
        #expect(score("You guys are a bunch of crooks", "en").label == .negative)
        #expect(score("@Uber you had one job", "en").label == .negative)
        #expect(score("this ain't it @McDonalds", "en").label == .negative)
        #expect(score("Bande de clowns @SNCF", "fr").label == .negative)
        #expect(score("Une masterclass ce concert", "fr").label == .positive)
    }

    @Test func publicServicesAndEverydayLife() {
        // Praise closing a grievance is sarcasm, addressed to an institution too.
        #expect(score("2 hour traffic jam because of roadworks nobody announced, great job city council", "en").label == .negative)
        #expect(score("Bouchons de 2h sur le périph à cause de travaux pas annoncés, merci la mairie", "fr").label == .negative)
        // A doubt overturned.
        #expect(score("my EV does 220 miles in winter, I was skeptical but I'm never going back to petrol", "en").label == .positive)
        #expect(score("Ma Zoé tient 350 km en hiver, j'étais sceptique mais je ne reviendrai pas au diesel", "fr").label == .positive)
        // Instructions and deadlines are not alarms.
        #expect(score("In an emergency, dial 112 from any phone", "en").label == .neutral)
        #expect(score("En cas d'urgence, composez le 112 depuis n'importe quel téléphone", "fr").label == .neutral)
        #expect(score("La date limite de déclaration en ligne est fixée au 8 juin pour la zone 3", "fr").label == .neutral)
        #expect(score("3 months waiting for my benefits payment, still nothing, how am I supposed to pay rent?", "en").label == .negative)
        #expect(score("got refunded by @eBay in 48 hours for an item not as described, no complaints", "en").label == .positive)
        #expect(score("museum closed without notice even though we had booked, not even an apology", "en").label == .negative)
        // A thing out of order is broken; listings out of order are not.
        #expect(score("the ticket machine is out of order", "en").label == .negative)
        #expect(score("it sometimes gets track listings out of order", "en").label == .neutral)
    }

    @Test func musicShowsBeautyAndFood() {
        // Astonishment closing a grievance is indignation.
        #expect(score("@UberEats driver ate half my fries and then marked it delivered. unreal", "en").label == .negative)
        let fries = "@Deliveroo le livreur a mangé la moitié de mes frites et a marqué la commande livrée, incroyable"
        #expect(score(fries, "fr").label == .negative)
        #expect(score("ils m'ont raccroché au nez, incroyable", "fr").label == .negative)
        #expect(score("Un concert incroyable", "fr").label == .positive)
        // A failure that comes back, asked about, with a verb of its own that VADER rates.
        #expect(score("@Spotify why does shuffle keep playing the same 10 songs", "en").label == .negative)
        #expect(score("keep going, you are doing great!", "en").label == .positive)
        #expect(score("what's the best pizza place in Brooklyn? asking for a friend", "en").label == .neutral)
        #expect(score("c'est quoi la meilleure pizzeria de Lyon ? c'est pour un ami", "fr").label == .neutral)
        #expect(score("the movie was 3 hours of nothing happening, I want my evening back", "en").label == .negative)
        #expect(score("3h de film où il ne se passe rien, rendez-moi ma soirée", "fr").label == .negative)
        #expect(score("on a eu les places !!! à nous le Stade de France 😭😭", "fr").label == .positive)
        #expect(score("the trailer for the new Marvel movie drops tomorrow at noon", "en").label == .neutral)
    }

    @Test func workHousingWeatherAndErrands() {
        #expect(score("my boss scheduled a meeting at 5:45 on a Friday. who does that", "en").label == .negative)
        #expect(score("it's been raining for 9 days straight, I forgot what the sun looks like", "en").label == .negative)
        #expect(score("9 jours de pluie d'affilée, j'ai oublié à quoi ressemble le soleil", "fr").label == .negative)
        #expect(score("my commute is 10 minutes now that I moved, life changing", "en").label == .positive)
        #expect(score("permis eu du premier coup !!!", "fr").label == .positive)
        #expect(score("ghosté après le quatrième entretien. quatre entretiens. même pas un mail", "fr").label == .negative)
        #expect(score("nos voisins nous ont apporté de la soupe quand on était tous malades, des amours", "fr").label == .positive)
        // A bin is an object; throwing a product in it is a verdict.
        #expect(score("le ramassage des poubelles passe au mercredi la semaine prochaine", "fr").label == .neutral)
        #expect(score("ce mascara m'a donné les yeux rouges, direct à la poubelle", "fr").label == .negative)
    }

    @Test func everydayExasperationAndSmallJoys() {
        #expect(score("my phone plan went up without warning, thanks Verizon", "en").label == .negative)
        #expect(score("$40 for a pizza and a beer, New York you can't be serious", "en").label == .negative)
        #expect(score("40 balles pour une pizza et une bière, Paris vous êtes sérieux", "fr").label == .negative)
        #expect(score("encore une appli qui me demande mon avis toutes les 5 minutes, laissez-moi tranquille", "fr").label == .negative)
        #expect(score("la vue depuis le sommet valait chaque goutte de sueur 🏔️", "fr").label == .positive)
        #expect(score("mon chat m'attend tous les soirs derrière la porte, ça me fait fondre", "fr").label == .positive)
        #expect(score("torn between a Mac and a PC for school, any advice?", "en").label == .neutral)
        #expect(score("j'hésite entre un Mac et un PC pour mes études, des avis ?", "fr").label == .neutral)
    }

    @Test func aWishForSomeoneIsNoRegret() {
        #expect(score("switching from iPhone to Android this weekend, wish me luck", "en").label == .neutral)
        #expect(score("je passe d'iPhone à Android ce week-end, souhaitez-moi bonne chance", "fr").label == .neutral)
        #expect(score("I wish you a merry Christmas", "en").label == .positive)
        #expect(score("I wish the food was better", "en").label == .negative)
        #expect(score("i only wish you could get better images at all resolutions", "en").label == .negative)
    }

    @Test func reviewsAndTweetsOfTheTwentySecondSession() {
        #expect(score("The zipper broke the second time I used it. For $80 I expected a lot better.", "en").label == .negative)
        #expect(score("Ce roman m'a tenue éveillée jusqu'à 3h du matin, impossible de le lâcher.", "fr").label == .positive)
        #expect(score("J'avais envie d'aimer mais l'intrigue traîne et la fin n'a aucun sens.", "fr").label == .negative)
        #expect(score("Ne charge plus au bout d'un mois et la garantie, c'est la croix et la bannière.", "fr").label == .negative)
        #expect(score("Murs en papier, bruit toute la nuit et une salle de bain qui sentait l'égout.", "fr").label == .negative)
        #expect(score("What a find! Tiny little bakery with the flakiest croissants I've had outside Paris.", "en").label == .positive)
        #expect(score("Fits true to size. I ordered a medium and I usually wear a medium.", "en").label == .neutral)
        #expect(score("got my refund from @Zappos in two days, no questions asked", "en").label == .positive)
        #expect(score("@Costco rotisserie chicken remains undefeated", "en").label == .positive)
        #expect(score("le poulet rôti de chez @Costco reste invaincu", "fr").label == .positive)
        #expect(score("@Ticketmaster 25€ de frais pour une place à 60€, du vol pur et simple", "fr").label == .negative)
        #expect(score("@Starbucks la barista a dessiné un petit chat sur mon gobelet, ça m'a fait ma semaine", "fr").label == .positive)
        #expect(score("@Uber m'a facturé 40€ de frais de nettoyage pour une course que je n'ai jamais faite", "fr").label == .negative)
        #expect(score("The 8:12 train will leave from platform B", "en").label == .neutral)
        #expect(score("This app has genuinely helped me stick to a budget for the first time in my life.", "en").label == .positive)
        #expect(score("You need to create an account before you can use any of the features.", "en").label == .neutral)
        #expect(score("Une BD magnifiquement dessinée, j'attends la suite avec impatience.", "fr").label == .positive)
        #expect(score("Interdit aux moins de 12 ans.", "fr").label == .neutral)
        #expect(score("Very strong plastic smell that doesn't go away even after washing.", "en").label == .negative)
        #expect(score("Odeur de plastique très forte qui ne part pas même après lavage.", "fr").label == .negative)
        #expect(score("Le produit est conforme mais l'emballage était abîmé.", "fr").label == .neutral)
        #expect(score("The jokes land with a thud and the lead has zero charisma.", "en").label == .negative)
        #expect(score("Visually impressive but emotionally empty, I felt nothing.", "en").label == .negative)
        #expect(score("The waiter rolled his eyes when we asked for tap water. Not going back.", "en").label == .negative)
        #expect(score("Le serveur a levé les yeux au ciel quand on a demandé une carafe d'eau. On n'y retournera pas.", "fr").label == .negative)
        #expect(score("Le parking est payant et doit être réservé à l'avance.", "fr").label == .neutral)
    }

    @Test func banksAndInsurers() {
        #expect(score("@AXA_France comment déclarer un dégât des eaux en ligne ?", "fr").label == .neutral)
        let cancelling = "@AXA_France je souhaite résilier mon contrat habitation, quelle est la démarche ?"
        #expect(score(cancelling, "fr").label == .neutral)
        #expect(score("@AXA_France l'expert n'est jamais venu et personne ne rappelle", "fr").label == .negative)
        #expect(score("@MMA votre devis a doublé sans explication", "fr").label == .negative)
        #expect(score("@CreditAgricole carte avalée par le distributeur un dimanche", "fr").label == .negative)
        #expect(score("the technician never showed up", "en").label == .negative)
    }

    @Test func livingUpToItOrNot() {
        #expect(score("it didn't live up to the hype", "en").label == .negative)
        #expect(score("doesn't live up to expectations", "en").label == .negative)
        #expect(score("it totally lived up to the hype", "en").label == .positive)
        #expect(score("le service n'était pas à la hauteur", "fr").label == .negative)
        #expect(score("pas à la hauteur de sa réputation", "fr").label == .negative)
        #expect(score("toujours à la hauteur, merci", "fr").label == .positive)
        #expect(score("Bed bugs. Enough said.", "en").label == .negative)
        #expect(score("Des punaises de lit. Tout est dit.", "fr").label == .negative)
        #expect(score("The noise from the street kept us up all night.", "en").label == .negative)
        #expect(score("they kept me up to date the whole time", "en").label == .positive)
        #expect(score("Le bruit de la rue nous a empêchés de dormir toute la nuit.", "fr").label == .negative)
        #expect(score("Personnel aux petits soins pour notre anniversaire de mariage.", "fr").label == .positive)
        #expect(score("On nous a facturé des boissons jamais commandées.", "fr").label == .negative)
    }

    @Test func criticsPraiseAndBlame() {
        let portrait = "A quietly devastating portrait of grief that never tips into sentimentality."
        #expect(score(portrait, "en").label == .positive)
        #expect(score("Le genre de film qui vous hante pendant des jours.", "fr").label == .positive)
        #expect(score("Visually striking but emotionally hollow.", "en").label == .negative)
        #expect(score("Visuellement superbe mais vide d'émotion.", "fr").label == .negative)
        #expect(score("A sequel nobody asked for, made with all the passion of a tax form.", "en").label == .negative)
        #expect(score("J'ai regardé ma montre toutes les dix minutes.", "fr").label == .negative)
        #expect(score("The twist is obvious from the first ten minutes.", "en").label == .negative)
        #expect(score("On devine le rebondissement au bout de dix minutes.", "fr").label == .negative)
        #expect(score("Un petit film avec un très grand cœur.", "fr").label == .positive)
        #expect(score("A bloated, self-important slog.", "en").label == .negative)
        #expect(score("Half thriller, half family drama.", "en").label == .neutral)
    }

    @Test func aCeilingConcededIsNoFault() {
        #expect(score("Pas mal pour le prix, sans être exceptionnel.", "fr").label != .negative)
        #expect(score("Decent enough without being great.", "en").label != .negative)
        // Without "sans être", the same word denied is a fault.
        #expect(score("Le service n'est pas exceptionnel.", "fr").label == .negative)
    }

    @Test func askingForAdviceIsNoPraise() {
        #expect(score("vous conseillez quoi comme forfait mobile pas cher ?", "fr").label == .neutral)
        #expect(score("tu connais un bon resto vers Bastille ?", "fr").label == .neutral)
        #expect(score("Does anyone have a recommendation for a good dentist in Austin?", "en").label == .neutral)
        #expect(score("vous êtes vraiment au top, merci !", "fr").label == .positive)
    }

    @Test func everydayGrievancesOfProductsAndApps() {
        #expect(score("@Spotify why does the app log me out every single time I update it", "en").label == .negative)
        #expect(score("Paid for premium and still getting ads. what's the point", "en").label == .negative)
        #expect(score("this game is pay to win garbage now", "en").label == .negative)
        #expect(score("can't believe they discontinued my favorite cereal 😭", "en").label == .negative)
        #expect(score("The lid doesn't seal so it leaks in my bag every day.", "en").label == .negative)
        #expect(score("Stitching came apart after one wash.", "en").label == .negative)
        #expect(score("Okay for occasional use, I wouldn't rely on it daily.", "en").label != .positive)
        #expect(score("on me facture des options que j'ai jamais demandées", "fr").label == .negative)
        #expect(score("@McDonalds_fr commande incomplète pour la deuxième fois cette semaine", "fr").label == .negative)
        #expect(score("Le produit ne ressemble pas du tout aux photos.", "fr").label == .negative)
        #expect(score("My dog goes crazy for these treats. Will reorder.", "en").label == .positive)
        #expect(score("he's over the moon", "en").label == .positive)
        #expect(score("soirée jeux entre potes, rien de mieux", "fr").label == .positive)
        #expect(score("Nouvelle vidéo en ligne : comment bien choisir son vélo", "fr").label == .neutral)
        #expect(score("cooked dinner for the first time in weeks and it actually slapped", "en").label == .positive)
        #expect(score("j'ai cuisiné pour la première fois depuis des semaines et c'était une tuerie", "fr").label == .positive)
        #expect(score("une tuerie dans un lycée américain", "fr").label != .positive)
        #expect(score("my laptop fan sounds like a jet engine and it's brand new", "en").label == .negative)
        #expect(score("my laptop fan sounds like a helicopter", "en").label != .positive, "a laptop's fan: no admirer")
        #expect(score("huge fan of this show", "en").label == .positive)
        #expect(score("la boulangère m'a offert un cookie pour mon anniv 🥹", "fr").label == .positive)
        #expect(score("mon colis est reparti à l'entrepôt sans raison", "fr").label == .negative)
        // "since discontinued" tells a fact, not a loss.
        #expect(score("i purchased it on a since discontinued promotion.", "en").label == .neutral)
    }

    @Test func whatAgentsAndOutagesSayToCustomers() {
        // An intensifier that is itself praise closes a grievance as sarcasm; meant, it praises.
        #expect(score("Teams just logged me out mid-presentation. Again. Incredible software", "en").label == .negative)
        #expect(score("Incredible software, saved me hours", "en").label == .positive)
        #expect(score("@PlayStation Network down on a Saturday night", "en").label == .negative)
        #expect(score("driver drove off with my food and support says there's nothing they can do", "en").label == .negative)
        #expect(score("le service client me renvoie vers un formulaire", "fr").label == .negative)
        // The fraud team protects; accidental damage and a bag that fits are terms, not blame or praise.
        #expect(score("big thanks to the @Chase fraud team, caught a weird charge before I even noticed", "en").label == .positive)
        #expect(score("does the warranty cover accidental damage?", "en").label == .neutral)
        #expect(score("est-ce que la garantie couvre la casse accidentelle ?", "fr").label == .neutral)
        #expect(score("does the carry-on fit in the sizer?", "en").label == .neutral)
        // A failure counted in a day; a thing that won't work; a delivery without a knock; a charge put on one.
        #expect(score("@Sky my broadband has dropped 6 times today. SIX.", "en").label == .negative)
        #expect(score("@Free connexion coupée 6 fois aujourd'hui. SIX FOIS.", "fr").label == .negative)
        #expect(score("I've played it 6 times today, love it", "en").label == .positive)
        #expect(score("ordered a kettle, received a toaster, and the return label won't print", "en").label == .negative)
        #expect(score("commandé une bouilloire, reçu un grille-pain, et l'étiquette ne s'imprime pas", "fr").label == .negative)
        #expect(score("driver left my shopping on the doorstep in the rain and didn't knock", "en").label == .negative)
        #expect(score("colis laissé devant la porte sous la pluie sans sonner", "fr").label == .negative)
        #expect(score("@Hermes parcel thrown over my fence and smashed", "en").label == .negative)
        #expect(intents("@Chronopost le livreur a jeté mon colis par-dessus le portail", "fr")["complaint"] != nil)
        #expect(score("where can I buy the limited edition Switch in Toronto?", "en").label == .neutral)
        #expect(score("on me facture des rayures qui étaient déjà là au départ", "fr").label == .negative)
        #expect(score("pas de clim pendant 3h de vol en plein juillet", "fr").label == .negative)
        // Terms of an offer; results above forecasts.
        #expect(score("Disney+ adds a new ad-supported plan in the UK from today", "en").label == .neutral)
        #expect(score("does the free cancellation include taxes?", "en").label == .neutral)
        #expect(score("l'annulation gratuite inclut-elle les taxes ?", "fr").label == .neutral)
        #expect(score("Netflix share price rises 4% after subscriber numbers beat forecasts", "en").label == .positive)
        #expect(score("L'action grimpe de 4% après des chiffres supérieurs aux prévisions", "fr").label == .positive)
        // Slang; French asked in the order of a statement; devices and obligations.
        #expect(score("the new @Drake album goes hard ngl", "en").label == .positive)
        #expect(score("my @ASOS order came a day early, I'm shook", "en").label == .positive)
        #expect(score("@UberEats y'all are wild, 2 hours for a cold burger", "en").label == .negative)
        #expect(score("@RATP_Officiel la ligne 13 est rétablie ?", "fr").label == .neutral)
        #expect(score("la ligne 13 est rétablie, merci !", "fr").label == .positive)
        #expect(score("@EDF_Officiel le compteur Linky c'est obligatoire ou pas ?", "fr").label == .neutral)
        #expect(score("@PGE4Me is the smart meter mandatory?", "en").label == .neutral)
    }

    @Test func aListOfPartsJudgedOnBothSidesIsMixed() {
        #expect(score("Standard hotel chain experience. Clean, functional, forgettable.", "en").label == .neutral)
        #expect(score("Hôtel bien placé, chambres petites, petit-déjeuner basique.", "fr").label == .neutral)
        // One side only, a contrast, an emoji or a long clause: no list verdict.
        #expect(score("Clean, quiet, friendly staff.", "en").label == .positive)
        #expect(score("Dirty, noisy, rude staff.", "en").label == .negative)
        #expect(score("Clean rooms, slow lifts, but the staff made our stay wonderful", "en").label == .positive)
        #expect(score("Cheap, fast, broken in a week 😡", "en").label == .negative)
        #expect(score("umm, well, thanks for nothing.", "en").label == .negative, "sarcasm is no list")
        #expect(score("Scénario cousu de fil blanc, acteurs en roue libre, je me suis ennuyé ferme.", "fr").label == .negative)
        // Strong praise of most parts still shows.
        #expect(score("Amazing food, fantastic cocktails, slow service.", "en").label == .positive)
    }

    @Test func middlingVerdictsOfReviewsTwentyFourth() {
        #expect(score("It's a phone case. It fits, it protects, nothing remarkable about it.", "en").label == .neutral)
        #expect(score("Sound is fine for the price. Bass is a little weak.", "en").label == .neutral)
        #expect(score("Does what it says. The app is a bit clunky but it works.", "en").label == .neutral)
        #expect(score("Good location, small rooms, breakfast was just ok.", "en").label == .neutral)
        #expect(score("Le film est long, quelques bonnes scènes, mais l'ensemble est inégal.", "fr").label == .neutral)
        #expect(score("Pas mal, mais un peu cher pour ce que c'est.", "fr").label == .neutral)
        #expect(score("hit and miss, like most of their albums", "en").label == .neutral)
        // "works just fine" praises; "just ok" is a verdict only ending its clause.
        #expect(score("It works just fine, love it", "en").label == .positive)
        #expect(score("Battery dies in two hours, the screen is dim, and the speakers crackle.", "en").label == .negative)
        #expect(score("Batterie qui ne tient pas la journée et écran qui scintille.", "fr").label == .negative)
        // A part said to be fine is rated middling ("works fine" praises); faint praise after its article.
        #expect(score("The size runs small, order one up. Material is fine.", "en").label == .neutral)
        #expect(score("The food was fine, the view absolutely stunning, the staff wonderful", "en").label == .positive)
        #expect(score("Works fine, very happy with it", "en").label == .positive)
        #expect(score("A pleasant enough film that I'll have forgotten by next week.", "en").label == .neutral)
        #expect(score("Works as expected. Nothing to complain about, nothing to rave about.", "en").label == .neutral)
        #expect(score("Fait ce qu'on lui demande. Rien à redire, rien d'extraordinaire non plus.", "fr").label == .neutral)
        // An expectation of better not met is a regret; one of nothing, or answered, is not.
        #expect(score("Decent value, though I expected the colors to be brighter.", "en").label == .neutral)
        #expect(score("je m'attendais à rien et franchement c'était génial", "fr").label == .positive)
        #expect(score("I expected the worst but honestly it was great", "en").label == .positive)
        // "Still" says a thing goes on, which may be good: no sarcasm in the praise that closes it.
        #expect(score("I've had this kettle for a year and it still boils fast and looks new. Great buy.", "en").label == .positive)
        #expect(score("Ça fait un an et elle chauffe toujours aussi vite. Parfait.", "fr").label == .positive)
        #expect(score("Customer service promised a callback three times and never called.", "en").label == .negative)
        #expect(score("Le service client a promis de me rappeler trois fois et n'a jamais appelé.", "fr").label == .negative)
        #expect(score("Paid for a sea view, got a view of the parking lot.", "en").label == .negative)
        #expect(score("Crisp sound, deep bass, and the battery lasts forever.", "en").label == .positive)
        // Praise limited to a use or an audience; a verdict put off.
        #expect(score("Game looks nice but the story is thin. Fun for a weekend.", "en").label == .neutral)
        #expect(score("Le jeu est beau mais l'histoire est mince. Sympa pour un week-end.", "fr").label == .neutral)
        #expect(score("The course covers the basics well, though advanced learners won't learn much.", "en").label == .neutral)
        #expect(score("Not my favourite of the series, but fans will enjoy it.", "en").label == .neutral)
        #expect(score("Livraison rapide. Pas encore testé.", "fr").label == .neutral)
        #expect(score("Fun for the whole family, we loved it!", "en").label == .positive)
        #expect(score("Cheap material that pills after one wash. Don't bother.", "en").label == .negative)
        #expect(score("The sequel undoes everything that made the first film special.", "en").label == .negative)
        #expect(score("Chambre au sous-sol sans fenêtre. La réception s'en fiche.", "fr").label == .negative)
        #expect(score("L'appli ajoute des frais de service en plus de la livraison. Désinstallée.", "fr").label == .negative)
        #expect(score("Smelled like chemicals out of the box and the smell never went away. Returned.", "en").label == .negative)
    }

    @Test func setPhrasesOfSarcasmAndUnmetExpectations() {
        let tgv = "@SNCF un TGV annulé, le suivant complet, et on nous propose un bus de nuit. Merci pour tout"
        #expect(score(tgv, "fr").label == .negative)
        #expect(score("commande arrivée avec 1h de retard et le burger écrasé, merci du cadeau", "fr").label == .negative)
        #expect(score("4 hour delay and the gate agent just shrugged. Great customer care", "en").label == .negative)
        // Meant: no grievance before them.
        #expect(score("Une soirée parfaite avec vous, merci pour tout", "fr").label == .positive)
        #expect(score("Merci du cadeau @Sephora, trop gentil", "fr").label == .positive)
        // An expectation not met is a complaint, unless the text praises.
        let used = "@Cdiscount produit reçu d'occasion alors que je l'ai acheté neuf"
        #expect(score(used, "fr").label == .negative)
        #expect(intents(used, "fr")["complaint"] != nil)
        let horror = "loved it, even though I'm not a fan of horror"
        #expect(score(horror, "en").label == .positive)
        #expect(intents(horror, "en")["complaint"] == nil)
        // A price held against what it bought.
        #expect(score("I paid $200 for this?", "en").label == .negative)
        #expect(intents("j'ai payé 200€ pour ça ?", "fr")["complaint"] != nil)
        #expect(score("I paid $50 for this, love it", "en").label == .positive)
        #expect(intents("I paid $50 for this, love it", "en")["complaint"] == nil)
        #expect(score("I paid $50 for this game on sale", "en").label == .neutral)
        // What a concession says counts half.
        #expect(score("avoid these dvd players - even if they're free!", "en").label == .negative)
        #expect(score("super film, même si un peu long", "fr").label == .positive)
        // A promise not kept; the agent's refusal; wonder.
        #expect(score("@Amazon_fr remboursement promis il y a un mois, toujours rien sur mon compte", "fr").label == .negative)
        #expect(score("valise arrivée éventrée et on me répond que ce n'est pas de votre ressort", "fr").label == .negative)
        #expect(score("@Dominos pizza showed up an hour late and stone cold. Not even a sorry", "en").label == .negative)
        // Praise alone opening a text, before a thing that comes again, told flat.
        #expect(score("Great, another app that wants my data so I can order a sandwich", "en").label == .negative)
        #expect(score("Génial, encore une appli qui veut mes données pour commander une baguette", "fr").label == .negative)
        #expect(score("Oh great, the school canteen is closed again for the strike", "en").label == .negative)
        #expect(score("Ah bah super, la cantine ferme encore pour grève, on fait comment nous ?", "fr").label == .negative)
        #expect(score("Super, encore une victoire !", "fr").label == .positive)
        #expect(score("Super, il reste encore des places", "fr").label == .positive)
        #expect(score("Great, another sunny day at the beach, loving it", "en").label == .positive)
        #expect(score("Nouvelle taxe sur les billets d'avion, comme si on ne payait pas assez", "fr").label == .negative)
        #expect(score("Ce documentaire sur les océans m'a bouleversé, à voir absolument", "fr").label == .positive)
        #expect(score("This ocean documentary moved me to tears, a must watch", "en").label == .positive)
        // Everyday life: rain "of course", a sleepless night, drilling since dawn, a job landed; curiosity and a
        // holiday in an announcement are no praise.
        #expect(score("Of course it rains the one weekend I planned a barbecue", "en").label == .negative)
        #expect(score("Évidemment il pleut le seul week-end où j'avais prévu un barbecue", "fr").label == .negative)
        #expect(score("Encore une nuit blanche. 3h du mat et mon cerveau tourne en boucle", "fr").label == .negative)
        #expect(score("The neighbours have been drilling since 7am on a Sunday", "en").label == .negative)
        #expect(score("J'ai eu le poste !!! Je commence dans deux semaines", "fr").label == .positive)
        #expect(score("Testé le nouveau resto de ramen en ville, ça vaut vraiment le détour", "fr").label == .positive)
        #expect(score("Watching the debate tonight, curious to see what they say about housing", "en").label == .neutral)
        #expect(score("The library is closed on Monday for the holiday", "en").label == .neutral)
        // What it took is a wait — not work done in minutes, nor "only".
        #expect(score("paid for express delivery and it took 9 days", "en").label == .negative)
        #expect(score("j'ai payé la livraison express et ça a mis 9 jours", "fr").label == .negative)
        #expect(intents("it took over 2 months and repeated follow-up to get it replaced", "en")["complaint"] != nil)
        #expect(intents("it only took about 30 minutes to download everything", "en")["complaint"] == nil)
        #expect(intents("it took me about 5 minutes to master the controls", "en")["complaint"] == nil)
        #expect(intents("la livraison n'a mis que 2 jours", "fr")["complaint"] == nil)
        // Neither side; a fault and "works though"; services.
        #expect(score("Not cheap, not expensive. Does what you'd expect from a mid-range hotel.", "en").label == .neutral)
        #expect(score("Ni cher ni donné. Ce qu'on attend d'un hôtel de milieu de gamme.", "fr").label == .neutral)
        #expect(score("We ate there once. Nothing stood out, good or bad.", "en").label == .neutral)
        #expect(score("On y a mangé une fois. Rien de marquant, ni en bien ni en mal.", "fr").label == .neutral)
        #expect(score("It arrived in a plain box with no instructions. Works though.", "en").label == .neutral)
        #expect(score("Abonnement résilié mais ils continuent de me prélever chaque mois.", "fr").label == .negative)
        #expect(score("L'assureur a mis quatre mois à rembourser et a perdu mes documents deux fois.", "fr").label == .negative)
        #expect(score("Surbooking, on nous a envoyés dans un hôtel moins bien à l'autre bout de la ville.", "fr").label == .negative)
        #expect(score("The tutor was patient and my son's grades have gone up a full letter.", "en").label == .positive)
        // Announcements: a price of nothing, a festival's name, a bank holiday, a bill passed.
        #expect(score("free shipping on orders over $50 this week", "en").label == .neutral)
        #expect(score("The museum is free on the first Sunday of the month", "en").label == .neutral)
        #expect(score("Le festival de Cannes s'ouvre mardi", "fr").label == .neutral)
        #expect(score("Our office is closed on Monday for the bank holiday", "en").label == .neutral)
        #expect(score("le texte a été adopté par 312 voix contre 205", "fr").label == .neutral)
        #expect(score("best festival of my life, what a weekend", "en").label == .positive)
        // A disruption announced for a time, or asked about, in no one's voice, is news (still a crisis signal).
        #expect(score("Grève des contrôleurs aériens prévue le 12", "fr").label == .neutral)
        #expect(intents("Grève des contrôleurs aériens prévue le 12", "fr")["crisis_signal"] != nil)
        #expect(score("the rail strike will continue until thursday", "en").label == .neutral)
        #expect(score("Orange annonce une coupure réseau programmée cette nuit", "fr").label == .neutral)
        #expect(score("@RATPgroup la ligne 13 est-elle perturbée ce matin ?", "fr").label == .neutral)
        #expect(score("quelqu'un a des infos sur la greve de demain ?", "fr").label == .neutral)
        // In one's own voice, again, counted, or with other blame, it is a grievance.
        #expect(score("encore une grève à la SNCF ce week-end", "fr").label == .negative)
        #expect(score("@Comcast third outage this week and the status page says all systems operational lol", "en").label == .negative)
        #expect(score("strike tomorrow, I can't get to work", "en").label == .negative)
        #expect(score("la grève de demain, quelle galère", "fr").label == .negative)
        // A synopsis tells its story's sorrows, not the writer's.
        #expect(score("The film tells the story of a family moving to the countryside after a tragedy.", "en").label == .neutral)
        #expect(score("Le film raconte l'histoire d'une famille qui s'installe à la campagne après un drame.", "fr").label == .neutral)
        #expect(score("The film tells the story of a family, and it is boring and awful.", "en").label == .negative)
        // A grievance whose only sentiment words are mild blame leans negative, as one with none does.
        #expect(score("j'ai attendu le technicien toute la journée et personne n'est venu", "fr").label == .negative)
        #expect(score("J'ai attendu le bus 40 minutes sous la pluie pour qu'il passe plein", "fr").label == .negative)
        #expect(score("Amazon a livré mon colis chez le voisin, encore", "fr").label == .negative)
        #expect(score("@postvigie the tracking has said \"out for delivery\" for 3 days", "en").label == .negative)
        #expect(score("@Free la box redémarre toute seule toutes les heures", "fr").label == .negative)
        #expect(score("Mon téléphone vient de tomber dans les toilettes. génial.", "fr").label == .negative)
        #expect(score("Convoqué comme juré lundi", "fr").label == .neutral)
        // Praise the lexicons lacked; a wish to hate that did not come true; an insult to the audience, denied.
        #expect(score("my grandma turned 90 today and she's still sharp as ever", "en").label == .positive)
        #expect(score("Finally a vacuum that actually picks up dog hair!", "en").label == .positive)
        #expect(score("ouiii on a eu les billets !!", "fr").label == .positive)
        #expect(score("@CreditAgricole le conseiller a bloqué une fraude avant même que je m'en rende compte, top", "fr").label == .positive)
        #expect(score("je voulais détester mais en fait c'est plutôt bien", "fr").label == .positive)
        #expect(score("Un film qui prend le spectateur pour un idiot.", "fr").label == .negative)
        // Set DQ / DR: a friend and a limit asked about, a shop's name, screws missing, paying double.
        #expect(score("@PayPal is there a limit on how much I can send to a friend per day?", "en").label == .neutral)
        #expect(score("@PayPal y a-t-il une limite d'envoi par jour entre amis ?", "fr").label == .neutral)
        #expect(score("@Apple my brand new MacBook keeps freezing and the Genius Bar is booked for 3 weeks", "en").label == .negative)
        #expect(score("the @Ikea flatpack was missing 6 screws. 6. Of the same kind.", "en").label == .negative)
        #expect(score("le chauffeur a pris le trajet le plus long et j'ai payé le double", "fr").label == .negative)
        #expect(score("@Heinz beanz on toast is the peak of British cuisine and I won't hear otherwise", "en").label == .positive)
        // Opinions a poll reports are news; a verdict hedged is middling.
        #expect(score("poll: 52% of voters support the measure", "en").label == .neutral)
        #expect(score("Selon un sondage Ifop, 42% des Français font confiance au candidat", "fr").label == .neutral)
        #expect(score("I hate this poll, what a stupid question", "en").label == .negative)
        #expect(score("it's ok I guess", "en").label == .neutral)
        #expect(score("Starts slow, picks up in the second half.", "en").label == .neutral)
        #expect(score("I'm still deciding whether I like it.", "en").label == .neutral)
        // Faint praise, then a mild reservation: middling; a real failure after it stays blame.
        #expect(score("Competent but forgettable.", "en").label == .neutral)
        #expect(score("Honnête mais vite oublié.", "fr").label == .neutral)
        #expect(score("Sympa mais un peu long.", "fr").label == .neutral)
        #expect(score("Decent but the battery died after a week", "en").label == .negative)
        #expect(score("Correct mais service client catastrophique", "fr").label == .negative)
        #expect(score("Decent but honestly I love it", "en").label == .positive)
        #expect(score("la parade de Noël, mes enfants avaient des étoiles plein les yeux", "fr").label == .positive)
        #expect(score("vol décalé de 6h et on l'apprend par SMS à 2h du matin", "fr").label == .negative)
        // A question asked in two sentences still asks.
        #expect(score("Qui a déjà testé la box internet de @RED_by_SFR ? Ça vaut le coup ?", "fr").label == .neutral)
        #expect(score("La SNCF lance une nouvelle carte de réduction pour les 27-59 ans", "fr").label == .neutral)
    }

    @Test func declinesIndignantQuestionsAndLoveThatClosesAGrievance() {
        // A bad thing that declines is good news; not denied, not another sense of falling.
        #expect(score("Enfin une bonne nouvelle : le chômage baisse pour le troisième mois consécutif", "fr").label == .positive)
        #expect(score("Unemployment fell to 7% in March", "en").label == .positive)
        #expect(score("la douleur diminue enfin", "fr").label == .positive)
        #expect(score("Le chômage ne baisse pas", "fr").label == .negative)
        #expect(score("I was exhausted and fell asleep on the couch", "en").label == .negative)
        #expect(score("le prix augmente encore et la qualité baisse", "fr").label == .negative)
        // Who decided it, asked: it should not have been.
        #expect(score("Who decided meetings at 8am on a Monday were a good idea", "en").label == .negative)
        #expect(score("Sérieusement, qui a validé ce logo ? On dirait un dessin de maternelle", "fr").label == .negative)
        #expect(score("Who decided to give me this great gift? Thank you!", "en").label == .positive)
        #expect(score("Who knew this would be so good", "en").label == .positive)
        // Love of it closing a grievance is sarcasm; after good news, or of people, it is meant.
        #expect(score("My bank raised its fees again. Love it.", "en").label == .negative)
        #expect(score("ma banque a encore augmenté ses frais. J'adore.", "fr").label == .negative)
        #expect(score("New phone arrived today. Love it.", "en").label == .positive)
        #expect(score("the new bus line cut my commute in half, love it", "en").label == .positive)
        #expect(score("Had a rough week but my kids made dinner. Love them.", "en").label == .positive)
        // A poll that reports a figure is news; French rebukes as set phrases; a programme's subject.
        #expect(score("Sondage : 52% des Français favorables à la réforme des retraites", "fr").label == .neutral)
        #expect(score("Et après on s'étonne que les jeunes ne votent plus...", "fr").label == .negative)
        #expect(score("Les promesses n'engagent que ceux qui y croient #présidentielle", "fr").label == .negative)
        #expect(score("Nouvelle émission ce soir sur France Inter consacrée à l'écologie", "fr").label == .neutral)
        #expect(score("Finally Friday!!! Pizza and movies tonight", "en").label == .positive)
        // A cost that soars is a grievance; one raised, told flat, is news.
        #expect(score("Le prix du gazole explose et personne ne bouge", "fr").label == .negative)
        #expect(score("Rents are skyrocketing in every city", "en").label == .negative)
        #expect(score("Netflix is raising its prices again next month", "en").label == .neutral)
        #expect(score("Netflix augmente ses prix en France le mois prochain", "fr").label == .neutral)
        // A thing at last that does something; praise closing with a name and its complement; "Genius."; "Oh good".
        #expect(score("Enfin un président qui parle aux jeunes !", "fr").label == .positive)
        #expect(score("Finally a phone that lasts two days", "en").label == .positive)
        let maternite = "Ils ferment encore une maternité dans la Creuse. Bravo l'aménagement du territoire"
        #expect(score(maternite, "fr").label == .negative)
        #expect(score("So the plan is to cut school funding and call it reform. Genius.", "en").label == .negative)
        #expect(score("Oh good, another data breach. My info must be everywhere by now", "en").label == .negative)
        #expect(score("Oh good, the sun is out", "en").label == .positive)
        // A promise is judged by its keeping; set phrases of disbelief and envy.
        #expect(score("Sans surprise, les promesses sont déjà oubliées", "fr").label == .negative)
        #expect(score("Le maire a tenu ses promesses", "fr").label == .positive)
        #expect(score("Politicians promising to fix healthcare again, I'll believe it when I see it", "en").label == .negative)
        #expect(score("Congress goes on vacation while the shutdown continues. Must be nice", "en").label == .negative)
        #expect(score("Le taux de chômage s'établit à 9,7% au troisième trimestre", "fr").label == .neutral)
        // Years waited; praise and scorn in set phrases; a law in force and a product line stopped are news.
        #expect(score("Ça fait 3 ans qu'on attend la nouvelle ligne de tram", "fr").label == .negative)
        #expect(score("It's been 2 years and I still love it", "en").label == .positive)
        #expect(score("Quelle classe ce discours de Badinter, on n'en fait plus des comme ça", "fr").label == .positive)
        #expect(score("Obama's farewell speech had me in tears, what a class act", "en").label == .positive)
        #expect(score("The Yankees finally did it!!! World Series baby", "en").label == .positive)
        #expect(score("Every year the same promises, every year the same potholes", "en").label == .negative)
        let taxe = "Merci le gouvernement pour cette nouvelle taxe, vraiment on n'en avait pas assez"
        #expect(score(taxe, "fr").label == .negative)
        #expect(score("La nouvelle loi entre en vigueur le 1er janvier", "fr").label == .neutral)
        #expect(score("Ford will stop selling sedans in North America", "en").label == .neutral)
        // Spoken French and slang: the lose, no wifi, nobody answering, a reproachful "merci hein"; a W.
        #expect(score("vla la pluie pile quand je sors du taf... #lose", "fr").label == .negative)
        #expect(score("Ya plus de wifi au bureau depuis ce matin, on fait comment nous ?", "fr").label == .negative)
        #expect(score("Pourquoi personne répond au téléphone à la CAF ??", "fr").label == .negative)
        #expect(score("Le bus est passé devant moi sans s'arrêter... merci hein", "fr").label == .negative)
        #expect(score("Ma grand-mère a 90 ans aujourd'hui et elle pète la forme 💪", "fr").label == .positive)
        #expect(score("Fermeture exceptionnelle du magasin le 15 août", "fr").label == .neutral)
        #expect(score("RT @BFMTV: Le conseil constitutionnel valide la loi sur le renseignement", "fr").label == .neutral)
        #expect(score("W for the home team tonight!!", "en").label == .positive)
        #expect(score("uber eats gave my order to someone else and won't refund me", "en").label == .negative)
        #expect(score("a big plus in my book.", "en").label == .positive)
        // Reviews: faint praise, then a reservation after a comma; verdicts of the middle; a genre's own words.
        #expect(score("Decent popcorn entertainment, forgettable by the next morning.", "en").label == .neutral)
        #expect(score("Decent popcorn entertainment, but the ending is a disaster.", "en").label == .negative)
        #expect(score("Série sympathique pour un dimanche soir, sans grande ambition.", "fr").label == .neutral)
        #expect(score("Quelques longueurs, mais une fin réussie. Une série honnête.", "fr").label == .neutral)
        #expect(score("Not as good as the first one, but not bad either.", "en").label == .neutral)
        #expect(score("A masterclass in slow-burn horror. Genuinely terrifying.", "en").label == .positive)
        #expect(score("Encore une série policière sans la moindre originalité. Du déjà-vu cent fois.", "fr").label == .negative)
        #expect(score("Aucune tension, aucun rythme, aucune émotion. Un néant.", "fr").label == .negative)
        // A good thing wasted; moving without sentimentality.
        #expect(score("a waste of a talented cast.", "en").label == .negative)
        #expect(score("deeply moving without ever becoming sentimental.", "en").label == .positive)
        #expect(score("it's as if the filmmakers forgot to include a story.", "en").label == .negative)
        // "Good" is faint praise before a mild reservation; a device that stopped working is a complaint.
        #expect(score("Bon produit mais un peu cher pour ce que c'est.", "fr").label == .neutral)
        #expect(score("Good phone but a bit pricey.", "en").label == .neutral)
        #expect(score("Good phone but the battery died after a week.", "en").label == .negative)
        let stopped = "Les écouteurs ont cessé de fonctionner au bout de trois semaines."
        #expect(score(stopped, "fr").label == .negative)
        #expect(intents(stopped, "fr")["complaint"] != nil)
        // A hashtag that is a title names a show, it does not judge it; one that is a verdict still does.
        #expect(score("Les candidats de cette année sont insupportables #LesAnges", "fr").label == .negative)
        #expect(score("Back home after the trip #TheBest", "en").label == .positive)
        #expect(score("Back home after the trip #TheVoice", "en").label == .neutral)
        #expect(score("Le commentateur est en feu ce soir, je pleure de rire", "fr").label == .positive)
        // Praise cut short; less than it is worth; a choice weighed or advice asked is no praise.
        #expect(score("The tour guide was nice, but that's about it.", "en").label == .negative)
        #expect(score("I've spent more time chasing this than the item is worth.", "en").label == .negative)
        let lyon = "Looking for advice on neighborhoods close to the station and not too expensive. Any tips welcome."
        #expect(score(lyon, "en").label == .neutral)
        #expect(score("Je compare les vols pour Montréal. Air Transat est moins cher avec une escale.", "fr").label == .neutral)
        #expect(score("Looking for advice, this app is amazing but I can't find the export button!", "en").label == .positive)
        #expect(score("Le jeu avait l'air génial dans les bandes-annonces. En vrai, il plante toutes les heures.", "fr").label == .negative)
        // A contrast ends a negation's reach ("not yet" is time, not a turn); praise alone before a plain grievance;
        // a bad thing fixed.
        #expect(score("je m'attendais à rien mais waouh quel spectacle", "fr").label == .positive)
        #expect(score("good player, but this technology is not yet great.", "en").label == .negative)
        #expect(score("great, my car won't start. just what I needed", "en").label == .negative)
        #expect(score("Super, mon train est annulé", "fr").label == .negative)
        #expect(score("Great, I finally passed", "en").label == .positive)
        #expect(score("Génial, la panne est réparée", "fr").label == .positive)
        #expect(score("super, ma voiture démarre plus. il manquait plus que ça", "fr").label == .negative)
        #expect(score("je pourrais pas être plus fière de mon équipe", "fr").label == .positive)
        // Headlines: a soaring cost a few words from its noun; an outage; a community rebuilding.
        #expect(score("Prices of basic food items soar for third month in a row", "en").label == .negative)
        #expect(score("Les prix des produits de première nécessité flambent pour le troisième mois", "fr").label == .negative)
        #expect(score("Storm leaves 40,000 homes without power", "en").label == .negative)
        #expect(score("Tempête : 40 000 foyers privés d'électricité", "fr").label == .negative)
        #expect(score("Community rallies to rebuild family home destroyed by flood", "en").label == .positive)
        // A bad thing gone from where it was; a decline told with where it happens.
        #expect(score("The pain in my knee finally went away after physio", "en").label == .positive)
        #expect(score("The pain in my knee is back", "en").label == .negative)
        #expect(score("Le chômage recule dans la région, enfin une bonne nouvelle", "fr").label == .positive)
    }

    /// Twenty-sixth session, tweets in SemEval's and DEFT's manner: what always happens, asked why; the year said
    /// before what still goes on; dying of laughter; which is better, asked; praise before a how-manieth time.
    @Test func indignantWhysYearsOfStillLaughterAndAskedComparisons() {
        // Why always / still / never, asked, blames; not a why after "that's", nor one whose clause praises.
        #expect(score("why is the line at Chipotle always 30 people deep", "en").label == .negative)
        #expect(score("pourquoi c'est toujours les mêmes qui paient", "fr").label == .negative)
        #expect(score("why is the line at Chipotle 30 people deep", "en").label == .neutral)
        #expect(score("that's why I always buy it here", "en").label != .negative)
        #expect(score("Why I always recommend this brand to my friends", "en").label == .positive)
        // The year said as now, then what still goes on.
        #expect(score("Its 2016 and airlines still charge for checked bags", "en").label == .negative)
        #expect(score("On est en 2017 et toujours pas de fibre dans mon village", "fr").label == .negative)
        #expect(score("In 2016 and 2017 the festival took place in Lyon", "en").label == .neutral)
        #expect(score("It's 2017 and I love this song more than ever", "en").label == .positive)
        #expect(score("It's 2017 and we're finally getting married", "en").label != .negative)
        // Dying of laughter is laughter; a complement makes it a grievance again.
        #expect(score("ptdr le sketch de Norman hier soir j'en peux plus 😂", "fr").label == .positive)
        #expect(score("lmao I'm dead 😂", "en").label == .positive)
        #expect(score("j'en peux plus de ce boulot mdr", "fr").label == .negative)
        // Which is better, asked, praises nothing; said, it does.
        #expect(score("Google Pixel vs iPhone 7: which camera is better? http://t.co/q1", "en").label == .neutral)
        #expect(score("Quel est le meilleur forfait mobile en ce moment ?", "fr").label == .neutral)
        #expect(score("The Pixel camera is better than the iPhone's", "en").label == .positive)
        // Praise before the how-manieth time of a grievance is sarcasm.
        #expect(score("Bravo la RATP, ligne 13 bloquée pour la troisième fois de la semaine", "fr").label == .negative)
        #expect(score("Bravo l'équipe, qualifiée pour la troisième fois de suite", "fr").label == .positive)
        // "dure" as a verb before its subject; a ministry that does nothing (not "ça ne fait rien").
        #expect(score("Combien de temps dure le trajet Paris-Lyon en TGV ?", "fr").label == .neutral)
        #expect(score("Les urgences débordent et le ministère ne fait rien", "fr").label == .negative)
        #expect(score("Ça ne fait rien, on se voit demain", "fr").label == .neutral)
    }

    /// Words of sentiment that are a contest's prize, a name, a result or a record (set ES / ET).
    @Test func prizesNamesResultsAndRecords() {
        // A contest's prize is offered, not felt; winning, said, is glad.
        #expect(score("Enter to win 2 tickets to see Adele at the O2 on Friday! RT and follow to enter", "en").label == .neutral)
        #expect(score("Gagnez deux places pour le concert de Zaz à l'Olympia, RT pour participer", "fr").label == .neutral)
        #expect(score("I won 2 tickets to see Adele!!", "en").label == .positive)
        // A result told in the third person is news; cheered, it is glad.
        #expect(score("Tottenham won 2-1 at home against Chelsea on Saturday", "en").label == .neutral)
        #expect(score("Sanders won the New Hampshire primary by 22 points", "en").label == .neutral)
        #expect(score("The Cubs won the World Series!!! 108 years", "en").label == .positive)
        #expect(score("Lyon s'est imposé 2-0 à Bordeaux samedi", "fr").label == .neutral)
        // A record broken is a success; a thing broken is not.
        #expect(score("The Force Awakens broke the opening weekend record", "en").label == .positive)
        #expect(score("The Force Awakens projector broke halfway through", "en").label == .negative)
        // Names and set phrases.
        #expect(score("Happy Hour at Chili's starts at 3pm today", "en").label == .neutral)
        #expect(score("Le prix Nobel de la paix sera annoncé vendredi à Oslo", "fr").label == .neutral)
        #expect(score("Le Bon Coin lance une nouvelle application ce mois-ci", "fr").label == .neutral)
        #expect(score("Ryan Reynolds was born to play Deadpool", "en").label == .positive)
        #expect(score("Omar Sy est né pour ce rôle", "fr").label == .positive)
    }

    /// A word of sentiment that starts a name is the name's (set EU / EV); emphasis in capitals is not a name.
    @Test func namesThatOpenOnAWordOfSentiment() {
        #expect(score("Love Island final is tonight at 9", "en").label == .neutral)
        #expect(score("Kill Bill is on AMC tonight", "en").label == .neutral)
        #expect(score("Leonardo DiCaprio nominated for Best Actor for The Revenant", "en").label == .neutral)
        #expect(score("The Good Wife series finale airs Sunday", "en").label == .neutral)
        #expect(score("Les Misérables au théâtre Mogador à partir d'octobre", "fr").label == .neutral)
        #expect(score("On regarde Bienvenue chez les Ch'tis dimanche soir", "fr").label == .neutral)
        // Emphasis, greetings, praise followed by a preposition, title case: not names.
        #expect(score("Love This Song so much", "en").label == .positive)
        #expect(score("Awesome Customer Service from @user today", "en").label == .positive)
        #expect(score("Happy Friday everyone!", "en").label == .positive)
        #expect(score("Great Food at Joe's last night", "en").label == .positive)
        #expect(score("Worst Flight Ever, 5 Hours Late", "en").label == .negative)
        #expect(score("Quelle Honte ce gouvernement", "fr").label == .negative)
        #expect(score("Merci @user Super accueil", "fr").label == .positive)
        // A name said with a judgement keeps the judgement.
        #expect(score("Love Island final was boring", "en").label == .negative)
    }

    /// Whether the reviewer would do it again is a verdict: said, denied, on a condition, or only a plan.
    @Test func wouldDoItAgain() {
        #expect(score("I won't watch it again.", "en").label == .negative)
        #expect(score("i wo n't watch it again .", "en").label == .negative)
        #expect(score("I would definitely watch it again", "en").label == .positive)
        #expect(score("I'd go there again", "en").label == .positive)
        #expect(score("I will never come again", "en").label == .negative)
        #expect(score("je ne le reverrai pas", "fr").label == .negative)
        #expect(score("je le relirai", "fr").label == .positive)
        // A plan, a retry, a condition: no verdict.
        #expect(score("I will come again tomorrow", "en").label == .neutral)
        #expect(score("I will try again tomorrow", "en").label == .neutral)
        #expect(score("Would stay again only if the price was right", "en").label == .neutral)
        #expect(score("je ne reviendrai pas au diesel", "fr").label != .negative)
    }

    /// Brand tweets (sets EY / EZ): love of what repeats itself, thanks to someone for a thing told badly, "on adore"
    /// closing a grievance, never again the old way after praise of the new.
    @Test func sarcasmOfBrandTweetsAndTheOldWayLeftBehind() {
        #expect(score("I love how Spotify plays the same 5 songs on shuffle", "en").label == .negative)
        #expect(score("I love how you always know what to say", "en").label == .positive)
        #expect(score("I love how it keeps getting better", "en").label == .positive)
        #expect(score("I love that it still works after 5 years", "en").label == .positive)
        #expect(score("J'adore quand même ce film", "fr").label == .positive)
        #expect(score("j'adore quand le bus est encore en retard", "fr").label == .negative)
        #expect(score("Merci la SNCF pour ce voyage en 2h de retard, on adore", "fr").label == .negative)
        #expect(score("Merci la SNCF pour ce voyage malgré le retard, équipe adorable", "fr").label == .positive)
        #expect(score("@bankvigie thanks for refunding the fraud so fast, really appreciate it", "en").label == .positive)
        #expect(score("Le drive de Carrefour c'est top, plus jamais les courses le samedi", "fr").label == .positive)
        #expect(score("Great flight with Air France, never again the low cost airlines", "en").label == .positive)
        #expect(score("Vol annulé sans explication. Plus jamais.", "fr").label == .negative)
        #expect(score("Comcast says my internet issue is fixed. It is not fixed", "en").label == .negative)
        #expect(score("Le nouvel iPhone coûte un rein", "fr").label == .negative)
    }

    /// A word of blame right before praise intensifies it, and is transparent to a negation (set FA); a good thing
    /// back at last, thanked, is no sarcasm.
    @Test func blameThatIntensifiesPraise() {
        #expect(score("Dunkin's new cold brew is dangerously good", "en").label == .positive)
        #expect(score("this burger is stupidly good", "en").label == .positive)
        #expect(score("a wickedly funny film", "en").label == .positive)
        #expect(score("the food was not terribly good", "en").label == .negative)
        #expect(score("I am terribly sorry for your loss", "en").label == .negative)
        #expect(score("Instagram finally lets you post in chronological order again, thank you", "en").label == .positive)
        #expect(score("They raised the fees again, thank you", "en").label == .negative)
        #expect(score("about 10% of the time it can't find the device when i attach it to my pc.", "en").label == .negative)
        // Set FB: a speech that moves, time that was empty, lateness by the hour, one who stole the show.
        #expect(score("The Pope's speech to Congress was genuinely moving", "en").label == .positive)
        #expect(score("Hillary's speech was 45 minutes of nothing", "en").label == .negative)
        #expect(score("Justin Bieber was an hour late to his own concert, classic", "en").label == .negative)
        #expect(score("The halftime show was everything, Beyoncé stole the show", "en").label == .positive)
    }

    /// Praise of a time for a bad thing is sarcasm; "said no one ever" turns what was said before it (sets FE / FF).
    @Test func praiseOfATimeForABadThing() {
        #expect(score("What a great day to get a flat tire on the highway", "en").label == .negative)
        #expect(score("Quelle belle journée pour tomber en panne sur l'autoroute", "fr").label == .negative)
        #expect(score("Such a fun time waiting 2 hours at the DMV", "en").label == .negative)
        #expect(score("What a great day at the lake with the kids", "en").label == .positive)
        #expect(score("What a great day to be alive", "en").label == .positive)
        #expect(score("Quelle belle journée pour une balade en forêt", "fr").label == .positive)
        #expect(score("Great job on the new logo, said no one ever", "en").label == .negative)
        #expect(score("Great job on the new logo, it looks fresh", "en").label == .positive)
        // A glad interjection alone before a thing that comes again, told flat.
        #expect(score("Yay, another price hike, just what I needed", "en").label == .negative)
        #expect(score("Youpi, encore une augmentation des impôts", "fr").label == .negative)
        #expect(score("Yay, another win for the Cubs", "en").label == .positive)
        #expect(score("Youpi, encore une victoire !", "fr").label == .positive)
    }

    /// A harm avoided is a good thing: a past prevention denies the harm after it as a negation does, and keeps its own
    /// valence when it denies nothing (twenty-seventh session, set FJ).
    @Test func aHarmAvoided() {
        #expect(score("@Fnac conseiller très calé qui m'a évité une grosse bêtise", "fr").label == .positive)
        #expect(score("on a évité la catastrophe de justesse", "fr").label == .positive)
        #expect(score("he avoided a disaster", "en").label == .positive)
        #expect(score("ce bruit m'a empêché de profiter du concert", "fr").label == .negative)
        #expect(score("it prevented me from enjoying the show", "en").label == .negative)
        #expect(score("I should have paid the extra and avoided the zen", "en").label == .negative)
        #expect(score("avoid this hotel", "en").label == .negative)
        // "calé une réunion" schedules: only "très calé" knows a lot.
        #expect(score("mon chef a calé une réunion à 17h45 un vendredi, sérieusement", "fr").label != .positive)
    }

    /// A disruption going on since a time is a grievance, not an announcement (twenty-seventh session, set FH).
    @Test func aDisruptionGoingOnIsNoAnnouncement() {
        #expect(score("Coupure d'électricité depuis ce matin dans tout le quartier", "fr").label == .negative)
        #expect(score("Power outage since 6am in the whole neighbourhood", "en").label == .negative)
        #expect(score("Coupure d'électricité prévue demain matin dans le quartier", "fr").label == .neutral)
        #expect(score("Power outage planned tomorrow morning in the neighbourhood", "en").label == .neutral)
    }

    /// What was due and did not happen is a grievance told without a word of sentiment (twenty-seventh session, set
    /// FJ): a complaint cue, which leans the text negative.
    @Test func whatWasDueAndDidNotHappen() {
        #expect(score("@Orange technicien devait passer entre 8h et 12h, il est 16h", "fr").label == .negative)
        #expect(score("my package was supposed to arrive yesterday", "en").label == .negative)
        #expect(score("@Laposte colis parti de Roissy il y a 3 semaines, toujours en transit", "fr").label == .negative)
        #expect(score("le technicien doit passer entre 8h et 12h", "fr").label == .neutral)
    }

    /// Twenty-seventh session, sets FK–FN: a mishap loved is sarcasm; a fix thanked is done; "fantastique" closing a
    /// grievance; "trop hâte" is impatience, not an excess.
    @Test func lovedMishapsThankedFixesAndImpatience() {
        #expect(score("I just love when my flight gets delayed right after boarding", "en").label == .negative)
        #expect(score("J'adore quand mon train est supprimé au dernier moment", "fr").label == .negative)
        #expect(score("I love when the sun comes out", "en").label == .positive)
        #expect(score("j'adore quand il neige", "fr").label == .positive)
        #expect(score("Thanks Comcast for fixing the outage so fast", "en").label == .positive)
        #expect(score("when are you fixing the outage?", "en").label != .positive)
        #expect(score("Merci Free d'avoir réparé la panne aussi vite", "fr").label == .positive)
        #expect(score("Encore un lundi, encore l'ascenseur en panne. Fantastique", "fr").label == .negative)
        #expect(score("Koh-Lanta ce soir, trop hâte !!", "fr").label == .positive)
        #expect(score("il est parti en hâte", "fr").label == .neutral)
    }

    /// Hashtags of one piece that say how one feels (camel case is read word by word), and a few words of tweets
    /// (twenty-seventh session, sets FO and FP).
    @Test func hashtagsOfOnePiece() {
        #expect(score("Officially a homeowner 🏡🔑 #dreamcometrue", "en").label == .positive)
        #expect(score("Officially a homeowner #DreamComeTrue", "en").label == .positive)
        #expect(score("Monday morning #mondayblues", "en").label == .negative)
        #expect(score("Nouvelle coupe de cheveux et je me sens revivre ✂️", "fr").label == .positive)
        #expect(score("Nouvel article sur le blog : 5 conseils pour bien télétravailler", "fr").label == .neutral)
        #expect(score("Bleu ou gris, vous prendriez lequel ? 🤔", "fr").label == .neutral)
    }

    /// Grievances and kindnesses of daily life told as facts (twenty-seventh session, sets FQ and FR): a short wait is
    /// no complaint; a lift out for weeks, a bus that drove past, ads one paid to be rid of are.
    @Test func factsOfDailyLife() {
        #expect(score("Waited less than 5 minutes at the DMV today", "en").label != .negative)
        #expect(score("Moins de 5 minutes au téléphone avec le service client", "fr").label != .negative)
        #expect(score("2 heures au téléphone avec le service client", "fr").label == .negative)
        #expect(score("Waited 45 minutes at the DMV today", "en").label == .negative)
        #expect(score("The elevator in our building has been out for 3 weeks", "en").label == .negative)
        #expect(!IntentDetector.detect(tokens: TextNormalizer.tokenize("we have been out for dinner"), text: "", sentiment: nil)
            .contains { $0.name == "complaint" })
        #expect(score("Bus driver drove right past me at the stop", "en").label == .negative)
        #expect(score("Le bus est passé devant moi sans s'arrêter", "fr").label == .negative)
        #expect(score("Abonnement premium et toujours des pubs toutes les 5 minutes", "fr").label == .negative)
        #expect(score("The hotel upgraded us to a suite for our anniversary", "en").label == .positive)
        #expect(score("L'hôtel nous a surclassés en suite pour notre anniversaire", "fr").label == .positive)
        #expect(score("Le garagiste a trouvé la panne en dix minutes et ne m'a rien facturé", "fr").label == .positive)
        #expect(score("The mechanic said the car will be ready Thursday", "en").label == .neutral)
    }

    /// A good thing one speaks of is a topic, not a judgement; a bad one stays a grievance (twenty-seventh session,
    /// sets FS and FU).
    @Test func aGoodThingSpokenOfIsATopic() {
        #expect(score("Fillon parlera d'honnêteté en politique lors de son meeting", "fr").label == .neutral)
        #expect(score("Les hôpitaux sont à bout et le ministre parle de réussite", "fr").label == .negative)
        #expect(score("pourquoi personne ne parle de la fuite de données ?? ma carte a été utilisée", "fr").label == .negative)
        #expect(score("Heureusement que les pompiers étaient là, rien de grave", "fr").label == .positive)
        #expect(score("fortunately that did not happen to me", "en").label == .positive)
    }

    /// Tweets typed fast: apostrophes dropped, "ne" dropped, food savoured in an emoji (twenty-seventh session, sets
    /// FW and FX).
    @Test func tweetsTypedFast() {
        #expect(score("that new chick fil a sauce tho 😋", "en").label == .positive)
        #expect(score("cant stand ppl who chew with their mouth open", "en").label == .negative)
        #expect(score("jadore ce film je lai vu 5 fois", "fr").label == .positive)
        #expect(score("pk personne me répond", "fr").label == .negative)
    }

    /// An event announced for a time names its winner, its tribute, its funeral: news, unless a word is said of it,
    /// felt, ranked or told in one's own voice (twenty-seventh session, sets FY and FZ).
    @Test func anEventAnnounced() {
        #expect(score("The winner of The Voice will be announced tonight", "en").label == .neutral)
        #expect(score("The funeral will be held on Thursday at St. Mary's", "en").label == .neutral)
        #expect(score("La cérémonie d'hommage aura lieu jeudi aux Invalides", "fr").label == .neutral)
        #expect(score("Les soldes d'hiver commencent le 10 janvier", "fr").label == .neutral)
        #expect(score("The new season premieres Friday and the trailer looks incredible", "en").label == .positive)
        #expect(score("School starts tomorrow ugh", "en").label == .negative)
        #expect(score("The best show of the year returns on Sunday", "en").label == .positive)
        #expect(score("Les obsèques de ma grand-mère auront lieu samedi", "fr").label == .negative)
        #expect(score("Can't wait for the premiere on Friday!", "en").label == .positive)
        // An adjective after an indefinite article judges the event it names; a noun there names it.
        #expect(score("The new café opens Monday, a great addition to the neighborhood", "en").label == .positive)
        #expect(score("A terrible movie opens Friday", "en").label == .negative)
        #expect(score("Le nouveau resto ouvre lundi, une belle adresse pour le quartier", "fr").label == .positive)
        #expect(score("Unions have announced a strike on the Northern line for December 12", "en").label == .neutral)
        // A result asked for is no win.
        #expect(score("Who won the game last night?", "en").label == .neutral)
        #expect(score("Qui a gagné le match hier soir ?", "fr").label == .neutral)
        #expect(score("Did we win?! YES", "en").label == .positive)
    }

    /// A thing come at last, exclaimed, is relief; "encore plus" is even more, not "no longer"; what a report is on is
    /// its subject (twenty-seventh session, set GA).
    @Test func atLastEvenMoreAndReports() {
        #expect(score("Enfin le tri sélectif dans mon immeuble !", "fr").label == .positive)
        #expect(score("Enfin, bref, on verra", "fr").label == .neutral)
        #expect(score("La suppression des petites lignes de train isole encore plus les villages", "fr").label == .negative)
        #expect(score("ce film ne m'ennuie plus", "fr").label != .negative)
        #expect(score("Un rapport de l'OMS sur la pollution de l'air sera publié demain", "fr").label == .neutral)
        #expect(score("Pollution record à Paris et on continue à construire des autoroutes", "fr").label == .negative)
    }

    /// A negation that is its clause's subject denies the verb however far, before any word of sentiment, contrast or
    /// "ever" (twenty-seventh session, set GB).
    @Test func aNegationThatIsTheSubject() {
        #expect(score("My rent went up 20% and nothing in the apartment has been fixed in 2 years", "en").label == .negative)
        #expect(score("Nobody at the front desk was helpful", "en").label == .negative)
        #expect(score("nothing i tried with this app was useful", "en").label == .negative)
        #expect(score("Nothing has ever made me this happy", "en").label == .positive)
        #expect(score("nothing in this world is more important than family", "en").label == .positive)
    }

    /// Long tweets (twenty-seventh session, sets GC and GD): a phrase of praise longer than a regret's marker is read
    /// whole; tips asked with "have" praise nothing; a change no one asked for.
    @Test func longTweets() {
        #expect(score("Great bank. Should have done it years ago", "en").label == .positive)
        #expect(score("Should have done it years ago", "en").label == .positive)
        #expect(score("it would have been nice to get a reply", "en").label == .negative)
        #expect(score("Pas mal, mais je m'attendais à mieux vu les critiques.", "fr").label == .neutral)
        #expect(score("Moving to Denver next month. Does anyone have tips on neighborhoods close to downtown but not too loud?", "en").label == .neutral)
        #expect(score("They changed the app again and now it takes six taps to do what used to take one. Who asked for this?", "en").label == .negative)
    }

    /// Questions (twenty-seventh session, sets GE and GF): strong praise said after the question is no part of it; who
    /// else / qui d'autre share a feeling; indignation asked.
    @Test func questionsThatAreNotAsked() {
        #expect(score("Has anyone tried the new Thai place on Elm? Best curry I've had in years", "en").label == .positive)
        #expect(score("Quelqu'un a testé le nouveau thaï rue Oberkampf ? Meilleur curry depuis des années", "fr").label == .positive)
        #expect(score("Qui d'autre a hâte du week-end prolongé ?", "fr").label == .positive)
        #expect(score("Quelqu'un a-t-il déjà fait le trajet en covoiturage avec un chien ? Je me demande si c'est accepté.", "fr").label == .neutral)
        #expect(score("Is the free trial still available?", "en").label == .neutral)
        #expect(score("How many times do I have to reset my password this week?", "en").label == .negative)
        #expect(score("Comment c'est possible qu'un vol de 2h coûte 900 euros ?", "fr").label == .negative)
        #expect(score("How did I live without a dishwasher for so long?", "en").label == .positive)
        #expect(score("Franchement, qu'est-ce qu'on ferait sans nos infirmières ?", "fr").label == .positive)
        #expect(score("Vous trouvez ça normal de payer 8 euros une bière en terrasse ?", "fr").label == .negative)
    }

    /// Live-tweeting television (twenty-seventh session, sets GG and GH): a blind audition is no blindness, chills
    /// given are praise.
    @Test func liveTelevision() {
        #expect(score("That blind audition gave me chills #TheVoice", "en").label == .positive)
        #expect(score("Cette audition à l'aveugle m'a donné des frissons #TheVoice", "fr").label == .positive)
        #expect(score("Tonight's episode is 90 minutes long #Succession", "en").label == .neutral)
        #expect(score("Notre chanson à l'Eurovision était une souffrance lol", "fr").label == .negative)
    }

    /// Negations of tweets (twenty-seventh session, sets GK and GL): doubt and a reminder deny no feeling; not bearing
    /// a thing is blame.
    @Test func negationsOfTweets() {
        #expect(score("Not sure if I'm going to the game tonight", "en").label == .neutral)
        #expect(score("Don't forget the clocks go back on Sunday", "en").label == .neutral)
        #expect(score("Not a single issue since I switched to Mint Mobile", "en").label == .positive)
        #expect(score("Je ne supporte pas la nouvelle mise à jour de Facebook", "fr").label == .negative)
        #expect(score("Ça ne vaut pas les 15 euros de la place franchement", "fr").label == .negative)
    }

    /// Crisis tweets (twenty-seventh session, sets GM and GN): VADER's numbers of chat slang are figures; a flight ban
    /// announced until further notice is news; a breach told, then praised, is sarcasm.
    @Test func crisisTweets() {
        #expect(score("143 passengers were rebooked on the next flight", "en").label == .neutral)
        #expect(score("All flights out of Northern Europe are suspended until further notice due to volcanic ash", "en").label == .neutral)
        #expect(score("Tous les vols au départ du nord de l'Europe sont suspendus jusqu'à nouvel ordre", "fr").label == .neutral)
        #expect(score("Just got an email that my data was in the @Equifax breach. Fantastic.", "en").label == .negative)
        #expect(score("Chapeau aux pompiers et aux secours, intervention exemplaire", "fr").label == .positive)
        // Silence in a crisis is a grievance, and a grievance beside a disruption is no announcement.
        #expect(score("Day 3 of the @Optus outage and not a single text from them", "en").label == .negative)
        #expect(score("Power outage planned tomorrow morning in the neighbourhood", "en").label == .neutral)
        #expect(score("Boeing shares fell 6% on Monday after the grounding", "en").label != .negative)
    }

    /// Reactions to products (twenty-seventh session, sets GO and GP): "smart" names a kind of device; "finally a … that"
    /// reaches a few words further.
    @Test func reactionsToProducts() {
        #expect(score("Bought the smart fridge, it needs an account and an app to make ice", "en").label != .positive)
        #expect(score("Finally a laptop with a battery that lasts a whole workday", "en").label == .positive)
        #expect(score("@Peloton the subscription went up again and the bike is collecting dust", "en").label == .negative)
        #expect(score("Le nouvel iPhone, c'est le même téléphone avec un autre bloc photo, sans moi", "fr").label == .negative)
        // A cost cut lived is a saving; a brand's price cut told in the present is news.
        #expect(score("Our Nest thermostat cut the heating bill by a third this winter", "en").label == .positive)
        #expect(score("Le thermostat connecté a réduit la facture de chauffage d'un tiers cet hiver", "fr").label == .positive)
        #expect(score("Bouygues Telecom baisse le prix de ses forfaits", "fr").label == .neutral)
        // Said in the passive, too; not a cost named before another verb.
        #expect(score("My bill was cut in half after I called, amazing", "en").label == .positive)
        #expect(score("Passé chez Free Mobile et ma facture a été divisée par deux", "fr").label == .positive)
        #expect(score("My internet provider doubled my bill and halved my speed", "en").label != .positive)
    }

    /// Scare quotes and a claim disbelieved (twenty-eighth session, sets HA–HF): praise quoted in one or two lower-case
    /// words, or a claim reported then answered "sure" alone, is not meant; a capitalised title in quotes still is.
    @Test func scareQuotesAndDisbelievedClaims() {
        #expect(score("the \"comfortable\" seats are the same as economy", "en").label == .negative)
        #expect(score("the comfortable seats are the same as economy", "en").label == .positive)
        #expect(score("la mairie dit que l'eau est « potable » et « saine »", "fr").label == .negative)
        #expect(score("the \u{201C}helpful\u{201D} chatbot answered nothing", "en").label == .negative)
        #expect(score("just watched \"Good Will Hunting\" and loved it", "en").label == .positive)
        #expect(score("loved \"Perfect\" by Ed Sheeran", "en").label == .positive)
        #expect(score("tap water has been brown all morning and the council says it's safe. sure", "en").label == .negative)
        #expect(score("l'eau du robinet est marron et la mairie dit qu'elle est bonne. bien sûr", "fr").label == .negative)
        // Without a claim reported, "sure" is no disbelief.
        #expect(score("the new menu is great. sure", "en").label == .positive)
        #expect(score("the doctor says my son will be fine", "en").label == .positive)
    }

    /// A deed praised closing a grievance is sarcasm ("great job protecting our info", "bravo pour la protection de nos
    /// infos"); not with an exclamation, nor after a contrast, nor when more praise follows it, nor for a deed that mends.
    @Test func aDeedPraisedAfterAGrievance() {
        #expect(score("the data breach email came two months after it happened. great job protecting our info", "en").label == .negative)
        #expect(score("fuite de données annoncée deux mois après. bravo pour la protection de nos infos", "fr").label == .negative)
        #expect(score("my flight was delayed, but great job keeping us updated", "en").label == .positive)
        #expect(score("the data breach was bad. great job protecting our info!", "en").drivers.first != "great job protecting our info")
        // A deed that mends is thanked.
        #expect(score("lost my bag at the airport. great job finding it within the hour", "en").label == .positive)
        #expect(score("great job protecting our info, the team is amazing", "en").label == .positive)
    }

    /// A misfortune supposed ("if", "si", "in case", "en cas de") or insured against ("cover", "couvre") in a question is
    /// what is asked about; "what if" is a worry, a phone case is no "in case", "si" before an adjective is "so".
    @Test func misfortunesSupposedInAQuestion() {
        #expect(score("will my ticket be valid tomorrow if the train is cancelled?", "en").label == .neutral)
        #expect(score("does my policy cover a cracked windscreen?", "en").label == .neutral)
        #expect(score("mon billet sera-t-il valable demain si le train est supprimé ?", "fr").label == .neutral)
        #expect(score("mon contrat couvre-t-il un pare-brise fissuré ?", "fr").label == .neutral)
        #expect(score("what if my flight is cancelled again?", "en").label == .negative)
        #expect(score("my phone case is broken already?", "en").label == .negative)
        #expect(score("C'est si compliqué de répondre à un mail client ?", "fr").label == .negative)
        #expect(score("my flight was cancelled, can I get a refund?", "en").label == .negative)
    }

    /// Products, crises and customers (twenty-eighth session, sets HA–HF): what was missing, listed in French; a utility
    /// cut counted in days; the how-manieth agent; a degree never reached told after the word; a fix done ("sorted",
    /// "corrected"); "finally a … who" after a handle; a disruption whose cause is reported is news; a hat is no
    /// "chapeau !".
    @Test func productsCrisesAndCustomers() {
        #expect(score("@sncfvigie payé la première classe, pas de place, pas de chauffage, pas de voiture-bar", "fr").label == .negative)
        #expect(score("pas de souci, pas de stress, tout est parfait", "fr").label == .positive)
        #expect(score("@telcovigie day 4 without internet. engineer might come friday", "en").label == .negative)
        #expect(score("@operateurvigie 4e jour sans internet", "fr").label == .negative)
        #expect(score("chat agent closed the conversation. third agent today", "en").label == .negative)
        #expect(score("jamais été remboursée aussi vite, deux heures en tout. bravo @boutiquevigie", "fr").label == .positive)
        #expect(score("the chat agent sorted my stolen card in 5 minutes at midnight, legends", "en").label == .positive)
        #expect(score("@energyvigie finally a human who listens, bill corrected and credit applied", "en").label == .positive)
        #expect(score("the company says the outage was caused by a faulty configuration change", "en").label == .neutral)
        #expect(score("l'entreprise explique que la panne vient d'une erreur de configuration", "fr").label == .neutral)
        #expect(score("le SAV m'a changé l'aspirateur en 48h, chapeau", "fr").label == .positive)
        #expect(score("j'ai acheté un chapeau de paille pour l'été", "fr").label == .neutral)
        #expect(score("la 4G rame toujours autant", "fr").label == .negative)
        #expect(score("la rame est arrivée à quai", "fr").label == .neutral)
        #expect(score("the recall concerns batches with a best-before date of 12/2025", "en").label == .neutral)
        #expect(score("les écouteurs se déconnectent tout seuls toutes les cinq minutes", "fr").label == .negative)
        #expect(score("downloaded the update and now my earbuds won't pair. thanks I guess", "en").label == .negative)
        #expect(score("@airvigie m'a remis sur le premier vol et a payé l'hôtel, je ne pouvais pas demander mieux", "fr").label == .positive)
    }

    /// A claim in scare quotes told flat is distrusted (`the "unlimited" data plan slows to 2G`, `la ligne "24h/24" ferme
    /// à 18h`); asked about, or a word named ("le mot « résilience »"), it is not. A why asked of every one of a kind
    /// blames; a thing that still does its work after months or years has lasted.
    @Test func distrustInQuotesEveryOneAskedAndThingsThatLast() {
        #expect(score("the \"unlimited\" data plan slows to 2G after 20gb", "en").label == .negative)
        #expect(score("la ligne \"24h/24\" ferme à 18h apparemment", "fr").label == .negative)
        // The distrust is explained by the quoted words, figures and all.
        #expect(score("the \"24h\" support line closes at 6pm", "en").drivers.first == "\"24h\"")
        #expect(score("my package has been \"in transit\" since Monday, is that normal for ground?", "en").label == .neutral)
        #expect(score("le mot \"résilience\" est partout cette année", "fr").label == .neutral)
        #expect(score("Why is every movie trailer now just the entire movie in 2 minutes", "en").label == .negative)
        #expect(score("Pourquoi chaque appli veut ma localisation maintenant ?", "fr").label == .negative)
        #expect(score("this knife still cuts tomatoes after a year", "en").label == .positive)
        #expect(score("ma liseuse a 6 ans et tient encore la charge des semaines", "fr").label == .positive)
        #expect(score("still waiting after 2 months", "en").label == .negative)
        #expect(score("ça marche toujours aussi mal après un an", "fr").label == .negative)
        #expect(score("it still doesn't work after a year", "en").label == .negative)
        // A refund named is no grievance; asked for in a review, it is.
        #expect(score("returned the jacket in store today, refund should take 5 days", "en").label == .neutral)
        #expect(score("Aucune ressemblance avec l'article commandé, remboursement demandé.", "fr").label == .negative)
        #expect(score("three weeks and my refund still hasn't shown up", "en").label == .negative)
        // Tweets of the day (set HG): a lead thrown away, spoilers closed by praise, a reform passed on the quiet.
        #expect(score("Can't believe Arsenal threw away a two goal lead again. Same story every season", "en").label == .negative)
        #expect(score("My whole timeline is spoilers and I'm 3 episodes behind. Fantastic", "en").label == .negative)
        #expect(score("Encore une réforme votée en douce pendant les vacances, bravo la démocratie", "fr").label == .negative)
        #expect(score("The new Windows update deleted half my desktop icons, thanks Microsoft", "en").label == .negative)
        // Sets HK, HL: a wait since childhood is longing, not a complaint; hours of one's life wanted back; a hero is no
        // "super".
        #expect(score("Going to see Star Wars on Saturday, been waiting for this since I was 8", "en").label == .positive)
        #expect(score("Watched the new Fantastic Four. I want those two hours of my life back", "en").label == .negative)
        #expect(score("Vu le dernier film de super-héros, deux heures de ma vie que je ne récupérerai pas", "fr").label == .negative)
        #expect(score("Paying £9 for a pint at the Emirates. Football is for the rich now", "en").label == .negative)
        // Sets HO, HP: an album with no skips, someone who must explain themselves, a rough year (not the top artist), a
        // weather warning announced.
        #expect(score("the new Kendrick album has no skips. not one", "en").label == .positive)
        #expect(score("le nouvel album d'Orelsan, pas un seul titre à zapper", "fr").label == .positive)
        #expect(score("whoever decided to put the exams during Ramadan needs to explain themselves", "en").label == .negative)
        #expect(score("Spotify wrapped told me my top artist is a white noise playlist. rough year", "en").label == .negative)
        #expect(score("The Met Office has issued a yellow weather warning for wind on Thursday", "en").label == .neutral)
    }

    /// Crises again (sets HQ, HR): the harm after "rather than", "instead of", "plutôt que", "au lieu de" is the course not
    /// taken; English "on" before a day is no one's voice in an announced disruption (French "on" still is).
    @Test func theCourseNotTakenAndDisruptionsOnADay() {
        #expect(score("glad to see they recalled it early rather than waiting for someone to get hurt", "en").label == .positive)
        #expect(score("content qu'ils aient rappelé le produit tôt plutôt que d'attendre un accident", "fr").label == .positive)
        #expect(score("they sent a voucher instead of a refund and the hotel was awful", "en").label == .negative)
        #expect(score("Union leaders and management will meet on Monday to try to end the strike", "en").label == .neutral)
        #expect(score("on fait grève lundi", "fr").label != .positive)
        #expect(score("credit to @burgervigie for closing the site straight away and paying the medical bills", "en").label == .positive)
        #expect(score("how do I move credit to my new SIM?", "en").label == .neutral)
        #expect(score("Fire crews remain at the scene of the warehouse blaze in Swindon", "en").label == .neutral)
        #expect(score("les excuses du PDG sentent l'avocat. aucune responsabilité", "fr").label == .negative)
        #expect(score("#BoycottModeVigie tant qu'ils ne virent pas le responsable", "fr").label == .negative)
        // Products told by what they do (sets HS, HT): a machine so quiet, a battery that got one through, no blisters,
        // what fails every single time; terms to accept are no praise.
        #expect(score("the dishwasher is so quiet I have to check it's actually running", "en").label == .positive)
        #expect(score("le lave-vaisselle est tellement silencieux que je vérifie qu'il tourne", "fr").label == .positive)
        #expect(score("this phone's battery got me through a 14 hour travel day", "en").label == .positive)
        #expect(score("the hiking boots didn't need any breaking in, 20km on day one and no blisters", "en").label == .positive)
        #expect(score("their app forgets my card every single time I order", "en").label == .negative)
        #expect(score("the tv asks me to accept new terms", "en").label == .neutral)
    }

    /// Reviews told without a word of sentiment (twenty-eighth session, sets HM, HN): a claim kept, a repurchase, a smell
    /// that stays; "single" and "seul" do not stand between a negation and its word ("haven't had a single headache");
    /// "plus" is "no more" after "ne" or opening "plus un seul" (not "plus de problèmes qu'avant", "plus de 3 heures").
    @Test func reviewsToldWithoutAWordOfSentiment() {
        #expect(score("Does exactly what it says. Cleaned the grout in half an hour.", "en").label == .positive)
        #expect(score("Fait exactement ce qui est annoncé. Joints nettoyés en une demi-heure.", "fr").label == .positive)
        #expect(score("Ordered a second one for my mother after a week with mine.", "en").label == .positive)
        #expect(score("J'en ai commandé un deuxième pour ma mère au bout d'une semaine.", "fr").label == .positive)
        #expect(score("Left it on the balcony for a week. Still smells.", "en").label == .negative)
        #expect(score("Haven't had a single headache since switching to this pillow.", "en").label == .positive)
        #expect(score("Plus un seul mal de tête depuis que j'ai ce coussin.", "fr").label == .positive)
        #expect(score("je n'ai plus de problème depuis la mise à jour", "fr").label == .positive)
        #expect(score("il y a plus de problèmes qu'avant", "fr").label == .negative)
        #expect(score("plus de 3 heures de retard", "fr").label == .negative)
        #expect(score("je suis seul et triste", "fr").label == .negative)
        #expect(score("Arrived on the expected date. Haven't opened it yet as it's a gift.", "en").label == .neutral)
        #expect(score("Reçu à la date prévue. Pas encore ouvert, c'est pour un cadeau.", "fr").label == .neutral)
        #expect(score("Battery claims 20 hours. I get 6 on a good day.", "en").label != .positive)
        #expect(score("Hors service après le premier lavage, ce qui n'est indiqué nulle part.", "fr").label == .negative)
        #expect(score("Pas cher, solide. On ne peut pas demander plus à ce prix.", "fr").label == .positive)
    }

    /// Tweets of the day, crises and reviews (twenty-ninth session, sets HU–IB): an amount is no praise ("a good 40
    /// minutes", "une bonne dizaine"); a manner compared ("defending like a…"); a grievance set on a glad day
    /// ("départs en vacances") still ends in sarcasm; "belle", "beau" close sarcastically too; a cancellation, a
    /// fault or a cut whose cause is given is news, not someone's loss; a negation reaches past "a single".
    @Test func amountsMannersSettingsAndReportedDisruptions() {
        #expect(score("We waited a good 40 minutes for the bus", "en").label != .positive)
        #expect(score("J'ai regardé combien de pages il restait une bonne dizaine de fois", "fr").label == .negative)
        #expect(score("On a attendu une bonne heure", "fr").label != .positive)
        #expect(score("what a good day", "en").label == .positive)
        #expect(score("passez une bonne journée", "fr").label == .positive)
        #expect(score("Liverpool defending like a Sunday league team tonight, embarrassing", "en").label == .negative)
        #expect(score("I'm really liking the new album", "en").label == .positive)
        #expect(score("Encore une grève des contrôleurs le jour des départs en vacances, bravo", "fr").label == .negative)
        #expect(score("Personne chez @SNCF ne sait si mon billet est valable. Belle organisation", "fr").label == .negative)
        #expect(score("Belle organisation du festival, merci à tous", "fr").label == .positive)
        #expect(score("@AirNord has cancelled 40 flights today because of the air traffic control strike", "en").label == .neutral)
        #expect(score("La circulation est interrompue entre Lille et Arras suite à un incident technique", "fr").label == .neutral)
        #expect(score("TelcoOne says the outage is caused by a fibre cut near Bolton", "en").label == .neutral)
        #expect(score("Was looking forward to the Maroon 5 concert but it got cancelled", "en").label == .negative)
        #expect(score("New manager cancelled everyone's vacation with a week's notice", "en").label == .negative)
        #expect(score("AirNord cancelled 40 flights because of the strike and nobody answers the phone", "en").label == .negative)
        #expect(score("First pair of walking boots that didn't give me a single blister", "en").label == .positive)
        #expect(score("Première paire qui ne m'a pas fait une seule ampoule", "fr").label == .positive)
        #expect(score("Well done @SkyRailUK staff at York tonight, handing out water and finding taxis for everyone stranded", "en").label == .positive)
        #expect(score("Ordered the burger medium, got it well done", "en").label != .positive)
        // All the praise there was: "and nothing else" (not "just … and nothing else", "nothing else matters").
        #expect(score("That new Netflix show had a great trailer and absolutely nothing else", "en").label == .negative)
        #expect(score("Cette nouvelle série avait une super bande-annonce et rien d'autre", "fr").label == .negative)
        #expect(score("Just me, a good book and nothing else", "en").label == .positive)
        #expect(score("Great food and nothing else matters", "en").label == .positive)
        // "US" in capitals is the country, not someone's voice.
        #expect(score("Flights to the US are suspended until Monday because of the storm", "en").label == .neutral)
        #expect(score("they suspended us until Monday because of one late payment", "en").label == .negative)
        // An error reported is news; one that is the writer's is not (sets IO, IP).
        #expect(score("EnergiaPower says customers affected by the billing error will be contacted by the end of the month", "en").label == .neutral)
        #expect(score("Gatwick runway reopened at 14:20 after a suspected drone sighting, airport says", "en").label == .neutral)
        #expect(score("my bill has an error again and nobody answers", "en").label == .negative)
        #expect(score("Got a call from @EnergiaPower today, they corrected my bill and took £40 off for the hassle", "en").label == .positive)
        #expect(score("@AquaCo told me my compensation would take \"up to 90 days\". For a burst pipe you caused", "en").label == .negative)
    }

    /// Critics' one-liners (twenty-ninth session, sets IE, IF): praise of the surface or of the plan conceded before
    /// blame ("to look at", "à regarder", "on paper"); what is better is something else ("other, better films");
    /// a genre named is no feeling ("love story", "histoire d'amour"); "dure un peu moins d'une heure" is a length.
    @Test func praiseConcededOrGivenToAnother() {
        #expect(score("Handsome to look at and utterly empty inside.", "en").label == .negative)
        #expect(score("Superbe à regarder et complètement creux.", "fr").label == .negative)
        #expect(score("Great on paper, dull on screen.", "en").label == .negative)
        #expect(score("Beautiful to look at.", "en").label == .positive)
        #expect(score("The script seems to have been assembled from other, better films.", "en").label == .negative)
        #expect(score("Le scénario semble assemblé à partir d'autres films, meilleurs.", "fr").label == .negative)
        #expect(score("better than the others", "en").label == .positive)
        #expect(score("The others were good but this one is better", "en").label == .positive)
        #expect(score("The film is a love story set in 1950s Naples.", "en").label == .neutral)
        #expect(score("La SNCF et moi c'est une longue histoire d'amour... 3h de retard ce soir", "fr").label == .negative)
        #expect(score("Tourné en noir et blanc, le film dure un peu moins d'une heure et demie.", "fr").label == .neutral)
        #expect(score("Isabelle Huppert est magnétique, impossible de la quitter des yeux.", "fr").label == .positive)
        // A good thing worth nothing (sets IG, IH); advice thanked after a grievance.
        #expect(score("Been a customer 12 years and new customers get a better deal than me. Loyalty means nothing", "en").label == .negative)
        #expect(score("la fidélité ne veut rien dire chez eux", "fr").label == .negative)
        #expect(score("this song means everything to me", "en").label == .positive)
        #expect(score("Ma facture de chauffage a doublé et on me conseille de baisser à 19 degrés, merci du conseil", "fr").label == .negative)
        #expect(score("La région annonce 300 bornes de recharge supplémentaires d'ici 2026", "fr").label == .neutral)
    }

    /// Names made of words of sentiment (twenty-ninth session, sets II, IJ): a greeting opens a name when no word of
    /// it is a day or a feast ("Happy Meal", "Good Will Hunting"; not "Happy Canada Day", "Merry Xmas"); a word of
    /// sentiment that starts a name carries it on ("The Grateful Dead", "Lucky Strike"); a band after "The" opening
    /// the sentence ("The Killers just announced…").
    @Test func namesMadeOfWordsOfSentiment() {
        #expect(score("Happy Meal toys will be made of paper from January, McDonald's said", "en").label == .neutral)
        #expect(score("Good Will Hunting is leaving Netflix at the end of the month", "en").label == .neutral)
        #expect(score("Happy Canada Day everyone", "en").label == .positive)
        #expect(score("Merry Xmas everyone", "en").label == .positive)
        #expect(score("Happy Birthday Sarah have a lovely day", "en").label == .positive)
        #expect(score("The Grateful Dead archive will be opened to researchers in March", "en").label == .neutral)
        #expect(score("Lucky Strike is closing its Times Square location next month", "en").label == .neutral)
        #expect(score("The Killers just announced a second night at the O2 and I got tickets!", "en").label == .positive)
        #expect(score("The worst customer service I have ever had", "en").label == .negative)
        #expect(score("Not gonna lie the Love Actually rewatch did not hold up", "en").label == .negative)
        #expect(score("Je vais pas mentir, revoir Love Actually a très mal vieilli", "fr").label == .negative)
        #expect(score("Going to see Hamilton on Saturday, been waiting two years for this", "en").label == .positive)
        #expect(score("been waiting 40 minutes for the bus", "en").label == .negative)
    }

    /// Product reviews (twenty-ninth session, sets IK, IL): a claim denied ("not the 2 hours advertised", "loin des 2
    /// heures annoncées") is a fault; "a duré dix ans" is a length; "strongly" only says how much.
    @Test func claimsUnmetAndLengthsLasted() {
        #expect(score("Battery lasts maybe 20 minutes, not the 2 hours advertised.", "en").label == .negative)
        #expect(score("La batterie tient peut-être 20 minutes, pas les 2 heures annoncées.", "fr").label == .negative)
        #expect(score("Nowhere near the speed they promised.", "en").label == .negative)
        #expect(score("The battery lasts the 10 hours advertised.", "en").label != .negative)
        #expect(score("Il remplace un ancien modèle qui a duré dix ans.", "fr").label == .neutral)
        #expect(score("Smells strongly of chemicals even after a week airing on the balcony.", "en").label == .negative)
        #expect(score("I was sceptical given the price but it outperforms my old one.", "en").label == .positive)
        #expect(score("Tastes nothing like the original recipe, very artificial.", "en").label == .negative)
        #expect(score("Aucun rapport avec la recette d'origine, goût très artificiel.", "fr").label == .negative)
    }

    /// Tweets as people type them (twenty-ninth session, sets IM, IN): "on" before a possessive is a place, not what a
    /// work is about, and a reaction ("smh") is never a work's subject; "won't stop" takes its sense from what goes on;
    /// 😤 closes a win as often as anger.
    @Test func placesReactionsAndThingsThatGoOn() {
        #expect(score("Spotify really put an ad between every song on my playlist smh", "en").label == .negative)
        #expect(score("a song on loss and grief", "en").label == .neutral)
        #expect(score("@Samsung my Galaxy won't stop rebooting since the last update 😤", "en").label == .negative)
        #expect(score("my baby won't stop crying", "en").label == .negative)
        #expect(score("just aced my stats final after crying over it for a week, we move 😤", "en").label == .positive)
        #expect(score("18 balles la salade et un cheveu dedans. la journée commence bien", "fr").label == .negative)
        #expect(score("the way my dog runs to the door when I get home >>> nothing else matters", "en").label == .positive)
        // The good after "instead of", "au lieu de" is what did not come (sets IQ, IR); the harm after it is still the
        // course not taken.
        #expect(score("La nouvelle mise à jour a réduit l'autonomie de ma batterie au lieu de l'améliorer", "fr").label == .negative)
        #expect(score("We got rain instead of sunshine all week", "en").label == .negative)
        #expect(score("I chose to laugh instead of cry", "en").label == .positive)
        #expect(score("Missed the bus AND it's raining. Monday at its finest", "en").label == .negative)
    }

    /// Thirtieth session (sets JA–JH): thanks that cannot be given enough, a regret that opens a clause as a "but",
    /// praise that lasted a while and ended, a claim named and then denied, time gone by since and "still", French
    /// "a" after its subject a verb.
    @Test func thanksUnboundedRegretsAndPraiseThatEnded() {
        #expect(score("The vet stayed late when our dog was sick. Can't thank them enough.", "en").label == .positive)
        #expect(score("I can't say enough good things about them", "en").label == .positive)
        #expect(score("Je ne vous remercierai jamais assez", "fr").label == .positive)
        #expect(score("never good enough", "en").label == .negative)
        #expect(score("not good enough for the price", "en").label == .negative)
        #expect(score("Beautiful building, shame about the service.", "en").label == .negative)
        #expect(score("Super film, dommage que la fin soit bâclée", "fr").label == .negative)
        #expect(score("Great food and a shame we had to leave early, lovely evening", "en").label == .positive)
        #expect(score("Worked great for two weeks, then it died.", "en").label == .negative)
        #expect(score("Joli pendant une semaine, puis la peinture a commencé à s'écailler.", "fr").label == .negative)
        #expect(score("Used it for two weeks and it works great.", "en").label == .positive)
        #expect(score("Description says waterproof. It is not waterproof.", "en").label == .negative)
        #expect(score("Annoncé étanche. Il n'est pas étanche.", "fr").label == .negative)
        #expect(score("Three weeks since I sent my application and the status still says received", "en").label == .negative)
        #expect(score("Le kiné m'a remis sur pied après des mois de douleur. Merci infiniment.", "fr").label == .positive)
        #expect(score("Encore en retard, merci infiniment la SNCF", "fr").label == .negative)
        // "not the airline losing my bag": a mishap shown in disbelief, no negation; "not the most exciting" denies.
        #expect(score("not the airline losing my bag on the way to my sister's wedding 💀", "en").label == .negative)
        #expect(score("Not the most exciting film of the year", "en").label == .negative)
        // A work that follows someone tells its story.
        #expect(score("The film follows a retired detective who returns home after his brother disappears.", "en").label == .neutral)
        #expect(score("Le film suit un inspecteur qui rentre chez lui après la mort de son frère.", "fr").label == .neutral)
        #expect(score("The film follows a detective and it is dreadful.", "en").label == .negative)
        // What was to be and was not is a regret; a contrast after it ends it.
        #expect(score("It was supposed to be a relaxing weekend.", "en").label == .negative)
        #expect(score("C'était censé être rapide.", "fr").label == .negative)
        #expect(score("It was supposed to rain but it was sunny all day", "en").label == .positive)
        // The end or start of a time praised after a grievance is sarcasm.
        #expect(score("my car got towed. perfect end to a perfect day", "en").label == .negative)
        #expect(score("ma voiture a été embarquée par la fourrière. fin de journée parfaite", "fr").label == .negative)
        #expect(score("coincée au boulot jusqu'à 21h ce soir, trop bien…", "fr").label == .negative)
        #expect(score("Le concert était génial, fin de soirée parfaite", "fr").label == .positive)
        // A French praise of the past, then the present: a decline; a wish for what is not there.
        #expect(score("C'était mon appli préférée, maintenant elle me déconnecte à chaque ouverture", "fr").label == .negative)
        #expect(score("Ce serait bien d'avoir un widget pour l'écran de verrouillage", "fr").label == .neutral)
        // A middling verdict whose denial is insisted on or taken back is no middling verdict.
        #expect(score("Not bad for the price, not bad at all", "en").label == .positive)
        #expect(score("Pas mal pour le prix, pas mal du tout", "fr").label == .positive)
        #expect(score("Not bad for the price", "en").label == .neutral)
        #expect(score("Not the worst film I've seen this year but close", "en").label == .negative)
        #expect(score("Not the worst airline.", "en").label == .neutral)
        // Negation reaches past "le moindre", "the slightest".
        #expect(score("Jamais eu le moindre souci avec eux en cinq ans", "fr").label == .positive)
        #expect(score("Never had the slightest problem with it", "en").label == .positive)
        // "et tout va bien" closing a list of ills; a text adopted is news, a kitten adopted a joy.
        #expect(score("Canicule en juin, incendies en juillet, inondations en septembre, et tout va bien", "fr").label == .negative)
        #expect(score("On a fini le puzzle, on a mangé, et tout va bien", "fr").label != .negative)
        #expect(score("Les députés ont adopté le texte en première lecture", "fr").label == .neutral)
        #expect(score("On a adopté un chaton aujourd'hui 🐱", "fr").label == .positive)
        // What was bound to go wrong: "évidemment", "forcément", "logique" closing a grievance.
        #expect(score("Malade au lit le premier jour des vacances, évidemment", "fr").label == .negative)
        #expect(score("On a gagné, évidemment", "fr").label == .positive)
    }

    /// Business and economic news (sets JS, JT): a measure that moves has a sign — good measures rising and bad ones
    /// falling are good news; a share price's plain move is market news, a promised move no news.
    @Test func measuresThatMove() {
        #expect(score("Spotify posts first annual profit, shares jump 12%", "en").label == .positive)
        #expect(score("Starbucks sales slump for a second straight quarter", "en").label == .negative)
        #expect(score("UK inflation falls to 2%, lowest in three years", "en").label == .positive)
        #expect(score("Intel to cut 15% of its workforce as losses mount", "en").label == .negative)
        #expect(score("Ryanair reports record summer traffic and raises its outlook", "en").label == .positive)
        #expect(score("Le chômage recule à 7,1 %, son plus bas niveau depuis 1982", "fr").label == .positive)
        #expect(score("L'inflation repart à la hausse en janvier, à 3,1 %", "fr").label == .negative)
        #expect(score("Les ventes de voitures neuves chutent de 12 % en mars", "fr").label == .negative)
        #expect(score("Michelin va fermer deux usines et supprimer 1 200 emplois", "fr").label == .negative)
        #expect(score("Boeing shares fell 6% on Monday after the grounding", "en").label == .neutral)
        #expect(score("L'action a reculé de 8% en début de séance après l'annonce", "fr").label == .neutral)
        #expect(score("#Hollande promet encore une baisse du chômage... on commence à avoir l'habitude", "fr").label != .positive)
        #expect(score("Stock down 12% after the earnings miss, ouch", "en").label == .negative)
    }

    /// What is fought is not what happened (sets KD, KF): a bad word after `against`, `contre`, `anti-`, and the fight
    /// itself, say nothing bad happened; a loss in that fight still does.
    @Test func whatIsFoughtIsNotWhatHappened() {
        #expect(score("Enfin une loi contre le gaspillage alimentaire, on avance !", "fr").label == .positive)
        #expect(score("la lutte contre le cancer", "fr").label == .neutral)
        #expect(score("the fight against cancer", "en").label == .neutral)
        #expect(score("a new law against food waste", "en").label == .neutral)
        #expect(score("Le supermarché applique la loi anti-gaspillage depuis janvier", "fr").label == .neutral)
        #expect(score("She lost her battle against cancer", "en").label == .negative)
        #expect(score("Je suis contre cette réforme injuste", "fr").label != .positive)
    }

    /// Critics' snippets (sets KH, KI): praise in a comparison with something that has none of it is irony; a story
    /// that centres on something, or a film that follows someone, tells what it is about.
    @Test func ironicComparisonsAndWhatAStoryIsAbout() {
        #expect(score("the jokes land with all the grace of a dropped piano .", "en").label == .negative)
        #expect(score("with all the subtlety of a sledgehammer", "en").label == .negative)
        #expect(score("Une mise en scène avec toute la finesse d'un éléphant", "fr").label == .negative)
        #expect(score("she dances with all the grace of a beautiful swan", "en").label == .positive)
        #expect(score("set in 1970s detroit , the story centers on two brothers and a failing car plant .", "en").label == .neutral)
        #expect(score("The film follows a lonely man and the dog he loves", "en").label == .neutral)
        #expect(score("The film follows a lonely man and it is boring", "en").label == .negative)
        #expect(score("the movie is based on the best-selling novel by the same author .", "en").label == .neutral)
        #expect(score("a sly , subversive comedy that never talks down to its audience .", "en").label == .positive)
    }

    /// Political tweets (set KD): "merci pour ce moment" is irony since 2014; who listens to no one, what is still
    /// awaited.
    @Test func politicalIdioms() {
        #expect(score("Encore une réforme votée en force, merci pour ce moment de démocratie", "fr").label == .negative)
        #expect(score("Ce gouvernement n'écoute personne, ni les syndicats ni les maires", "fr").label == .negative)
        #expect(score("La cantine bio promise en 2022 ? On l'attend toujours", "fr").label == .negative)
        #expect(score("Le compost collectif du quartier marche du tonnerre", "fr").label == .positive)
        #expect(score("Kendrick dropped a new song and it's fire 🔥", "en").label == .positive)
        #expect(score("Merci Netflix pour la saison 3, enfin !", "fr").label == .positive)
        #expect(score("Bravo Netflix pour cette série", "fr").label == .positive)
        #expect(score("Les prix des places pour la finale sont délirants", "fr").label == .negative)
        #expect(score("Snoop Dogg cooking with Martha Stewart is the crossover I didn't know I needed", "en").label == .positive)
        #expect(score("@energievigie enfin quelqu'un qui écoute, facture corrigée", "fr").label == .positive)
        #expect(score("Le supermarché applique la loi anti-gaspillage depuis janvier", "fr").label == .neutral)
    }

    /// A public service closed is a grievance, reopened a relief (sets KD, KJ); opening hours, a date, the weather or
    /// a denial make it none.
    @Test func publicServicesClosedAndReopened() {
        #expect(score("Ils ont fermé la poste du quartier, maintenant faut prendre la voiture pour un recommandé", "fr").label == .negative)
        #expect(score("Ils ont fermé 3 classes dans l'école du village", "fr").label == .negative)
        #expect(score("the council is closing the library", "en").label == .negative)
        #expect(score("la gare rouvre lundi", "fr").label == .positive)
        #expect(score("la poste est fermée le dimanche", "fr").label == .neutral)
        #expect(score("La piscine ferme à 18h", "fr").label == .neutral)
        #expect(score("the pool is closed on Mondays", "en").label == .neutral)
        #expect(score("la maternité ne fermera pas", "fr").label == .neutral)
        #expect(score("snow day! schools closed and the kids are already building a snowman ⛄", "en").label == .positive)
        #expect(score("Ça fait 10 ans qu'on nous promet le RER, j'aurai la retraite avant", "fr").label == .negative)
        #expect(score("@laposte lettre recommandée jamais arrivée, c'était mon dossier de retraite", "fr").label == .negative)
        #expect(score("it's raining in Seattle, shocking absolutely no one", "en").label == .neutral)
    }

    /// Everyday sarcasm and its sincere twins (sets KL, KM): eagerness or success whose clause goes on to blame, a
    /// counted wait loved, a consolation after a grievance; `personne` after a determiner is someone.
    @Test func eagernessSuccessAndConsolationAfterBlame() {
        #expect(score("Can't wait to spend my whole weekend fixing what the update broke", "en").label == .negative)
        #expect(score("can't wait for this awful year to end", "en").label == .negative)
        #expect(score("Ah bah bravo, ils ont réussi à rendre le site encore plus lent", "fr").label == .negative)
        #expect(score("j'ai réussi à réparer la panne", "fr").label == .positive)
        #expect(score("Merci à l'infirmière des urgences hier soir qui a réussi à faire rire ma mère paniquée", "fr").label == .positive)
        #expect(score("vivement les vacances", "fr").label == .positive)
        #expect(score("J'ai hâte de passer mon week-end à réparer ce que la mise à jour a cassé", "fr").label == .negative)
        #expect(score("j'ai hâte de partir en vacances", "fr").label == .positive)
        #expect(score("Love waiting 45 minutes for a bus that never shows up", "en").label == .negative)
        #expect(score("J'adore attendre 45 minutes au téléphone", "fr").label == .negative)
        #expect(score("I love waiting for Christmas", "en").label == .positive)
        #expect(score("The airline lost my bag but hey, at least the peanuts were free", "en").label == .negative)
        #expect(score("The hotel was dirty but at least the staff were nice", "en").label == .negative)
        #expect(score("Another Monday, another train cancellation, living the dream", "en").label == .negative)
        #expect(score("Stuck in traffic for 2 hours. Living the dream.", "en").label == .negative)
        #expect(score("Just got promoted, living the dream", "en").label == .positive)
        #expect(score("Encore un lundi sous la pluie avec le RER en panne, c'est la belle vie", "fr").label == .negative)
        #expect(score("Vacances au soleil, c'est la belle vie", "fr").label == .positive)
        #expect(score("Retrouvé mon portefeuille au commissariat avec tout dedans, merci à la personne honnête", "fr").label == .positive)
        #expect(score("personne n'est venu", "fr").label == .negative)
        #expect(score("Landed the interview!! Fingers crossed for next week", "en").label == .positive)
        #expect(score("La boulangère m'a offert un croissant parce que c'était mon anniversaire 🥐", "fr").label == .positive)
        #expect(score("Je suis sorti au bout de 45 minutes, je n'en pouvais plus", "fr").label == .negative)
        #expect(score("@SNCF le TGV supprimé sans remboursement automatique, merci de rien", "fr").label == .negative)
        #expect(score("@EDF remboursement du trop-perçu reçu rapidement, merci", "fr").label == .positive)
        #expect(score("Way smaller than it looks in the pictures.", "en").label == .negative)
        #expect(score("Smaller than it looks in the pictures. Does what it needs to.", "en").label == .neutral)
        #expect(score("Does what it needs to, great price", "en").label == .positive)
    }

    /// A text of emoji alone, sent with its language, has no words: a rule that read `1..<min(4, words)` crashed the
    /// scorer on it (twenty-fifth session). Every pair of the rules' own atoms, in both languages, must score.
    @Test func textsOfSymbolsAloneAndPairsOfTheRulesAtomsScore() {
        #expect(score("😡😡😡", "en").label == .negative)
        #expect(score(":( !!!", "fr").label == .negative)
        #expect(score("😍", "en").label == .positive)
        let atoms = [
            "😡", "😍", ":(", ":)", "<3", "!!!", "?", "...", ",", "#fail", "@x", "good", "bad", "but", "mais", "not",
            "pas", "love it", "j'adore", "who", "qui", "again", "encore", "great,", "super,", "prix", "flambent",
            "le chômage", "baisse", "than", "worth", "looking for advice", "rien", "3/5", "https://a.b", "🙃", "/s",
            "#not", "enfin un", "finally a", "that", "the", "why", "always", "its 2016 and", "Love Island", "Best",
            "lol", "dead", "j'en peux plus", "which", "better", "Bravo", "troisième fois", "win", "RT", "broke", "record",
            "évité", "avoided", "depuis", "since",
            "\"safe\"", "« sûr »", "\"", "says", "sure", "if", "si", "in case", "great job", "bravo pour", "pas de", "aucun",
            "still works", "encore", "years", "every", "rather than", "plutôt que", "on Monday",
            "a good", "une bonne", "defending like", "a single", "un seul", "due to", "cancelled", "Belle",
            "to look at", "à regarder", "other", "better", "and nothing else", "et rien d'autre", "dure un",
            "means nothing", "ne vaut rien", "merci du conseil", "The", "Happy", "Meal", "Lucky Strike",
            "not the", "advertised", "pas les", "annoncées", "song on my", "smh", "won't stop", "😤",
            "can't thank", "enough", "jamais assez", "shame about", "dommage que", "for two weeks", "then", "puis",
            "says", "not waterproof", "weeks since", "still", "m'a", "not the", "losing", "film follows", "suit",
            "was supposed to", "était censé", "fin de journée parfaite", "perfect end", "trop bien", "fourrière",
            "sales", "shares", "jump", "fell", "hausse du", "chômage", "recule à", "supprimer", "emplois", "promet",
            "raises its", "outlook", "down 12%", "maintenant", "serait bien", "not bad for", "at all", "du tout",
            "but close", "mais pas loin", "le moindre", "the slightest", "et tout va bien", "tout va bien",
            "against", "contre", "anti-", "fight against", "all the grace of a", "toute la finesse d'un", "centers on",
            "fermé la poste", "closing the library", "rouvre", "le dimanche", "snow day", "on nous promet",
            "can't wait", "vivement", "managed to", "réussi à", "love waiting", "at least", "au moins", "la personne",
            "Merci Netflix", "Bravo Free", "living the dream", "c'est la belle vie",
            "évidemment", "logique",
        ]
        var scored = 0
        for first in atoms {
            for second in atoms {
                for language in ["en", "fr"]
                where SentimentAnalyzer.shared.analyze(first + " " + second, language: language) != nil {
                    scored += 1
                }
            }
        }
        #expect(scored == atoms.count * atoms.count * 2)
    }
}
