import Testing
import VigieScoring

/// Tweet-length customer and everyday texts, labelled by hand (pos / neu / neg), written for Vigie: no tweet set with
/// a licence that allows copying was available. Set A (the first 100 of each language) was written first and used to
/// find the rules of 2026-11-22 (never so, idioms that do not negate, customer idioms, translated words with a wrong
/// sign); set B (the next 60) was written afterwards without looking at the scorer, measured (README), then used to
/// extend the lexicons. Both now guard against regressions; neither is a held-out measurement any more.
@Suite("Sentiment on a built set of tweets")
struct SentimentTweetSetTests {
    static let english = """
        neg	@airvigie 3 hours on the tarmac and not a single update. unacceptable
        neg	worst customer service ever, been on hold for 45 minutes 😡
        neg	my order arrived broken AGAIN. done with @shopvigie
        neg	ugh the app keeps crashing every time I try to pay
        neg	not impressed with the new update tbh
        neg	why is my bill £20 higher this month?? nobody warned me
        neg	flight cancelled, no hotel, no food vouchers. thanks for nothing @airvigie
        neg	this phone is sooo slow, regret buying it
        neg	lost my luggage and nobody at the desk can tell me anything :(
        neg	I've never been so disappointed by a restaurant
        neg	the parcel was supposed to arrive monday. it's friday. still nothing
        neg	can't believe they charged me twice for the same ticket
        neg	meh, the season finale was kinda boring
        neg	great, another delay. just great. #not
        neg	customer support hung up on me. twice.
        neg	the battery dies after 2 hours, total waste of money
        neg	honestly the worst train journey of my life
        neg	wifi down for the third day in a row, nobody picks up the phone
        neg	so the refund I was promised never came. shocking
        neg	that ad is so cringe lol
        neg	Terrible food, rude staff, never going back
        neg	I hate Mondays and I hate this traffic
        neg	my heart goes out to the families of the victims 💔
        neg	the show got cancelled?? nooo 😭
        neg	@postvigie where is my parcel, tracking hasn't moved in 6 days
        neg	the new logo is ugly, sorry not sorry
        neg	not happy at all with how this was handled
        neg	the food was cold and the fries were soggy
        neg	absolutely furious, they cancelled my account without any warning
        neg	this heat is killing me 🥵
        neg	bored out of my mind at this meeting
        neg	I'm sick of these ads on every video
        neg	Stock down 12% after the earnings miss, ouch
        neg	the queue at security is insane, we're going to miss our flight
        neg	wtf is this new layout, I can't find anything
        pos	huge thanks to the crew of flight AV123, you were amazing! ✈️
        pos	just got my new headphones and the sound is incredible 😍
        pos	loving the new menu at @cafevigie, the vegan burger is 🔥
        pos	best customer service I've had in years, problem solved in 5 min
        pos	so proud of my little sister, she graduated today!! 🎓
        pos	the concert last night was unreal, what a vibe
        pos	finally home after a long trip :)
        pos	This is the best pizza in town, no contest
        pos	happy friday everyone! enjoy the weekend 😊
        pos	wow the views from the train are stunning
        pos	@telcovigie fixed my connection in no time, cheers guys
        pos	can't wait for the new season!!!
        pos	such a lovely surprise, thank you @shopvigie 💕
        pos	not bad at all for the price, pretty happy with it
        pos	the staff were super friendly and helpful
        pos	lol my dog just stole my sandwich 😂
        pos	great match, well deserved win for the home team
        pos	honestly didn't expect much but it was really good
        pos	love love love this song
        pos	delivery was quicker than expected, nice one
        pos	good morning sunshine ☀️
        pos	my new laptop is so fast, totally worth it
        pos	congrats to the whole team on the launch 🎉
        pos	the upgrade is smooth, no complaints
        pos	what a beautiful day for a walk in the park
        pos	yesss we got the tickets!!
        pos	thank you so much for your help, really appreciate it
        pos	this coffee is exactly what I needed
        pos	the hotel upgraded us for free, amazing
        pos	pretty decent phone tbh, camera is great
        neu	what time does the store open on sunday?
        neu	@airvigie do I need to print my boarding pass or is the app enough?
        neu	new episode drops tonight at 9pm
        neu	Train 6402 to Lyon will depart from platform 4
        neu	anyone know if the post office is open tomorrow?
        neu	The company will announce its quarterly results on Thursday.
        neu	heading to the airport now
        neu	how do I change the email on my account?
        neu	just ordered a pizza
        neu	the meeting has been moved to 3pm
        neu	Is the blue version available in Europe?
        neu	watching the game with my dad tonight
        neu	new blog post: 10 things to know about the tax changes
        neu	the minister will visit the factory on Monday
        neu	does anyone have a charger I can borrow?
        neu	price list updated, see link in bio
        neu	on my way to work
        neu	the store is moving to a new address next month
        neu	@telcovigie what is the difference between the two plans?
        neu	Reading the new report on energy prices
        neu	rt if you're watching the debate
        neu	the update will be available for all users next week
        neu	we're flying to Montreal on the 12th
        neu	What are the opening hours for customer service?
        neu	Tickets go on sale Friday at 10am
        neg	the hotel was nice but the staff were rude and unhelpful
        pos	the flight was late but the crew were lovely and made up for it
        pos	I wanted to hate it but it's actually pretty good
        neg	good camera, but the battery is a joke
        neu	not the best, not the worst
        pos	the price is high but honestly worth every penny
        neg	I don't love it
        pos	no problems so far with the new router
        pos	never had a bad experience with them
        neg	not great, the new film
        neg	three weeks and my refund still hasn't shown up @shopvigie
        neg	seriously @telcovigie my internet has been dropping every 10 minutes all evening
        neg	the new update deleted all my photos. thanks a lot
        neg	worst airline. period.
        neg	the staff at the counter were so rude to my elderly mum
        neg	my package was left in the rain and everything inside is ruined
        neg	why does the app log me out every single time
        neg	nothing but excuses from @airvigie, zero compensation
        neg	absolutely gutted, they sold out in 2 minutes
        neg	paid for express delivery and it took 9 days
        neg	the hotel room smelled of smoke and the sheets were dirty
        neg	this is the third time my order is wrong. fix it
        neg	so many bugs in this game it's unplayable
        neg	my train was cancelled and the replacement bus never showed up
        neg	the price went up again and the quality went down
        neg	disgusted by how they treat their workers
        neg	why is nobody talking about the data breach?? my card got used
        neg	overpriced and underwhelming
        neg	feeling really down today
        neg	the customer service chat bot is useless
        pos	shoutout to the lady at gate 12 who found my lost passport, you're a star
        pos	my new running shoes are so comfy
        pos	thanks @postvigie, parcel arrived a day early!
        pos	the sunset tonight was gorgeous 🌅
        pos	super helpful support team, sorted my issue straight away
        pos	this album is a masterpiece
        pos	we had the best time at the festival this weekend
        pos	I'm so glad I switched to @telcovigie, faster and cheaper
        pos	the new design looks clean, well done
        pos	really enjoyed the documentary last night
        pos	omg this cake is heavenly 🍰
        pos	thank you for the quick refund, much appreciated
        pos	the kids loved the museum, great day out
        pos	brilliant performance from the whole cast
        pos	finally fixed my bike and it rides like new 😎
        pos	love how easy the checkout is now
        pos	easily the comfiest seat I've ever had on a plane
        pos	the nurses at the hospital were incredible with my dad
        neu	does the premium plan include international calls?
        neu	store hours will change starting next monday
        neu	the app update is rolling out in stages this week
        neu	flight AV442 is now boarding at gate 7
        neu	who's going to the conference in Berlin?
        neu	just landed in Paris
        neu	the council meets on Tuesday to discuss the new bus routes
        neu	can I change my delivery address after ordering?
        neu	here's the schedule for tomorrow's matches
        neu	is there parking at the station?
        neu	the new model comes in three colours
        neu	my brother starts his new job tomorrow
        neu	what's the baggage allowance for economy?
        neu	live now on channel 4
        neg	the screen is nice but it cracked after one week
        pos	expensive, but the service was worth it
        neg	I really wanted to like it, but it's just bad
        pos	not cheap but definitely the best coffee around
        neu	it's ok I guess
        neg	the food was fine but we waited over an hour
        pos	they had a problem with my booking but fixed it fast and were really kind
        neg	nice ad, shame the product doesn't work
        """

    static let french = """
        neg	@airvigie 3h de retard et aucune info, inadmissible
        neg	pire service client de ma vie, 45 min d'attente au téléphone 😡
        neg	ma commande est encore arrivée cassée. j'en ai marre de @shopvigie
        neg	l'appli plante à chaque fois que je veux payer, c'est nul
        neg	pas convaincu par la nouvelle mise à jour
        neg	pourquoi ma facture a augmenté de 20€ ce mois-ci ?? personne ne m'a prévenu
        neg	vol annulé, pas d'hôtel, pas de repas. merci pour rien @airvigie
        neg	ce téléphone rame trop, je regrette de l'avoir acheté
        neg	valise perdue et personne au guichet n'est capable de me renseigner :(
        neg	jamais été aussi déçu par un restaurant
        neg	le colis devait arriver lundi. on est vendredi. toujours rien
        neg	ils m'ont débité deux fois le même billet, c'est du vol
        neg	bof, le dernier épisode était un peu ennuyeux
        neg	super, encore un retard. génial. #not
        neg	le service client m'a raccroché au nez. deux fois.
        neg	la batterie tient 2h, argent jeté par les fenêtres
        neg	franchement le pire trajet en train de ma vie
        neg	plus d'internet depuis 3 jours et personne ne répond
        neg	le remboursement promis n'est jamais arrivé, honteux
        neg	cette pub est trop gênante mdr
        neg	nourriture immonde, serveurs désagréables, je ne reviendrai pas
        neg	je déteste les lundis et je déteste ces bouchons
        neg	toutes mes pensées vont aux familles des victimes 💔
        neg	la série est annulée ?? nooon 😭
        neg	@postvigie il est où mon colis, le suivi n'a pas bougé depuis 6 jours
        neg	le nouveau logo est moche, désolé
        neg	pas du tout satisfait de la façon dont ça a été géré
        neg	les plats étaient froids et les frites molles
        neg	je suis furieux, ils ont fermé mon compte sans prévenir
        neg	cette chaleur me tue 🥵
        neg	je m'ennuie à mourir dans cette réunion
        neg	j'en ai ras le bol de ces pubs sur chaque vidéo
        neg	l'action chute de 12% après des résultats décevants
        neg	la queue à la sécurité est interminable, on va rater notre vol
        neg	c'est quoi cette nouvelle interface, je trouve plus rien
        pos	un grand merci à l'équipage du vol AV123, vous avez été géniaux ! ✈️
        pos	je viens de recevoir mon nouveau casque et le son est incroyable 😍
        pos	je kiffe trop le nouveau menu de @cafevigie, le burger végé est une tuerie
        pos	meilleur service client depuis des années, problème réglé en 5 min
        pos	trop fière de ma petite sœur, elle a eu son diplôme aujourd'hui !! 🎓
        pos	le concert d'hier soir était dingue, quelle ambiance
        pos	enfin rentré à la maison après un long voyage :)
        pos	c'est la meilleure pizza de la ville, sans discussion
        pos	bon vendredi à tous ! bon week-end 😊
        pos	waouh la vue depuis le train est magnifique
        pos	@telcovigie a réparé ma connexion en un rien de temps, merci les gars
        pos	vivement la nouvelle saison !!!
        pos	quelle belle surprise, merci @shopvigie 💕
        pos	pas mal du tout pour le prix, plutôt content
        pos	le personnel était super sympa et serviable
        pos	mdr mon chien vient de me voler mon sandwich 😂
        pos	beau match, victoire méritée pour l'équipe à domicile
        pos	je m'attendais pas à grand chose mais c'était vraiment bien
        pos	j'adore cette chanson
        pos	livraison plus rapide que prévu, top
        pos	bonjour soleil ☀️
        pos	mon nouvel ordi est trop rapide, il vaut vraiment le coup
        pos	bravo à toute l'équipe pour le lancement 🎉
        pos	la mise à jour est fluide, rien à redire
        pos	quelle belle journée pour une balade au parc
        pos	ouiii on a eu les billets !!
        pos	merci beaucoup pour votre aide, c'est vraiment apprécié
        pos	ce café c'est exactement ce qu'il me fallait
        pos	l'hôtel nous a surclassés gratuitement, génial
        pos	franchement il est pas mal ce téléphone, l'appareil photo est top
        neu	le magasin ouvre à quelle heure le dimanche ?
        neu	@airvigie faut-il imprimer la carte d'embarquement ou l'appli suffit ?
        neu	nouvel épisode ce soir à 21h
        neu	Le train 6402 à destination de Lyon partira voie 4
        neu	quelqu'un sait si la poste est ouverte demain ?
        neu	L'entreprise publiera ses résultats trimestriels jeudi.
        neu	en route pour l'aéroport
        neu	comment je change l'adresse mail de mon compte ?
        neu	je viens de commander une pizza
        neu	la réunion est décalée à 15h
        neu	La version bleue est-elle disponible en Europe ?
        neu	je regarde le match avec mon père ce soir
        neu	nouvel article : 10 choses à savoir sur la réforme fiscale
        neu	le ministre visitera l'usine lundi
        neu	quelqu'un aurait un chargeur à me prêter ?
        neu	grille tarifaire mise à jour, lien en bio
        neu	en route pour le boulot
        neu	le magasin déménage le mois prochain
        neu	@telcovigie quelle est la différence entre les deux forfaits ?
        neu	je lis le nouveau rapport sur les prix de l'énergie
        neu	rt si vous regardez le débat
        neu	la mise à jour sera disponible pour tous la semaine prochaine
        neu	on part à Montréal le 12
        neu	quels sont les horaires du service client ?
        neu	billets en vente vendredi à 10h
        neg	l'hôtel était joli mais le personnel était désagréable
        pos	le vol avait du retard mais l'équipage était adorable
        pos	je voulais détester mais en fait c'est plutôt bien
        neg	bon appareil photo, mais la batterie c'est une blague
        neu	ni le meilleur ni le pire
        pos	c'est cher mais ça vaut chaque centime
        neg	j'aime pas trop
        pos	aucun problème jusqu'ici avec la nouvelle box
        pos	jamais eu de mauvaise expérience avec eux
        neg	pas terrible le nouveau film
        neg	trois semaines et toujours pas remboursé @shopvigie
        neg	sérieux @telcovigie ma connexion saute toutes les 10 minutes depuis ce soir
        neg	la mise à jour a supprimé toutes mes photos. merci bien
        neg	pire compagnie aérienne. point.
        neg	le personnel au comptoir a été tellement désagréable avec ma mère
        neg	mon colis a été laissé sous la pluie et tout est abîmé
        neg	pourquoi l'appli me déconnecte à chaque fois
        neg	que des excuses de la part d'@airvigie, aucune compensation
        neg	trop dégoûté, tout est parti en 2 minutes
        neg	j'ai payé la livraison express et ça a mis 9 jours
        neg	la chambre sentait la clope et les draps étaient sales
        neg	troisième fois que ma commande est fausse. réglez ça
        neg	tellement de bugs dans ce jeu, injouable
        neg	mon train a été supprimé et le bus de remplacement n'est jamais venu
        neg	le prix augmente encore et la qualité baisse
        neg	écœuré par la façon dont ils traitent leurs employés
        neg	pourquoi personne ne parle de la fuite de données ?? ma carte a été utilisée
        neg	trop cher et décevant
        neg	pas le moral aujourd'hui
        neg	le chatbot du service client ne sert à rien
        pos	merci à la dame de la porte 12 qui a retrouvé mon passeport, vous êtes au top
        pos	mes nouvelles baskets sont trop confortables
        pos	merci @postvigie, colis arrivé avec un jour d'avance !
        pos	le coucher de soleil ce soir était sublime 🌅
        pos	équipe support super efficace, problème réglé tout de suite
        pos	cet album est un chef-d'œuvre
        pos	on a passé un super week-end au festival
        pos	trop contente d'être passée chez @telcovigie, plus rapide et moins cher
        pos	le nouveau design est propre, bien joué
        pos	j'ai beaucoup aimé le documentaire hier soir
        pos	omg ce gâteau est divin 🍰
        pos	merci pour le remboursement rapide, c'est apprécié
        pos	les enfants ont adoré le musée, super journée
        pos	prestation brillante de toute la troupe
        pos	enfin réparé mon vélo et il roule comme neuf 😎
        pos	j'adore la simplicité du paiement maintenant
        pos	de loin le siège le plus confortable que j'ai eu en avion
        pos	les infirmières de l'hôpital ont été formidables avec mon père
        neu	est-ce que le forfait premium inclut les appels à l'international ?
        neu	les horaires du magasin changent à partir de lundi prochain
        neu	la mise à jour de l'appli sera déployée progressivement cette semaine
        neu	embarquement du vol AV442 porte 7
        neu	qui va à la conférence de Berlin ?
        neu	je viens d'atterrir à Paris
        neu	le conseil municipal se réunit mardi pour parler des nouvelles lignes de bus
        neu	je peux changer l'adresse de livraison après la commande ?
        neu	voici le programme des matchs de demain
        neu	il y a un parking à la gare ?
        neu	le nouveau modèle existe en trois couleurs
        neu	mon frère commence son nouveau travail demain
        neu	quelle est la franchise bagages en classe éco ?
        neu	en direct maintenant sur France 4
        neg	l'écran est beau mais il s'est fissuré au bout d'une semaine
        pos	c'est cher, mais le service en valait la peine
        neg	je voulais vraiment aimer, mais c'est juste mauvais
        pos	pas donné mais clairement le meilleur café du coin
        neu	c'est correct je suppose
        neg	la nourriture était correcte mais on a attendu plus d'une heure
        pos	ils ont eu un souci avec ma réservation mais l'ont réglé vite et ont été très gentils
        neg	jolie pub, dommage que le produit ne marche pas
        """

    /// 3-class macro-F1 with the evaluation's thresholds (≥ 0.05 positive, ≤ -0.05 negative).
    static func macroF1(_ set: String, language: String) -> (f1: Double, errors: [String]) {
        var gold: [String] = []
        var predicted: [String] = []
        var errors: [String] = []
        for line in set.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            let score = SentimentAnalyzer.shared.analyze(parts[1], language: language)!.score
            let label = score >= 0.05 ? "pos" : (score <= -0.05 ? "neg" : "neu")
            gold.append(parts[0])
            predicted.append(label)
            if label != parts[0] { errors.append("\(parts[0]) → \(label): \(parts[1])") }
        }
        var total = 0.0
        for label in ["pos", "neu", "neg"] {
            let truePositives = Double(zip(gold, predicted).filter { $0 == label && $1 == label }.count)
            let precision = truePositives / Double(max(1, predicted.filter { $0 == label }.count))
            let recall = truePositives / Double(max(1, gold.filter { $0 == label }.count))
            total += precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }
        return (total / 3, errors)
    }

    @Test(arguments: [("en", english), ("fr", french)])
    func macroF1StaysAboveTheFloor(language: String, set: String) {
        #expect(set.split(separator: "\n").count == 160)
        let (f1, errors) = Self.macroF1(set, language: language)
        // 0.91 (en) and 0.92 (fr) when written; the floor leaves room for a few texts, not for a rule family.
        #expect(f1 >= 0.88, "macro-F1 \(f1) in \(language); misread: \(errors.joined(separator: " | "))")
    }
}
