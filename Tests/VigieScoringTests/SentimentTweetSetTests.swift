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

    /// Set C (2026-11-22, eleventh session): eight smaller sets, each written and labelled before the scorer read it and
    /// measured unseen (README) — everyday tweets (sport, TV, news, plans), customer and everyday mixed, 2020s slang,
    /// 2014-style text-speak, political and news tweets (and, in French only, political tweets in the DEFT style), and
    /// review sentences of films, series, products and restaurants, tweets and reviews mixed —,
    /// then used to find rules and words. Now a regression guard like the others.
    static let englishC = """
        pos	Can't wait for the new season of Stranger Things on Friday!!
        pos	Arsenal smashed it tonight, what a performance from Saka
        neu	Anyone know what time the Apple event starts tomorrow?
        neg	The traffic on the M25 this morning is an absolute nightmare
        pos	Just finished my first half marathon, legs are dead but I'm so proud
        neu	Going to the gym then grocery shopping, then probably Netflix
        neg	Rip to my phone screen, dropped it for the third time this week
        neu	The meeting has been moved to Thursday at 3pm
        pos	This sunset tho 😍
        neg	Why does every app need a subscription now, it's getting ridiculous
        neu	Watching the debate tonight, curious to see what they say about taxes
        pos	Shoutout to the nurse who stayed late with my grandma, you're an angel
        neg	Lost 2-0 at home again. Sack the manager already
        neu	New episode of the podcast is up, link in bio
        pos	My little sister got into her dream uni 🎉🎉
        neg	Another mass shooting. When will this end
        neu	Tesla shares closed at $242 on Tuesday
        pos	Honestly the best pizza I've had in years, go try it
        neg	I'm so tired of being sick, third cold this winter
        neu	Is it worth upgrading from the iPhone 13 to the 15?
        pos	Happy birthday mom, love you to the moon and back ❤️
        neg	The ending of that movie was such a letdown
        neu	Heading to London for the weekend
        neg	my landlord still hasn't fixed the heating and it's freezing
        pos	Beyonce's concert last night was unreal, still buzzing
        neu	The council will vote on the new bike lanes next month
        neg	Can't believe they cancelled the show after one season, so annoyed
        pos	Great turnout at the food bank today, thank you volunteers!
        neu	Reading the new Sally Rooney book, 50 pages in
        neg	This heat is unbearable, 38 degrees and no AC
        pos	Finally got the job!!! Starting Monday 🙌
        neu	Who's playing at Glastonbury this year?
        neg	So disappointed in the referee decisions today, robbed
        neu	Our office is closed on Monday for the bank holiday
        pos	The new Zelda game is a masterpiece, 10/10
        neg	Stuck in the airport for 6 hours, my connection is gone
        neu	Just updated to iOS 17, let's see
        pos	Love how quiet the city is on Sunday mornings
        neg	This is the worst government we've had in decades
        neu	Weather forecast says rain all week
        pos	Had the best time with the girls last night lol
        neg	Why is everything so expensive now, a coffee is £4.50
        neu	Does anyone have a charger I can borrow in the library?
        pos	Congrats to the team on the promotion, well deserved
        neg	I swear this printer hates me
        neu	The match kicks off at 8, BBC One
        pos	That's the cutest dog I've ever seen 🐶
        neg	woke up with a migraine, today is going to suck
        neu	Trying the new Thai place on Main street tonight
        neg	Boring game, both teams looked half asleep
        pos	I love this song so much, on repeat all day
        neu	President to visit Japan next week for trade talks
        neg	My flight got delayed again, this airline is a joke
        pos	Nothing beats a cup of tea and a good book on a rainy day
        neu	Black Friday sales start at midnight
        neg	Ugh, Monday again
        pos	Proud of my students, every single one passed the exam
        neu	How do you guys meal prep for the week?
        neg	Shocking service at the bank, queued for an hour for nothing
        pos	What a goal from Messi, the man is a genius
        neg	not gonna lie, the new menu is a massive downgrade
        pos	my barista remembered my order today, small things make my day ☕
        neu	does the 42 bus still run on sundays?
        neg	3 weeks and still no reply to my email. brilliant.
        pos	the staff at the Leeds store went above and beyond, thank you!
        neu	new phone who dis
        neg	the update deleted all my saved passwords wtf
        pos	binge watched the whole series in one weekend, no regrets
        neu	they're opening a new branch near the station next month
        neg	absolutely gutted we didn't get tickets
        pos	10/10 would recommend this hotel, the view from the room 😍
        neu	reminder: clocks go back tonight
        neg	paid extra for priority boarding and they boarded everyone at once
        pos	proud of how far I've come this year 💪
        neu	just landed in Madrid
        neg	this queue hasn't moved in 20 minutes, I'm losing my mind
        pos	the kids loved the museum, such a fun day out
        neu	what's the wifi password at the airport lounge?
        neg	the customer service chatbot is useless, I just want a human
        pos	the soup was so good I went back for seconds
        neu	the store hours change from monday
        neg	Sorry but that was the most boring talk I've ever sat through
        pos	smooth flight, friendly crew, landed early. can't complain
        neu	my package says out for delivery
        neg	my train was cancelled and the replacement bus never showed up
        pos	finally some sunshine after a week of rain ☀️
        neu	who else is watching the final tonight?
        neg	sick of these ads every 30 seconds
        pos	the new update fixed everything, battery lasts all day now
        neu	I'll be working from home tomorrow
        neg	they charged me for a bag I never checked
        pos	grateful for my friends, honestly
        neu	switching from android to iphone, any tips?
        neg	the hotel photos were clearly taken 20 years ago
        pos	this playlist is pure gold
        neu	the price of the subscription is going up to £12 in January
        neg	I waited all day for the engineer and nobody came
        pos	best decision I ever made was adopting this cat
        neu	back at the office after two weeks off
        neg	my order was missing half the items, again
        pos	this album is fire 🔥
        neg	the sequel was mid at best
        pos	lowkey obsessed with this new cafe
        pos	that outfit? slay
        neg	huge L for the club today
        pos	massive W from the devs with this patch
        neg	this ad gives me the ick
        pos	the food here is bussin no cap
        neg	ngl the service was kinda trash
        pos	he's the goat, no debate
        neg	I'm so done with this airline smh
        pos	omg the new trailer 😭😭 I'm not ok, it's perfect
        neg	ratio + the app still doesn't work
        pos	vibes were immaculate last night
        neg	that referee was sus all game
        neu	who's going to the meetup tmrw?
        neu	brb grabbing coffee
        pos	iconic performance, chills
        neg	yikes, that customer service reply was rough
        pos	based take honestly
        neg	bruh my order is 2 hours late
        neu	ok so what time does it start
        pos	ate and left no crumbs 💅
        neg	it's giving scam
        pos	not me crying at the season finale 😭 so good
        neg	this update is straight garbage
        neu	anyone got the link to the stream?
        pos	highkey the best burger in town
        neg	ugh my phone died again at 40%
        neu	idk what to order tonight
        pos	luv this song sooo much <3
        pos	gr8 night with the gang :D
        neg	my laptop sux, crashed twice today
        pos	haha that video made my day lol
        neg	epic fail at the driving test today :(
        neu	just got home, time for dinner
        pos	yay!!! we won the game!!!
        neg	meh. monday. rain. no coffee.
        pos	w00t finally friday xoxo
        neg	wtf is wrong with people today
        neu	watching the news
        pos	best. day. ever.
        neg	I HATE traffic jams
        pos	can't stop smiling :) :)
        neg	so bored at work ugh
        neu	gonna go for a run later
        pos	omg this cake is heavenly
        neg	feeling sick and tired of everything
        pos	loving the new phone, camera is amazing!
        neg	missed the bus AGAIN
        neu	twitter is down?
        pos	lol my dog is such a goofball
        neg	stupid printer won't print
        pos	thanks everyone for the birthday wishes!! :)
        neg	this weather is depressing
        neu	reading a book about the history of rome
        pos	just saw the funniest movie haha
        neg	broke my phone screen, great start to the week
        neu	heading to the library
        pos	sunshine and ice cream, perfect day
        neg	another broken promise from this government, what a surprise
        neu	the chancellor will be interviewed on the BBC tomorrow at 8
        neg	raising the retirement age again. work more, earn less. cheers
        pos	huge respect to the nurses holding the NHS together 👏
        neu	the bill will be debated in parliament from Monday
        neg	council tax up 8%, the middle class pays again
        pos	incredible speech, finally someone telling the truth
        neg	resign! this minister is a liar
        neu	polls open at 7am tomorrow
        pos	proud of my city for welcoming refugees with dignity
        neg	unemployment is rising again, what a failure
        neu	poll: 52% of voters support the measure
        pos	great day for climate action, we keep going 💚
        neg	it's a disgrace how farmers are being treated
        neu	the debate between the two candidates is on wednesday night
        pos	full support to the teachers striking today
        neg	they really take us for fools with this law
        neu	the march will start at Trafalgar Square at 2pm
        pos	excellent news for students, grants are finally going up
        neg	more cuts to the arts budget, appalling
        neu	the prime minister will speak tonight at 8
        neg	police charged peaceful protesters again, unacceptable
        pos	thank you to all the food bank volunteers
        neu	the bill passed by 312 votes to 205
        neg	same people always paying the price
        pos	a fair law, long overdue. finally!
        neu	who will be the next prime minister?
        neg	the contempt for ordinary people is staggering
        pos	a great man has left us, thank you for everything
        neu	the rail strike will continue until thursday
        pos	A heartbreaking film carried by outstanding performances. I left the cinema in tears.
        neg	Paper-thin plot, flat dialogue, two hours of sheer boredom.
        pos	The first season was promising, the second is even better. Can't wait for more!
        neg	It never clicked for me, the characters are hollow and the plot drags on.
        neu	The film tells the story of a family moving to the countryside after a tragedy.
        pos	Beautiful direction, gorgeous cinematography and a soundtrack that stays with you.
        neg	Such a letdown after a strong first episode, the rest runs out of steam fast.
        pos	Funny, smart and touching, exactly what we needed.
        neg	The special effects are botched and the acting is embarrassingly fake.
        neu	The series has eight fifty-minute episodes and airs on HBO.
        pos	An absolute gem, I recommend it without hesitation.
        neg	Too long, too slow, too predictable. Avoid.
        pos	The cast is perfect and the humour lands in every scene.
        neg	A pointless turkey, I walked out before the end.
        neu	It is an adaptation of a novel published in 2015.
        pos	A complete success, visually and emotionally.
        neg	The story makes no sense and the ending is rushed.
        pos	Had a great time, the kids loved it too.
        neg	Nothing worth saving here, even the music is irritating.
        neu	The director had made two comedies before this one.
        pos	Product as described, fast delivery, very happy.
        neg	Stopped working after a week, very disappointed.
        pos	Great value for money, will buy again.
        neg	Poor quality, the seams are already coming apart.
        neu	I mostly use it at weekends for the garden.
        pos	Easy to install and very quiet, no complaints.
        neg	After-sales service unreachable, would not recommend.
        pos	The restaurant is a little gem, warm welcome and delicious food.
        neg	Lukewarm dishes, rude waiter and a hefty bill.
        neu	The restaurant is open Tuesday to Saturday, evenings only.
        pos	A place I'll keep coming back to, everything was perfect.
        neg	Honestly not great, I expected much better.
        pos	Great actors, gripping plot, the time flies by.
        neg	A mediocre TV movie that doesn't deserve a cinema release.
        neu	The size matches the usual sizing, I took a medium.
        pos	Excellent battery, easily lasts two days.
        neg	The screen is dull and the device gets very hot.
        pos	Laughed from start to finish, a successful comedy.
        neg	Every episode is the same, repetitive and without surprises.
        neu	I watched the film in the original version with subtitles.
        neg	Order arrived incomplete and customer service has been giving me the runaround for ten days
        pos	Honestly blown away by the sound quality for the price
        neu	Has anyone tried the new tram line yet?
        neg	This novel starts well but completely falls apart in the second half
        pos	The kids had a brilliant day at the park, thanks to the staff
        neg	Another subway breakdown, gonna be late for work again
        neu	Parents meeting on Thursday at 6pm
        pos	This little neighbourhood place totally lives up to its reputation
        neg	The delivery fees are a rip-off
        pos	Addictive show, binged it all in three days
        neu	The store will be closed for stocktaking on Monday
        neg	Worst customer experience of my life, never again
        pos	My new bike is a joy to ride
        neg	The sound distorts as soon as you turn it up, disappointing
        neu	Going to try my grandmother's recipe this weekend
        pos	A show full of energy, the whole room was on its feet at the end
        neg	Three hours waiting in A&E and nobody told us anything
        neu	Version 2.3 has been available since this morning
        pos	Lovely welcome and spotless room, we'll be back
        neg	This app is a bloated mess, impossible to find anything
        pos	Such a joy to see this band on stage again after ten years
        neg	The film is deadly dull
        neu	The museum is free on the first Sunday of the month
        pos	Quick and friendly customer service, problem solved in five minutes
        neg	We pay more and more for a service that keeps getting worse
        neu	The 8:12 train will leave from platform B
        pos	Finally a video game that respects its players
        neg	Embarrassing, this ad is mind-numbingly stupid
        neu	It will be 15 degrees tomorrow in Leeds
        pos	This cream saved my skin this winter
        """

    static let frenchC = """
        pos	Vivement vendredi soir, concert de Stromae avec les copains !
        pos	Quel match du PSG hier soir, Mbappé était intenable
        neu	Quelqu'un sait à quelle heure ouvre la mairie le samedi ?
        neg	Les bouchons sur le périph ce matin, c'est l'enfer
        pos	Premier semi-marathon bouclé, je suis mort mais tellement fier
        neu	Ce soir c'est raclette et série sur Netflix
        neg	Mon écran de téléphone est encore cassé, troisième fois cette année
        neu	La réunion est décalée à jeudi 15h
        pos	Ce coucher de soleil sur la plage 😍
        neg	Pourquoi toutes les applis deviennent payantes, ça devient n'importe quoi
        neu	Débat ce soir à 21h sur France 2, on verra ce qu'ils proposent
        pos	Merci à l'infirmière qui est restée avec ma grand-mère, vous êtes un ange
        neg	Encore une défaite à domicile, faut virer l'entraîneur
        neu	Le nouvel épisode du podcast est en ligne
        pos	Ma petite sœur a eu son bac avec mention très bien 🎉
        neg	Encore un féminicide, quand est-ce que ça va s'arrêter
        neu	Le CAC 40 a clôturé en hausse de 0,3 % mardi
        pos	Meilleure pizza de ma vie, foncez !
        neg	J'en ai marre d'être malade, troisième rhume de l'hiver
        neu	Ça vaut le coup de passer à l'iPhone 15 ?
        pos	Joyeux anniversaire maman, je t'aime fort ❤️
        neg	La fin du film était vraiment décevante
        neu	Je pars à Lyon ce week-end
        neg	Mon proprio a toujours pas réparé le chauffage et il fait un froid de canard
        pos	Le concert d'Aya Nakamura hier soir était juste incroyable
        neu	Le conseil municipal votera sur les pistes cyclables le mois prochain
        neg	Ils ont annulé la série après une saison, je suis dégoûté
        pos	Belle mobilisation à la banque alimentaire aujourd'hui, merci aux bénévoles !
        neu	Je lis le dernier Musso, j'en suis à la moitié
        neg	Cette chaleur est insupportable, 38 degrés et pas de clim
        pos	J'ai enfin décroché le poste !!! Je commence lundi 🙌
        neu	Qui joue aux Vieilles Charrues cette année ?
        neg	Arbitrage scandaleux aujourd'hui, on s'est fait voler
        neu	Le bureau sera fermé lundi pour le pont
        pos	Le nouveau Zelda est un chef-d'œuvre, 10/10
        neg	Bloqué à l'aéroport depuis 6 heures, j'ai raté ma correspondance
        neu	Je viens de faire la mise à jour, on verra bien
        pos	J'adore Paris le dimanche matin, c'est tellement calme
        neg	C'est le pire gouvernement depuis des décennies
        neu	Météo France annonce de la pluie toute la semaine
        pos	Trop bonne soirée avec les filles hier mdr
        neg	Tout est devenu hors de prix, 4,50 € le café
        neu	Quelqu'un aurait un chargeur à me prêter à la BU ?
        pos	Bravo à toute l'équipe pour la montée, c'est mérité
        neg	Je te jure cette imprimante me déteste
        neu	Coup d'envoi à 21h sur TF1
        pos	C'est le chien le plus mignon que j'ai jamais vu 🐶
        neg	Réveillée avec une migraine, la journée va être longue
        neu	On teste le nouveau thaï de la rue de la République ce soir
        neg	Match ennuyeux, les deux équipes dormaient
        pos	J'adore cette chanson, je l'écoute en boucle
        neu	Le président se rendra au Japon la semaine prochaine
        neg	Encore un vol retardé, cette compagnie c'est une blague
        pos	Rien de mieux qu'un thé et un bon livre quand il pleut
        neu	Les soldes commencent mercredi
        neg	Pfff lundi déjà
        pos	Fière de mes élèves, ils ont tous eu leur examen
        neu	Vous faites comment pour préparer vos repas de la semaine ?
        neg	Service lamentable à la banque, une heure d'attente pour rien
        pos	Quel but de Griezmann, ce mec est un génie
        neg	franchement la nouvelle carte c'est une grosse régression
        pos	mon barista se souvient de ma commande, ce genre de petites choses ça fait plaisir ☕
        neu	le bus 42 passe toujours le dimanche ?
        neg	3 semaines et toujours aucune réponse à mon mail. bravo.
        pos	l'équipe du magasin de Nantes a été au top, merci !
        neu	nouveau numéro, qui est-ce ?
        neg	la mise à jour a effacé tous mes mots de passe, sérieux ?
        pos	j'ai regardé toute la série en un week-end, aucun regret
        neu	ils ouvrent une nouvelle agence près de la gare le mois prochain
        neg	trop dégoûté de pas avoir eu de places
        pos	je recommande cet hôtel les yeux fermés, la vue depuis la chambre 😍
        neu	rappel : on change d'heure cette nuit
        neg	j'ai payé l'embarquement prioritaire et ils ont fait monter tout le monde en même temps
        pos	fière du chemin parcouru cette année 💪
        neu	je viens d'atterrir à Madrid
        neg	la file n'a pas bougé depuis 20 minutes, je vais craquer
        pos	les enfants ont adoré le musée, super journée
        neu	c'est quoi le code wifi du salon à l'aéroport ?
        neg	le chatbot du service client ne sert à rien, je veux parler à un humain
        pos	la soupe était tellement bonne que j'en ai repris
        neu	les horaires du magasin changent à partir de lundi
        neg	désolé mais c'était la conférence la plus soporifique de ma vie
        pos	vol tranquille, équipage sympa, arrivés en avance, rien à redire
        neu	mon colis est en cours de livraison
        neg	mon train a été supprimé et le bus de remplacement n'est jamais venu
        pos	enfin du soleil après une semaine de pluie ☀️
        neu	qui regarde la finale ce soir ?
        neg	ras le bol de ces pubs toutes les 30 secondes
        pos	la mise à jour a tout réglé, la batterie tient toute la journée
        neu	je serai en télétravail demain
        neg	ils m'ont facturé un bagage que je n'ai jamais enregistré
        pos	reconnaissante d'avoir des amis comme ça
        neu	je passe d'android à iphone, des conseils ?
        neg	les photos de l'hôtel datent clairement d'il y a 20 ans
        pos	cette playlist c'est de l'or
        neu	l'abonnement passe à 12 € en janvier
        neg	j'ai attendu le technicien toute la journée et personne n'est venu
        pos	adopter ce chat, meilleure décision de ma vie
        neu	retour au bureau après deux semaines de congés
        neg	il manquait la moitié de ma commande, encore
        pos	cet album c'est une dinguerie 🔥
        neg	la suite était bof, franchement moyen
        pos	je kiffe grave ce nouveau café
        pos	sa tenue est trop stylée
        neg	grosse défaite pour le club aujourd'hui, la honte
        pos	énorme la mise à jour des devs
        neg	cette pub me saoule
        pos	la bouffe ici c'est de la frappe
        neg	le service était claqué au sol
        pos	c'est le meilleur, y a pas débat
        neg	j'en peux plus de cette compagnie
        pos	la bande-annonce 😭😭 je suis pas prête, c'est parfait
        neg	l'appli marche toujours pas, on se fout de nous
        pos	l'ambiance était de ouf hier soir
        neg	l'arbitre était chelou tout le match
        neu	qui vient au meetup demain ?
        neu	je reviens, je vais chercher un café
        pos	prestation légendaire, j'ai des frissons
        neg	la réponse du service client, quelle honte
        pos	c'est trop chanmé
        neg	wesh ma commande a 2h de retard
        neu	bon ça commence à quelle heure
        pos	elle a tout déchiré 💅
        neg	ça sent l'arnaque à plein nez
        pos	j'ai chialé devant la finale de la saison 😭 trop bien
        neg	cette mise à jour c'est de la merde
        neu	quelqu'un a le lien du stream ?
        pos	le meilleur burger de la ville, sans hésiter
        neg	la flemme, mon tel s'est encore éteint à 40%
        neu	je sais pas quoi commander ce soir
        pos	j'adore cette chanson <3
        pos	super soirée avec les potes :D
        neg	mon ordi est nul, il a planté deux fois aujourd'hui
        pos	mdr cette vidéo m'a tué
        neg	raté le code aujourd'hui :(
        neu	je viens de rentrer, c'est l'heure de manger
        pos	ouais!!! on a gagné le match!!!
        neg	bof. lundi. pluie. pas de café.
        pos	enfin vendredi, bisous
        neg	mais ils ont quoi les gens aujourd'hui sérieux
        neu	je regarde les infos
        pos	meilleure journée de ma vie
        neg	JE DÉTESTE les bouchons
        pos	j'arrête pas de sourire :) :)
        neg	je m'ennuie trop au boulot
        neu	je vais courir tout à l'heure
        pos	ce gâteau est divin
        neg	malade et fatiguée de tout
        pos	je kiffe mon nouveau tel, l'appareil photo est génial !
        neg	encore raté le bus
        neu	twitter est en panne ?
        pos	ptdr mon chien est trop con
        neg	cette imprimante de merde veut pas imprimer
        pos	merci à tous pour les messages d'anniversaire !! :)
        neg	ce temps est déprimant
        neu	je lis un livre sur l'histoire de Rome
        pos	je viens de voir le film le plus drôle haha
        neg	écran de tel cassé, super début de semaine
        neu	je vais à la bibliothèque
        pos	soleil et glace, journée parfaite
        neg	encore une promesse non tenue, on a l'habitude avec ce gouvernement
        neu	le ministre de l'économie sera l'invité de France Inter demain à 8h
        neg	#réforme des retraites : travailler plus pour gagner moins, merci patron
        pos	bravo aux soignants qui tiennent l'hôpital à bout de bras 👏
        neu	la réforme sera examinée à l'Assemblée à partir de lundi
        neg	hausse des impôts locaux de 8 %, les classes moyennes encore une fois à la caisse
        pos	magnifique discours, enfin quelqu'un qui parle vrai
        neg	démission ! ce ministre est un menteur
        neu	#municipales : le second tour aura lieu le 28 juin
        pos	fier de ma ville qui a accueilli les réfugiés avec dignité
        neg	le chômage repart à la hausse, quel échec
        neu	sondage : 52 % des Français favorables à la mesure
        pos	belle victoire pour l'écologie aujourd'hui, on lâche rien 💚
        neg	c'est une honte de traiter les agriculteurs comme ça
        neu	le débat entre les deux candidats aura lieu mercredi soir
        pos	soutien total aux enseignants mobilisés aujourd'hui
        neg	ils nous prennent vraiment pour des idiots avec cette loi
        neu	la manifestation partira de la place de la République à 14h
        pos	excellente nouvelle pour les étudiants, les bourses augmentent enfin
        neg	encore des coupes dans le budget de la culture, consternant
        neu	le président s'exprimera ce soir à 20h
        neg	la police a encore chargé des manifestants pacifiques, inadmissible
        pos	merci à tous les bénévoles des Restos du cœur
        neu	le texte a été adopté par 312 voix contre 205
        neg	toujours les mêmes qui trinquent
        pos	une loi juste et attendue depuis longtemps, enfin !
        neu	qui sera le prochain premier ministre ?
        neg	quel mépris pour les citoyens
        pos	un grand homme nous a quittés, merci pour tout Robert Badinter
        neu	la grève SNCF est reconduite jusqu'à jeudi
        neu	#Macron en déplacement à Marseille ce jeudi http://t.co/abc123
        neg	#Macron le président des riches, toujours aussi déconnecté
        neu	Nouvelle réforme de l'assurance chômage : ce qui change au 1er avril via @lemondefr
        neg	Les députés se sont augmentés pendant qu'on galère, bande de rapaces
        pos	Très beau geste de solidarité des supporters ce soir 👏👏
        neu	Conférence de presse du gouvernement à 11h, à suivre en direct
        neg	Franchement ce débat était d'une nullité affligeante
        pos	Enfin une bonne nouvelle pour le pouvoir d'achat !
        neg	On nous ment depuis le début sur cette affaire #scandale
        neu	@BFMTV combien de manifestants aujourd'hui à Paris ?
        pos	Respect à ce maire qui a tenu tête aux lobbies
        neg	La vie est de plus en plus chère et les salaires ne suivent pas
        neu	Le Conseil constitutionnel rendra sa décision vendredi
        pos	Quel bonheur de voir autant de jeunes voter aujourd'hui
        neg	Ras-le-bol de ces politiciens qui ne pensent qu'à leur carrière
        neu	Les résultats du premier tour sont attendus vers 20h
        neg	Encore un 49.3, la démocratie en prend un coup
        pos	Superbe initiative de la mairie pour les sans-abri cet hiver
        neg	Personne n'écoute les infirmières, et après on s'étonne qu'elles partent
        neu	Le projet de loi sera présenté en conseil des ministres mercredi
        pos	J'ai voté pour la première fois, trop fière !
        neg	Ce gouvernement méprise les services publics
        neu	Retrouvez l'intégralité de l'interview sur notre site
        pos	Belle leçon de dignité de la part des familles des victimes
        neg	Augmentation du prix de l'électricité de 10 %, c'est du vol
        neu	Les négociations reprennent lundi entre syndicats et patronat
        neg	Le niveau du débat public est tombé bien bas
        pos	Merci aux pompiers pour leur courage face aux incendies
        neg	Ils ferment encore une maternité près de chez moi, c'est dramatique
        neu	Qui a regardé l'émission politique hier soir ?
        pos	Cette loi va enfin protéger les locataires, c'est une avancée
        neg	Quelle mascarade ce remaniement
        neu	La ministre a annoncé un plan de 2 milliards d'euros
        neg	Toujours pas de médecin dans notre village depuis deux ans
        pos	Fier de notre équipe de France, quelle cohésion !
        neu	Le taux de participation à 17h est de 45 %
        neg	Les promesses de campagne, ça n'engage que ceux qui y croient
        pos	Excellente intervention de la députée, claire et précise
        neg	C'est lamentable de voir des élus s'insulter à l'Assemblée
        neu	Débat sur l'immigration ce soir sur France 2
        pos	Un film bouleversant, porté par des acteurs exceptionnels. Je suis sorti de la salle les larmes aux yeux.
        neg	Scénario cousu de fil blanc, dialogues plats, on s'ennuie ferme pendant deux heures.
        pos	La première saison était prometteuse, la deuxième est encore meilleure. Vivement la suite !
        neg	Je n'ai pas accroché du tout, les personnages sont creux et l'intrigue tire en longueur.
        neu	Le film raconte l'histoire d'une famille qui s'installe à la campagne après un drame.
        pos	Une mise en scène soignée, une photographie magnifique et une bande originale qui reste en tête.
        neg	Quelle déception après un premier épisode pourtant réussi, la suite s'essouffle très vite.
        pos	Drôle, intelligent et touchant, exactement ce dont on avait besoin.
        neg	Les effets spéciaux sont ratés et le jeu des acteurs est d'une fausseté gênante.
        neu	La série compte huit épisodes de cinquante minutes, diffusés sur Canal+.
        pos	Un vrai coup de cœur, je le recommande sans hésiter.
        neg	Trop long, trop lent, trop prévisible. À éviter.
        pos	Le casting est parfait et l'humour fait mouche à chaque scène.
        neg	Un navet sans intérêt, j'ai quitté la salle avant la fin.
        neu	Il s'agit de l'adaptation d'un roman paru en 2015.
        pos	Une réussite totale, aussi bien visuellement qu'émotionnellement.
        neg	L'histoire ne tient pas debout et la fin est bâclée.
        pos	J'ai passé un excellent moment, les enfants ont adoré aussi.
        neg	Rien à sauver dans ce film, même la musique est agaçante.
        neu	Le réalisateur avait déjà signé deux comédies avant celle-ci.
        pos	Produit conforme à la description, livraison rapide, je suis ravie.
        neg	Le produit a cessé de fonctionner au bout d'une semaine, très déçu.
        pos	Très bon rapport qualité-prix, je rachèterai sans hésiter.
        neg	La qualité n'est pas au rendez-vous, les coutures se défont déjà.
        neu	Je l'utilise principalement le week-end pour le jardin.
        pos	Facile à installer et très silencieux, rien à redire.
        neg	Service après-vente injoignable, je ne recommande pas.
        pos	Le restaurant est une petite merveille, accueil chaleureux et plats délicieux.
        neg	Plats tièdes, serveur désagréable et addition salée.
        neu	Le restaurant est ouvert du mardi au samedi, uniquement le soir.
        pos	Une adresse que je garde précieusement, tout était parfait.
        neg	Franchement pas terrible, je m'attendais à beaucoup mieux.
        pos	Acteurs au top, scénario haletant, on ne voit pas le temps passer.
        neg	Un téléfilm médiocre qui ne mérite pas sa sortie en salle.
        neu	La taille correspond à la taille habituelle, j'ai pris un M.
        pos	Batterie excellente, elle tient facilement deux jours.
        neg	L'écran est terne et l'appareil chauffe beaucoup.
        pos	On rit du début à la fin, une comédie réussie.
        neg	Les épisodes se suivent et se ressemblent, c'est répétitif et sans surprise.
        neu	J'ai regardé le film en version originale sous-titrée.
        neg	Commande reçue incomplète, et le service client me balade depuis dix jours
        pos	Franchement bluffée par la qualité du son pour ce prix
        neu	Quelqu'un a testé la nouvelle ligne de tram ?
        neg	Ce roman commence bien mais s'effondre complètement dans la deuxième moitié
        pos	Les enfants ont passé une journée géniale au parc, merci aux animateurs
        neg	Encore une panne de métro, je vais arriver en retard au boulot
        neu	Réunion des parents d'élèves jeudi à 18h
        pos	Ce petit resto de quartier mérite largement sa réputation
        neg	Les frais de livraison sont abusés
        pos	Série addictive, j'ai tout enchaîné en trois jours
        neu	Le magasin sera fermé pour inventaire lundi
        neg	La pire expérience client de ma vie, plus jamais
        pos	Mon nouveau vélo est un bonheur à conduire
        neg	Le son est saturé dès qu'on monte le volume, décevant
        neu	Je vais essayer la recette de ma grand-mère ce week-end
        pos	Un spectacle plein d'énergie, la salle était debout à la fin
        neg	Trois heures d'attente aux urgences, personne ne nous a informés
        neu	La mise à jour 2.3 est disponible depuis ce matin
        pos	Accueil adorable et chambre impeccable, on reviendra
        neg	Cette appli est une usine à gaz, impossible de trouver quoi que ce soit
        pos	Quel plaisir de retrouver ce groupe sur scène après dix ans
        neg	Le film est d'un ennui mortel
        neu	Le musée propose une entrée gratuite le premier dimanche du mois
        pos	Service client réactif et sympa, problème réglé en cinq minutes
        neg	On paie de plus en plus cher pour un service de moins en moins bon
        neu	Le train de 8h12 partira de la voie B
        pos	Enfin un jeu vidéo qui respecte ses joueurs
        neg	J'ai honte pour eux, cette pub est d'une bêtise affligeante
        neu	Il fera 15 degrés demain à Lyon
        pos	Cette crème a sauvé ma peau cet hiver
        """

    /// Set D (2026-11-22, fifteenth session): everyday and customer tweets, 59 English and 70 French, written and labelled
    /// before the scorer read them — unseen, English 0.62 and French 0.96 (README) —, then used to find words and three
    /// rules (negation across a list closed by "or", tears of joy, questions asking for information), and 25 questions
    /// written to try the last one (the last 15 English and 10 French). Its English keeps misses no rule mends: neutral
    /// questions and news read through a strong word (`free`, `best`, `crash`), sarcasm without a marker.
    static let englishD = """
        neg	the staff were not friendly, helpful or polite
        neg	so done with this airline smh
        neg	two weeks and still no refund, this is a joke
        neg	my package says delivered but it's nowhere to be found
        neg	lowkey annoyed that they changed the app again
        neg	this update is trash
        neg	ngl the new menu kinda sucks
        neg	they really said "we value your feedback" and then ignored me lol
        neg	been waiting 40 mins for a reply
        neg	charged for a bag I never checked
        neg	yikes, that interview was painful to watch
        neg	the app logged me out for the 5th time today
        neg	avoid this company at all costs
        neg	nothing works on this website
        neg	I want my money back
        neg	flight delayed again, missed my connection
        neg	why does it take 3 weeks to process a return
        neg	this is the third time my order has been wrong
        neg	no one at the counter, no one on the phone, great service guys
        neg	I'm literally crying, they lost my wedding dress
        neg	the worst part is nobody even apologized
        neg	ugh, rain again
        neg	can't log in, can't reset my password, can't reach anyone
        neg	what a mess at the airport today
        neg	absolute joke of a company
        pos	I'm crying this is so beautiful 😭😭
        pos	omg I love her so much 😭
        pos	not gonna lie, this was a great experience
        pos	shoutout to the driver who waited for me 🙏
        pos	slay 💅
        pos	this slaps
        pos	obsessed with my new shoes
        pos	10/10 would fly again
        pos	highly recommend
        pos	the new feature is a game changer
        pos	can't stop listening to this album
        pos	smooth check-in, friendly crew, on time. perfect
        pos	you guys rock
        pos	it's not perfect but I'm happy with it
        pos	big thanks to @postvigie for finding my parcel
        pos	no issues at all, arrived early
        pos	that was lit 🔥🔥
        pos	I was skeptical but it actually works great
        pos	dinner was on point
        pos	the goat 🐐
        neu	is the store open on bank holidays?
        neu	flight AV 221 now boarding at gate 12
        neu	how do I change my delivery address?
        neu	the company will announce results on thursday
        neu	anyone flying to dublin tomorrow?
        neu	new blog post: five tips for packing light
        neu	I'm at the station
        neu	the meeting has been moved to 3pm
        neu	does the app work offline?
        neu	free shipping on orders over $50 this week
        neu	the minister will leave office in january
        neu	a tragedy in three acts, the play opens friday
        neu	the CEO is leaving the company after 10 years
        neu	Police investigate crash on M4
        neu	can anyone recommend a good dentist in Leeds?
        pos	who else is excited for the finale tonight?
        neu	is the new update worth installing?
        neu	does the hotel have a pool?
        neg	is it just me or is the new layout awful?
        neu	what's the best way to get to the airport from downtown?
        pos	does anyone else love this song as much as I do?
        neu	any good restaurants near the station?
        neg	is anyone else's app crashing?
        neu	when does the sale start?
        neg	how is this even legal? charging for seat selection now
        neu	which plan is better for a family of four?
        neu	is the museum free on sundays?
        neg	why is my package stuck in customs for 2 weeks?
        pos	how good was that match last night?!
        """

    static let frenchD = """
        neg	Franchement j'en ai marre de ces retards à répétition
        neg	c'est chiant de devoir rappeler 10 fois le service client
        neg	trop relou cette appli, elle plante tout le temps
        neg	je suis dégoûté, le match est reporté
        neg	j'suis vénère, toujours pas de remboursement
        neg	la hess avec ce train qui n'arrive jamais
        neg	sérieux c'est quoi ce délire, 3h d'attente ???
        neg	ça craint grave ce nouveau forfait
        neg	je kiffe pas du tout la nouvelle version
        neg	j'ai galéré toute la matinée avec leur site
        neg	pfff encore en panne
        neg	aucune réponse depuis une semaine, bravo le suivi...
        neg	le colis est arrivé éclaté, merci la poste
        neg	on se fout de nous là
        neg	c'est une honte de traiter les clients comme ça
        neg	je déconseille fortement cette compagnie
        neg	le pire service client de l'histoire
        neg	ils m'ont raccroché au nez, incroyable
        neg	déçue de ma commande, rien ne correspond aux photos
        neg	tjrs pas reçu mon colis, c abusé
        neg	ras le bol des grèves
        neg	mon vol annulé sans aucune explication 😤
        neg	quelle galère ce matin dans le métro
        neg	je regrette vraiment d'avoir pris cet abonnement
        neg	nul à chier ce film
        neg	jamais plus je prends ce train
        neg	ni excuses ni dédommagement, lamentable
        neg	ça me saoule ces pubs avant chaque vidéo
        neg	les frais cachés c'est de l'arnaque
        neg	bon bah encore 45 min de retard hein
        pos	trop bien ce concert hier soir 😍
        pos	je kiffe grave la nouvelle appli
        pos	merci à l'équipe pour votre réactivité, top !
        pos	service client au top, problème réglé en 5 min
        pos	c'était ouf ce spectacle
        pos	franchement rien à redire, livraison rapide
        pos	trop contente de mon nouveau téléphone
        pos	je recommande les yeux fermés
        pos	un grand bravo aux équipes
        pos	vivement les vacances ☀️
        pos	c'est pas mal du tout pour le prix
        pos	excellente soirée entre amis, merci !
        pos	le personnel était adorable
        pos	j'adore cette série, vivement la saison 2
        pos	enfin arrivé à destination, super vol 👍
        pos	pas déçu du tout, au contraire
        pos	mdr trop drôle cette vidéo
        pos	trop fière de ma sœur 🥰
        pos	vraiment bluffé par la qualité de l'image
        pos	une pépite ce petit resto
        pos	ça fait plaisir de voir ça
        pos	quel match de fou, bravo les bleus
        pos	impeccable comme toujours
        pos	génial, le colis est arrivé avec un jour d'avance
        pos	bonne année à tous 🎉
        neu	quelqu'un sait à quelle heure ouvre la boutique demain ?
        neu	@sncf mon train de 18h est-il maintenu ?
        neu	nouveau numéro du podcast disponible ce soir
        neu	le conseil municipal se réunira jeudi à 19h
        neu	je prends le train pour Lyon demain matin
        neu	quel est le délai de livraison pour la Belgique ?
        neu	la réunion est décalée à 15h
        neu	le magasin sera fermé lundi pour inventaire
        neu	résultats du tirage au sort annoncés vendredi
        neu	comment on change son adresse de livraison ?
        neu	la ministre s'exprimera demain sur France Inter
        neu	il pleut à Paris ce matin
        neu	les inscriptions ouvrent le 3 mars
        neu	vous livrez le dimanche ?
        neu	je suis dans le bus
        neu	quelqu'un connaît un bon garagiste sur Nantes ?
        neu	est-ce que l'hôtel a une piscine ?
        neu	c'est quoi le meilleur moyen d'aller à l'aéroport ?
        neg	c'est moi ou la nouvelle appli est horrible ?
        neu	quand commencent les soldes ?
        neu	quel forfait est le mieux pour une famille ?
        neu	le musée est gratuit le dimanche ?
        pos	qui a hâte de voir la finale ce soir ?
        neu	est-ce que la mise à jour vaut le coup ?
        neg	pourquoi mon colis est bloqué en douane depuis 2 semaines ?
        """

    /// Set E (sixteenth session): everyday personal tweets — moods, days, plans, small joys and annoyances — written and
    /// labelled before scoring; 0.86 unseen (macro-F1), 0.97 after the rules and words it showed.
    static let englishE = """
        pos	finally friday!! weekend here I come :D
        neg	my head is killing me, worst migraine ever
        neu	heading to the gym then groceries
        pos	just had the best burrito of my life
        neg	ugh my phone died in the middle of the call
        pos	lol my dog just sneezed on my face haha
        neg	can't sleep again... 3am and wide awake
        neu	anyone know what time the parade starts tomorrow?
        pos	@jenny_b happy birthday girl!! hope it's a good one <3
        neg	missed the bus by like 10 seconds. great start to the day
        neg	so tired of this rain :(
        pos	watching the sunset from the roof, not a bad way to end the day
        neu	new episode drops at 9pm eastern
        neg	I hate mondays so much
        pos	got the job!!!!! 🎉🎉
        neg	my flight got cancelled and now I'm stuck in Denver
        neu	Reading chapter 4 tonight for class
        pos	thanks for the follow! :)
        neg	that movie was a total waste of two hours
        pos	this song has been on repeat all day, obsessed
        neg	sick in bed with the flu, send soup
        neu	the meeting got moved to thursday
        pos	omg yes!! tickets booked for the concert
        neg	lost my wallet somewhere downtown. fml
        pos	coffee and a good book, perfect sunday
        neg	traffic is insane today, been sitting here 45 min
        neu	just landed in chicago
        pos	@mike_t haha you're hilarious man
        neg	why is everyone so rude today
        pos	can't wait to see you guys this weekend!!
        neg	my laptop froze and I lost the whole essay
        neu	does anyone have a charger I can borrow
        pos	So proud of my little sister, she graduated today
        neg	the game last night was embarrassing, we got destroyed
        neu	it's supposed to snow on tuesday
        pos	Best. Day. Ever.
        neg	meh. kinda boring party
        pos	that was fun, let's do it again soon
        neg	I miss summer already :(
        neu	going to visit my grandparents this weekend
        pos	nailed my presentation today 💪
        neg	stupid printer never works when I need it
        pos	love this weather ☀️
        neg	my team lost again smh
        neu	who's watching the debate tonight?
        pos	new haircut and I'm loving it
        neg	stuck at work till 10 again. kill me
        pos	aww that's so sweet of you
        neg	worst customer service I've ever dealt with
        neu	updating my phone, brb
        pos	yay pizza night!
        neg	broke my toe on the coffee table. ouch
        neu	The store closes at 8 on weekdays
        pos	you made my day, thank you!!
        neg	nobody showed up to my party lol :(
        pos	hahaha I can't stop laughing at this
        neg	feeling really lonely tonight
        neu	Just finished my shift
        pos	this is the cutest puppy I've ever seen
        neg	my ex is at the same party. awkward
        pos	Good morning everyone! have a great day
        neg	the wifi here is terrible
        neu	off to bed, early flight tomorrow
        pos	that's awesome news, congrats!
        neg	why does my code never work on the first try
        pos	woohoo! 5k personal best this morning
        neg	I'm so over this week
        neu	livestream starts in 10 minutes
        pos	so grateful for my friends right now
        neg	my car got towed. seriously?!
        pos	dinner was amazing, thanks mom
        neg	exams tomorrow and I haven't studied at all, I'm doomed
        neu	Watching the news
        pos	lmao this thread is gold
        neg	that ending ruined the whole show for me
        pos	spring is finally here 🌸
        neg	waiting in line at the DMV for 2 hours. kill me now
        neu	we're out of milk
        pos	had a great time at the game tonight!
        neg	I feel like crap today
        pos	this app is actually pretty useful
        neg	nothing is going right today
        """

    /// Set E in French: everyday life and politics; 0.92 unseen, 0.98 after.
    static let frenchE = """
        neg	encore une grève à la SNCF, j'en peux plus
        pos	trop contente de mon nouvel appart 😍
        neu	le conseil des ministres se réunit demain à 10h
        neg	ce gouvernement se fout de nous
        pos	magnifique discours ce soir, bravo
        neg	les prix à la pompe c'est du vol
        neu	quelqu'un sait si la poste est ouverte le samedi ?
        pos	merci à tous pour vos messages, ça me touche beaucoup
        neg	quelle honte ce débat, aucun niveau
        neg	j'ai raté mon train, journée pourrie
        pos	vivement les vacances !!
        neu	réunion à 14h salle B
        neg	la réforme des retraites va encore passer en force
        pos	enfin une bonne nouvelle pour l'emploi
        neg	marre de ces bouchons tous les matins
        pos	le match était incroyable, quelle ambiance
        neu	le candidat présentera son programme jeudi
        neg	toujours pas reçu mon colis, c'est n'importe quoi
        pos	super soirée avec les copains hier
        neg	j'ai la crève, trop malade
        neu	les résultats seront publiés lundi
        pos	j'adore ce nouveau resto, à tester absolument
        neg	encore un mensonge du ministre
        neg	c'est triste de voir ce que devient ce pays
        pos	belle victoire des bleus ce soir 🇫🇷
        neu	je prends le train de 18h
        neg	la vidéo est nulle, j'ai perdu 10 minutes
        pos	trop hâte de voir le film ce week-end
        neg	personne ne répond au service client, c'est scandaleux
        neu	interview du premier ministre ce soir sur France 2
        pos	merci pour cette super journée 🙏
        neg	ras le bol des pubs partout
        pos	cette série est une pépite
        neg	franchement déçu par le dernier album
        neu	le sommet européen commence demain à Bruxelles
        pos	bon courage à tous pour le bac !
        neg	je suis dégoûtée, ils ont annulé le concert
        pos	haha t'es trop drôle
        neg	grosse flemme d'aller bosser
        neu	on se retrouve devant la gare ?
        pos	un grand merci aux pompiers pour leur travail
        neg	ce temps pourri me déprime
        pos	ça fait plaisir de vous revoir !
        neg	bravo la police, encore une bavure
        neu	le projet de loi sera examiné au Sénat la semaine prochaine
        pos	très bonne idée, je suis pour
        neg	ils ont encore augmenté les impôts, génial...
        pos	joyeux anniversaire ma belle ❤️
        neg	j'ai horreur des gens qui doublent dans la file
        neu	la conférence de presse est prévue à 11h
        """

    /// Set F (sixteenth session): tweets about brands, shows, sport and events, half of them news — names such as `Star
    /// Wars` and `Taylor Swift` — written and labelled before scoring; 0.86 unseen, 0.96 after.
    static let englishF = """
        neu	Apple will unveil the new iPhone on September 12th in Cupertino
        pos	Can't wait for the Apple event tomorrow, hoping for a new MacBook!
        neu	Manchester United play Chelsea on Sunday at 4pm
        pos	What a goal by Rashford last night! United look unstoppable
        neg	Chelsea were awful again today, sack the manager
        neu	The new Star Wars trailer drops Friday
        pos	Just saw the new Star Wars trailer and I have chills
        neu	Taylor Swift announces 3 more dates for her tour in May
        pos	Taylor Swift tickets secured!! best day of my life
        neg	Ticketmaster fees are a scam, $80 in fees for one ticket
        neu	Microsoft reports quarterly earnings on Tuesday after the bell
        neg	Windows update broke my printer again, thanks Microsoft
        neu	Google is testing a new search layout in some countries
        neg	Google maps sent me down a closed road, 30 minutes lost
        neu	Samsung's Galaxy event is set for August 9 in Seoul
        pos	loving my new Galaxy, the camera is insane
        neu	Netflix is raising prices in the US starting next month
        neg	Netflix raising prices again while cancelling every good show
        neu	The Oscars will be hosted by Jimmy Kimmel this year
        pos	Kimmel hosting the Oscars again, he was great last time
        neu	Tesla to open a new factory in Mexico
        neg	my Tesla has been in the shop for 3 weeks, no updates from service
        neu	Amazon Prime Day starts July 11
        pos	Scored a great deal on headphones on Prime Day
        neg	Amazon delivered my package to the wrong house. again.
        neu	The Lakers signed a two-year deal with the veteran guard
        pos	LeBron is still the best player in the league, don't @ me
        neg	the Lakers defense tonight was embarrassing
        neu	Election day is November 5th, polls open at 7am
        neg	the debate was a disaster for both candidates
        neu	Starbucks will bring back the pumpkin spice latte on August 24
        pos	pumpkin spice latte season is back, happiest girl alive
        neu	Spotify Wrapped comes out tomorrow
        pos	my Spotify Wrapped is a whole mood, no regrets
        neu	Nintendo confirms the new Zelda for spring
        pos	the new Zelda is a masterpiece, 100 hours in and still hooked
        neg	Switch joycons drifting again, this is ridiculous
        neu	Uber is launching a new feature for teen accounts
        neg	Uber charged me twice for the same ride and support is useless
        neu	Twitter is changing how verification works
        neg	this app gets worse with every update
        neu	Game of Thrones prequel premieres on HBO on Sunday
        pos	that finale was incredible, I'm still shaking
        neg	worst season finale ever, what were the writers thinking
        neu	The iPhone 15 will use USB-C
        neu	Disney+ now has 150 million subscribers
        pos	Disney+ finally added my favorite show, happy sunday
        neu	Pixel 8 pre-orders open October 4
        neg	Pixel battery life is a joke, dead by 3pm
        neu	Wimbledon final is on Sunday, Alcaraz vs Djokovic
        pos	Alcaraz is so fun to watch, the future of tennis
        """

    /// Set F in French: 0.76 unseen, 0.83 after.
    static let frenchF = """
        neu	Apple présentera le nouvel iPhone le 12 septembre
        pos	trop hâte de voir la keynote Apple demain !
        neu	Le PSG affronte l'OM dimanche à 20h45
        pos	quel but de Mbappé hier soir, incroyable
        neg	le PSG a été nul ce soir, comme d'habitude
        neu	La bande-annonce du nouveau Star Wars sort vendredi
        neu	Netflix augmente ses prix en France le mois prochain
        neg	Netflix augmente encore ses prix et supprime les bonnes séries
        neu	Le Tour de France passera par Lyon le 14 juillet
        pos	superbe étape du Tour aujourd'hui, quel spectacle
        neu	Orange annonce une coupure réseau programmée cette nuit
        neg	encore une coupure chez Orange, 3e fois cette semaine
        neu	Amazon livre désormais le dimanche à Paris
        neg	Amazon a livré mon colis chez le voisin, encore
        neu	Les soldes d'été commencent le 26 juin
        pos	j'ai trouvé des pépites aux soldes aujourd'hui
        neu	Le gouvernement présente le budget mercredi
        neg	ce budget est une catastrophe pour les classes moyennes
        neu	L'élection aura lieu le 9 juin
        neg	débat lamentable hier soir, aucun des deux n'était à la hauteur
        neu	Free lance une nouvelle box en octobre
        pos	la nouvelle box Free est top, installation en 10 minutes
        neg	service client Free injoignable depuis 3 jours
        neu	Le festival de Cannes s'ouvre mardi
        pos	quel beau film, la palme est méritée
        neu	La SNCF modifie ses horaires à partir de décembre
        neg	TGV en retard de 2h sans explication, merci la SNCF
        neu	Spotify sort une nouvelle fonctionnalité de playlists
        pos	mon récap Spotify me fait trop rire
        neu	La finale de Roland-Garros aura lieu dimanche
        """

    /// Set G (sixteenth session): French tweets of everyday life and politics, with Twitter's abbreviations (`jpp`,
    /// `tkt`, `osef`) and political idioms (`belles paroles`, `usine à gaz`); 0.68 unseen, 0.87 after.
    static let frenchG = """
        neg	jpp de ce prof il nous donne 3 contrôles la même semaine
        pos	c trop stylé ce que t'as fait
        neg	ça me saoule ces travaux sous ma fenêtre depuis 7h
        pos	tkt ça va bien se passer 😘
        neg	il est relou lui à toujours couper la parole
        neu	osef de qui a gagné, on sort à quelle heure ?
        pos	mdr t'es un génie
        neg	chelou cette histoire, j'y crois pas du tout
        pos	ouf, j'ai eu mon permis !!!
        neg	je suis vénère, on m'a volé mon vélo
        neu	jsuis dans le métro j'arrive dans 10 min
        pos	trop bien la soirée d'hier, on remet ça quand vous voulez
        neg	#COP21 encore des belles paroles et rien de concret
        neu	#COP21 les négociations reprennent ce matin au Bourget
        pos	accord historique à Paris sur le climat, enfin !
        neg	les politiques parlent du climat et prennent l'avion pour 200 km
        neg	Hollande a encore fait une promesse qu'il ne tiendra pas
        neu	Macron sera à Marseille jeudi pour un déplacement
        neg	cette émission c'est du grand n'importe quoi
        pos	gros respect à cette infirmière qui a sauvé le bébé
        neg	j'ai passé 2h au téléphone avec la CAF pour rien
        pos	meilleur concert de ma vie, merci Stromae ❤️
        neg	pfff lundi déjà
        pos	le soleil est de retour, ça fait du bien
        neg	ils auraient pu prévenir que le magasin était fermé
        neu	qui vient au ciné ce soir ?
        pos	j'ai kiffé le dernier épisode
        neg	j'ai pas kiffé du tout la fin de la série
        neg	quelle bande de bras cassés à la mairie
        pos	cette meuf chante comme une déesse
        neg	encore un lundi sans métro, merci la RATP
        neu	le match est diffusé sur Canal+ à 21h
        pos	trop content de retrouver ma famille pour Noël
        neg	ça sent le sapin pour le gouvernement
        neg	les loyers à Paris c'est de la folie
        pos	franchement chapeau à l'équipe, vous avez assuré
        neg	je comprends rien à cette nouvelle loi, c'est une usine à gaz
        neu	la réunion publique se tiendra à la salle des fêtes
        pos	vive les vacances 🌞
        neg	j'ai la haine, mon train est supprimé
        """

    /// Set H (sixteenth session): English tweets in the style of sentiment sets — emoticons, slang, capitals,
    /// elongations; 0.79 unseen, 0.90 after.
    static let englishH = """
        pos	OMG this is SO good!!! :D
        neg	ugh, hate when people don't text back :/
        pos	soooo excited for tonight!!!
        neg	not feeling great today, might stay home
        pos	not bad at all for a first try :)
        neg	this is NOT ok
        pos	had sooo much fun w/ u guys <3
        neg	my phone screen cracked AGAIN. why me
        neu	@sarah_k what time is it there?
        pos	yesss we won!!!
        neg	can't believe they cancelled my favorite show >:(
        pos	u r the best xoxo
        neg	that was the most boring lecture ever zzz
        pos	Thank you SO much for the birthday wishes everyone!!
        neg	I'm sick of being sick
        pos	wow, didn't expect that to be so good
        neg	nope. not doing this today.
        pos	heck yeah! first paycheck!
        neg	feeling kinda blah today
        pos	mmm fresh cookies 🍪
        neg	grr my internet keeps dropping
        pos	thx for the help, ur a lifesaver
        neg	I didn't like it at all, way too long
        pos	not gonna lie, that was pretty epic
        neg	worst. service. ever.
        neu	brb gotta walk the dog
        pos	what a beautiful morning :)
        neg	so disappointed in you right now
        pos	YES YES YES!!!
        neg	that's not funny at all
        pos	couldn't be happier with how it turned out
        neg	I can't stand this heat anymore
        pos	gonna be a great weekend ;)
        neg	my cat knocked my coffee over. again. -_-
        pos	best pizza in town, hands down
        neg	no one cares about my opinion anyway
        pos	awww u remembered! <3
        neg	tired. stressed. hungry.
        pos	smiling like an idiot right now :D
        neg	i'm literally so done with this semester
        neu	going to the library, text me if u need anything
        pos	you're gonna love this!!
        neg	nobody asked for this update
        pos	this made my whole week
        neg	lonely sunday :(
        pos	killing it today 💯
        neg	wtf is wrong with people
        pos	nothing beats a lazy sunday morning
        neg	I regret eating that whole pizza
        pos	dreams do come true!!
        """

    /// Set I (sixteenth session): English tweets of news, sport and life; 0.75 unseen, 0.95 after.
    static let englishI = """
        neg	The referee ruined the match tonight, absolute disgrace
        pos	Incredible comeback by the Bulls in the 4th quarter!
        neu	Kickoff is at 3pm, who's streaming it?
        neg	Another mass shooting. When will this end
        pos	So happy to see the community come together after the storm
        neu	The city council votes on the new bike lanes tonight
        neg	gas prices are out of control
        pos	Finally finished my first marathon, legs are dead but worth it
        neg	the new tax plan is a disaster for small businesses
        neu	Stocks closed flat on Wednesday
        pos	the new album is fire, every track slaps
        neg	this heatwave is unbearable, no AC in my apartment
        neu	NASA will launch the rover next month
        pos	the launch was beautiful, goosebumps watching it
        neg	I'm honestly scared about what happens next
        pos	my grandma turned 90 today and she's still sharp as ever
        neg	my flight home got delayed 5 hours, missing christmas eve
        neu	Schools will be closed Monday due to snow
        pos	snow day tomorrow!! no school
        neg	the ending of that book made me so angry
        pos	such a wholesome video, made me smile
        neg	can't believe how rude the cashier was
        neu	traffic on I-95 is backed up near exit 12
        pos	got upgraded to first class, feeling fancy
        neg	the hospital lost my mom's test results. twice.
        pos	this little café is a hidden gem
        neg	the show got cancelled after one season, so unfair
        neu	the new season premieres in October
        pos	proud of this team no matter what
        neg	lost again. this season is a nightmare
        neu	What's everyone doing for Thanksgiving?
        pos	Thanksgiving with the whole family, feeling blessed
        neg	my landlord still hasn't fixed the heating
        pos	shoutout to the nurse who stayed late to help us
        neg	the concert was oversold and we couldn't see anything
        neu	I'll be at the conference in Austin next week
        pos	great panel today, learned a ton
        neg	why do airlines keep losing bags
        pos	brilliant performance from the whole cast
        neg	sad to hear about the factory closing, 400 jobs gone
        """

    /// Set J (sixteenth session): English customer tweets to brands, a third of them questions; 0.63 unseen, 0.90 after.
    static let englishJ = """
        neu	@skyvigie hi, can I change the name on my booking?
        neg	@skyvigie 2 hours on hold and the line just went dead
        pos	@skyvigie your crew on flight 212 were amazing with my kids, thank you
        neu	@telcovigie what's the best plan for someone who travels a lot?
        neg	@telcovigie my bill doubled and nobody can tell me why
        pos	@telcovigie signal's been rock solid since the upgrade 👌
        neu	@postvigie how long does a parcel to Canada usually take?
        neg	@postvigie the tracking has said "out for delivery" for 3 days
        pos	@postvigie package arrived early and well packed, cheers
        neu	does anyone know if @shopvigie ships to Ireland?
        neg	ordered a blue jacket, got a pink one. @shopvigie sort it out
        pos	@shopvigie customer service sorted my return in 5 minutes, impressed
        neu	is the free trial still available?
        neg	cancelled my subscription months ago and they're still charging me
        pos	just switched to @telcovigie and the speed difference is unreal
        neg	@bankvigie app down again on payday, classic
        neu	@bankvigie how do I order a new card?
        pos	@bankvigie thanks for refunding the fraud so fast, really appreciate it
        neg	the chatbot keeps sending me in circles, I just want a human
        neu	what time does the store open on sundays?
        neg	item arrived broken and the box was soaking wet
        pos	ten years with @carvigie and never had a single problem
        neg	@carvigie recall notice on my car, great, another week without it
        neu	@carvigie where's the nearest service center to Leeds?
        pos	the new update fixed the battery drain, finally!
        neg	this is the third replacement and it's faulty too
        neu	looking for a good budget laptop, any suggestions?
        pos	best purchase I made this year honestly
        neg	they promised a callback within 24h, it's been a week
        neu	@skyvigie do you allow pets in the cabin?
        """

    /// Set K (sixteenth session): French customer tweets to brands (trains, post, telecoms, an airline); 0.83 unseen, 0.97
    /// after.
    static let frenchK = """
        neg	@SNCF 3e train supprimé cette semaine, on fait comment pour aller bosser ?
        neu	@SNCF bonjour, est-ce que je peux échanger mon billet en ligne ?
        pos	@SNCF contrôleur super sympa sur le Paris-Lyon, merci à lui
        neg	@laposte colis marqué livré mais jamais reçu, personne ne répond
        neu	@laposte combien de temps pour un colis vers la Belgique ?
        pos	@laposte colis reçu en 24h, bien emballé, rien à dire
        neg	@Orange encore une coupure de fibre, 4e fois ce mois-ci
        neu	@Orange comment je fais pour changer mon offre ?
        pos	@Orange technicien au top, réparé en 20 minutes
        neg	@AirVigie vol retardé de 5h et pas un verre d'eau
        pos	@AirVigie équipage adorable avec ma fille qui avait peur, merci
        neu	@AirVigie les bagages cabine sont limités à combien de kilos ?
        neg	ça fait 3 semaines que j'attends mon remboursement
        neg	service client aux abonnés absents depuis lundi
        pos	franchement rien à redire, livraison rapide et produit conforme
        neg	produit arrivé cassé et on me demande de payer le retour
        neu	vous livrez le samedi ?
        pos	super accueil en boutique, vendeuse très pro
        neg	on m'a raccroché au nez deux fois, bravo le service client
        neu	je cherche un bon forfait sans engagement, des conseils ?
        neg	l'appli plante à chaque mise à jour, c'est pénible
        pos	depuis que je suis chez vous aucun souci, je recommande
        neg	toujours pas de nouvelles de ma réclamation
        neu	est-ce que la carte fonctionne à l'étranger ?
        pos	merci pour le geste commercial, c'est appréciable
        neg	facturé deux fois pour la même commande, je veux un remboursement
        neg	ils m'ont promis un rappel sous 48h, j'attends toujours
        pos	commande reçue en avance, impeccable
        neg	la hotline te balade de service en service
        neu	à quelle heure ferme l'agence le samedi ?
        """

    /// Set L (seventeenth session): English tweets to airlines — delays, lost bags, questions, thanks — with the
    /// artefacts of scraped airline tweets ("Cancelled Flightled", "Late Flightr"); 0.89 unseen, 0.95 after.
    static let englishL = """
        neg	@united 3 hours on the tarmac and still no word from the crew
        neg	@AmericanAir my flight got Cancelled Flightled and nobody at the gate knows anything
        neu	@JetBlue what's the baggage fee for a second checked bag on domestic flights?
        pos	@SouthwestAir the crew on 1423 was amazing, made a long day so much better
        neg	@united you lost my luggage twice this month. twice.
        neu	@delta is there a way to change my seat after check-in?
        neg	@USAirways been on hold for 2 hours, this is ridiculous
        pos	@VirginAmerica love the new mood lighting, feels like a nightclub in the sky
        neg	@AmericanAir missed my connection because of your delay and now I'm stuck in Dallas overnight
        neu	@SouthwestAir when do you release the schedule for June?
        neg	@united your app keeps crashing when I try to check in
        pos	@JetBlue thanks for getting me home early, you guys rock
        neg	@delta 45 minutes waiting for bags at baggage claim. every single time.
        neu	@united flying to Denver tomorrow, anything I should know about the weather?
        neg	@USAirways Late Flightr again. third time this week
        pos	@SouthwestAir shoutout to Maria at the Phoenix desk for fixing my reservation
        neg	@AmericanAir charged me $200 to change a flight you delayed. make it make sense
        neu	@JetBlue do you fly direct from Boston to Austin?
        neg	@united the seat doesn't recline and the tv doesn't work. great flight
        pos	@VirginAmerica best flight attendants in the business, hands down
        neg	@delta rebooked me on a flight that leaves 9 hours later. no apology, no voucher
        neu	@SouthwestAir can I bring my guitar as a carry on?
        neg	@united why is it impossible to reach a human on your customer service line
        pos	@JetBlue free wifi and snacks, this is how flying should be
        neg	@USAirways flight attendant was so rude to my elderly mother
        neu	@AmericanAir DM'd you my confirmation number
        neg	@united stuck on the plane at the gate for an hour because there's no one to drive the jet bridge
        pos	@SouthwestAir got a free upgrade on my birthday! made my day
        neg	@delta where is my refund? it's been 6 weeks
        neu	@VirginAmerica are you adding more flights to Seattle this summer?
        neg	@AmericanAir worst airline experience of my life
        pos	@united gate agent in Newark went above and beyond to get us on the last flight, thank you
        neg	@JetBlue 2 hour delay and the only update is "we'll let you know"
        neu	@USAirways what terminal do you use at LaGuardia?
        neg	@SouthwestAir my bag came back with a broken handle and a hole in it
        pos	@delta smooth flight, early arrival, friendly crew. no complaints
        neg	@united you overbooked and then offered $100 to give up my seat. no thanks
        neu	@AmericanAir is the Admirals Club at DFW open 24 hours?
        neg	@VirginAmerica the website won't let me select seats and nobody answers the phone
        pos	@JetBlue appreciate the quick response, all sorted now
        neg	@USAirways I've been trying to get through for 3 days. 3 days.
        neu	@southwestair How early should I get to the airport for an international flight?
        neg	@united thanks for nothing
        pos	@AmericanAir the new planes are really nice, comfy seats
        neg	@delta flight delayed, then cancelled, then rebooked for Monday. I have work tomorrow
        neu	@JetBlue flight 720 still on time?
        neg	@united not a single email about the gate change. almost missed it
        pos	@SouthwestAir you guys are the best, seriously
        neg	@AmericanAir still waiting on a callback that was promised 2 days ago
        neu	@VirginAmerica just booked my flight to LA for next month
        pos	@united finally home. thanks to the crew for keeping everyone calm during the storm
        neg	@USAirways customer service is a joke
        neu	@delta do I need to print my boarding pass or is the app enough?
        neg	@JetBlue the plane smelled like a bathroom for 5 hours
        pos	@SouthwestAir love that bags fly free
        neg	@AmericanAir now you're telling me my bag is in Chicago? I'm in Miami
        neu	@united changing planes in Houston, how long is the layover usually?
        neg	@delta this is the third time my flight has been delayed this month
        pos	@VirginAmerica you made flying fun again
        neg	@united I want a refund, not a voucher
        """

    /// Set M: French tweets to trains, post, telecoms and an airline; 0.83 unseen, 0.93 after.
    static let frenchM = """
        neg	@SNCF 45 minutes de retard et aucune annonce dans le train
        neu	@SNCF le TER de 8h12 circule aujourd'hui ?
        neg	@AirFrance valise perdue depuis 5 jours et personne ne répond
        pos	@AirFrance équipage au top sur le Paris-Montréal, merci !
        neg	@Orange toujours pas de fibre après 3 rendez-vous annulés
        neu	@Free comment je change le mot de passe de ma freebox ?
        neg	@laposte colis marqué livré mais je n'ai rien reçu
        pos	@laposte merci au facteur qui a monté le colis jusqu'au 5e
        neg	@SNCF train supprimé, remboursement refusé, merci pour rien
        neu	@RATPgroup la ligne 13 est-elle perturbée ce matin ?
        neg	@Free 3 jours sans internet et le service client me raccroche au nez
        pos	@Orange technicien super sympa et efficace, problème réglé en 10 minutes
        neg	@SNCF on est bloqués en pleine voie depuis une heure sans clim
        neu	@AirFrance est-ce que je peux prendre un bagage cabine supplémentaire ?
        neg	@Bouygues facture de 80€ au lieu de 30, je comprends rien
        pos	@SNCF le TGV était pile à l'heure, ça fait plaisir
        neg	@RATPgroup encore un métro bondé, c'est plus possible
        neu	@laposte combien de temps pour une lettre recommandée vers la Belgique ?
        neg	@AirFrance vol annulé la veille au soir, aucune solution proposée
        pos	@Free merci pour la réactivité sur Twitter, c'est réparé
        neg	@SNCF franchement vous abusez, 3e retard de la semaine
        neu	@Orange vous avez une boutique à Lyon Part-Dieu ?
        neg	@laposte le suivi n'a pas bougé depuis dix jours
        pos	@AirFrance surclassée gratuitement, trop contente !
        neg	@Free ça fait un mois que j'attends mon remboursement
        neu	@SNCF je voyage avec un vélo, il faut réserver ?
        neg	@Bouygues réseau inexistant dans mon quartier depuis des semaines
        pos	@RATPgroup bravo aux agents de Châtelet qui ont aidé une dame en fauteuil
        neg	@SNCF contrôleur désagréable, je paie mon billet pour me faire parler comme ça
        neu	@AirFrance le vol AF1234 part de quel terminal ?
        neg	@Orange quatre heures d'attente au téléphone pour rien
        pos	@laposte colis arrivé en 24h, impeccable
        neg	@Free la box redémarre toute seule toutes les heures
        neu	@SNCF les billets pour cet été sont en vente quand ?
        neg	@AirFrance siège cassé, écran en panne, repas froid. 12h de vol
        pos	@SNCF accueil très agréable en gare de Bordeaux, merci
        neg	@RATPgroup grève encore, on fait comment pour aller bosser
        neu	@Bouygues je voudrais résilier mon forfait, quelle démarche ?
        neg	@laposte livreur passé sans sonner, avis de passage déjà rempli
        pos	@Orange enfin la fibre ! le débit est incroyable
        """

    /// Set N: English tweets in the style of SemEval's — shows, sport, music, products, politics, many of them neutral
    /// news with names and dates; 0.83 unseen, 0.98 after.
    static let englishN = """
        pos	Can't wait to see the Foo Fighters at Wembley on Saturday!!
        neu	Apple will unveil the new iPhone on September 10th according to reports
        neg	Lakers lost again smh. this season is a disaster
        neu	Watching the Chelsea game at the pub with the lads
        pos	Just finished Breaking Bad season 4. Best show ever made, no debate
        neu	Obama to speak in Denver tomorrow about the economy
        neg	Why does my iPhone battery die at 40% every time it gets cold
        pos	Going to Disneyland tomorrow with my little sister, she's so excited
        neu	The new Star Wars trailer drops on Monday at 9am
        neg	Missed the bus AND it's raining. Monday at its finest
        pos	Shoutout to my mom for making the best lasagna on the planet
        neu	Anyone know if Target is open on Thanksgiving?
        neg	Samsung's customer support had me on the phone for an hour and fixed nothing
        neu	Kanye West is performing at the Grammys on Sunday
        pos	Finally got tickets for Beyonce in May!!! screaming
        neg	Honestly the new Facebook layout is confusing as hell
        neu	Reading the new Stephen King book on the train
        pos	Sunday brunch with my best friends is the only therapy I need
        neg	My flight to Chicago got cancelled, stuck at JFK overnight
        neu	The Patriots play the Jets on Thursday night
        pos	Ed Sheeran's new album is on repeat, every song is a bop
        neg	Can't believe they killed off my favorite character. I'm done with this show
        neu	Netflix is raising its prices again next month
        pos	Happy birthday to the best brother anyone could ask for
        neg	This heat is unbearable, it's 100 degrees in my apartment
        neu	Heading to Austin for SXSW next week
        pos	The Hunger Games was even better than the book, go see it
        neg	Microsoft Word just crashed and I lost 3 pages of my essay
        neu	Google is testing a new search layout in the US
        pos	Nothing beats a cold beer after a long day at work
        neg	Another school shooting. When will this end
        neu	Is anyone else going to the Arsenal match on the 5th?
        pos	Taylor Swift was incredible last night, best concert of my life
        neg	Verizon has the worst coverage in this town, zero bars
        neu	David Cameron meets Merkel in Berlin on Friday
        pos	Woke up to snow, perfect day for hot chocolate and movies
        neg	Nobody texted me happy birthday. cool.
        neu	The Super Bowl halftime show lineup was announced today
        pos	My dog learned to shake hands today and I'm so proud
        neg	Stuck in traffic for 2 hours on the 405. kill me
        neu	Tesla's earnings call is scheduled for Wednesday after the market closes
        pos	Walking Dead tonight, let's gooo
        neg	I hate when people spoil the ending of a movie
        neu	Trying the new Chipotle sofritas tomorrow
        pos	Got my first paycheck today, treating myself to sushi
        neg	Romney's comments about the 47% were disgusting
        neu	Black Friday sales start at midnight at Walmart
        pos	Messi with another hat trick, the man is unreal
        neg	My Xbox got the red ring of death. again.
        neu	Spotify now lets you share playlists on Instagram
        pos	Had the best time at Coachella this weekend
        neg	Ugh, the new season of Glee is so bad
        neu	The Hobbit comes out on DVD in March
        pos	So blessed to have such amazing people in my life
        neg	Lost my wallet on the subway. worst day
        neu	Nike is releasing the new Jordans on Saturday morning
        pos	Just watched Frozen with my niece, we sang every song lol
        neg	Why is Comcast always down when I need it most
        neu	The Oscars nominations come out on Tuesday
        neg	Really disappointed in the ending of How I Met Your Mother
        """

    /// Set O: French everyday, political and sport tweets; 0.82 unseen, 0.95 after.
    static let frenchO = """
        neg	Encore une hausse du prix de l'essence, on va finir à pied
        neu	Le conseil des ministres se réunit mercredi à l'Élysée
        pos	Trop hâte d'être en vacances la semaine prochaine !!
        neg	Ce gouvernement nous prend vraiment pour des idiots
        neu	Macron sera à Marseille jeudi pour parler de sécurité
        pos	Le PSG s'impose 3-0, quel match de Mbappé
        neg	J'ai raté mon train de 2 minutes, la journée commence bien
        neu	La réforme des retraites sera votée au Sénat la semaine prochaine
        pos	Soirée raclette avec les copains, que demander de plus
        neg	Mon téléphone vient de tomber dans les toilettes. génial.
        neu	Quelqu'un sait si les magasins sont ouverts le 15 août ?
        pos	Le nouveau film de Dupontel est une pépite, foncez
        neg	Deux heures de bouchons sur le périph, j'en peux plus
        neu	Le Tour de France passe par chez moi demain
        pos	Premier jour dans mon nouveau boulot et l'équipe est géniale
        neg	Les urgences saturées, 8 heures d'attente avec mon fils
        neu	Je regarde le débat ce soir sur France 2
        pos	Merci à tous pour vos messages d'anniversaire, ça me touche
        neg	Cette série a complètement perdu son charme depuis la saison 3
        neu	Les résultats du bac seront publiés le 4 juillet
        pos	Enfin le week-end, grasse mat' demain
        neg	Marre de ces politiques qui promettent tout et ne font rien
        neu	L'OM affronte Lyon dimanche soir au Vélodrome
        pos	Ma fille a eu son permis du premier coup, trop fière d'elle
        neg	Le wifi de l'hôtel est une catastrophe
        neu	Nouvelle exposition au Louvre à partir de mars
        pos	Ce concert d'Angèle hier soir, magique
        neg	Encore un féminicide, combien faudra-t-il de mortes
        neu	Il va pleuvoir tout le week-end sur la Bretagne
        pos	Les croissants de ma boulangerie sont les meilleurs de Paris, je maintiens
        neg	Mon vol est retardé de 4h, je vais rater ma correspondance
        neu	Qui regarde le match de rugby ce soir ?
        pos	Journée au soleil à la plage, le bonheur
        neg	Les loyers à Paris c'est du grand n'importe quoi
        neu	Le nouveau iPhone sort le 22 septembre en France
        pos	Bravo aux Bleues pour cette qualification historique
        neg	J'ai attendu le bus 40 minutes sous la pluie pour qu'il passe plein
        neu	Je pars à Lyon demain pour le boulot
        pos	Petit dej au lit, mon copain est un amour
        neg	C'est honteux de laisser des gens dormir dehors par ce froid
        """

    /// Set P (seventeenth session): short French reviews of films, books, products, restaurants and hotels, with
    /// lukewarm verdicts (`sans plus`, `ni plus ni moins`); 0.81 unseen, 0.89 after.
    static let frenchReviewsP = """
        pos	Très bon film, les acteurs sont justes et le scénario tient en haleine jusqu'au bout.
        neg	Je me suis ennuyé du début à la fin, deux heures de ma vie que je ne récupérerai jamais.
        neu	Un film correct sans plus, on passe un moment mais on l'oublie vite.
        pos	Produit conforme à la description, livraison rapide, je recommande ce vendeur.
        neg	La coque s'est fendue au bout d'une semaine, qualité médiocre pour le prix.
        pos	Restaurant au top, accueil chaleureux et plats copieux, on reviendra.
        neg	Service d'une lenteur incroyable et plats tièdes, on ne nous reverra pas.
        neu	Livré dans les temps. Je n'ai pas encore eu l'occasion de le tester.
        pos	Un roman bouleversant que j'ai lu d'une traite, je le conseille à tous.
        neg	Scénario prévisible, dialogues creux, une vraie déception vu la bande-annonce.
        pos	Hôtel très propre, personnel aux petits soins, petit-déjeuner excellent.
        neg	Chambre sale, bruit toute la nuit et la clim ne marchait pas. À fuir.
        neu	L'aspirateur fait le job, ni plus ni moins. Un peu bruyant mais efficace.
        pos	Enfin un casque confortable qui tient la charge toute la journée.
        neg	Batterie qui ne tient pas deux heures, j'ai demandé le remboursement.
        pos	Les enfants ont adoré, les parents aussi, un dessin animé plein d'humour.
        neg	Acheté il y a trois mois et déjà en panne, le SAV ne répond pas.
        neu	La taille correspond, la couleur est un peu plus foncée que sur la photo.
        pos	Rapport qualité-prix imbattable, je rachèterai sans hésiter.
        neg	Le pire film de l'année, je suis parti avant la fin.
        pos	Mise en scène magnifique et une bande originale qui donne des frissons.
        neg	Les piles étaient vides et la notice est incompréhensible.
        neu	Film en VOST uniquement, à savoir avant de réserver.
        pos	Cuisine savoureuse, produits frais, le chef est venu nous saluer. Parfait.
        neg	Le colis est arrivé abîmé et il manquait des pièces.
        pos	Application simple et intuitive, exactement ce que je cherchais.
        neg	Depuis la dernière mise à jour l'appli est inutilisable, elle plante sans arrêt.
        neu	Je l'utilise surtout pour le travail, il fait ce qu'on lui demande.
        pos	Le meilleur burger que j'ai mangé depuis longtemps, et les frites maison sont top.
        neg	Trop sucré, trop cher, et la portion est ridicule.
        pos	Une série addictive, j'ai tout regardé en un week-end.
        neg	Les personnages sont caricaturaux et l'histoire n'avance pas.
        neu	Reçu aujourd'hui, premières impressions plutôt neutres, à voir sur la durée.
        pos	Chaussures très confortables dès le premier jour, aucune ampoule.
        neg	Taille beaucoup trop petit, et le retour est payant. Décevant.
        pos	Vue splendide depuis la terrasse, un séjour inoubliable.
        neg	Accueil glacial, on a eu l'impression de déranger.
        neu	Le livre est arrivé avec une semaine de retard mais en bon état.
        pos	Bonne surprise, je ne m'attendais pas à un film aussi drôle.
        neg	Ça ne vaut pas son prix, il y a bien mieux ailleurs.
        """

    /// Set Q: short English reviews of the same kinds; 0.69 unseen (idioms: `couldn't put it down`, `zero stars`,
    /// `nothing like the pictures`, `I wanted to like it`), 0.87 after.
    static let englishReviewsQ = """
        pos	Great little hotel, spotless rooms and the staff couldn't do enough for us.
        neg	The room smelled of smoke and the shower was lukewarm at best. Won't be back.
        neu	Decent app. Does what it says, nothing more.
        pos	Best pizza in town, the crust is perfect and the owner is lovely.
        neg	Waited 50 minutes for cold food and a waiter who couldn't care less.
        pos	Bought these for my husband and he hasn't taken them off since. Super comfy.
        neg	Stopped charging after two weeks. Returned it.
        neu	Arrived on time. Haven't had a chance to use it yet.
        pos	This book kept me up until 3am, couldn't put it down.
        neg	Predictable plot and cardboard characters. I wanted to like it.
        pos	Easy to set up, the picture quality is stunning for the price.
        neg	The app logs me out every single time I close it. Fix this please.
        neu	Fits as expected. The color is slightly darker than in the photos.
        pos	Our guide was funny and knew everything about the city. Highly recommend this tour.
        neg	Overpriced and underwhelming. The portions were tiny.
        pos	Kids loved it, we loved it, already planning our next visit.
        neg	Customer service promised a replacement that never came.
        neu	It's a phone case. It protects the phone.
        pos	Finally a vacuum that actually picks up dog hair!
        neg	The battery barely lasts half a day, very disappointed.
        pos	Gorgeous views and the breakfast buffet was amazing.
        neg	Paint started peeling after the first wash.
        neu	Works with the older model too, but you need the adapter.
        pos	Five stars, would buy again in a heartbeat.
        neg	Worst purchase I've made this year. Complete waste of money.
        pos	The sequel is even better than the first one.
        neg	Too loud to have a conversation and the music was awful.
        neu	Took about a week to arrive. Packaging was fine.
        pos	Such a cozy spot, the coffee is excellent and the staff remember your name.
        neg	It broke the first time I dropped it. Not sturdy at all.
        pos	Does exactly what I needed and the battery lasts forever.
        neg	Room was nothing like the pictures. Tiny, dark and dated.
        neu	I use it mainly for email and browsing.
        pos	Absolutely love this blender, smoothies in seconds.
        neg	Instructions were useless and two screws were missing.
        pos	Surprisingly good for such a cheap price.
        neg	Boring. I fell asleep halfway through.
        neu	Size runs small, order one up.
        pos	The staff went out of their way to make our anniversary special.
        neg	Would give zero stars if I could.
        """

    /// Set R: more short English reviews (earbuds, films, restaurants, apps, toys); 0.75 unseen (`my back pain is gone`,
    /// `flimsy`, `overheats`, `cash grab`, `took forever`, `based on a true story`), 0.97 after.
    static let englishReviewsR = """
        pos	Sound quality is crisp and the bass is punchy. Very happy with this purchase.
        neg	The left earbud stopped working after a month. Cheaply made.
        neu	Comes with a USB-C cable but no wall adapter.
        pos	This movie had me laughing from start to finish.
        neg	Two hours I'll never get back. The plot made no sense.
        neu	The film is based on a true story from the 1970s.
        pos	Our server was attentive and the steak was cooked to perfection.
        neg	Found a hair in my soup and the manager just shrugged.
        neu	They only take cash, so bring some.
        pos	Setup took five minutes and it has worked flawlessly since.
        neg	Constant buffering and the remote is unresponsive half the time.
        neu	I bought it to replace my old one, which lasted six years.
        pos	The characters are so well written, I miss them already.
        neg	The ending was rushed and ruined the whole book for me.
        neu	This is the second book in the series.
        pos	Worth every penny. My back pain is gone.
        neg	Smaller than expected and feels flimsy.
        neu	The box says it's for ages 8 and up.
        pos	Hands down the best customer service I've ever dealt with.
        neg	Charged my card twice and still no response from support.
        neu	The app asks for your location when you open it.
        pos	Beautiful design and the battery easily lasts two days.
        neg	It overheats after 20 minutes of gaming.
        neu	Available in black, white and blue.
        pos	Love the new update, much faster than before.
        neg	The new update ruined the app. Bring back the old version.
        neu	You need an account to use most features.
        pos	Super fast delivery and the item was exactly as pictured.
        neg	The zipper broke on the first trip. Not impressed.
        neu	I ordered a medium based on the size chart.
        pos	Amazing acting, gorgeous cinematography, a must-see.
        neg	Felt like a cheap cash grab with none of the charm of the original.
        neu	Runs on two AA batteries, not included.
        pos	Cozy atmosphere, great cocktails, we'll definitely be back.
        neg	The food took forever and was bland when it finally arrived.
        neu	Parking is on the street only.
        pos	My daughter hasn't stopped playing with it since Christmas.
        neg	Don't waste your money, it fell apart in a week.
        neu	Haven't tried the night mode yet.
        pos	A solid upgrade from my previous model, no regrets.
        """

    /// Set S: more French reviews (films in the style of spectators' reviews, objects, restaurants, hotels, apps,
    /// games); 0.75 unseen (`une claque visuelle`, `crève l'écran`, `aux petits oignons`, `addition salée`), 1.00 after.
    static let frenchReviewsS = """
        pos	Un chef-d'œuvre. La photographie est sublime et la musique de Desplat accompagne parfaitement le récit.
        neg	On s'ennuie ferme. Les deux heures paraissent en durer quatre.
        neu	Adaptation du roman de Zola, tournée en partie en Normandie.
        pos	Drôle, tendre et intelligent. On en ressort le sourire aux lèvres.
        neg	Un navet de plus dans la filmographie de ce réalisateur.
        pos	Les acteurs sont bluffants, surtout la gamine qui crève l'écran.
        neg	Le scénario est cousu de fil blanc et la fin est bâclée.
        neu	Sortie prévue en salles le 12 octobre.
        pos	Une claque visuelle comme on en voit rarement.
        neg	Je n'ai pas ri une seule fois, c'est dire.
        pos	Casque reçu hier, le son est top et la réduction de bruit fonctionne très bien.
        neg	Au bout de deux lavages le pull est plein de bouloches.
        neu	Le modèle taille normalement, prenez votre taille habituelle.
        pos	Très satisfaite de ma commande, je n'hésiterai pas à recommander.
        neg	L'écran s'est rayé dès la première semaine malgré la protection.
        pos	Aucun problème depuis six mois, il fait parfaitement le travail.
        neg	Odeur de plastique insupportable à l'ouverture du carton.
        neu	Produit reçu, pas encore monté.
        pos	Un livre qui se dévore, j'ai hâte de lire la suite.
        neg	Style lourd, personnages sans relief, j'ai abandonné à la moitié.
        pos	Une adresse à retenir, le dessert au chocolat est une tuerie.
        neg	Addition salée pour des plats sans saveur.
        neu	Le restaurant est fermé le lundi et le mardi midi.
        pos	Accueil adorable, on s'est sentis comme à la maison.
        neg	Une heure d'attente pour une pizza brûlée. Plus jamais.
        pos	Le personnel de l'hôtel a été aux petits oignons avec nous.
        neg	La piscine était fermée tout le séjour sans qu'on nous prévienne.
        neu	L'hôtel se trouve à 10 minutes à pied de la gare.
        pos	Literie de qualité, on a dormi comme des bébés.
        neg	Les photos sont trompeuses, la chambre est minuscule.
        pos	Appli pratique pour suivre mes dépenses, je ne peux plus m'en passer.
        neg	Impossible de me connecter depuis la mise à jour.
        neu	L'appli demande l'accès à la caméra pour scanner les tickets.
        pos	Jeu magnifique, j'y ai passé des dizaines d'heures sans me lasser.
        neg	Trop de bugs et des temps de chargement interminables.
        neu	Le jeu est disponible sur PC et consoles.
        pos	Franchement bluffé par la qualité pour ce prix.
        neg	Ça ressemble à une arnaque, le produit n'a rien à voir avec la photo.
        neu	Livré avec deux piles et un mode d'emploi en français.
        pos	Un vrai coup de cœur, je l'offre à toutes mes amies.
        """

    /// Set T: English personal tweets (moods, days, small wins and mishaps, irony of the `love that for me` kind);
    /// 0.72 unseen, 0.98 after.
    static let englishT = """
        neg	woke up with a migraine, perfect start to my birthday
        pos	finally finished my thesis!!! time to sleep for a week
        neu	heading to the dentist at 3
        neg	my phone died at 12% again. love that for me
        pos	my grandma just learned how to facetime and it's the cutest thing
        neg	nothing worse than stepping on a lego at 2am
        neu	does anyone know a good plumber in Leeds?
        pos	first coffee of the day hits different
        neg	they cancelled my favourite show after one season, I'm devastated
        neu	new episode tonight at 9
        pos	got the job!!!!! I can't believe it
        neg	it's been raining for 6 days straight, I'm losing my mind
        neu	I have a meeting at 10 and another at 2
        pos	the sunset tonight was unreal
        neg	my landlord wants to raise the rent again. cool cool cool
        neu	just ordered pizza
        pos	nothing like a long walk with the dog to clear your head
        neg	I studied all night and still failed the exam
        pos	my little brother graduated today, so proud of him
        neg	the wifi in this cafe is slower than a snail
        neu	watching the election results come in
        pos	this playlist is keeping me alive during finals
        neg	why do I always get sick right before vacation
        neu	my train is at 7:45 tomorrow
        pos	the new Pixar movie made me cry happy tears
        neg	three hours of meetings that could have been an email
        neu	moving to Berlin next month
        pos	date night was perfect, I'm a lucky girl
        neg	burnt the toast, spilled the coffee, missed the bus. great morning
        neu	currently at the airport waiting for my flight
        pos	my plants finally have new leaves, I'm a proud plant mom
        neg	my ex just liked my photo from 2016. no thank you
        neu	the store closes at 8 on sundays
        pos	nailed my presentation today
        neg	can't believe how rude that cashier was
        neu	anyone watching the game tonight?
        pos	snow day!!! no school
        neg	I miss summer so much it hurts
        neu	changing my profile picture
        pos	best nap of my life
        """

    /// Set U: more English personal tweets, written to check set T's 0.72; 0.80 unseen, 0.95 after.
    static let englishU = """
        neg	ugh my alarm didn't go off and I was late for work
        pos	just booked flights to Japan!!! dream come true
        neu	what time does the parade start tomorrow
        neg	my cat knocked my coffee onto my laptop. today is cancelled
        pos	lazy sunday with pancakes and cartoons, couldn't ask for more
        neg	I hate group projects so much
        neu	going grocery shopping later, need anything?
        pos	my best friend is coming home for christmas
        neg	another monday, another headache
        neu	the meeting got moved to thursday
        pos	passed my driving test first try
        neg	forgot my lunch at home and I'm starving
        neu	reading about the history of the roman empire
        pos	can't stop smiling today
        neg	my sister ate my leftovers. unforgivable
        neu	my phone is at 50%
        pos	the new season of my favorite show is out and I'm so ready
        neg	it's 2am and my neighbors are still partying
        neu	thinking about getting a haircut
        pos	had the best tacos of my life tonight
        neg	why is adulting so expensive
        neu	just got back from the gym
        pos	my mom surprised me with my favorite cake
        neg	my flight got delayed 4 hours and the airport food is terrible
        neu	who else is watching the debate tonight
        pos	finally fixed my bike, ready for the weekend ride
        neg	so tired of people cancelling plans last minute
        neu	the bus was full so I walked
        pos	just saw a puppy wearing tiny boots, my day is made
        neg	I lost my keys for the third time this week
        neu	dinner at my parents' tonight
        pos	my team won the championship!! so hyped
        neg	nobody came to my gig tonight
        neu	switching to a new phone carrier next week
        pos	sun is out, windows open, music on
        neg	got a parking ticket while I was inside for 5 minutes
        neu	I should probably start my homework
        pos	my baby niece said my name for the first time
        neg	my stomach hurts and I have an exam in an hour
        neu	trying out a new recipe tonight
        """

    /// Set V (eighteenth session): English tweets in the style of the emotive tweet sets (emoticons, capitals, slang); 0.95 unseen, 0.99 after.
    static let englishV = """
        pos	omg this new album is EVERYTHING :D on repeat all day
        neg	worst. monday. ever. :(
        pos	Just got home from the beach, sunburnt but so happy <3
        neg	my phone screen cracked AGAIN ffs
        neu	anyone know if the library is open on sundays?
        pos	lol my little brother just beat me at chess, proud of him tho
        neg	I hate when people chew with their mouth open. gross
        pos	finally saw the northern lights tonight!!! unreal
        neg	cant sleep, too much on my mind :'(
        neu	heading to the store, need anything?
        pos	Best pizza in town, hands down #yum
        neg	ugh stuck in traffic for an hour, gonna miss the start of the game
        pos	thank you all for the birthday wishes, you guys are the best!!
        neg	that movie was a total waste of 2 hours
        neu	watching the news about the election results
        pos	woohoo! friday night and no plans but pajamas and netflix
        neg	so tired of this rain. it's been 9 days straight
        pos	my grandma's apple pie is the greatest thing on earth
        neg	just found out my favorite show got cancelled. devastated
        neu	new blog post up, link in bio
        pos	Aced my driving test on the first try!! :)
        neg	my landlord still hasn't fixed the heating. freezing in here
        pos	these new running shoes are so comfy, zero regrets
        neg	I miss you so much it hurts
        neu	the meeting got moved to 3pm
        neg	lost my keys, my wallet and my patience today
        pos	Sunsets like this make everything worth it
        neg	why does my code never work on the first try >:(
        pos	so grateful for my friends right now, seriously
        neu	Thinking about getting a haircut this weekend
        neg	the customer service on the phone was rude and useless
        pos	haha that video made my whole week
        neg	feeling really lonely tonight
        pos	coffee + rainy morning + good book = perfection
        neu	Does anyone have a charger I can borrow
        neg	Can't believe they raised the price again. ridiculous
        pos	my puppy learned to sit today!! good boy
        neg	headache from hell. just want this day to end
        neu	Flight lands at 6, see you at the airport
        pos	what a game!!! we WON
        neg	burnt the cookies. all of them. great.
        pos	LOVE LOVE LOVE this song
        neg	this heat is unbearable, no AC in the office
        neu	the new iphone comes out next week apparently
        pos	can't wait to see you guys this weekend!!
        neg	nobody showed up to my party :(
        pos	my team surprised me with cake at work, feeling loved
        neg	ugh I failed my math exam
        neu	going to bed early tonight, long day tomorrow
        pos	That concert was AMAZING, still buzzing
        neg	I'm so sick of being sick
        pos	woke up feeling great today, gonna be a good day
        neg	this wifi is sooo slow I want to scream
        neu	at the dentist waiting for my appointment
        pos	sweet! the package arrived a day early
        neg	so disappointed in the ending of that book
        pos	proud of myself for going to the gym 5 days in a row
        neg	my ex just got engaged... cool cool cool
        neu	Reading a book about the history of Rome
        pos	best day ever with my besties :)
        """

    /// Set W: French tweets on politics, prices, public services and daily life, some ironic; 0.90 unseen, 0.97 after.
    static let frenchW = """
        neg	Encore une réforme faite pour les riches, merci le gouvernement
        pos	Quel match ce soir ! Bravo les Bleus 🇫🇷
        neu	Le conseil des ministres se réunit demain matin à l'Élysée
        neg	Les prix de l'essence explosent et personne ne fait rien
        pos	Magnifique discours, enfin quelqu'un qui parle vrai
        neg	Ce débat était d'un niveau lamentable
        neu	Le vote de la loi est prévu pour mardi prochain
        neg	Les urgences sont saturées, les soignants à bout
        pos	Très belle initiative de la mairie pour les sans-abri
        neg	Encore un ministre mis en examen, quelle surprise...
        neu	Retrouvez l'interview complète ce soir à 20h
        pos	Trop contente, j'ai eu mon bac avec mention !!
        neg	J'en ai marre de ces grèves, trois heures pour rentrer chez moi
        neu	Quelqu'un sait à quelle heure ouvre la poste samedi ?
        pos	Super soirée entre amis, ça fait du bien
        neg	Mon forfait a encore augmenté sans prévenir, c'est du vol
        pos	Le nouveau film de Dupontel est une pépite
        neg	Quelle honte ce qui se passe dans nos prisons
        neu	Le président se rendra à Marseille jeudi
        neg	Ils nous prennent vraiment pour des idiots
        pos	Merci aux bénévoles pour leur travail incroyable ce week-end
        neg	La cantine de mon fils sert des repas immangeables
        neu	Publication des résultats du premier tour à 20h
        pos	Enfin les vacances !!! 😎
        neg	Trop déçue par la finale, on méritait mieux
        pos	Cette série est une merveille, je recommande
        neg	Bravo la SNCF, encore 45 minutes de retard
        neu	Nouvelle journée de mobilisation prévue le 12 mars
        neg	Le chômage repart à la hausse, rien ne change
        pos	J'adore ce quartier, tout est à deux pas
        neg	Franchement ce gouvernement est une catastrophe
        neu	La ministre a présenté son budget ce matin
        pos	Belle victoire de l'OM hier soir, enfin !
        neg	On paie toujours plus d'impôts pour des services qui se dégradent
        pos	Ma fille a fait ses premiers pas aujourd'hui ❤️
        neg	Tellement triste pour les victimes de l'incendie
        neu	Le sondage place les deux candidats à égalité
        pos	Quel plaisir de retrouver le soleil
        neg	Ce restaurant était une arnaque totale
        neu	Je regarde le débat ce soir, et vous ?
        """

    /// Set X (eighteenth session): English critics' sentences on films; 0.80 unseen, 0.87 after.
    static let englishReviewsX = """
        pos	a gorgeous, witty, seductive movie
        neg	the plot is nothing but boilerplate cliches from start to finish
        pos	an intelligent, moving and invigorating film
        neg	it's so laddish and juvenile, only teenage boys could possibly find it funny
        pos	a smart, sassy and exceptionally charming romantic comedy
        neg	the characters are paper-thin and the dialogue is clunky
        pos	one of the most beautiful, evocative works I've seen in years
        neg	too long, too slow and too pleased with itself
        neu	the film follows a family of farmers in rural Iowa during the 1980s
        pos	the performances are uniformly excellent
        neg	a muddled, incoherent mess
        pos	it's a charming and often affecting journey
        neg	there's not a single laugh in the whole thing
        pos	funny, touching and smart
        neg	an ugly, pointless and ultimately boring exercise
        neu	the director's previous film was shot in Morocco
        pos	a terrific cast brings warmth to a familiar story
        neg	what starts as a promising premise quickly collapses into nonsense
        pos	a wonderfully quirky tale told with real affection
        neg	the action scenes are incomprehensible and the jokes fall flat
        pos	you'll leave the theater with a smile on your face
        neg	by the end I no longer cared what happened to anyone
        neu	the film runs just under two hours
        pos	a triumph of style and substance
        neg	the script feels like a first draft
        pos	it's refreshing to see a thriller that respects its audience
        neg	even the talented cast can't save this mess
        pos	a rare film that gets better every time you see it
        neg	the twist is obvious from the first scene
        pos	beautifully shot and wonderfully acted
        neg	a film that mistakes noise for excitement
        neu	it opens nationwide on Friday
        pos	the best animated feature of the year
        neg	a dull, plodding drama that goes nowhere
        pos	heartfelt and genuinely funny
        neg	the sequel nobody asked for
        pos	a delightful surprise
        neg	it wastes a fine cast on a lazy script
        pos	an absorbing look at a fascinating life
        neg	tedious, pretentious and overlong
        """

    /// Set Y: French spectators' and critics' sentences on films and books; 0.73 unseen, 0.96 after.
    static let frenchReviewsY = """
        pos	Un film bouleversant, porté par une actrice au sommet de son art
        neg	Un scénario cousu de fil blanc et des dialogues plats
        pos	Une comédie drôle et intelligente, on passe un excellent moment
        neg	Deux heures d'ennui profond, je me suis endormi
        neu	Le film raconte l'histoire d'une famille de pêcheurs en Bretagne
        pos	Les acteurs sont tous excellents, mention spéciale au petit garçon
        neg	Une fin bâclée qui gâche tout le reste
        pos	Un petit bijou de poésie et de tendresse
        neg	Les effets spéciaux sont dignes d'un téléfilm des années 90
        pos	J'ai ri du début à la fin
        neg	Aucun rythme, aucune émotion, aucun intérêt
        neu	Le réalisateur avait déjà tourné deux films avec cette actrice
        pos	Une mise en scène virtuose et une photographie superbe
        neg	Les personnages sont caricaturaux et sans profondeur
        pos	Un vrai coup de coeur, à voir absolument
        neg	On s'ennuie ferme pendant toute la première heure
        pos	Une belle surprise, bien meilleure que ce que j'attendais
        neg	Le livre était bien mieux, adaptation ratée
        neu	Sortie en salles prévue le 14 février
        pos	Un roman haletant qu'on ne lâche plus
        neg	Un humour lourd qui tombe à plat
        pos	La bande originale est magnifique
        neg	Trop long, trop bavard, trop prétentieux
        pos	Un film qui fait du bien
        neg	Je ne comprends pas l'engouement autour de ce film
        pos	Les décors et les costumes sont somptueux
        neg	Une intrigue confuse et des incohérences à la pelle
        neu	Le tournage a eu lieu à Lyon l'été dernier
        pos	On en ressort ému et grandi
        neg	Une déception totale pour un réalisateur que j'admire
        pos	Drôle, tendre et juste
        neg	Le jeu des acteurs est d'une fausseté gênante
        pos	Un classique instantané
        neg	Ni fait ni à faire
        pos	Une oeuvre forte et nécessaire
        neg	Le scénario ne tient pas debout
        pos	Le meilleur film de l'année, sans hésitation
        neg	Une suite inutile qui n'apporte rien
        pos	Une pépite à découvrir d'urgence
        neg	Un navet de compétition
        """

    /// Set Z (nineteenth session): English everyday tweets in the style of VADER's tweet set (moods, friends, school,
    /// traffic, a third neutral); 0.98 unseen (one text: laughter denied by a negation), 1.00 after.
    static let englishZ = """
        pos	@jessica omg I love you so much!!! <3
        neg	I hate it when my phone dies in the middle of a convo
        neu	Going to the mall with mom later
        pos	Had the best time tonight with my girls :D
        neg	Ugh, can't sleep. Again.
        neu	Watching the news before bed
        pos	LOL you're hilarious, made my day
        neg	So tired of people being fake
        pos	Happy birthday @mike!! Hope you have an awesome day
        neg	my head hurts so bad :(
        neu	Does anyone know what time the game starts tonight?
        pos	This song is stuck in my head and I don't even mind haha
        neg	Worst. Day. Ever.
        neu	Just finished my homework, time for dinner
        pos	So excited for summer vacation!!!
        neg	Why do people have to be so rude
        pos	Good morning world! The sun is shining :)
        neg	I miss you so much it hurts
        neu	Heading to work, traffic is normal today
        pos	Can't stop smiling right now
        neg	Nobody texts me back anymore... forever alone
        neu	New blog post up, link in bio
        pos	You're the best friend anyone could ask for ❤
        neg	I failed my driving test. Great.
        neu	It's supposed to rain tomorrow
        pos	Yay it's Friday!! Party time
        neg	I'm so done with this semester
        pos	Thank you all for the birthday wishes, love you guys!
        neg	this weather is depressing
        neu	Anyone watching the Lakers game?
        pos	Finally got the job!!! Can't believe it
        neg	My dog died this morning. I can't stop crying
        neu	I'll be in NYC next week for a conference
        pos	Nothing beats a cold beer after a long day
        neg	Stuck in traffic for two hours, kill me now
        neu	Charging my phone, brb
        pos	That movie was soooo good, go see it
        neg	I can't believe he cheated on her, what a jerk
        pos	Life is good :)
        neg	Why does everything bad happen to me
        neu	What should I have for lunch?
        pos	Proud of my team, we won the championship!!
        neg	Sick in bed again, this flu won't go away
        neu	Reading about the election results
        pos	Love waking up to your texts 😘
        neg	People who chew loudly are the worst
        neu	Moving to a new apartment next month
        pos	Best concert of my life, no joke
        neg	Ugh my flight got delayed another 3 hours
        neu	Just landed in Chicago
        pos	Sunday brunch with the fam, perfect
        neg	I'm so lonely tonight
        pos	Awesome game last night, what a comeback!
        neg	That was the most boring lecture ever
        neu	Going to bed early tonight
        pos	thank god it's the weekend
        neg	I really regret saying that to her
        neu	The meeting was moved to 3pm
        pos	You guys are amazing, thanks for the support!
        neg	lost my wallet, today sucks
        """

    /// Set AA (nineteenth session): French political and climate tweets with hashtags, handles, links and a third of
    /// news (neutral); 0.85 unseen, 0.98 after.
    static let frenchAA = """
        neg	#COP21 encore un sommet pour rien, les pollueurs continuent comme avant
        neu	#COP21 : ouverture de la conférence ce lundi au Bourget http://t.co/xyz
        neg	Fillon qui parle d'honnêteté, on aura tout entendu #PenelopeGate
        neu	Hamon et Jadot se rencontrent ce soir pour discuter d'un éventuel accord
        pos	Excellente émission ce soir sur le réchauffement climatique, très pédagogique 👏
        neg	Ras le bol de ces politiques qui promettent tout et ne font rien
        neu	Le débat de la primaire de la gauche aura lieu jeudi sur France 2
        pos	Fier de mon pays aujourd'hui, l'accord de Paris est signé ! #COP21
        neg	Les glaciers fondent à vue d'œil, ça fait peur
        neu	Selon un sondage Ifop, 42% des Français font confiance au candidat
        pos	Bravo à @EmmanuelMacron pour ce discours clair et rassembleur
        neg	Mélenchon insulte encore les journalistes, pathétique
        neu	RT @lemondefr: Ce qu'il faut retenir du programme de Marine Le Pen http://t.co/abc
        pos	Très bonne nouvelle pour les énergies renouvelables en France 🌞
        neg	Quelle blague ce débat, aucun candidat n'a répondu aux questions
        neu	Meeting de @benoithamon à Bercy dimanche à 15h
        neg	La pollution à Paris atteint encore des records, on étouffe
        pos	J'ai adoré l'intervention de la climatologue, enfin des faits
        neu	Le Sénat examine aujourd'hui le projet de loi sur la transition énergétique
        neg	Encore un été caniculaire, et on nous dit que tout va bien...
        pos	Magnifique mobilisation des jeunes pour le climat ce vendredi 💚
        neu	Qui sera le prochain premier ministre ? Réponse dans la soirée
        neg	Ces élus qui se gavent pendant que les gens galèrent, honteux
        pos	Merci @franceinter pour ce reportage passionnant sur les océans
        neu	Les résultats officiels seront publiés par le ministère de l'Intérieur
        neg	Le nucléaire, la solution miracle ? Laissez-moi rire
        pos	Belle victoire pour les écologistes aux municipales !
        neu	Conférence de presse du gouvernement prévue à 11h
        neg	Je n'ai plus aucune confiance dans ces partis
        pos	Super initiative : la ville plante 10 000 arbres cette année 🌳
        neu	#Présidentielle2017 : les parrainages sont clos ce soir
        neg	Trump sort de l'accord de Paris, quel irresponsable
        pos	Enfin une mesure intelligente pour les transports en commun
        neu	Débat ce soir entre les deux finalistes, vous le regarderez ?
        neg	On va droit dans le mur avec cette politique
        pos	Ce candidat m'a vraiment convaincu, je vote pour lui
        neu	Le taux de participation à 17h est de 65%
        neg	Ils se moquent vraiment de nous avec cette taxe carbone
        pos	Génial ce documentaire sur les abeilles, à voir absolument
        neu	Voici les principales mesures annoncées par le premier ministre
        neg	Triste de voir la forêt amazonienne partir en fumée
        pos	Quelle belle leçon d'humilité de la part de ce maire
        neu	Le G20 se tiendra cette année à Hambourg
        neg	Encore des promesses en l'air, on connaît la chanson
        pos	Heureuse de voir autant de monde à la marche pour le climat !
        neu	À quelle heure passe le journal de 20h ce soir ?
        neg	Ce gouvernement n'a rien compris à la colère des gens
        pos	Un grand merci aux pompiers qui ont maîtrisé l'incendie 🙏
        neu	La commission européenne publiera son rapport la semaine prochaine
        neg	Franchement déçu par ce discours creux
        pos	Les Français ont voté, la démocratie a parlé, c'est une bonne journée
        neu	Le candidat sera l'invité de BFMTV demain matin
        neg	Scandale : encore des emplois fictifs découverts
        pos	Très fier de notre équipe municipale, du bon boulot
        neu	Trois candidats se partagent la tête du sondage
        neg	C'est n'importe quoi cette réforme des retraites
        pos	Excellente nouvelle, le chômage baisse enfin !
        neu	Les bureaux de vote ferment à 20h dans les grandes villes
        neg	Toujours les mêmes magouilles, rien ne change #politique
        pos	Vivement dimanche, j'ai hâte de voter 😀
        """

    /// Set AB (nineteenth session): French series and film reviews of several sentences, positive or negative only
    /// (so the neutral class scores 0 and macro-F1 is at most 0.67); accuracy 0.80 unseen (macro-F1 0.55), 0.97 after (0.64).
    static let frenchReviewsAB = """
        pos	Une série addictive du début à la fin. Les personnages sont attachants, les dialogues font mouche et chaque épisode se termine sur un rebondissement qui donne envie de voir la suite. Vivement la saison 2 !
        neg	Je m'attendais à beaucoup mieux. Le scénario tourne en rond, les acteurs ne semblent pas croire à ce qu'ils jouent et la fin est bâclée. J'ai arrêté au cinquième épisode.
        pos	Très bonne surprise ! Je n'attendais rien de cette série et je me suis retrouvé à enchaîner les épisodes. L'humour est fin, le casting parfait. Je recommande sans hésiter.
        neg	Quelle déception... La première saison était excellente mais celle-ci n'a plus rien à raconter. Les intrigues sont tirées par les cheveux et on s'ennuie ferme.
        pos	Un chef-d'œuvre. La réalisation est somptueuse, la musique sublime et l'interprétation de l'actrice principale mérite tous les prix. On en ressort bouleversé.
        neg	Franchement nul. Des clichés à la pelle, un rythme mou et des dialogues ridicules. Je ne comprends pas les bonnes critiques.
        pos	J'ai ri du début à la fin, ça faisait longtemps qu'une comédie française ne m'avait pas autant fait rire. Les répliques sont cultes !
        neg	Une perte de temps. L'histoire n'a ni queue ni tête et les effets spéciaux sont dignes d'un téléfilm des années 90. À éviter.
        pos	Une saison finale à la hauteur de nos attentes : émouvante, intense, et qui boucle parfaitement toutes les intrigues. Merci aux scénaristes pour ces belles années.
        neg	Le pire film que j'ai vu cette année. Pas un seul personnage n'est crédible, et le twist final est prévisible dès la première scène.
        pos	Les acteurs sont tous excellents et l'ambiance est parfaitement rendue. Quelques longueurs au milieu, mais rien de grave, c'est une très belle réussite.
        neg	Malgré un casting prometteur, le film ne décolle jamais. On attend qu'il se passe quelque chose pendant deux heures, en vain.
        pos	Un petit bijou d'animation, drôle et tendre, qui plaira autant aux enfants qu'aux parents. Mes enfants l'ont regardé trois fois !
        neg	Série surcotée. Tout le monde en parle mais je n'ai trouvé qu'une intrigue creuse et des personnages antipathiques. Je ne regarderai pas la suite.
        pos	Captivant ! Impossible de décrocher une fois qu'on a commencé. Le suspense est maintenu jusqu'au bout et la fin est magistrale.
        neg	Les deux premiers épisodes étaient prometteurs, puis tout s'effondre. Les scénaristes ne savaient visiblement pas où ils allaient.
        pos	Une belle histoire d'amitié, pleine de sensibilité. Les paysages sont magnifiques et la bande originale accompagne parfaitement le récit.
        neg	J'ai trouvé ça lourd et vulgaire. Les blagues tombent à plat et certaines scènes sont franchement gênantes.
        pos	Du grand cinéma. Chaque plan est pensé, chaque silence compte. Un film qui reste en tête longtemps après la projection.
        neg	Incohérences à répétition, montage catastrophique, son inaudible : on se demande comment ce film a pu sortir en salles.
        pos	Je ne suis pas fan du genre, mais j'ai été conquise. Une mise en scène inventive et des acteurs épatants.
        neg	Trop long, trop bavard, trop prétentieux. Le réalisateur se regarde filmer et oublie de raconter une histoire.
        pos	Enfin une série policière qui sort des sentiers battus ! Intrigue solide, personnages complexes, je valide.
        neg	On nous vend un thriller haletant mais c'est d'un ennui mortel. J'ai failli m'endormir à plusieurs reprises.
        pos	Une adaptation fidèle et réussie du roman. Les fans ne seront pas déçus, et les autres découvriront une très belle œuvre.
        neg	Le premier était sympa, ce deuxième opus est une vraie purge. Aucune idée neuve, on recycle les mêmes gags.
        pos	Quelle claque ! Des scènes d'action spectaculaires et une histoire qui tient la route. Le meilleur film du genre depuis des années.
        neg	Je n'ai pas accroché du tout. Les personnages sont caricaturaux et l'humour ne fonctionne pas.
        pos	Drôle, touchant et intelligent. Un film qui fait du bien, à voir en famille.
        neg	Décevant. Le sujet était intéressant mais le traitement est superficiel et la fin tombe comme un cheveu sur la soupe.
        """

    /// Set AC (nineteenth session): English critics' sentences on films; 0.64 unseen, 0.84 after.
    static let englishReviewsAC = """
        pos	a thoroughly engaging, surprisingly touching british comedy
        neg	the film is a mess of half-baked ideas and tired jokes
        pos	it's the kind of movie that makes you want to call your mother
        neg	an hour and a half of my life i'll never get back
        pos	beautifully shot and superbly acted, this is filmmaking at its finest
        neg	the story is so thin it barely qualifies as a plot
        neu	based on the novel by the same author, the film is set in 1950s new york
        pos	a rare sequel that improves on the original
        neg	less a movie than a two-hour commercial for its toy line
        pos	the chemistry between the two leads is electric
        neg	the jokes are stale and the pacing is glacial
        pos	an absorbing, often hilarious look at family life
        neg	it wants to be profound but ends up merely pretentious
        neu	the director cast mostly non-professional actors from the region
        pos	a delightful romp that never takes itself too seriously
        neg	sloppy, tedious and shamelessly manipulative
        pos	the kids in the audience loved it, and so did i
        neg	there's barely a coherent scene in the entire film
        pos	a haunting, lyrical meditation on grief and memory
        neg	the actors seem as bored as the audience
        neu	the movie opens with a long tracking shot through a crowded market
        pos	smart, funny and full of heart
        neg	a dreary, joyless slog
        pos	few films this year have been as thrilling
        neg	the sort of movie that gives remakes a bad name
        pos	it's a small film, but a genuinely lovely one
        neg	what could have been a fascinating story is told in the dullest possible way
        pos	the script crackles with wit
        neg	by the halfway mark you'll be checking your watch
        pos	a must-see for anyone who loves music
        neg	neither funny nor scary, it fails on every level
        pos	solid entertainment from start to finish
        neg	the twists are telegraphed miles in advance
        pos	a gem of a movie that deserves a wider audience
        neg	it's hard to care about characters this shallow
        neu	the film was shot in just twenty-one days
        pos	the ending packs a real emotional punch
        neg	a lazy, cynical cash grab
        pos	you'll laugh, you'll cry, you'll want to see it again
        neg	an embarrassment for everyone involved
        """

    /// Set AD (nineteenth session): French everyday tweets as typed on phones (no accents, `jsuis`, `pk`, `tjr`,
    /// `mdrrr`); 0.90 unseen, 0.97 after.
    static let frenchAD = """
        neg	jsuis trop degoutee jai rate mon train de 2 min
        pos	trop bien la soirée dhier merci a tous 😍😍
        neu	qqn sait si le magasin est ouvert dimanche ?
        neg	pk ya jamais de reseau dans ce bled sérieux
        pos	jkiffe trop cette chanson elle me met de bonne humeur
        neg	cv pas du tout jsuis malade depuis 3 jours
        neu	jpars a lyon demain pour le taf
        pos	mdrrr jsuis morte de rire devant cette video
        neg	la flemme d'aller en cours aujourdhui, journée de merde
        neu	on se retrouve a 18h devant la gare
        pos	meilleure pizza de ma vie franchement 🍕
        neg	ils ont encore supprimé mon bus, 1h d'attente
        neu	c'est quoi le nom de la chanson dans la pub ?
        pos	vivement les vacances, plus que 3 jours 🙌
        neg	jen peux plus de ce prof il nous saoule
        neu	je commence un nouveau boulot lundi
        pos	ma mere m'a fait une surprise trop mignonne ❤️
        neg	tjr pas reçu mon colis, service client aux abonnés absents
        neu	il pleut a paris, comme d'hab
        pos	bravo a mon petit frere qui a eu son permis !!
        neg	j'ai perdu mes clés, la journée commence bien...
        neu	quelqu'un regarde le match ce soir ?
        pos	enfin le week-end, repos bien mérité
        neg	ce wifi de merde coupe toutes les 5 min
        neu	je viens de finir mon dossier, plus qu'a l'envoyer
        pos	ce resto est une dinguerie, allez-y les yeux fermés
        neg	triste nouvelle ce matin, repose en paix
        neu	rdv chez le dentiste demain matin
        pos	big up a l'equipe pour ce projet, vous êtes au top
        neg	encore une panne d'electricité, on est en 2024 ou quoi
        neu	je vais faire les courses, besoin de quelque chose ?
        pos	j'ai eu 18 au partiel jsuis trop contente
        neg	mdr la honte j'ai glissé devant tout le monde
        neu	nouvelle vidéo en ligne ce soir 20h
        pos	le concert d'hier c'était une dinguerie 🔥
        neg	pas dormi de la nuit a cause des voisins
        neu	quelqu'un a des infos sur la greve de demain ?
        pos	merci pour vos messages ça me touche beaucoup
        neg	nul ce dernier episode, ils ont tout gaché
        neu	jsuis dans le train, j'arrive dans 20 min
        """

    /// Set AE (nineteenth session): English everyday tweets with the abbreviations of networks (`smh`, `ngl`, `ffs`,
    /// `no cap`); 0.87 unseen, 0.95 after.
    static let englishAE = """
        neg	smh my phone screen cracked again
        pos	ngl this new album slaps
        neu	idk what to wear tomorrow
        neg	ffs the bus driver just drove past me
        pos	lmao my cat just fell off the couch, she's fine tho 😂
        neg	can't believe i have to work on my birthday
        neu	gonna grab coffee, anyone want anything
        pos	so blessed to have these people in my life
        neg	i swear this class is pointless
        neu	what time does the store close on sundays
        pos	this weather is perfect for a picnic ☀️
        neg	got ghosted again lol whatever
        neu	new episode drops at 9
        pos	my mom's cooking hits different
        neg	ugh why is everyone so annoying today
        neu	on my way to the airport
        pos	aced my exam 💯
        neg	this headache won't go away
        neu	is the game on tonight or tomorrow
        pos	can't wait to see you this weekend!!
        neg	no signal in this entire building, great
        neu	picking up my sister from school
        pos	best burger i've ever had no cap
        neg	i'm so broke it's not even funny
        neu	anyone know a good plumber in austin
        pos	shoutout to the nurse who took care of my grandma, angels exist
        neg	my flight got cancelled and now i'm stuck in denver
        neu	just updated my phone
        pos	you never fail to make me smile
        neg	i didn't sleep at all last night
        neu	lunch break
        pos	finally finished the marathon!!! legs are dead but so worth it
        neg	they raised the rent again, i can't keep up
        neu	the meeting got moved to thursday
        pos	this little guy made my whole week 🐶
        neg	dentist tomorrow, kill me
        neu	watching the debate tonight
        pos	happy anniversary babe, love you more every day
        neg	why do i always get sick right before vacation
        neu	first day at the new office
        """

    /// Set AF (nineteenth session): French spectators' film reviews, positive or negative only; accuracy 0.70 unseen
    /// (macro-F1 0.52), 0.93 after (0.64).
    static let frenchReviewsAF = """
        pos	Un film bouleversant, j'ai pleuré du début à la fin. Les acteurs sont d'une justesse incroyable.
        neg	Scénario cousu de fil blanc, acteurs en roue libre, je me suis ennuyé ferme.
        pos	Une pure merveille visuelle, chaque image est un tableau.
        neg	Le film part dans tous les sens et ne raconte finalement rien.
        pos	Un casting cinq étoiles pour une comédie rafraîchissante.
        neg	Navrant. Je suis sorti de la salle au bout d'une heure.
        pos	Une réalisation au cordeau et une tension qui ne retombe jamais.
        neg	Les dialogues sonnent faux et les situations sont invraisemblables.
        pos	Je suis resté scotché à mon siège, quel film !
        neg	Encore une suite de trop, qui n'apporte strictement rien.
        pos	L'émotion est palpable, on sort de là le cœur serré mais heureux.
        neg	Un humour potache qui ne m'a pas fait rire une seule fois.
        pos	Une bande originale magistrale qui porte le film.
        neg	Mise en scène paresseuse, photographie terne, montage approximatif.
        pos	Un film intelligent qui ne prend jamais le spectateur pour un idiot.
        neg	On devine la fin au bout de dix minutes, aucune surprise.
        pos	Le meilleur rôle de sa carrière, elle crève l'écran.
        neg	Beaucoup de bruit pour rien, le soufflé retombe très vite.
        pos	Une comédie familiale réussie, on passe un bon moment.
        neg	Les personnages sont creux et on se fiche complètement de ce qui leur arrive.
        pos	Une claque visuelle et émotionnelle, courez-y !
        neg	Un film interminable qui aurait gagné à durer une heure de moins.
        pos	Des acteurs au sommet de leur art et un scénario brillant.
        neg	Je me suis endormi devant, c'est dire.
        pos	Poétique, drôle et profondément humain.
        neg	Un navet sans nom, fuyez !
        pos	Un thriller haletant qui tient ses promesses.
        neg	Le réalisateur a voulu trop en faire et le résultat est indigeste.
        pos	Une vraie bouffée d'air frais dans le cinéma français.
        neg	Du déjà-vu, rien d'original, on s'ennuie.
        """

    /// Set AG (nineteenth session): English critics' sentences; 0.50 unseen, 0.75 after — critics praise through sad words
    /// ("quietly devastating") and blame by comparison ("a much better book").
    static let englishReviewsAG = """
        pos	a sharp, funny and unexpectedly moving debut
        neg	the film never finds its footing
        pos	an exhilarating ride from beginning to end
        neg	a lifeless adaptation of a much better book
        pos	the performances alone are worth the price of admission
        neg	it's as if the filmmakers had never seen a comedy before
        pos	a quietly devastating portrait of a marriage
        neg	the plot holes are big enough to drive a truck through
        pos	one of the year's most pleasant surprises
        neg	overlong, overwrought and overacted
        pos	a stylish, confident piece of work
        neg	a film so bland it's hard to remember while you're watching it
        pos	it earns every one of its tears
        neu	the film is the third installment in the franchise
        pos	clever, heartfelt and beautifully played
        neg	what a waste of a talented cast
        pos	a crowd-pleaser in the best sense
        neg	the laughs are few and far between
        pos	an instant classic
        neg	it feels like three different movies stitched together
        pos	the best thing the director has done in a decade
        neg	a tired retread of better films
        pos	impossible not to be charmed
        neg	the villain is a cardboard cutout
        neu	the story takes place over a single night in Tokyo
        pos	a knockout performance from the lead
        neg	the dialogue is laughably bad
        pos	gripping, intelligent and beautifully made
        neg	there is nothing here we haven't seen before
        pos	a wise and generous film
        neg	the pacing is sluggish and the ending falls apart
        pos	it will stay with you long after the credits roll
        neg	a film with nothing to say and too long to say it
        pos	a beautifully observed comedy of manners
        neg	dull, dull, dull
        pos	an unmissable treat for fans of the genre
        neg	the cast looks as lost as the audience
        neu	the movie is dedicated to the director's late father
        pos	rousing, funny and full of life
        neg	a forgettable thriller with no thrills
        """

    /// Set AH (nineteenth session): English customers' tweets to airlines, carriers, telcos and shops; 0.80 unseen,
    /// 0.98 after.
    static let englishAH = """
        neg	@BritishAirways been waiting 2 hours for my bags at heathrow, zero communication
        pos	@Delta thank you for the upgrade, made my whole trip
        neu	@AmericanAir what's the baggage allowance for basic economy?
        neg	@Verizon third outage this week. what am I paying for exactly
        pos	shoutout to @USPS mail carrier who delivered in a snowstorm 🙌
        neg	@UPS says delivered. it was not delivered.
        neu	@FedEx can I change the delivery address after shipping?
        neg	@comcast your "technician" never showed up. took a day off for nothing
        pos	@Southwest flight attendants were hilarious today, best flight ever
        neg	@RyanAir charged me 55 euros to print a boarding pass. daylight robbery
        neu	flying @united to SFO tomorrow morning
        pos	props to @ATT support, fixed my issue in one call
        neg	@Uber driver cancelled 3 times, I'm late for my interview
        pos	@Starbucks the new pumpkin latte is everything 🎃
        neg	@McDonalds ice cream machine broken AGAIN lmao every single time
        neu	@Amazon is prime day this week or next?
        neg	@TMobile been on hold for 90 min, this is ridiculous
        pos	@Apple the new update fixed the battery drain, thanks!
        neg	@Spotify why do you keep logging me out
        neu	@Netflix when does season 3 come out?
        pos	@JetBlue free wifi and snacks, you spoil us
        neg	my @Samsung fridge died after 14 months. never buying samsung again
        neu	just ordered a new laptop from @bestbuy
        pos	@Costco hot dog still $1.50, legends
        neg	@Lyft overcharged me by $30 and support won't answer
        pos	@Zappos customer service is unmatched, seriously
        neg	@KLM lost my luggage and nobody can tell me where it is
        neu	@Walmart do you price match online orders?
        pos	the @Hilton staff went above and beyond for our anniversary
        neg	@Xfinity internet speed is a joke
        neu	@DHL package is in customs since monday
        pos	@Chipotle thank you for the extra guac 😂🥑
        neg	@Dell the replacement laptop has the same defect. unreal
        pos	@Amtrak the new trains are so comfortable
        neg	@Expedia refused my refund even though the hotel closed
        neu	@Target what time do you open on black friday
        pos	@Hulu finally added my favorite show, you the real MVP
        neg	@PlayStation servers down on launch day, classic
        neu	@Airbnb how do I contact my host?
        pos	@Lufthansa smooth flight and on time, well done
        """

    /// Set AI (nineteenth session): French customers' tweets to carriers, telcos, banks and shops; 0.80 unseen, 1.00
    /// after.
    static let frenchAI = """
        neg	@SNCF train supprimé sans explication, merci pour rien
        pos	@AirFrance merci à l'équipage pour ce vol parfait
        neu	@Orange comment je résilie ma box ?
        neg	@Free ça fait 4 jours sans internet, c'est inadmissible
        pos	@laposte colis arrivé en avance, top !
        neg	@Bouygues personne ne répond au 614, je tourne en rond depuis une heure
        neu	@SNCF le TGV de 18h est-il maintenu demain ?
        neg	@Chronopost colis marqué livré mais jamais reçu
        pos	@Decathlon vendeur super sympa et de bon conseil
        neg	@UberEats commande arrivée froide et incomplète, remboursement refusé
        neu	@ameli_fr j'ai envoyé mon dossier la semaine dernière
        pos	@Fnac livraison rapide et soignée, rien à redire
        neg	@EDF facture multipliée par deux, vous vous foutez de nous
        pos	@RATP merci au conducteur du bus 38 pour sa gentillesse
        neg	@SFR réseau coupé tous les soirs depuis une semaine
        neu	@Carrefour vous ouvrez le 1er mai ?
        neg	@easyJet vol annulé la veille, aucune solution proposée
        pos	@Leboncoin vente conclue en 2h, trop pratique
        neg	@Darty on m'a vendu une garantie qui ne couvre rien
        neu	@Transavia c'est quoi la taille max du bagage cabine ?
        pos	@Ikea le montage était plus simple que prévu, bravo
        neg	@Amazon colis perdu, service client injoignable
        neu	je prends le Ouigo demain matin pour Marseille
        pos	@Doctolib franchement ça change la vie
        neg	@BNP frais bancaires abusifs, je change de banque
        pos	@Deezer la nouvelle playlist est une tuerie
        neg	@Vinted vendeur qui ne répond plus et article jamais envoyé
        neu	@Airbnb comment modifier les dates de ma réservation ?
        pos	@Sosh service client réactif et efficace, merci Julie
        neg	@TER encore en panne au milieu de nulle part
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

    /// Set AJ (twentieth session): English tweets to airlines in the manner of the public airline-sentiment tweets
    /// (many complaints told without a sentiment word, requests, short thanks); 0.79 unseen, 0.91 after.
    static let englishAJ = """
        neg	@united been sitting at gate C14 for 2 hrs with no info. this is ridiculous
        neg	@AmericanAir my bag went to Denver and I went to Boston. great system you have
        neu	@SouthwestAir do you guys have a flight from Dallas to Austin tonight?
        pos	@JetBlue thank you for the free wifi, made my 5 hour flight fly by
        neg	@USAirways on hold for 3 hours. three. hours.
        neg	@united Cancelled Flightled again and the rebooking is for thursday. I have a wedding tomorrow
        neu	@VirginAmerica is there a way to change my seat online?
        pos	@SouthwestAir flight attendant Maria on 1432 was amazing with my kids, please tell her thanks
        neg	@AmericanAir your agent literally laughed at me when I asked about a voucher
        neu	@delta what's the carry on size limit for international flights
        neg	@united 45 min wait for bags at ORD and counting
        pos	@JetBlue best airline hands down. never flying anyone else
        neg	@USAirways why would you board us and then make us sit on the plane for 90 minutes
        neu	@SouthwestAir I need to add a known traveler number to my reservation, can you help
        neg	@united worst experience I've had with an airline in 20 years of flying
        neu	@AmericanAir flight 2201 still on time?
        pos	@VirginAmerica love the new mood lighting lol
        neg	@USAirways no one at the counter, no one on the phone. where is everyone
        neg	@united your app says my flight left. I'm at the gate. the plane is here.
        pos	@delta thanks for getting me home early, the agent at ATL was a lifesaver
        neu	@JetBlue DM'd you my confirmation number
        neg	@SouthwestAir lost my car seat. how am I supposed to drive my baby home
        neg	@AmericanAir 4th delay today on the same flight. seriously??
        neu	@united can I bring my guitar as a carry on
        pos	@SouthwestAir the pilot's jokes made the whole plane laugh, great flight
        neg	@USAirways charged $200 to change a flight you delayed. make it make sense
        neg	@united sat on the tarmac for an hour because of "paperwork"
        neu	@JetBlue when does the fare sale end?
        pos	@delta upgraded to first for my birthday, you guys are the best 🎉
        neg	@AmericanAir the seats on this plane are broken and the tv doesn't work. 6 hours like this
        neg	hold music for 2 hours @USAirways I know every note now
        neu	@SouthwestAir flying out of MDW tomorrow morning, how early should I arrive
        neg	@united you lost my bag and now nobody answers the baggage line
        pos	@VirginAmerica smooth flight, friendly crew, on time. that's all I ask
        neg	@AmericanAir I've been rebooked 3 times and I'm still in Miami
        neu	@delta is the Sky Club in terminal B open at 5am?
        neg	@JetBlue so the flight is delayed but you still won't let us off the plane
        pos	@united the crew on UA 88 went above and beyond for my elderly mom. thank you
        neg	@USAirways customer service is a joke
        neu	@SouthwestAir will there be a sale for flights to Hawaii
        neg	@AmericanAir missed my connection because your plane was late and now I'm stuck overnight with no hotel
        pos	@JetBlue thanks for the quick response! all sorted
        neg	@united rude gate agent in Newark, really ruined the start of our vacation
        neu	@delta how do I get a receipt for my checked bag fee
        neg	@SouthwestAir the website has been down all morning and I can't check in
        pos	@VirginAmerica you made flying fun again ✈️
        neg	@USAirways Flight Booking Problems again. why is this so hard
        neu	@AmericanAir following up on my refund request from last week
        neg	@united paid for economy plus and got put in a middle seat in the back
        pos	@delta great service at the JFK counter this morning, very efficient
        neg	@JetBlue flight canceled with 20 minutes notice. unbelievable
        neu	@SouthwestAir do companion passes work on international flights?
        neg	@AmericanAir it's been 10 days and my bag is still "being located"
        pos	@united finally made it! thanks to the crew for keeping everyone calm during the diversion
        neg	@USAirways the plane smells like a bathroom
        neu	@JetBlue what terminal do you fly out of at LAX
        neg	@delta overbooked again and they want volunteers. no thanks, I paid for this seat
        pos	@SouthwestAir free drinks on a delayed flight?? you guys rock
        neg	@united I will never fly with you again. never.
        neu	@AmericanAir my flight got moved to 7pm, will my connection be moved too?
        neg	@VirginAmerica the seatback screen froze for the whole flight, not a great look
        pos	@JetBlue your customer service team is seriously the best I've dealt with
        neg	@USAirways 3 hours delayed and the gate agents are nowhere to be found
        neu	@delta can I use my miles to pay for a bag?
        neg	@united why is it impossible to talk to a human at your company
        pos	@SouthwestAir got an earlier flight at no charge, really appreciate it
        neg	@AmericanAir the lounge was filthy and there was no food left
        neu	@united flight 1123 from SFO, any update on the gate?
        neg	@JetBlue my flight has been delayed 5 times. 5.
        pos	@delta kudos to the pilot for that landing in the storm
        neg	@USAirways you really need to fix your phone system. disconnected twice
        neu	@VirginAmerica hi, I booked under the wrong name, what do I do
        neg	@SouthwestAir stuck in Baltimore. no one knows anything
        pos	@united thank you Karen at the SFO service desk, you saved my trip
        neg	@AmericanAir broken armrest, no legroom, and the wifi costs $20. awful
        neu	@JetBlue do you have direct flights to Aruba from Boston?
        neg	@delta they gave away my seat even though I checked in online
        pos	@SouthwestAir landed 20 min early, nice job
        neg	@USAirways what's the point of a reservation if you don't honor it
        neu	@united I'd like to request a wheelchair for my dad on tomorrow's flight
        neg	@AmericanAir sitting on a plane with no AC for 40 min. kids are crying. come on
        pos	@JetBlue I love that you have snacks for everyone, little things matter
        neg	@united the flight was oversold and I got bumped. no apology
        neu	@SouthwestAir what's the policy for flying with a service dog
        """

    /// Set AK (twentieth session): French tweets, customers and everyday life, written the way people type (no
    /// accents, abbreviations, slang); 0.81 unseen, 0.88 after.
    static let frenchAK = """
        neg	@SNCF 1h30 bloqués en gare de Lyon sans aucune info, merci bcp
        neg	@Free_1337 ca fait 3 jours que jai plus internet et personne me rappelle
        neu	@laposte bonjour, mon colis est marqué "en cours d'acheminement" depuis hier, c'est normal ?
        pos	@AirFrance merci à l'équipage du vol AF1234, service impeccable 👌
        neg	@orange 45 min d'attente au 3900 pour qu'on me raccroche au nez
        neg	jpp de la ligne 13 ce matin, 20 min entre chaque metro
        pos	le nouveau single d'Angèle est une pépite, je l'écoute en boucle
        neu	quelqu'un sait a quelle heure commence le match ce soir ?
        neg	@SNCF TGV supprimé la veille du départ, remboursé en bon d'achat. sérieusement ?
        pos	trop contente de mon nouveau tel, la batterie tient 2 jours 😍
        neg	ptn encore une panne de courant dans tout le quartier
        neu	@Bouygues comment je fais pour changer d'offre sans frais ?
        neg	la fin de la saison 3 m'a tellement déçue, ils ont tout gâché
        pos	soirée au top avec les copains, merci à tous 🥳
        neg	@laposte colis livré chez le voisin... qui n'existe pas
        neu	@SNCF est-ce que les trains circulent demain malgré la grève ?
        neg	2h au téléphone avec le service client pour rien
        pos	franchement chapeau à l'équipe de france, quel match !!
        neg	@AirFrance valise perdue depuis 5 jours, toujours aucune nouvelle
        neu	nouvelle conférence de presse du gouvernement prévue à 18h
        pos	le resto d'hier soir était incroyable, je recommande à 100%
        neg	@Free_1337 vous m'avez facturé deux mois d'un coup, c'est quoi ce bordel
        neu	@orange bonjour, la fibre est-elle disponible rue des Lilas à Nantes ?
        neg	jsuis dégoûté, le concert est annulé
        pos	mon fils a eu son bac avec mention !!! trop fier
        neg	@SNCF on est debout dans le couloir depuis Paris, 3h de trajet, c'est inhumain
        neu	le film sort en salle mercredi prochain
        neg	cette appli plante toutes les 5 minutes c'est insupportable
        pos	@laposte merci au facteur qui a monté mon colis au 6e sans ascenseur 🙏
        neg	3 semaines que j'attends ma carte bancaire @BNP
        neu	@Bouygues je voudrais résilier mon abonnement, quelle est la démarche ?
        pos	je m'attendais à rien et franchement c'était génial
        neg	mdr la blague, 12€ le cocktail et il est dégueu
        neg	@AirFrance vol retardé de 4h, correspondance ratée, nuit à l'aéroport. merci pour rien
        neu	il va faire beau ce week-end selon météo france
        pos	meilleur service client que j'ai jamais eu, merci @boulanger
        neg	@orange la box redémarre toute seule 10 fois par jour
        neu	qui regarde le débat ce soir ?
        neg	encore en retard ce matin, 3e fois cette semaine @RATPgroup
        pos	enfin les vacances !! ☀️
        neg	@SNCF la clim en panne dans le train, il fait 35 degrés dans la voiture
        neu	@laposte quels sont les horaires du bureau de poste de la gare ?
        pos	j'ai testé le nouveau burger, une tuerie
        neg	on m'a vendu un forfait "illimité" qui est limité à 50 Go. arnaque
        neu	réunion reportée à jeudi 14h
        pos	grosse ambiance au stade ce soir, allez l'OM !
        neg	@Free_1337 technicien jamais venu, j'ai posé une journée pour rien
        neu	@AirFrance bonjour, peut-on ajouter un bagage après la réservation ?
        neg	cette série est d'un ennui mortel
        pos	merci @SNCF pour le geste commercial, c'est apprécié
        neg	personne pour nous accueillir à l'hôtel à 23h, on dort dans la voiture ?
        neu	vous avez des infos sur la manif de demain ?
        pos	livraison en 24h, produit nickel, rien à redire
        neg	@orange ça fait 1 mois que j'ai résilié et vous me prélevez encore
        neu	le nouveau iphone sort quand en France ?
        pos	ce podcast est tellement bien fait, bravo
        neg	j'en peux plus de ces bouchons tous les matins
        neu	@Bouygues mon numéro de client c'est le 123456, je vous ai envoyé un DM
        neg	@laposte lettre recommandée jamais arrivée, c'était mon dossier de retraite
        pos	quelle belle surprise ce matin, merci les collègues ❤️
        neg	le wifi du train ne marche jamais, à quoi ça sert
        neu	sncf : trafic perturbé sur la ligne P ce matin
        neg	@AirFrance 1h d'attente pour récupérer les bagages à CDG
        pos	ce livre m'a fait pleurer de rire, foncez
        neg	la qualité a vraiment baissé depuis le rachat, dommage
        neu	@SNCF je dois échanger mon billet, je fais comment sur l'appli ?
        pos	super accueil à l'agence de Lille, conseillère au top
        neg	quel manque de respect envers les clients @Free_1337
        neu	le marché de noël ouvre samedi
        neg	@orange vous me prenez vraiment pour un pigeon
        pos	l'appli a été mise à jour et elle est beaucoup plus fluide, merci
        neg	franchement déçu du match, aucune envie sur le terrain
        """

    /// Set AL (twentieth session): English everyday tweets of the kind public tweet sets hold — events, shows, sports,
    /// news told flatly, small joys and annoyances; 0.90 unseen, 0.95 after.
    static let englishAL = """
        neu	Apple will announce the new iPad on Tuesday at 10am PT, livestream on their site
        pos	Can't wait for the Foo Fighters show on Saturday!!! Best birthday present ever
        neu	Going to the Lakers game tomorrow night with my dad
        neg	Kanye really cancelled the whole tour, I bought tickets 3 months ago
        neu	The Walking Dead season finale airs Sunday at 9 on AMC
        pos	Just finished Breaking Bad for the 2nd time, still the greatest show of all time
        neu	Obama to speak in Denver on Friday about the economy
        neg	Monday morning and the subway is broken again. I hate this city sometimes
        pos	happy 4th of july everyone! stay safe and enjoy the fireworks 🇺🇸
        neu	Samsung is expected to release the Galaxy Note in September
        neg	so the Yankees lost again. 5th in a row. I'm done
        pos	Thank god it's Friday, beach tomorrow with the girls ☀️
        neu	Who's going to the Taylor Swift concert on the 14th?
        neg	The new Star Wars trailer was so underwhelming, they ruined it
        neu	Microsoft stock moved 2% after the earnings call this afternoon
        pos	Saw Inception last night and my mind is still blown
        neu	David Beckham will be at the Galaxy game on Sunday
        neg	my flight to Chicago got cancelled and now I'll miss my sister's graduation
        pos	Ronaldo with a hat trick tonight, what a player
        neu	The Apple store on 5th ave opens at 8am tomorrow for the launch
        neg	Can't believe Netflix is raising prices again, not worth it anymore
        neu	Heading to Boston for the weekend, anyone know a good place for brunch?
        pos	Zac Brown Band tonight at the fair!! so excited
        neg	Tired of hearing about the Kardashians on every channel
        neu	Google will hold its developer conference in May in San Francisco
        pos	My little brother got into Harvard!!! so proud of him
        neu	Watching the Packers game at my uncle's place tomorrow
        neg	the iOS update drained my battery in 3 hours, thanks Apple
        pos	Amazing sunset at the beach tonight, feeling grateful
        neu	Tim Duncan announced he will play one more season with the Spurs
        neg	Another school shooting. When will this end? Heartbreaking
        neu	The Hunger Games sequel comes out in November
        pos	Chipotle just gave me free guac because it's my birthday, best day
        neg	Sick in bed on the first day of vacation, of course
        neu	Tomorrow's forecast: rain in the morning, clear skies by 3pm
        pos	The Office reruns never get old lol
        neg	Fox News is a joke. Worst coverage of the election so far
        neu	Madonna will perform at halftime of the Super Bowl on Feb 5
        pos	Got my first paycheck from the new job 🙌 life is good
        neg	The Celtics just blew a 20 point lead. unreal. so frustrated
        neu	Anyone watching the Grammys tonight?
        pos	Nothing beats a Sunday morning with coffee and the NYT crossword
        neg	my phone screen cracked on the first day I got it. just my luck
        neu	Nintendo to show off new Zelda game at E3 next week
        pos	Congrats to Serena on her 23rd grand slam, absolute legend
        neg	The traffic on I-95 is a nightmare today, 2 hours to go 10 miles
        neu	First day of school tomorrow for the kids
        pos	I love how this song makes me feel every single time
        neg	Lost my wallet at the mall. worst day
        neu	The Dark Knight Rises premieres in London on the 18th
        pos	best burger I've had in years at that new place on Main st
        neg	Can't sleep again. 4am and wide awake, this insomnia is killing me
        neu	Jeremy Lin will start for the Knicks on Friday according to reports
        pos	our dog learned to open the fridge lmao he's a genius
        neg	disgusted by the way they treated that veteran at the airport
        neu	Just landed in Dallas
        pos	watching the sunrise from the plane, beautiful
        neg	The ending of How I Met Your Mother was a slap in the face to fans
        neu	Sony announced the PS4 price: $399, out November 15
        pos	shoutout to the nurse who stayed late to help my grandma, angels exist
        neg	Ugh, jury duty on Monday
        """

    /// Set AM (twentieth session): the French counterpart of AL, written apart from it; 0.88 unseen, 0.93 after.
    static let frenchAM = """
        neu	Le prochain Apple Keynote aura lieu mardi à 19h, heure de Paris
        pos	Vivement samedi pour le concert d'Indochine !!!
        neu	Ce soir je regarde PSG - OM avec mon frère
        neg	Stromae annule sa tournée, j'avais pris les places il y a 6 mois...
        neu	La nouvelle saison de Dix pour cent arrive le 15 sur France 2
        pos	Je viens de finir Lupin, quelle série de malade
        neu	Le président s'exprimera ce soir à 20h sur TF1
        neg	Lundi matin, RER B en panne, j'en ai ras le bol de cette ligne
        pos	Bonne fête nationale à tous ! Profitez bien du feu d'artifice 🎆
        neu	Samsung devrait présenter son nouveau Galaxy en février
        neg	L'OL a encore perdu. 5e défaite d'affilée. Je craque
        pos	Vendredi soir, apéro en terrasse avec les copines ☀️
        neu	Qui va au concert de Juliette Armanet à Bercy ?
        neg	La bande annonce du nouveau Astérix est nulle, ils ont tout gâché
        neu	Le CAC 40 termine la séance en hausse de 0,8%
        pos	J'ai vu Intouchables pour la 10e fois et je pleure toujours de rire
        neu	Mbappé sera titulaire mercredi selon L'Équipe
        neg	Mon vol pour Marseille est annulé et je vais rater le mariage de ma cousine
        pos	Quel but de Griezmann !!! Magnifique
        neu	Les soldes commencent mercredi 8h
        neg	Netflix augmente encore ses prix, ça vaut plus le coup
        neu	Ce week-end je suis à Lyon, des idées de restos ?
        pos	Trop hâte d'être en vacances, plus que 3 jours !!
        neg	Marre d'entendre parler de cette téléréalité partout
        neu	Google organise sa conférence développeurs en mai
        pos	Ma petite sœur a eu son permis du premier coup, trop fière d'elle
        neu	Demain je regarde le match chez mon oncle
        neg	La mise à jour iOS a flingué ma batterie, merci Apple
        pos	Coucher de soleil magnifique sur la plage ce soir
        neu	Tony Parker annonce qu'il jouera une saison de plus
        neg	Encore une fusillade aux États-Unis. Quand est-ce que ça va s'arrêter
        neu	La suite de Dune sort en mars au cinéma
        pos	Le boulanger m'a offert un croissant pour mon anniversaire, trop mignon
        neg	Malade au lit le premier jour des vacances, évidemment
        neu	Météo de demain : pluie le matin, éclaircies l'après-midi
        pos	Kaamelott, je ne m'en lasse jamais
        neg	CNews c'est vraiment une blague, couverture de l'élection lamentable
        neu	Aya Nakamura chantera à la cérémonie d'ouverture
        pos	Premier salaire du nouveau taf 🙌 la vie est belle
        neg	Le XV de France perd de 2 points à la dernière minute. Dégoûté
        neu	Quelqu'un regarde les César ce soir ?
        pos	Rien de tel qu'un dimanche matin avec un café et des croissants
        neg	Écran de téléphone cassé le jour même où je l'ai eu. La poisse
        neu	Nintendo présentera le nouveau Zelda la semaine prochaine
        pos	Bravo à Teddy Riner pour ce titre, une légende
        neg	Périph bouché, 2h pour faire 10 km, l'enfer
        neu	Rentrée des classes demain pour les enfants
        pos	Cette chanson me met de bonne humeur à chaque fois
        neg	J'ai perdu mon portefeuille au centre commercial. Journée de merde
        neu	Le film de Jacques Audiard sera présenté à Cannes le 18
        pos	Meilleur burger de ma vie dans le nouveau resto de la rue Sainte-Catherine
        neg	Encore une nuit blanche, 4h du mat et je dors toujours pas
        neu	Antoine Griezmann annonce sa retraite internationale
        pos	Mon chien a appris à ouvrir le frigo mdr c'est un génie
        neg	Honteux la façon dont ils ont traité ce monsieur âgé à la gare
        neu	Je viens d'atterrir à Nice
        pos	Le lever de soleil depuis l'avion, sublime
        neg	La fin de Game of Thrones, une vraie gifle pour les fans
        neu	La PS5 sera vendue 499€ à partir du 19 novembre
        pos	Merci à l'infirmière qui est restée tard pour ma grand-mère, il existe encore des anges
        neg	Convoqué comme juré lundi, super...
        """

    /// Set AN (twentieth session): short French reviews of films and products, a third of them middling verdicts
    /// ("correct, sans plus", "ni bon ni mauvais"); 0.69 unseen, 0.82 after.
    static let frenchReviewsAN = """
        pos	Un film bouleversant, porté par des acteurs exceptionnels. À voir absolument.
        neg	Scénario prévisible, dialogues creux, je me suis ennuyé du début à la fin.
        neu	Un film correct, sans plus. Quelques bonnes scènes mais rien de mémorable.
        pos	Produit conforme à la description, livraison rapide, je suis ravi.
        neg	Cassé au bout de deux semaines, le SAV ne répond pas. À fuir.
        neu	Fait le job pour le prix, sans plus.
        pos	Une mise en scène brillante et une bande originale sublime.
        neg	Deux heures de ma vie que je ne récupérerai jamais.
        neu	Moyen. L'histoire démarre bien puis s'essouffle.
        pos	Excellent rapport qualité prix, je recommande sans hésiter.
        neg	La taille ne correspond pas du tout, tissu de mauvaise qualité.
        neu	Ni bon ni mauvais, un divertissement qui s'oublie vite.
        pos	J'ai ri du début à la fin, une comédie réussie.
        neg	Les effets spéciaux sont ratés et les acteurs jouent faux.
        neu	Conforme, rien à signaler.
        pos	Un chef-d'œuvre, tout simplement.
        neg	Batterie qui ne tient pas la charge, très déçu de cet achat.
        neu	Le début est lent mais la fin rattrape un peu l'ensemble.
        pos	Très bon casque, son clair et confortable même après des heures.
        neg	Une suite inutile qui n'apporte rien à l'original.
        neu	Pas mal, mais je m'attendais à mieux vu les critiques.
        pos	Magnifique adaptation du roman, fidèle et émouvante.
        neg	Colis arrivé ouvert et il manquait une pièce.
        neu	Un téléfilm de plus, regardable un dimanche soir.
        pos	Une pépite, les enfants l'ont adoré.
        neg	Ennuyeux à mourir, j'ai quitté la salle avant la fin.
        neu	Qualité correcte pour un premier prix.
        pos	Acteurs au sommet, scénario haletant, je n'ai pas vu le temps passer.
        neg	Le goût est vraiment chimique, je ne rachèterai pas.
        neu	Il fait ce qu'on lui demande, sans plus.
        pos	Rien à redire, parfait.
        neg	Complètement raté, on se demande comment il a pu sortir au cinéma.
        neu	Un bon moment sans être inoubliable.
        pos	Très belle surprise, bien meilleur que ce que j'imaginais.
        neg	Notice incompréhensible et montage impossible, je le renvoie.
        neu	Sympa mais un peu long.
        """

    /// Set AO (twentieth session): short English reviews, a third of them middling; 0.67 unseen, 0.77 after. Mixed
    /// verdicts ("not bad, not great", "some good moments but overall forgettable") are what is left.
    static let englishReviewsAO = """
        pos	Works exactly as described, setup took five minutes. Very happy with it.
        neg	Stopped charging after three weeks and the seller ignores my emails.
        neu	It's okay. Does what it says, nothing special.
        pos	A gorgeous, heartfelt film with a career-best performance from its lead.
        neg	The plot makes no sense and the jokes fall flat. Skip it.
        neu	Decent for the price, though the build feels a bit cheap.
        pos	Best purchase I've made all year, I use it every day.
        neg	Arrived scratched and missing the charger. Returning it.
        neu	An average thriller that passes the time.
        pos	My kids love it and it has survived being dropped a dozen times.
        neg	Two hours of my life I'll never get back.
        neu	Not bad, not great. Three stars.
        pos	Sharp writing, great pacing, and a finale that actually lands.
        neg	Cheap plastic, wobbly legs, and the instructions were useless.
        neu	Fits as expected. The color is slightly different from the photo.
        pos	Exceeded my expectations in every way.
        neg	The sequel nobody asked for, and it shows.
        neu	Some good moments but overall forgettable.
        pos	Comfortable, quiet, and the battery lasts forever.
        neg	Tastes like cardboard. Won't buy again.
        neu	It does the job. Wouldn't call it great.
        pos	Funny, smart and surprisingly moving.
        neg	The app constantly disconnects from the device, making it useless.
        neu	Shipping was fast; haven't used it enough to judge yet.
        pos	Five stars, would recommend to anyone.
        neg	A bloated mess with a cast that deserved better.
        neu	Pretty standard superhero fare.
        pos	Sturdy, well made, and looks great in the living room.
        neg	Broke on the second use. Complete waste of money.
        neu	Starts slow, picks up in the second half.
        """

    /// Set AP (twentieth session): English tweets to telcos, banks, shops and apps, some news and politics; 0.73
    /// unseen, 0.93 after.
    static let englishAP = """
        neg	@Verizon my bill went up $30 and nobody can explain why
        pos	@TMobile switched last month and honestly the coverage is way better
        neu	@ATT does the unlimited plan include hotspot?
        neg	@Comcast internet dropping every 20 minutes while I'm trying to work from home
        pos	@chase fraud team caught a sketchy charge before I even noticed, impressed
        neg	@BankofAmerica froze my account for no reason and I can't pay rent
        neu	@WellsFargo what time does the branch on Market St close on Saturdays
        neg	the senator's speech was full of lies and everyone knows it
        neu	The debate starts at 9pm ET on CNN
        pos	proud to have voted today, the line moved fast and the volunteers were lovely
        neg	gas prices are out of control again
        neu	Fed expected to hold rates steady at Wednesday's meeting
        neg	another data breach, another "we take your privacy seriously" email
        pos	@Target the self checkout lady was so patient with my grandma 🥹
        neg	@Walmart ordered a TV, got a box of rocks. literally rocks
        neu	@BestBuy is the price match policy still a thing?
        pos	@Starbucks new fall menu is so good I went twice today
        neg	@McDonalds ice cream machine broken. shocked. absolutely shocked
        neu	@Uber how do I add a second payment method?
        neg	@lyft driver cancelled 3 times in a row and now prices doubled
        pos	@Spotify wrapped is the only thing keeping me going this week lol
        neg	@Apple why does every update make my phone slower
        neu	@Samsung when is the S24 coming to Canada
        pos	@Netflix that new documentary was incredible, everyone needs to watch it
        neg	@hulu ads in the middle of a paid plan is wild
        neu	Heading to the polls after work
        pos	the city finally fixed the pothole on my street after 2 years 😂 progress
        neg	@PlayStation servers down on launch day, classic
        neu	@Xbox is game pass getting the new CoD day one?
        pos	@Amazon the delivery guy put my package behind the planter like I asked, legend
        neg	@USPS my package has been "in transit" to the next state for 11 days
        neu	@DoorDash can I schedule an order for tomorrow?
        neg	@Ticketmaster $60 in fees on a $45 ticket. make it make sense
        pos	@Delta the gate agent rebooked me in 2 min flat, absolute pro
        neg	so glad I spent my whole Saturday on hold with @Comcast 🙃
        neu	@Airbnb does the host see my reviews before accepting?
        pos	@Costco hot dog still $1.50, never change
        neg	@Tesla service center cancelled my appointment again, third time
        neu	Apple event confirmed for September 12
        pos	@Wendys your fries today were actually hot and crispy, who are you
        """

    /// Set AQ (twentieth session): the French counterpart of AP; 0.80 unseen, 0.90 after.
    static let frenchAQ = """
        neg	@SFR ma facture a augmenté de 10€ sans que personne ne m'explique pourquoi
        pos	@free passé chez vous le mois dernier et franchement le débit est bien meilleur
        neu	@Orange le forfait 100 Go inclut-il le partage de connexion ?
        neg	@Bouygues la connexion saute toutes les 20 minutes en plein télétravail
        pos	@CreditAgricole le conseiller a bloqué une fraude avant même que je m'en rende compte, top
        neg	@BNP compte bloqué sans raison et je dois payer mon loyer demain
        neu	@SocieteGenerale l'agence de la rue de Rivoli est ouverte le samedi ?
        neg	ce discours n'était qu'un tissu de mensonges
        neu	Le débat commence à 21h sur France 2
        pos	fier d'avoir voté ce matin, bureau de vote bien organisé et assesseurs adorables
        neg	le prix de l'essence s'envole encore
        neu	La BCE devrait maintenir ses taux jeudi
        neg	encore une fuite de données, encore un mail "nous prenons votre vie privée au sérieux"
        pos	@Carrefour la caissière a été d'une patience incroyable avec ma grand-mère 🥹
        neg	@Cdiscount commandé une télé, reçu un carton vide
        neu	@Fnac vous faites toujours l'alignement des prix ?
        pos	@Starbucks le nouveau menu d'automne est tellement bon que j'y suis allée deux fois
        neg	@McDonalds machine à glace en panne. quelle surprise
        neu	@Uber comment ajouter un deuxième moyen de paiement ?
        neg	@Heetch chauffeur qui annule 3 fois de suite et les prix qui doublent
        pos	@Deezer le flow du matin me sauve la journée à chaque fois
        neg	@Apple pourquoi chaque mise à jour rend mon téléphone plus lent
        neu	@SamsungFR le S24 sort quand en France ?
        pos	@NetflixFR ce documentaire est incroyable, tout le monde doit le voir
        neg	@canalplus des pubs alors que je paie un abonnement, c'est une blague
        neu	Je passe voter après le boulot
        pos	la mairie a enfin rebouché le nid de poule de ma rue après 2 ans 😂 le progrès
        neg	@PlayStation serveurs en panne le jour de la sortie, classique
        neu	@Xbox le nouveau CoD sera dans le Game Pass dès la sortie ?
        pos	@AmazonFR le livreur a déposé le colis derrière le pot de fleurs comme demandé, une crème
        neg	@laposte mon colis est "en cours d'acheminement" depuis 11 jours
        neu	@UberEats je peux programmer une commande pour demain ?
        neg	@Ticketmaster 25€ de frais pour une place à 45€, sérieux
        pos	@AirFrance l'agent m'a replacé sur un autre vol en 2 minutes, un vrai pro
        neg	trop content d'avoir passé mon samedi en attente avec @SFR 🙃
        neu	@Airbnb l'hôte voit-il mes commentaires avant d'accepter ?
        pos	@IKEAFrance le hot-dog toujours à 1€, ne changez rien
        neg	@Tesla le centre de service a encore annulé mon rendez-vous, troisième fois
        neu	Keynote Apple confirmée pour le 12 septembre
        pos	@Quick les frites étaient enfin chaudes et croustillantes aujourd'hui
        """

    /// Set AR (twenty-first session): English tweets to airlines, shops, apps, about everyday life; 0.78 unseen,
    /// 0.92 after.
    static let englishAR = """
        neg	@DeltaAssist sat on the tarmac for 3 hours with no AC and no water. unacceptable
        pos	shoutout to the gate agent at DFW who rebooked my whole family in 5 minutes 🙌
        neu	@SouthwestAir is the 6am flight to Denver still on schedule?
        neg	my uber eats order showed up cold and missing the fries. again.
        pos	the new season of this show is sooo good, binged it in two nights
        neu	Netflix is raising prices in Canada starting next month
        neg	@Spotify why does the app log me out every single time I update it
        pos	finally got my refund from @Expedia after one call, painless process tbh
        neu	anyone know if the Apple store on 5th ave does battery replacements same day?
        neg	this heat is unbearable and the power just went out 🙃
        pos	Tried the oat latte at @Starbucks today and I'm hooked
        neg	@AmazonHelp package marked delivered but it's nowhere. porch cam shows nobody came
        neu	Tesla deliveries for Q3 came in at 435k according to the report
        pos	@Lyft driver noticed I left my wallet and drove back to return it. faith in humanity restored
        neg	waited 45 min at the pharmacy drive thru just to be told they're out of stock
        neu	what time does the Target on Main close tonight?
        pos	@HomeDepot employee spent 20 minutes helping me pick the right drill bits, legend
        neg	@Xfinity outage for the third time this week, I work from home guys come on
        neg	honestly the ending of that movie ruined the whole thing for me
        pos	our little team shipped the release tonight, proud of these folks
        neu	Reminder: the library will be closed Monday for the holiday
        neg	@PlayStation servers down during the tournament, of course
        pos	Customer service at @Zappos is still the gold standard
        neu	@Walmart do you price match online orders?
        neg	Paid for premium and still getting ads. what's the point @YouTube
        pos	first run in months and my knee didn't hurt at all 🎉
        neg	the new update made the battery drain twice as fast, thanks Apple
        neu	The council meets Thursday to vote on the new bike lanes
        pos	@Chipotle the new chicken al pastor is a game changer
        neg	@Ryanair charged me €55 to print a boarding pass. robbery
        neu	Just landed in Lisbon, heading to the hotel now
        pos	can't stop smiling, got the job!!!
        neg	@Hertz reserved a car 2 weeks ago and now they say there are none available
        neu	@BofA_Help how do I set up a travel notice on my debit card?
        pos	@Patagonia repaired my 10 year old jacket for free. lifetime customer
        neg	every time I call @Verizon I get transferred 4 times and then disconnected
        neu	The game starts at 7:30 on ESPN
        pos	not gonna lie the airport lounge upgrade was worth every point
        neg	my flight got cancelled and the rebooking is in 2 days. no hotel voucher. nothing
        neu	Does anyone have a recommendation for a good dentist in Austin?
        pos	@Costco rotisserie chicken never disappoints
        neg	the self checkout yelled "unexpected item in bagging area" 9 times. I'm done
        pos	huge thanks to the nurses on the 4th floor, they were incredible with my dad
        neu	Apple announced the event for September 12
        neg	this game is pay to win garbage now, uninstalling
        pos	@Delta flight attendant gave my kid wings and a tour of the cockpit, he's over the moon
        neg	@USPS my package has been "in transit" for 12 days
        neu	is the @MBTA red line running normally this morning?
        pos	cleanest hotel room I've ever stayed in, @Marriott you nailed it
        neg	can't believe they discontinued my favorite cereal 😭
        neu	New post on the blog: how we migrated our database
        pos	best concert of my life, still buzzing
        neg	@DoorDash driver ate half my order?? the bag was opened
        neu	@united what's the carry-on size limit for basic economy?
        pos	the new bus line cut my commute in half, love it
        neg	landlord raised the rent 20% and still won't fix the heating
        neu	Stocks closed slightly higher on Friday
        pos	@Wendys your fries today were actually hot and crispy, miracles happen
        neg	the customer "support" chatbot just loops me back to the FAQ
        neu	Switching from Android to iPhone, any tips?
        """

    /// Set AS (twenty-first session): French tweets to transport, telecoms, shops, about everyday life; 0.85
    /// unseen, 0.93 after.
    static let frenchAS = """
        neg	@SNCF train supprimé sans prévenir, on est 200 sur le quai à attendre
        pos	merci au contrôleur du TER qui a attendu ma grand-mère, trop gentil
        neu	@SNCF le TGV de 18h12 pour Lyon est-il maintenu demain ?
        neg	@Free box en panne depuis samedi et toujours aucun technicien
        pos	la nouvelle saison de Lupin est vraiment réussie, je recommande
        neu	Le festival ouvre ses portes vendredi à 14h
        neg	@laposte colis perdu, et le service client me renvoie vers le transporteur 🙄
        pos	livraison en 24h et emballage nickel, merci @Cdiscount
        neu	quelqu'un sait si la piscine municipale est ouverte le dimanche ?
        neg	3 semaines pour un rendez-vous chez le médecin, c'est n'importe quoi
        pos	super accueil à la boulangerie du coin, les croissants sont à tomber
        neg	@Orange encore une coupure de fibre, ça devient insupportable
        neu	La réunion est décalée à jeudi 10h
        pos	j'ai enfin reçu mon remboursement @vinted, merci pour la réactivité
        neg	le nouveau menu du resto est immangeable, on n'y retournera pas
        neu	Résultats du second tour attendus vers 20h
        pos	mon fils a eu son bac avec mention 🎉🎉 trop fière
        neg	@Uber_France chauffeur qui annule au bout de 15 min d'attente, bravo
        neu	@AirFrance combien de bagages en soute avec le billet light ?
        pos	le concert d'hier soir était magique, quelle énergie
        neg	facture d'électricité qui double en un an, on va où là
        neu	Nouvelle vidéo en ligne : comment bien choisir son vélo
        pos	@Decathlon échange sans ticket et sans discuter, top
        neg	la mise à jour a cassé l'appli, impossible de me connecter
        neu	Le marché de Noël commence le 25 novembre place Kléber
        pos	franchement le service client @boursorama est au top, réponse en 5 min
        neg	toujours pas de chauffage dans l'appart et le proprio répond pas
        neu	vous conseillez quoi comme forfait mobile pas cher ?
        pos	première fois que je prends Ouigo et rien à redire, ponctuel et propre
        neg	j'ai attendu 2h aux urgences pour qu'on me dise de revenir demain
        neu	Le match est diffusé sur Canal+ à 21h
        pos	@Leroy_Merlin le vendeur a pris le temps de tout m'expliquer, merci à lui
        neg	@bouyguestelecom on me facture des options que j'ai jamais demandées
        neu	Je pars à Marseille ce week-end pour le boulot
        pos	ce petit resto italien dans le 11e, une pépite
        neg	les travaux sous ma fenêtre dès 7h du mat, je craque
        neu	@RATPgroup la ligne 13 circule normalement ce matin ?
        pos	mon colis est arrivé en avance, merci @Amazon_fr
        neg	déçue par le dernier album, rien de nouveau
        pos	trop contente de mon nouveau vélo électrique, ça change la vie
        neu	La mairie organise une collecte de jouets samedi
        neg	@McDonalds_fr commande incomplète pour la deuxième fois cette semaine
        pos	merci @Doctolib, rendez-vous trouvé en deux clics
        neg	ce film est d'un ennui mortel, j'ai dormi à la moitié
        neu	le bus 38 est dévié à cause d'une manif
        pos	accueil chaleureux et chambre impeccable, on reviendra
        neg	@sfr 45 minutes d'attente au téléphone pour finalement raccrocher au nez
        neu	Quelqu'un a testé le nouveau Monop de la gare ?
        pos	soirée jeux entre potes, rien de mieux
        neg	@easyJet_FR vol retardé de 5h et aucune info, aucune collation, rien
        neu	Les inscriptions pour le marathon ouvrent lundi
        pos	le nouveau prof de maths de ma fille est génial, elle adore
        neg	rupture de stock partout, impossible de trouver du lait infantile
        neu	@Fnac vous faites la reprise des anciennes consoles ?
        pos	la vue depuis le sommet valait largement la montée 😍
        neg	mon PC portable a lâché au bout de 8 mois, garantie refusée
        neu	Grève des contrôleurs aériens prévue le 12
        pos	@Ikea_France montage livré et monté en une matinée, équipe au top
        neg	la file d'attente à la préfecture est interminable, 4h debout
        neu	Météo : pluie attendue sur tout le nord demain
        """

    /// Set AT (twenty-first session): short English product reviews, a third middling; 0.69 unseen, 0.81 after.
    static let englishReviewsAT = """
        pos	Fits perfectly and the fabric feels premium. Ordering another color.
        neg	Stopped charging after two weeks. Returned it.
        neu	It's fine. Does what it says, nothing special.
        pos	My dog goes crazy for these treats. Will reorder.
        neg	The lid doesn't seal so it leaks in my bag every day.
        neu	Arrived on time. Haven't used it much yet.
        pos	Easy to assemble, sturdy, and looks great in the living room.
        neg	Smells like chemicals and the smell won't go away.
        neu	Smaller than I expected but it works.
        pos	Battery lasts all week, screen is bright, very happy with it.
        neg	Customer service never answered my emails about the missing parts.
        neu	Average quality for the price.
        pos	Bought this for my mom and she uses it every day. Great gift.
        neg	Cheap plastic, cracked the first time I dropped it.
        neu	The color is a bit different from the photo.
        pos	Best headphones I've owned at this price, the noise cancelling is solid.
        neg	Instructions were useless and two screws were missing.
        neu	Works as described. Shipping took about a week.
        pos	Comfortable right out of the box, no break-in needed.
        neg	Way too loud, sounds like a jet engine. Sending it back.
        neu	Decent blender, a little noisy, does the job.
        pos	Exactly what I needed for my small kitchen.
        neg	The app keeps disconnecting from the device. Frustrating.
        neu	Okay for occasional use, I wouldn't rely on it daily.
        pos	Keeps my coffee hot for hours, love it.
        neg	Stitching came apart after one wash.
        neu	I'm still deciding whether I like it.
        pos	Great value, works better than the expensive brand I had before.
        neg	Not worth the money. Feels flimsy and wobbles.
        neu	It's a phone case. Protects the phone.
        pos	Super soft and warm, my kids fight over this blanket.
        neg	Description says waterproof. It is not.
        neu	Bit pricey but the quality is alright.
        pos	Setup took five minutes and it's been flawless since.
        neg	Worked for a month then died. No response from the seller.
        neu	Three stars. Some good, some bad.
        pos	Would buy again in a heartbeat.
        neg	Arrived broken and the replacement was broken too.
        neu	Meets expectations, no more no less.
        pos	Surprisingly good sound for such a tiny speaker.
        """

    /// Set AU (twenty-first session): short French product reviews, a third middling; 0.92 unseen, 0.95 after.
    static let frenchReviewsAU = """
        pos	Très bon produit, conforme à la description, livraison rapide.
        neg	Tombé en panne au bout de trois semaines, très déçu.
        neu	Correct sans plus, il fait le travail.
        pos	Ma fille adore, elle ne le quitte plus.
        neg	La taille ne correspond pas du tout, beaucoup trop petit.
        neu	Reçu hier, pas encore testé.
        pos	Facile à installer et très silencieux, je recommande.
        neg	Qualité médiocre, les coutures lâchent déjà.
        neu	Produit conforme, rien à signaler.
        pos	Excellent rapport qualité prix, je rachèterai.
        neg	Le vendeur ne répond pas et le colis n'est jamais arrivé.
        neu	Un peu cher pour ce que c'est, mais ça marche.
        pos	Les enfants adorent, jeu très bien pensé.
        neg	Arrivé cassé, emballage insuffisant.
        neu	La couleur est un peu plus foncée que sur la photo.
        pos	Parfait pour mon usage quotidien, batterie qui tient bien.
        neg	Impossible à nettoyer, je regrette mon achat.
        neu	Moyen. Ni bon ni mauvais.
        pos	Super confortable, je les porte tous les jours.
        neg	Odeur de plastique insupportable à l'ouverture.
        neu	Fait ce qu'on lui demande, sans plus.
        pos	Livré en avance et très bien emballé, merci.
        neg	Notice incompréhensible et pièces manquantes.
        neu	Il chauffe un peu mais ça reste utilisable.
        pos	Un vrai bonheur en cuisine, je ne m'en passe plus.
        neg	Ne tient pas la charge plus de deux heures, à fuir.
        neu	Taille normalement.
        pos	Bonne qualité, les finitions sont soignées.
        neg	Service après-vente inexistant, jamais de réponse.
        neu	Pas mal pour le prix, sans être exceptionnel.
        pos	Je suis bluffée par la qualité du son.
        neg	Le produit ne ressemble pas du tout aux photos.
        neu	Bon produit dans l'ensemble, quelques petits défauts.
        pos	Très pratique, je l'emporte partout.
        neg	Trop fragile, cassé à la première utilisation.
        neu	Livraison dans les temps, produit standard.
        pos	Rien à redire, tout est parfait.
        neg	Aucune ressemblance avec l'article commandé, remboursement demandé.
        neu	À voir sur la durée.
        pos	Meilleur achat de l'année !
        """

    /// Set AV (twenty-first session): English everyday tweets (sport, shows, food, town life, news told flatly); 0.85
    /// unseen, 0.93 after.
    static let englishAV = """
        pos	what a goal by Saka in the 89th minute, I'm screaming
        neg	refs were absolutely shocking tonight, robbed
        neu	Kickoff moved to 8pm because of the weather
        pos	this album gets better every time I listen to it
        neg	the sequel is a cash grab with none of the charm of the original
        neu	The trailer drops tomorrow at noon ET
        pos	my grandma just learned how to facetime and she's so proud of herself 😂❤️
        neg	another monday, another broken elevator in my building
        neu	anyone watching the debate tonight?
        pos	the patch finally fixed the frame drops, runs buttery smooth now
        neg	lag is unplayable on the EU servers right now
        neu	Season 3 is confirmed for next spring
        pos	cooked dinner for the first time in weeks and it actually slapped
        neg	my sourdough came out flat as a pancake again 😩
        neu	The store is moving to a new location on Elm Street
        pos	this podcast episode was so good I listened to it twice
        neg	can't sleep, neighbors partying till 3am on a tuesday
        neu	Interest rates were left unchanged today
        pos	the Lakers bench really showed up tonight
        neg	that finale was a mess, so many plot holes
        neu	new phone arrives thursday
        pos	our dog finally learned to sit and I've never been prouder
        neg	traffic on the 405 is a nightmare as usual
        neu	The mayor will speak at 3pm
        pos	farmers market haul today 🍓🥕 so fresh
        neg	paid $18 for a sad little salad at the airport
        neu	What's the wifi password at the office again?
        pos	the crowd at the stadium tonight was electric
        neg	the new logo is ugly, bring back the old one
        neu	Doors open at 6, show starts at 7
        pos	snow day!!! kids are thrilled
        neg	the gym is packed and half the machines are broken
        neu	The museum is free on the first Sunday of the month
        pos	honestly this is the best the show has been in years
        neg	I'm so tired of these endless meetings that could've been an email
        neu	I'll be at the conference in Berlin next week if anyone wants to meet
        pos	finished my first marathon!! legs are dead but heart is full
        neg	the ending felt rushed and unearned
        neu	The library now lends out board games
        pos	the bakery gave me a free cookie because it was my birthday 🥹
        neg	another data breach, my info leaked again, great
        neu	Voting closes at 8pm tonight
        pos	new personal best at the gym today 💪
        neg	the hotel photos were clearly taken 10 years ago
        neu	the match is on channel 4 tonight
        pos	this little cafe has the best cinnamon rolls in town, no contest
        neg	my package got sent back to the warehouse for no reason
        neu	Earnings are out after the bell on Tuesday
        pos	we adopted a kitten today and I'm in love
        neg	the app redesign is confusing and slower than before
        neu	How long does it take to renew a passport these days?
        pos	the live version of this song hits different
        neg	flight delayed, then gate changed, then delayed again. loving this day
        neu	Weather: highs of 12°C with light rain tomorrow
        pos	so grateful for friends who show up with soup when you're sick
        neg	my laptop fan sounds like a helicopter and it's brand new
        neu	The bridge will be closed for repairs this weekend
        pos	the new bike lanes downtown are a huge improvement
        neg	their "limited edition" sold out in 30 seconds to bots again
        neu	I switched to the night shift this month
        """

    /// Set AW (twenty-first session): AV's French counterpart, as people type; 0.83 unseen, 0.90 after.
    static let frenchAW = """
        pos	quel but de Mbappé ptdr il est pas humain
        neg	l'arbitrage ce soir c'était une honte, on s'est fait voler
        neu	le match est décalé à 21h à cause de la pluie
        pos	cet album est une dinguerie, je l'écoute en boucle
        neg	la suite est nulle, ils ont tout gâché
        neu	la bande annonce sort demain midi
        pos	ma grand mère a appris à faire des visios elle est trop fière mdr ❤️
        neg	encore l'ascenseur en panne, 7 étages à pied avec les courses
        neu	vous regardez le débat ce soir ?
        pos	le patch a réglé les chutes de fps, ça tourne nickel
        neg	le lag sur les serveurs est injouable ce soir
        neu	la saison 3 est confirmée pour le printemps
        pos	j'ai cuisiné pour la première fois depuis des semaines et c'était une tuerie
        neg	mon pain est encore raté, tout plat 😩
        neu	le magasin déménage rue de la République
        pos	cet épisode du podcast était tellement bien que je l'ai écouté deux fois
        neg	impossible de dormir, les voisins font la fête jusqu'à 3h un mardi
        neu	les taux directeurs restent inchangés
        pos	le banc a vraiment assuré ce soir, bravo les gars
        neg	ce final était un vrai foutoir, plein d'incohérences
        neu	mon nouveau tel arrive jeudi
        pos	le chien a enfin appris à s'asseoir, je suis trop fier
        neg	le périph est bouché comme d'hab, l'enfer
        neu	le maire prendra la parole à 15h
        pos	marché du dimanche 🍓🥕 tout est frais, un régal
        neg	18€ pour une salade triste à l'aéroport, abusé
        neu	c'est quoi déjà le code wifi du bureau ?
        pos	l'ambiance au stade ce soir était folle
        neg	le nouveau logo est moche, rendez nous l'ancien
        neu	ouverture des portes à 19h, début du concert à 20h
        pos	il neige !!! les enfants sont aux anges
        neg	la salle de sport est blindée et la moitié des machines sont HS
        neu	le musée est gratuit le premier dimanche du mois
        pos	franchement la meilleure saison depuis des années
        neg	marre de ces réunions interminables qui auraient pu être un mail
        neu	je serai au salon à Lyon la semaine prochaine si vous voulez qu'on se voie
        pos	premier marathon bouclé !! j'ai mal partout mais quel bonheur
        neg	la fin était bâclée, aucun sens
        neu	la médiathèque prête maintenant des jeux de société
        pos	la boulangère m'a offert un cookie pour mon anniv 🥹
        neg	encore une fuite de données, mes infos sont dans la nature, génial
        neu	les bureaux de vote ferment à 20h
        pos	nouveau record perso à la salle aujourd'hui 💪
        neg	les photos de l'hôtel datent clairement d'il y a 10 ans
        neu	le match passe sur France 2 ce soir
        pos	ce petit café fait les meilleurs cinnamon rolls de la ville, y a pas débat
        neg	mon colis est reparti à l'entrepôt sans raison
        neu	les résultats trimestriels sont publiés mardi soir
        pos	on a adopté un chaton aujourd'hui, je suis fan
        neg	la nouvelle version de l'appli est une usine à gaz, plus lente qu'avant
        neu	ça prend combien de temps de refaire un passeport en ce moment ?
        pos	la version live de cette chanson est encore plus belle
        neg	vol retardé, changement de porte, encore retardé. quelle journée de rêve
        neu	météo : 12°C et petite pluie demain
        pos	tellement reconnaissante d'avoir des amis qui débarquent avec de la soupe quand t'es malade
        neg	le ventilo de mon PC fait un bruit d'hélico alors qu'il est neuf
        neu	le pont sera fermé pour travaux ce week-end
        pos	les nouvelles pistes cyclables en centre ville c'est vraiment un plus
        neg	l'édition limitée a été raflée par des bots en 30 secondes, encore
        neu	je passe en horaires de nuit ce mois-ci
        """

    /// Set AX (twenty-first session): English critics' sentences on films; 0.72 unseen, 0.95 after.
    static let englishReviewsAX = """
        pos	A quietly devastating portrait of grief that never tips into sentimentality.
        neg	The plot is a tangle of clichés held together by nothing but loud music.
        neu	The film runs just over two hours and is based on the 2014 novel.
        pos	Funny, warm and smarter than it has any right to be.
        neg	It wants to be profound but mostly it's just tedious.
        pos	The performances alone are worth the price of admission.
        neg	Two hours of my life I will never get back.
        neu	It's the third film in the franchise, directed by a newcomer.
        pos	A haunting, gorgeously shot meditation on memory and loss.
        neg	The jokes land with a thud and the pacing is glacial.
        pos	By the end I was in tears, in the best way.
        neg	A charmless remake that forgets everything that made the original work.
        neu	Half thriller, half family drama, it never quite decides which it wants to be.
        pos	Thrilling from start to finish; I was on the edge of my seat.
        neg	The dialogue is so clunky it's almost laughable.
        pos	This is filmmaking at its most generous and alive.
        neg	Even a great cast can't save this mess.
        neu	Fans of the books will notice several changes to the ending.
        pos	An absolute joy, and the best animated film in years.
        neg	Visually striking but emotionally hollow.
        pos	The kind of movie that stays with you for days.
        neg	Predictable, overlong and strangely joyless.
        neu	The director's previous film premiered at Cannes.
        pos	Sharp writing and a star-making turn from its young lead.
        neg	I kept checking my watch.
        pos	It's a small film, but it has an enormous heart.
        neg	A sequel nobody asked for, made with all the passion of a tax form.
        neu	Shot in black and white, mostly in a single apartment.
        pos	Brutal, tender and unforgettable.
        neg	The twist is obvious from the first ten minutes.
        pos	A riveting, beautifully acted drama.
        neg	It's not scary, not funny and not nearly as clever as it thinks.
        neu	Some viewers will find the slow pace rewarding; others will not.
        pos	I laughed harder than I have in a cinema in years.
        neg	A bloated, self-important slog.
        pos	Sad, yes, but also deeply hopeful.
        neg	The CGI looks unfinished and the story makes no sense.
        neu	The score was composed by the band's former guitarist.
        pos	Not a perfect film, but a thoroughly enjoyable one.
        neg	Not even the charming lead can rescue this dull script.
        """

    /// Set AY (twenty-first session): French spectators' reviews of films, AX's counterpart; 0.64 unseen, 0.85 after.
    static let frenchReviewsAY = """
        pos	Un film bouleversant, porté par des acteurs exceptionnels.
        neg	Scénario creux et dialogues ridicules, je me suis ennuyé du début à la fin.
        neu	Le film dure 2h10 et il est adapté d'un roman de 2015.
        pos	Drôle, tendre et intelligent, un vrai bol d'air.
        neg	Ça se veut profond mais c'est surtout long et prétentieux.
        pos	Rien que pour la performance de l'actrice principale, il faut y aller.
        neg	Deux heures de ma vie que je ne récupérerai jamais.
        neu	C'est le troisième volet de la saga, réalisé par un nouveau venu.
        pos	Une mise en scène magnifique et une histoire qui touche en plein cœur.
        neg	Les blagues tombent à plat et le rythme est d'une lenteur affligeante.
        pos	J'ai fini en larmes, mais des larmes de bonheur.
        neg	Un remake sans âme qui oublie tout ce qui faisait le charme de l'original.
        neu	Mi-thriller, mi-drame familial, le film hésite entre les deux.
        pos	Haletant du début à la fin, on ne voit pas le temps passer.
        neg	Les dialogues sont tellement lourds que c'en est presque comique.
        pos	Du grand cinéma, généreux et vivant.
        neg	Même un casting de rêve ne peut pas sauver ce naufrage.
        neu	Les lecteurs du livre remarqueront que la fin a été changée.
        pos	Une pure merveille, le meilleur film d'animation depuis des années.
        neg	Visuellement superbe mais vide d'émotion.
        pos	Le genre de film qui vous hante pendant des jours.
        neg	Prévisible, trop long et sans aucune saveur.
        neu	Le précédent film du réalisateur avait été présenté à Cannes.
        pos	Écriture ciselée et une jeune actrice qui crève l'écran.
        neg	J'ai regardé ma montre toutes les dix minutes.
        pos	Un petit film avec un très grand cœur.
        neg	Une suite dont personne ne voulait, tournée sans la moindre envie.
        neu	Tourné en noir et blanc, presque entièrement dans un appartement.
        pos	Brutal, tendre et inoubliable.
        neg	On devine le rebondissement au bout de dix minutes.
        pos	Un drame captivant, magnifiquement interprété.
        neg	Ni drôle, ni effrayant, ni aussi malin qu'il le croit.
        neu	Certains spectateurs apprécieront la lenteur, d'autres moins.
        pos	Je n'avais pas autant ri au cinéma depuis des années.
        neg	Un pensum boursouflé et prétentieux.
        pos	Triste, oui, mais profondément porteur d'espoir.
        neg	Les effets spéciaux font cheap et l'histoire ne tient pas debout.
        neu	La musique est signée par l'ancien guitariste du groupe.
        pos	Pas parfait, mais franchement très agréable.
        neg	Même l'acteur principal, pourtant charmant, ne sauve pas ce scénario ennuyeux.
        """

    /// Set AZ (twenty-first session): French tweets on the climate and the environment; 0.80 unseen, 0.93 after.
    static let frenchAZ = """
        pos	Belle initiative de la ville de Grenoble pour les pistes cyclables #climat
        neg	Encore un été record de chaleur et nos dirigeants ne font rien #ClimateChange
        neu	La COP21 s'ouvrira le 30 novembre au Bourget
        neg	Les glaciers fondent à une vitesse alarmante, c'est effrayant
        pos	Super nouvelle : la France ferme sa dernière centrale à charbon 👏
        neu	Conférence sur la transition énergétique jeudi à 18h à la fac
        neg	Les promesses de la COP ne sont que du vent, comme d'habitude
        pos	Fier de mon quartier qui a lancé un compost collectif 🌱
        neu	Le rapport du GIEC sera publié lundi
        neg	Déforestation record en Amazonie, c'est une catastrophe
        pos	Les énergies renouvelables dépassent enfin le charbon en Europe, bonne nouvelle
        neu	Le ministre de l'Écologie s'exprimera ce soir au JT de 20h
        neg	Ces SUV partout en ville, quelle aberration écologique
        pos	Bravo aux jeunes qui manifestent pour le climat, ils nous donnent une leçon
        neu	Quel est l'impact carbone d'un aller-retour Paris-New York en avion ?
        neg	Le greenwashing des grandes marques me dégoûte
        pos	Première récolte de mon potager bio, trop contente 🍅
        neu	Débat sur le nucléaire ce soir sur France Culture
        neg	Inondations dans le Sud, des familles ont tout perdu
        pos	Accord historique à Paris, 195 pays signent !
        neu	La taxe carbone augmentera de 4 euros en janvier
        neg	On nous demande de trier nos déchets pendant que les usines polluent en toute impunité
        pos	Le vélo en ville c'est tellement plus agréable depuis les nouveaux aménagements
        neu	Les émissions de CO2 ont baissé de 2% selon l'Insee
        neg	Pic de pollution à Paris, on respire mal depuis trois jours
        pos	Merci à tous les bénévoles qui ont nettoyé la plage ce matin 💙
        neu	Le sommet sur le climat réunit 40 chefs d'État à New York
        neg	La sécheresse ruine les agriculteurs, et personne n'en parle
        pos	Le train de nuit revient, enfin une alternative à l'avion
        neu	Selon Météo-France, l'hiver sera plus doux que la normale
        """

    /// Set BA (twenty-first session): English tweets on events, sport, politics, products; 0.93 unseen, 0.97 after.
    static let englishBA = """
        pos	Going to see the new Batman tomorrow, can't wait!
        neg	Can't believe the Yankees lost again tonight, this season is a disaster
        neu	Obama will speak in Denver on Thursday about the economy
        pos	Kendrick's new album drops Friday and I'm so ready
        neg	Samsung's new update bricked my phone, thanks for nothing
        neu	The iPhone 5 might be announced in September according to rumors
        pos	Happy birthday to my best friend, love you girl!
        neg	Romney's comments today were just embarrassing
        neu	Is anyone going to the Lady Gaga concert on Saturday?
        pos	That Arsenal performance on Sunday was world class
        neg	Traffic on I-95 is horrible because of the accident near exit 12
        neu	Microsoft will release Windows 8 on October 26
        pos	Finally finished my finals, summer here I come!
        neg	The new Facebook timeline is so confusing, I hate it
        neu	Christmas shopping at the mall tomorrow with my mom
        pos	Watching the Olympics opening ceremony, London did an amazing job
        neg	Lost my keys and missed the bus, great start to Monday
        neu	The Lakers play the Celtics on Christmas Day
        pos	Tim Tebow is such a good guy, say what you want about his passing
        neg	Another shooting in Chicago this weekend, so sad
        neu	Tomorrow is the last day to register to vote in Ohio
        pos	The Hunger Games was even better than the book
        neg	My flight to Boston got cancelled because of the storm, stuck in Atlanta
        neu	Apple stock closed at $580 on Friday
        pos	Just got tickets to see Coldplay in May!!
        neg	Netflix raising prices again? Seriously?
        neu	Going to the gym after work then dinner with Sarah
        pos	The new Bond movie is awesome, Adele's theme song too
        neg	I have a huge exam tomorrow and I haven't started studying
        neu	The debate will be moderated by Jim Lehrer
        """

    /// Set BB (twenty-first session): BA's French counterpart; 0.84 unseen, 0.93 after.
    static let frenchBB = """
        pos	Trop hâte de voir le nouveau Star Wars demain soir !!
        neg	Le PSG a encore perdu, cette équipe me désespère
        neu	Macron sera à Marseille jeudi pour parler d'emploi
        pos	Le nouvel album de Stromae est sorti et il est magnifique
        neg	La mise à jour d'iOS a flingué la batterie de mon iPhone
        neu	Le prochain iPhone serait présenté en septembre selon les rumeurs
        pos	Joyeux anniversaire à ma meilleure amie, je t'aime fort ❤️
        neg	Les déclarations du ministre aujourd'hui étaient franchement lamentables
        neu	Quelqu'un va au concert d'Angèle samedi ?
        pos	Quel match de l'OL hier soir, une vraie démonstration
        neg	Bouchons monstres sur l'A7 à cause d'un accident
        neu	La nouvelle version de Windows sortira le 5 octobre
        pos	Partiels terminés, vive les vacances !
        neg	Le nouveau design de l'appli est une horreur, rendez-nous l'ancien
        neu	Courses de Noël demain avec ma mère
        pos	La cérémonie d'ouverture des JO était grandiose, bravo Paris
        neg	Clés perdues et bus raté, super début de semaine
        neu	Le PSG affronte l'OM dimanche soir
        pos	Mbappé est vraiment un mec en or, quoi qu'on en dise
        neg	Encore une fusillade ce week-end, c'est tellement triste
        neu	Demain c'est le dernier jour pour s'inscrire sur les listes électorales
        pos	Le film était encore meilleur que le livre
        neg	Mon vol pour Nice est annulé à cause de la tempête, bloquée à Lyon
        neu	L'action Total a clôturé à 58 euros vendredi
        pos	Je viens d'avoir des places pour Coldplay en juin !!
        neg	Netflix augmente encore ses prix ? Sérieusement ?
        neu	Salle de sport après le boulot puis dîner avec Sarah
        pos	Le nouveau James Bond est génial, et la chanson d'Adele aussi
        neg	J'ai un énorme partiel demain et j'ai même pas commencé à réviser
        neu	Le débat sera animé par Léa Salamé
        """

    /// Set BC (twenty-first session): English hotel and restaurant reviews, a third middling; 0.67 unseen, 0.72
    /// after (middling verdicts through mild words — `decent`, `fine`, `okay` — stay the weak class).
    static let englishReviewsBC = """
        pos	Great little hotel, friendly staff and a fantastic breakfast. Would stay again.
        neg	Room was dirty, the shower barely worked and reception didn't care.
        neu	Decent location, average rooms, nothing to write home about.
        pos	The pasta was perfectly cooked and the tiramisu was heavenly.
        neg	Waited an hour for cold food. Never again.
        neu	Food was okay, service a bit slow, prices fair.
        pos	Lovely staff who went above and beyond for our anniversary.
        neg	Overpriced and underwhelming, the steak was chewy.
        neu	It's a chain hotel. Clean, functional, forgettable.
        pos	Best brunch spot in the neighbourhood, hands down.
        neg	The noise from the street kept us up all night.
        neu	Good coffee, uncomfortable chairs.
        pos	Spotless room and an amazing view of the harbour.
        neg	Rude waiter and the order was wrong twice.
        neu	Standard airport hotel, fine for one night.
        pos	The kids loved the pool and the staff were so welcoming.
        neg	Bed bugs. Enough said.
        neu	The menu is small but changes every week.
        pos	Incredible tasting menu, worth every penny.
        neg	The pictures online are very misleading, the room was tiny and dark.
        neu	Parking is available but costs extra.
        pos	Cozy place, great cocktails, we'll be back.
        neg	Booked a sea view and got a view of the car park.
        neu	Some dishes were great, others were bland.
        pos	Check-in was quick and the bed was incredibly comfortable.
        neg	Air conditioning broken in July and no other room available.
        neu	Not bad, not great. Probably wouldn't go out of my way to return.
        pos	A hidden gem, the owner made us feel at home.
        neg	Food poisoning after the seafood platter.
        neu	Breakfast is included, served from 7 to 10.
        pos	Fresh, generous portions and reasonable prices.
        neg	Hair in my soup and the manager shrugged.
        neu	The hotel is undergoing renovations, so the gym was closed.
        pos	Stunning rooftop bar, the sunset was unforgettable.
        neg	Charged us for drinks we never ordered.
        neu	Service was attentive, though the food didn't quite live up to the hype.
        pos	Everything was perfect from start to finish.
        neg	Musty smell in the room and stained towels.
        neu	Fine for the price, just don't expect luxury.
        pos	The chef came out to say hello, such a nice touch.
        """

    /// Set BD (twenty-first session): BC's French counterpart; 0.69 unseen, 0.81 after.
    static let frenchReviewsBD = """
        pos	Petit hôtel charmant, personnel adorable et petit-déjeuner excellent. On reviendra.
        neg	Chambre sale, douche qui fonctionne à moitié et accueil désagréable.
        neu	Emplacement correct, chambres moyennes, rien d'exceptionnel.
        pos	Les pâtes étaient parfaitement cuites et le tiramisu divin.
        neg	Une heure d'attente pour des plats froids. Plus jamais.
        neu	Cuisine correcte, service un peu lent, prix raisonnables.
        pos	Personnel aux petits soins pour notre anniversaire de mariage.
        neg	Trop cher pour ce que c'est, la viande était dure.
        neu	Un hôtel de chaîne. Propre, fonctionnel, sans plus.
        pos	Le meilleur brunch du quartier, sans hésiter.
        neg	Le bruit de la rue nous a empêchés de dormir toute la nuit.
        neu	Bon café, chaises inconfortables.
        pos	Chambre impeccable et vue magnifique sur le port.
        neg	Serveur impoli et commande fausse deux fois.
        neu	Hôtel d'aéroport classique, parfait pour une nuit.
        pos	Les enfants ont adoré la piscine et l'équipe était aux petits soins.
        neg	Des punaises de lit. Tout est dit.
        neu	La carte est courte mais change chaque semaine.
        pos	Menu dégustation incroyable, chaque euro en valait la peine.
        neg	Les photos sur le site sont trompeuses, la chambre était minuscule et sombre.
        neu	Parking disponible mais payant.
        pos	Endroit cosy, cocktails excellents, on reviendra !
        neg	Réservé une vue mer et on a eu vue sur le parking.
        neu	Certains plats étaient très bons, d'autres fades.
        pos	Enregistrement rapide et lit incroyablement confortable.
        neg	Climatisation en panne en juillet et aucune autre chambre disponible.
        neu	Pas mal, sans plus. Je n'y retournerai pas forcément.
        pos	Une pépite cachée, le patron nous a accueillis comme à la maison.
        neg	Intoxication alimentaire après le plateau de fruits de mer.
        neu	Petit-déjeuner inclus, servi de 7h à 10h.
        pos	Produits frais, portions généreuses et prix raisonnables.
        neg	Un cheveu dans ma soupe et le responsable a haussé les épaules.
        neu	L'hôtel est en travaux, la salle de sport était fermée.
        pos	Rooftop splendide, un coucher de soleil inoubliable.
        neg	On nous a facturé des boissons jamais commandées.
        neu	Service attentionné, même si la cuisine n'était pas à la hauteur de sa réputation.
        pos	Tout était parfait du début à la fin.
        neg	Odeur de moisi dans la chambre et serviettes tachées.
        neu	Correct pour le prix, il ne faut juste pas s'attendre à du luxe.
        pos	Le chef est venu nous saluer, une belle attention.
        """

    /// Set BE (twenty-first session): French tweets as people type them (text-speak, slang, no accents); 0.77
    /// unseen, 1.00 after.
    static let frenchBE = """
        neg	jsuis dég le train est encore supprimé ptn
        pos	trop bi1 le concert hier soir jvous jure
        neg	c nul ce nouveau forfait, ils se foutent de nous
        neu	qqn sait a quelle heure ouvre la poste le samedi
        pos	mdrr jsuis mort de rire devant cette vidéo
        neg	wsh la connexion elle saute toutes les 5 min c relou
        pos	big up a l'équipe du resto, trop gentils
        neg	jpp de cette appli elle bug tout le temps
        neu	jsuis dans le tram la, j'arrive dans 10 min
        pos	grave contente de mon nouveau tel 😍
        neg	la flemme d'aller bosser avec cette pluie 😒
        pos	ce jeu est ouf franchement
        neg	g attendu 1h au telephone pr rien
        neu	tkt je te tiens au courant pour samedi
        pos	merci la team pour l'anniv surprise jvous aime ❤️
        neg	sa fait 3 jours que jai pas de wifi jen peux plus
        neu	on se retrouve devant la gare a 18h ?
        pos	la nouvelle maj est trop stylée
        neg	chelou leur service client, personne répond jamais
        pos	jkiffe trop ce son
        neg	le livreur a laissé mon colis sous la pluie, bravo 🙄
        neu	vous savez si le magasin est ouvert le dimanche ?
        pos	trop fier de mon petit frère il a eu son permis 🎉
        neg	encore en retard ce bus de merde
        neu	jsp quoi regarder ce soir, des idées ?
        pos	c'était incroyable la soirée d'hier, merci à tous
        neg	osef de leurs excuses, rembourse moi
        neu	la réunion est décalée à demain apparemment
        pos	ce resto est une dinguerie, foncez
        neg	jvais péter un câble avec ce service client
        """

    /// Set BF (twenty-first session): English tweets about games and gaming hardware; 0.93 unseen, 0.97 after.
    static let englishBF = """
        pos	the new patch finally fixed matchmaking, GG devs
        neg	servers down AGAIN during the raid, unbelievable
        neu	patch notes for 2.4 are up on the forum
        pos	this controller feels amazing in the hand
        neg	my PS5 keeps crashing on the loading screen
        neu	does anyone know if cross-play is coming to switch?
        pos	downloaded the beta and honestly it's so smooth
        neg	another battle pass with nothing worth buying
        neu	the tournament finals are this Sunday at 3pm EST
        pos	my GPU upgrade was so worth it, 144fps everywhere
        neg	the store charged me twice for the same skin
        neu	Steam summer sale starts Thursday
        pos	best co-op game I've played in years, my friends are hooked
        neg	these loot boxes are a total scam
        neu	what are the recommended specs for the new game?
        pos	customer support refunded my accidental purchase in minutes, respect
        neg	the PC port is unplayable, 20 fps on a 4090
        neu	switching my main to support next season
        pos	that boss fight was epic
        neg	I lost all my save data after the update
        neu	they announced a remaster at the showcase today
        pos	this indie game deserves way more attention, what a gem
        neg	cheaters in every ranked match, fix your anticheat
        neu	is the deluxe edition worth it or should I get the standard?
        pos	the soundtrack on this game is unreal
        neg	60 dollars for a game that feels unfinished
        neu	streaming the new map tonight at 8
        pos	shoutout to the mods for keeping this community awesome
        neg	queue times are ridiculous right now
        neu	the update is 45GB so plan accordingly
        """

    /// Set BG (twenty-first session): English tweets to airlines in the manner of the public airline-sentiment tweets
    /// (`Cancelled Flightled` as they have it); 0.90 unseen, 1.00 after.
    static let englishBG = """
        neg	@USAirways 2 hrs on hold and then the call drops. every single time
        pos	@VirginAmerica you guys rock, best inflight entertainment hands down
        neu	@JetBlue do you fly direct from Boston to Aruba?
        neg	@united Cancelled Flighted again and the agent just shrugged. 3rd time this month
        neg	@AmericanAir bags didn't make the connection. no one at the desk. 
        pos	@SouthwestAir thanks for getting me home early, you're the best
        neu	@united is there a fee to change a flight booked with miles?
        neg	@USAirways worst customer service ever. period.
        neg	@JetBlue seats are broken and the tv doesn't work, for a 5 hour flight
        pos	@Delta smooth flight, friendly crew, on time. can't ask for more
        neu	@SouthwestAir when does the fall schedule open?
        neg	@AmericanAir stuck at DFW overnight with no hotel, thanks for nothing
        neg	@united my seat assignment disappeared after check in??
        pos	@VirginAmerica love the mood lighting and the snacks 😍
        neu	@JetBlue just booked my first flight with you, any tips?
        neg	@USAirways been trying to reach someone for 2 days about my refund
        neg	@united the gate agent was incredibly rude to an elderly passenger
        pos	@SouthwestAir flight attendant sang the safety announcement, made my day 😂
        neu	@AmericanAir what's the status of flight 1423?
        neg	@Delta delayed 4 hours for a "mechanical issue" and no updates
        pos	@JetBlue thank you for taking such good care of my mom today
        neg	@united you lost my stroller. with a toddler. at midnight.
        neu	@VirginAmerica do you have a lounge at LAX?
        neg	@USAirways your website keeps erroring out when I try to check in
        pos	@AmericanAir upgrade to first on my birthday, you made my year!
        neg	@SouthwestAir the boarding process today was total chaos
        neu	@united flying to Denver tomorrow morning
        neg	@JetBlue no wifi on a cross country flight in 2015??
        pos	@Delta the new app is actually really good, rebooking took 30 seconds
        neg	@AmericanAir hold music for 90 minutes is not customer service
        neu	@USAirways can I bring a car seat on board?
        neg	@united overbooked and bumped. compensation offered: a $10 meal voucher. wow
        pos	@SouthwestAir no bag fees is the reason I always fly with you
        neg	@JetBlue the plane smelled like a bathroom the entire flight
        neu	@VirginAmerica will there be a sale for flights to Dallas soon?
        neg	@AmericanAir flight Cancelled Flightled and rebooked for Thursday. it's Monday
        pos	@united pilot kept us updated the whole delay, appreciated
        neg	@USAirways I want a refund, not a voucher
        neu	@Delta how early should I arrive for an international flight?
        pos	@JetBlue free snacks and a smile, that's why I'm loyal
        """

    /// Set BH (twenty-first session): French tweets to airlines and transport, BG's counterpart; 0.83 unseen, 0.92
    /// after.
    static let frenchBH = """
        neg	@AirFrance 2h au téléphone et la ligne coupe. à chaque fois
        pos	@transavia équipage au top, vol impeccable, merci !
        neu	@easyJet_FR vous desservez Porto depuis Nantes cet été ?
        neg	@AirFrance vol annulé pour la 3e fois ce mois-ci et l'agent hausse les épaules
        neg	@SNCF ma valise a disparu entre Paris et Lyon, personne au guichet
        pos	@SNCF merci au contrôleur du TGV 6607, d'une gentillesse rare
        neu	@AirFrance y a-t-il des frais pour modifier un billet payé en miles ?
        neg	@easyJet_FR pire service client de ma vie. point.
        neg	@transavia sièges cassés et écran HS pour 4h de vol
        pos	@AirFrance vol à l'heure, équipage souriant, rien à redire
        neu	@SNCF quand ouvrent les réservations pour Noël ?
        neg	@easyJet_FR coincés à Orly pour la nuit sans hôtel, merci pour rien
        neg	@AirFrance mon siège réservé a disparu après l'enregistrement ??
        pos	@transavia les nouveaux sièges sont vraiment confortables 😍
        neu	@RATPgroup le RER B circule-t-il ce week-end ?
        neg	@AirFrance ça fait 2 semaines que j'attends mon remboursement
        neg	@SNCF l'agent a été d'une impolitesse incroyable avec une dame âgée
        pos	@easyJet_FR l'hôtesse a fait l'annonce en chantant, trop drôle 😂
        neu	@AirFrance quel est le statut du vol AF1234 ?
        neg	@transavia retard de 4h pour "raison technique" et aucune info
        pos	@SNCF merci d'avoir pris soin de ma fille qui voyageait seule
        neg	@AirFrance vous avez perdu la poussette. avec un bébé. à minuit.
        neu	@easyJet_FR il y a un salon à Nice ?
        neg	@SNCF votre site plante dès que je veux valider le panier
        pos	@AirFrance surclassement pour mon anniversaire, vous êtes géniaux !
        neg	@RATPgroup l'embarquement dans le bus ce matin, la jungle
        neu	@SNCF je prends le train de 7h demain pour Bordeaux
        neg	@transavia pas de wifi sur un vol de 5h en 2024 ??
        pos	@SNCF la nouvelle appli est vraiment bien, échange de billet en 30 secondes
        neg	@AirFrance 1h30 de musique d'attente, c'est pas ça le service client
        neu	@easyJet_FR je peux prendre un siège auto en cabine ?
        neg	@AirFrance surbooking et débarqué. compensation : un bon repas de 10€. bravo
        pos	@transavia bagage cabine gratuit, c'est pour ça que je vole avec vous
        neg	@SNCF le wagon sentait les toilettes tout le trajet
        neu	@easyJet_FR y aura-t-il des promos vers Lisbonne bientôt ?
        neg	@AirFrance vol annulé et reprogrammé jeudi. on est lundi
        pos	@SNCF le conducteur nous a tenus informés pendant tout le retard, merci
        neg	@easyJet_FR je veux un remboursement, pas un avoir
        neu	@AirFrance combien de temps avant faut-il arriver pour un vol international ?
        pos	@transavia snacks offerts et sourires, c'est pour ça que je reste fidèle
        """

    /// Set BI (twenty-first session): French political tweets, a third news told flatly; 0.77 unseen, 0.93 after.
    static let frenchBI = """
        neg	Encore une réforme des retraites imposée sans débat, honteux
        neu	Le Conseil constitutionnel rendra sa décision jeudi
        pos	Belle victoire pour les soignants, la prime est enfin votée
        neg	Ce gouvernement méprise les classes moyennes, ça devient insupportable
        neu	Le Premier ministre sera l'invité de France Inter demain matin
        neg	49.3 encore une fois, bravo la démocratie...
        pos	Discours très juste du maire ce soir, enfin quelqu'un qui parle vrai
        neu	Les résultats des municipales seront connus vers 22h
        neg	Les promesses de campagne déjà oubliées, quelle surprise
        pos	Fière de voir autant de jeunes voter aujourd'hui 🗳️
        neu	Le budget 2025 sera présenté au Parlement en octobre
        neg	Le débat d'hier soir était d'un niveau lamentable
        pos	Enfin une mesure concrète pour le pouvoir d'achat, on prend
        neu	Sondage : 42% des Français favorables à la mesure
        neg	Les députés absents pour le vote, c'est une honte
        neu	Le président se rendra en Allemagne la semaine prochaine
        pos	Bravo à la ministre pour sa réponse pleine de bon sens
        neg	Toujours les mêmes qui paient, ras le bol
        neu	Le projet de loi sera examiné au Sénat à partir du 12
        neg	Quelle hypocrisie de parler d'écologie en prenant le jet privé
        pos	Super initiative de la région pour les transports gratuits des étudiants
        neu	Manifestation prévue samedi de la Bastille à la Nation
        neg	Les impôts augmentent encore, merci pour ce cadeau
        neu	Le taux de chômage est stable à 7,3% selon l'Insee
        pos	Un accord enfin trouvé entre les syndicats et la direction, bonne nouvelle
        neg	Le ministre ment effrontément et personne ne réagit
        neu	Qui sera la tête de liste aux européennes ?
        pos	Très bonne interview de la maire ce matin, claire et honnête
        neg	La réforme de l'assurance chômage va plonger des milliers de familles dans la précarité
        neu	Le conseil municipal se réunit ce soir à 19h
        """

    /// Set BJ (twenty-first session): BI's English counterpart; 0.86 unseen, 0.93 after.
    static let englishBJ = """
        neg	Another bill passed without a single hearing. Disgraceful.
        neu	The Supreme Court will issue its ruling on Thursday
        pos	Huge win for nurses today, the pay raise finally passed
        neg	This administration keeps ignoring working families
        neu	The Governor will appear on Meet the Press this Sunday
        pos	Really good speech by the mayor tonight, finally someone telling it like it is
        neu	Polls close at 8pm Eastern
        neg	Campaign promises already forgotten. Shocking, I know.
        pos	So proud to see so many young people voting today 🗳️
        neu	The budget proposal goes to Congress in October
        neg	Last night's debate was an embarrassment for everyone involved
        pos	Finally a real plan to lower prescription costs, about time
        neu	Poll: 42% of voters support the measure
        neg	Half the senators didn't even show up for the vote. Pathetic.
        neu	The President travels to Germany next week
        neg	Same people always paying the price, I'm sick of it
        neu	The bill goes to the Senate floor on the 12th
        neg	Lecturing us about climate while flying private. The hypocrisy.
        pos	Great initiative from the state making transit free for students
        neu	March planned Saturday from the Capitol to City Hall
        neg	Taxes going up again, thanks for the gift
        neu	Unemployment held steady at 4.1% last month
        pos	A deal between the union and management, great news for the workers
        neg	The senator lied on live TV and nobody called it out
        neu	Who's going to lead the ticket in 2028?
        pos	Excellent interview with the mayor this morning, clear and honest
        neg	This cut will push thousands of families into poverty
        neu	City council meets tonight at 7
        pos	Bipartisan support for the infrastructure bill, good to see
        neg	Gerrymandering at its worst, this map is a joke
        """

    /// Set BK (twenty-first session): French tweets to banks and insurers; 0.73 unseen, 0.93 after.
    static let frenchBK = """
        neg	@CreditAgricole 3 semaines pour débloquer ma carte, c'est une blague
        pos	@MAIF sinistre réglé en 48h, franchement chapeau
        neu	@AXA_France comment déclarer un dégât des eaux en ligne ?
        neg	@SocieteGenerale frais de tenue de compte encore augmentés, je pars
        pos	@Boursorama virement instantané gratuit, ça change la vie
        neu	@LCL vos agences sont ouvertes le samedi ?
        neg	@BNPParibas l'appli refuse ma connexion depuis la mise à jour
        pos	@Fortuneo conseillère très à l'écoute, merci pour votre aide
        neg	@MACIF toujours aucune nouvelle de mon dossier après 2 mois
        neu	@CaisseEpargne quel est le plafond de retrait de la carte Visa classic ?
        neg	@AXA_France l'expert n'est jamais venu et personne ne rappelle
        pos	@Revolut_fr carte reçue en 3 jours, appli nickel
        neg	@LaBanquePostale 45 min au téléphone pour s'entendre dire de passer en agence
        neu	@Qonto vous gérez les comptes des associations ?
        pos	@CreditMutuel mon conseiller a trouvé une solution en une journée, top
        neg	@SocieteGenerale prélèvement rejeté à cause de votre bug, et c'est moi qui paie les frais
        neu	je change de banque le mois prochain
        pos	@MAAF accueil super sympa en agence ce matin
        neg	@Boursorama service client injoignable depuis une semaine
        neu	@BNPParibas la carte est-elle compatible Apple Pay ?
        neg	@MMA votre devis a doublé sans explication
        pos	@N26France ouverture de compte en 10 min, bluffant
        neg	@LCL conseiller qui change tous les 6 mois et qui ne connaît jamais mon dossier
        neu	@AXA_France je souhaite résilier mon contrat habitation, quelle est la démarche ?
        pos	@Matmut remboursement reçu, merci pour la rapidité
        neg	@CaisseEpargne plafond bloqué en pleine semaine de vacances, merci du cadeau
        neu	ouverture d'un PEL, des conseils ?
        pos	@Shine_fr enfin une banque qui comprend les indépendants
        neg	@CreditAgricole carte avalée par le distributeur un dimanche, évidemment
        neu	@Boursorama les virements internationaux sont-ils payants ?
        """

    /// Set BL (twenty-first session): English tweets to device and app makers; 0.80 unseen, 0.90 after.
    static let englishBL = """
        neg	@Apple the new iOS update made my keyboard lag like crazy
        pos	@Samsung the camera on this phone is insane, night shots look like daylight
        neu	@Google when is the Pixel 9 coming to Canada?
        neg	@Microsoft Teams crashed 3 times during one meeting. impressive.
        pos	@Dell laptop arrived a day early and setup was painless
        neu	@AppleSupport how do I transfer my photos to a new iPhone?
        neg	@HP printer says it's out of ink after 40 pages. scam
        pos	@Logitech this mouse is the best $30 I've ever spent
        neg	@Spotify shuffle plays the same 20 songs every time
        neu	@Adobe is there a student discount for Creative Cloud?
        pos	@Garmin battery life on this watch is unreal, 2 weeks and counting
        neg	@Xbox my controller drifts and it's 3 months old
        neu	@Netflix what time does the new season drop?
        neg	@Uber app charged me for a ride I cancelled
        pos	@Sonos setup took 2 minutes and the sound is gorgeous
        neg	@Amazon Alexa stopped understanding literally anything I say
        neu	@Tesla does the software update include the new autopilot features?
        pos	@Anker this charger is tiny and charges my laptop fast, love it
        neg	@Comcast paying for 500 Mbps and getting 40. cool cool cool
        neu	@Apple my AirPods case won't close properly, is that covered by warranty?
        pos	@Canon customer support walked me through the fix in 10 minutes, thank you
        neg	@Meta why was my account locked for no reason??
        neu	@Fitbit can I sync without the app?
        pos	@Nintendo the new Zelda is a masterpiece
        neg	@Zoom audio keeps cutting out, unusable for calls
        neu	@Roku is there a way to turn off autoplay previews?
        pos	@Kindle reading in bed without a lamp is a game changer
        neg	@Lenovo the hinge cracked after 6 months of normal use
        neu	@Apple what's the trade in value for an iPhone 12?
        pos	@Bose the noise cancelling on these is witchcraft
        """

    /// Set BM (twenty-first session): English restaurant reviews; 0.69 unseen, 0.84 after.
    static let englishReviewsBM = """
        pos	Honestly the best pizza I've had outside of Naples. The crust is perfection.
        neg	Ordered the burger medium, got it well done and dry. Fries were soggy.
        neu	They only take cash and there's usually a line on weekends.
        pos	Tiny place but the dumplings are out of this world.
        neg	Server forgot our drinks twice and never came back to check on us.
        neu	The menu changed, they no longer serve breakfast after 11.
        pos	Staff remembered my order from last week, such a lovely touch.
        neg	$24 for a sandwich that was mostly bread. Hard pass.
        neu	Portions are big, so we shared two plates between three people.
        pos	Every single dish was a hit with our group.
        neg	The place was filthy and the bathroom was out of order.
        neu	Reservations recommended on Friday nights.
        pos	The chocolate cake alone is worth the trip.
        neg	Food took over an hour and came out lukewarm.
        neu	They have a separate gluten-free menu if you ask.
        pos	Great vibe, great music, great cocktails.
        neg	Manager was dismissive when we pointed out the wrong order.
        neu	It's a small menu: three starters, four mains, two desserts.
        pos	Exceeded expectations for a hotel restaurant.
        neg	Found a bug in my salad. Yes, an actual bug.
        """

    /// Set BN (twenty-first session): BM's French counterpart; 0.75 unseen, 0.95 after.
    static let frenchReviewsBN = """
        pos	Honnêtement la meilleure pizza que j'ai mangée hors de Naples, la pâte est parfaite.
        neg	Burger commandé à point, servi trop cuit et sec. Frites molles.
        neu	Ils ne prennent que les espèces et il y a souvent la queue le week-end.
        pos	Tout petit restaurant mais les raviolis sont une tuerie.
        neg	Le serveur a oublié nos boissons deux fois et n'est jamais revenu.
        neu	La carte a changé, plus de petit-déjeuner après 11h.
        pos	Le personnel se souvenait de ma commande de la semaine dernière, trop sympa.
        neg	24€ le sandwich, et c'était surtout du pain. Non merci.
        neu	Les portions sont copieuses, on a partagé deux plats à trois.
        pos	Chaque plat a fait l'unanimité à notre table.
        neg	Salle crasseuse et toilettes hors service.
        neu	Réservation conseillée le vendredi soir.
        pos	Le gâteau au chocolat vaut à lui seul le déplacement.
        neg	Plus d'une heure d'attente pour des plats tièdes.
        neu	Il existe une carte sans gluten sur demande.
        pos	Super ambiance, bonne musique, cocktails excellents.
        neg	Le responsable a été méprisant quand on a signalé l'erreur de commande.
        neu	C'est une petite carte : trois entrées, quatre plats, deux desserts.
        pos	Bien meilleur que ce qu'on attendait pour un restaurant d'hôtel.
        neg	Un insecte dans ma salade. Oui, un vrai insecte.
        """

    /// Set BO (twenty-first session): French product reviews; 0.80 unseen, 0.95 after.
    static let frenchReviewsBO = """
        pos	Aspirateur puissant et silencieux, la maison n'a jamais été aussi propre.
        neg	La batterie ne tient même pas 10 minutes, remboursement demandé.
        neu	Livré avec deux embouts, le troisième est vendu séparément.
        pos	Très bonne cafetière, le café est chaud et bien corsé.
        neg	Le couvercle s'est cassé au bout d'une semaine, plastique de mauvaise qualité.
        neu	Je l'utilise surtout le week-end, pour l'instant ça va.
        pos	Mes enfants adorent ce jeu, on y joue tous les soirs.
        neg	Article reçu d'occasion alors qu'il était vendu neuf.
        neu	Conforme à la description, sans surprise.
        pos	Enfin une coque qui protège vraiment, mon téléphone a survécu à une chute.
        neg	Taille beaucoup trop petit, impossible à enfiler.
        neu	Le montage prend environ une heure avec deux personnes.
        pos	Rapport qualité-prix imbattable, je recommande les yeux fermés.
        neg	Le son grésille dès qu'on monte le volume.
        neu	La couleur réelle est plutôt gris foncé que noir.
        pos	Super moelleux, je dors comme un bébé depuis.
        neg	Il a fallu trois relances pour obtenir une réponse du vendeur.
        neu	Fonctionne avec les piles AA, non fournies.
        pos	Un vrai bijou, tout le monde me demande où je l'ai acheté.
        neg	Arrivé avec deux semaines de retard et la boîte écrasée.
        """

    /// Set BP (twenty-first session): English tweets to telecoms; 0.75 unseen, 0.90 after.
    static let englishBP = """
        neg	@TMobile no signal in my own apartment for a week now
        pos	@Verizon rep fixed my billing issue in one call, appreciate you
        neu	@ATT is 5G available in Tulsa yet?
        neg	@Comcast your tech was supposed to come between 8 and 12. it's 4pm
        pos	@GoogleFi international roaming just worked the second I landed, love it
        neu	@Sprint how do I unlock my phone for travel?
        neg	@Spectrum internet goes down every evening at 7 like clockwork
        pos	@Mint switched last month and saving $40 a month, no regrets
        neg	@Verizon charged an activation fee nobody mentioned in store
        neu	@TMobile does the Magenta plan include Netflix?
        neg	@ATT chat agent disconnected me after 45 minutes
        pos	@Xfinity the new router is a huge upgrade, speeds are way up
        neu	@Cox are you doing maintenance in Phoenix tonight?
        neg	@Spectrum cancelled my appointment without telling me, took a day off for nothing
        pos	@Visible cheapest plan I've had and it actually works
        neg	@Comcast price went up again and the service got worse
        neu	@Verizon what's the upgrade fee for the iPhone 16?
        pos	@TMobile the store manager went out of her way to help my grandma set up her phone
        neg	@ATT my bill says I used 40GB abroad. I was home the whole month
        neu	@Spectrum switching to the 500 Mbps plan next week
        """

    /// Set BQ (twenty-first session): French tweets of TV audiences; 0.90 unseen, 0.95 after.
    static let frenchBQ = """
        pos	#KohLanta quel épisode de fou ce soir, j'ai crié devant ma télé 😂
        neg	#TheVoice le jury a éliminé la meilleure voix de la saison, scandaleux
        neu	#Quotidien l'invité de ce soir est Thomas Pesquet
        pos	#LesEnfoirés la chanson finale m'a mis les larmes aux yeux ❤️
        neg	@TF1 trop de pubs, 3 coupures en 20 minutes c'est abusé
        neu	#DALS la finale sera diffusée samedi prochain
        pos	#Top Chef ce dessert était une œuvre d'art, bravo à lui
        neg	@canalplus l'appli plante pile au moment du penalty 😡
        neu	Vous regardez quoi ce soir ? #PrimeTime
        pos	#LoupsGarous la meilleure émission de la rentrée sans hésiter
        neg	#JT20h reportage complètement à côté de la plaque, on a honte pour eux
        neu	@France2tv à quelle heure commence le match ?
        pos	#StarAcademy les élèves ont tout donné ce soir, frissons garantis
        neg	la saison 2 est d'un ennui, ils ont perdu tout ce qui faisait le charme
        neu	#Koh Lanta épisode 5 ce mardi à 21h10
        pos	@ARTEfr ce documentaire sur les océans est sublime
        neg	@M6 vous avez encore déprogrammé ma série sans prévenir, merci bien
        neu	Le replay est dispo sur MyTF1 jusqu'à dimanche
        pos	#ZoneInterdite enquête passionnante ce soir
        neg	ce présentateur coupe la parole à tout le monde, insupportable
        """

    /// Set BR (twenty-first session): BQ's English counterpart; 0.90 unseen, 0.95 after.
    static let englishBR = """
        pos	#Survivor that blindside tonight was INSANE, I'm screaming 😂
        neg	#TheVoice they eliminated the best singer of the season, robbed
        neu	#SNL this week's host is Pedro Pascal
        pos	that finale had me in tears, what a show ❤️
        neg	@NBC three ad breaks in twenty minutes, come on
        neu	#DWTS the finale airs next Monday
        pos	#TopChef that dessert was a work of art
        neg	@ESPN app crashed right as they took the penalty 😡
        neu	what's everyone watching tonight? #primetime
        pos	best new show of the fall, no question
        neg	that segment was so tone deaf, embarrassing
        neu	@CBS what time does the game start?
        pos	the cast gave everything tonight, chills
        neg	season 2 is so boring, they lost everything that made it special
        neu	new episode Tuesday at 9/8c
        pos	@PBS this ocean documentary is breathtaking
        neg	@FOX you moved my show again without any notice, thanks a lot
        neu	it's streaming on Peacock until Sunday
        pos	#Dateline gripping episode tonight
        neg	this host keeps talking over every guest, unbearable
        """

    /// Set BS (twenty-second session): English reviews of products, restaurants, hotels and books, with
    /// middling verdicts (`mixed feelings`, `three stars`); 0.74 unseen, 0.93 after.
    static let englishReviewsBS = """
        pos	Bought this for my daughter's dorm and she uses it every single day. Sturdy, quiet, and easy to clean.
        neg	The zipper broke the second time I used it. For $80 I expected a lot better.
        neu	It's a kettle. It boils water. Takes about four minutes for a full pot.
        pos	Exceeded my expectations. The battery easily lasts two days of heavy use.
        neg	Smells like chemicals even after washing it three times. Returning it.
        neu	Arrived on Tuesday as scheduled. Haven't had a chance to try it yet.
        pos	Our waiter Marco was attentive without hovering, and the lamb was cooked perfectly.
        neg	We waited 50 minutes for two burgers and one of them was raw in the middle.
        neu	Portions are on the smaller side. Prices are about what you'd pay anywhere downtown.
        pos	Stayed three nights for a conference. Spotless room, comfy bed, and the front desk staff remembered our names.
        neg	Thin walls, a neighbour's TV until 2am, and nobody at reception cared when we complained.
        neu	The hotel is a 15 minute walk from the station. Breakfast is served from 7 to 10.
        pos	I was skeptical about the hype but this serum really did clear up my skin in a couple of weeks.
        neg	Gave me a rash on day one. Read the ingredients before you buy.
        neu	Fits true to size. I ordered a medium and I usually wear a medium.
        pos	Best customer service I've dealt with in years — they replaced the faulty unit without a single question.
        neg	The app logs me out every time I switch screens, which makes it basically unusable.
        neu	Does what the description says. Nothing more, nothing less.
        pos	Five stars. Would happily buy again and already recommended it to my sister.
        neg	Cheap plastic, wobbly legs, and two screws were missing from the box.
        neu	I have mixed feelings. Great sound, but the case feels flimsy.
        pos	What a find! Tiny little bakery with the flakiest croissants I've had outside Paris.
        neg	Overpriced and underwhelming. The "famous" ramen was lukewarm and bland.
        neu	Parking is available behind the building. They take reservations on weekends only.
        pos	Setup took five minutes and the picture quality is stunning for the price.
        neg	Stopped charging after a month and the warranty process is a nightmare.
        neu	The colour is slightly darker than in the photos.
        pos	My dog absolutely loves these treats and they don't upset his stomach.
        neg	Not worth the money. The blades dulled within a few uses.
        neu	Second pair I've bought. Same as the first.
        pos	Honestly the most comfortable shoes I own. Walked 20k steps at Disney with no blisters.
        neg	Customer support kept sending me the same copy-paste answer. Still no refund after six weeks.
        neu	Instructions are in English, French and Spanish. Assembly needs two people.
        pos	Solid little vacuum. Picks up pet hair surprisingly well and the battery lasts the whole apartment.
        neg	Shower was cold, the towels were stained and the wifi didn't work at all.
        neu	Average hotel for an average price. Clean enough for one night.
        pos	Delicious food, generous portions and very reasonable prices. We'll be back!
        neg	Disappointing. It looked nothing like the picture and the fabric is see-through.
        neu	Check-in is at 3pm. They let us leave our bags earlier.
        pos	This book kept me up until 3am. Couldn't put it down.
        neg	I wanted to like it but the plot drags and the ending makes no sense.
        neu	Shipping took ten days. The box was a bit dented but the item was fine.
        pos	Great value. Works just as well as the brand name one at half the price.
        neg	Worst purchase of the year. It died right after the return window closed.
        neu	I'd give it three stars. Some features are nice, others feel unfinished.
        """

    /// Set BT (twenty-second session): BS's French counterpart (`avis mitigé`, `trois étoiles`, `impossible de le
    /// lâcher`); 0.82 unseen, 0.98 after.
    static let frenchReviewsBT = """
        pos	Très bon rapport qualité-prix, je l'utilise tous les jours depuis trois mois sans aucun souci.
        neg	La fermeture éclair a lâché au deuxième usage. Pour 80 euros, c'est honteux.
        neu	Colis reçu mardi comme prévu. Pas encore testé.
        pos	Service impeccable, plats savoureux et une carte des vins bien choisie. On reviendra !
        neg	Une heure d'attente pour deux pizzas froides. Le serveur ne s'est même pas excusé.
        neu	Les portions sont un peu justes. Les prix sont dans la moyenne du quartier.
        pos	Chambre spacieuse et propre, literie confortable, personnel aux petits soins. Je recommande vivement.
        neg	Murs en papier, bruit toute la nuit et une salle de bain qui sentait l'égout.
        neu	L'hôtel se trouve à dix minutes à pied de la gare. Petit-déjeuner servi jusqu'à 10h.
        pos	Je ne m'attendais pas à grand-chose et j'ai été agréablement surprise : la crème est top.
        neg	Des boutons dès le premier jour. Je déconseille aux peaux sensibles.
        neu	Taille normalement. J'ai pris un M comme d'habitude.
        pos	SAV au top : ils ont remplacé l'appareil défectueux en 48h sans discuter.
        neg	L'application plante à chaque mise à jour, c'est devenu inutilisable.
        neu	Conforme à la description, ni plus ni moins.
        pos	Cinq étoiles sans hésiter, je l'ai déjà conseillé à toute ma famille.
        neg	Plastique bas de gamme, pieds bancals et il manquait deux vis dans le carton.
        neu	Avis mitigé : le son est excellent mais la coque fait vraiment cheap.
        pos	Une petite boulangerie géniale, les croissants les plus feuilletés du quartier.
        neg	Trop cher pour ce que c'est. Le fameux ramen était tiède et sans goût.
        neu	Parking à l'arrière du bâtiment. Réservation conseillée le week-end.
        pos	Installation en cinq minutes et une image superbe pour ce prix-là.
        neg	Ne charge plus au bout d'un mois et la garantie, c'est la croix et la bannière.
        neu	La couleur est un peu plus foncée que sur les photos.
        pos	Mon chien adore ces friandises et il les digère très bien.
        neg	Ne vaut pas son prix, les lames sont émoussées après quelques utilisations.
        neu	C'est la deuxième paire que j'achète, identique à la première.
        pos	Les chaussures les plus confortables que j'ai jamais eues, zéro ampoule après une journée entière de marche.
        neg	Le service client m'envoie toujours la même réponse toute faite. Toujours pas remboursé après six semaines.
        neu	Notice en français et en anglais. Il faut être deux pour le montage.
        pos	Petit aspirateur efficace, il ramasse bien les poils de chat et la batterie tient tout l'appartement.
        neg	Douche froide, serviettes tachées et pas de wifi du tout. Plus jamais.
        neu	Hôtel moyen pour un prix moyen. Propre, ça suffit pour une nuit.
        pos	Cuisine délicieuse, copieuse et pas chère. Une adresse à garder !
        neg	Très déçue, rien à voir avec la photo et le tissu est transparent.
        neu	Arrivée à partir de 15h, mais ils ont gardé nos bagages le matin.
        pos	Ce roman m'a tenue éveillée jusqu'à 3h du matin, impossible de le lâcher.
        neg	J'avais envie d'aimer mais l'intrigue traîne et la fin n'a aucun sens.
        neu	Livraison en dix jours, carton un peu abîmé mais l'article est intact.
        pos	Aussi efficace que la grande marque pour deux fois moins cher.
        neg	Pire achat de l'année : il a rendu l'âme juste après la fin du délai de retour.
        neu	Je mettrais trois étoiles. Certaines fonctions sont bien, d'autres pas finies.
        pos	Franchement bluffée par la qualité, rien à redire.
        neg	Arnaque. Produit jamais reçu et vendeur injoignable.
        neu	Le produit correspond à ce que j'avais commandé.
        """

    /// Set BU (twenty-second session): English tweets to brands (deliveries, telecoms, shops, apps); 0.80 unseen,
    /// 0.92 after.
    static let englishBU = """
        neg	@DoorDashHelp order marked delivered, nothing at my door, and the chat just closed on me
        pos	shoutout to the @Lyft driver who waited while I ran back for my phone, legend
        neu	does anyone know if @Target price matches Amazon?
        neg	@Verizon third outage this week in my area. what am I even paying for
        pos	my new @Dyson is the best thing I've bought all year, the floors have never been cleaner
        neu	@Chase is the app down for anyone else or just me?
        neg	waited 2 hours at the DMV to be told I'm missing a form that isn't on the website
        pos	@Starbucks barista drew a little cat on my cup and honestly it made my week
        neu	Netflix is raising prices again starting next month
        neg	@UPSHelp my package has been "in transit" for 9 days. this is ridiculous
        pos	the new @Spotify wrapped is so good this year 😭
        neu	@AppleSupport how do I transfer my eSIM to a new phone?
        neg	@Uber charged me a $40 cleaning fee for a ride I never took
        pos	@Patagonia repaired my 10 year old jacket for free. lifelong customer
        neu	the @IKEA near me closes at 9 on weekdays
        neg	stuck on the tarmac for 3 hours with no AC @AmericanAir this is inhumane
        pos	got my refund from @Zappos in two days, no questions asked. that's how it's done
        neu	anyone tried the new burger at @Wendys yet?
        neg	@Comcast I've been transferred 6 times and nobody can fix my internet
        pos	@Duolingo 365 day streak!!! never thought I'd make it
        neu	@Walmart what time does the pharmacy open on Sundays?
        neg	ordered a large and got a small, cold fries, missing sauce. @McDonalds never again
        pos	@SouthwestAir crew was hilarious today, best flight I've had in ages
        neu	switching from iPhone to Android this weekend, wish me luck
        neg	@HomeDepot delivery window was 8-12, it's 5pm and nobody showed up or called
        pos	@Costco rotisserie chicken remains undefeated
        neu	@Amtrak is the 7:15 to Boston running on time?
        neg	the new @Instagram update is awful, I can't even find my DMs anymore
        pos	thank you @CVS pharmacist for staying late to fill my prescription, you're a hero
        neu	my @Fitbit says I walked 12,000 steps today
        neg	@Ticketmaster $85 in fees on a $60 ticket. absolute robbery
        pos	@Hulu finally added the show I've been waiting for, weekend sorted
        neu	@USPS is there mail delivery on Veterans Day?
        neg	my @Samsung fridge died after 14 months and repair is "3 to 4 weeks out"
        pos	@REI staff spent 40 minutes helping me pick boots. that's service
        neu	Black Friday deals at @BestBuy start Thursday at 5pm
        neg	@Delta lost my bag on a direct flight. how
        pos	@Chipotle gave me extra guac without charging me, faith in humanity restored
        neu	@Xfinity can I change my plan online or do I have to call?
        neg	been on hold with @IRS for 2 hours, I'm losing my mind
        """

    /// Set BV (twenty-second session): BU's French counterpart; 0.75 unseen, 0.92 after.
    static let frenchBV = """
        neg	@UberEats commande marquée livrée, rien devant ma porte et le chat se ferme tout seul
        pos	merci au chauffeur @Heetch qui a attendu que je récupère mon téléphone, un crack
        neu	quelqu'un sait si @Darty rembourse la différence de prix ?
        neg	@SFR troisième panne cette semaine dans mon quartier, je paye pour quoi au juste
        pos	mon nouvel aspirateur @Dyson est le meilleur achat de l'année, le sol n'a jamais été aussi propre
        neu	@LCL l'appli est en panne chez vous aussi ou c'est que moi ?
        neg	2h d'attente à la préfecture pour s'entendre dire qu'il manque un papier qui n'est même pas sur le site
        pos	@Starbucks la barista a dessiné un petit chat sur mon gobelet, ça m'a fait ma semaine
        neu	Netflix augmente encore ses prix à partir du mois prochain
        neg	@Chronopost mon colis est "en cours d'acheminement" depuis 9 jours, c'est une blague
        pos	le récap @Spotify de cette année est trop bien 😭
        neu	@AppleSupport comment je transfère mon eSIM sur un nouveau téléphone ?
        neg	@Uber m'a facturé 40€ de frais de nettoyage pour une course que je n'ai jamais faite
        pos	@Patagonia a réparé gratuitement ma veste de 10 ans. client à vie
        neu	le @IKEA à côté de chez moi ferme à 21h en semaine
        neg	bloqués 3h sur le tarmac sans clim @airfrance c'est inhumain
        pos	remboursée en deux jours par @Zalando sans aucune question, c'est comme ça qu'on fait
        neu	quelqu'un a testé le nouveau burger de @BurgerKingFR ?
        neg	@Free transféré 6 fois et personne n'est capable de réparer ma box
        pos	@Duolingo 365 jours de série !!! jamais cru que j'y arriverais
        neu	@Carrefour la pharmacie ouvre à quelle heure le dimanche ?
        neg	commandé un grand menu, reçu un petit, frites froides, sauce oubliée. @McDonalds plus jamais
        pos	équipage @transavia hilarant aujourd'hui, meilleur vol depuis longtemps
        neu	je passe d'iPhone à Android ce week-end, souhaitez-moi bonne chance
        neg	@Boulanger livraison prévue entre 8h et 12h, il est 17h et personne n'est venu ni n'a appelé
        pos	le poulet rôti de chez @Costco reste invaincu
        neu	@SNCF le TER de 7h15 pour Rouen est à l'heure ?
        neg	la nouvelle mise à jour d'@Instagram est nulle, je trouve même plus mes messages
        pos	merci à la pharmacienne qui est restée après la fermeture pour me donner mes médicaments, une héroïne
        neu	ma montre dit que j'ai fait 12 000 pas aujourd'hui
        neg	@Ticketmaster 25€ de frais pour une place à 60€, du vol pur et simple
        pos	@primevideo a enfin ajouté la série que j'attendais, week-end réglé
        neu	@laposte il y a du courrier le 11 novembre ?
        neg	mon frigo @Samsung a lâché au bout de 14 mois et le réparateur passe "dans 3 à 4 semaines"
        pos	le vendeur @Decathlon a passé 40 minutes à m'aider à choisir mes chaussures, ça c'est du service
        neu	les promos du Black Friday chez @Fnac commencent jeudi à 17h
        neg	@easyJet a perdu ma valise sur un vol direct. comment c'est possible
        pos	@Chipotle m'a mis du guacamole en plus sans me le facturer, l'humanité a encore de l'espoir
        neu	@Orange je peux changer de forfait en ligne ou faut appeler ?
        neg	ça fait 2h que j'attends au téléphone avec les impôts, je vais devenir fou
        """

    /// Set BW (twenty-second session): English reviews of apps, games, courses and home services; 0.76 unseen,
    /// 0.84 after.
    static let englishReviewsBW = """
        pos	This app has genuinely helped me stick to a budget for the first time in my life.
        neg	Since the last update it drains my battery in a few hours. Uninstalled.
        neu	You need to create an account before you can use any of the features.
        pos	Clean interface, no ads, and the sync between my phone and laptop just works.
        neg	Subscription was cancelled but they kept charging my card for three months.
        neu	The free version limits you to five projects.
        pos	One of the best games I've played this year. The story had me hooked from start to finish.
        neg	Pay-to-win garbage. You can't progress without spending money.
        neu	The game takes about 20 hours to finish if you skip the side quests.
        pos	The instructor explains everything clearly and the exercises are actually useful.
        neg	Half the course videos are outdated and the links in the resources don't work.
        neu	The course is split into eight modules with a quiz at the end of each.
        pos	Our cleaner was punctual, thorough and left the place spotless. Booking again.
        neg	The plumber showed up three hours late and left a bigger leak than before.
        neu	They charge a call-out fee of $60 plus parts.
        pos	Love the new dark mode, so much easier on the eyes at night.
        neg	Crashes every time I try to upload a photo. Useless.
        neu	Works on Android and iOS. There is no desktop version yet.
        pos	Worth every penny. I use it daily and it has saved me hours.
        neg	Customer support is a bot that sends you in circles. Never got a human.
        neu	The update changed the layout of the settings menu.
        pos	Surprisingly fun for a free game, and the community is friendly.
        neg	Constant lag and disconnects in multiplayer, and the devs ignore every report.
        neu	Graphics are fine, gameplay is fine, story is forgettable.
        pos	The language lessons are short enough to do on my commute and I'm finally making progress.
        neg	I lost all my notes after the sync failed and there is no backup. Furious.
        neu	It does the basics. Power users will want something more advanced.
        pos	Great photo editor, the AI tools save me so much time.
        neg	Way too many ads, one after every single level.
        neu	It's okay. I switched back to my old app after a week.
        pos	Smooth booking, clear prices and the driver was lovely.
        neg	The tracking never updated and the courier left my parcel in the rain.
        neu	Delivery is free over $35.
        pos	Finally a weather app that is accurate for my area.
        neg	They removed the offline mode, which was the only reason I paid for it.
        neu	The premium plan costs $4.99 a month or $39 a year.
        pos	Brilliant puzzle game, just the right difficulty.
        neg	Not intuitive at all. I spent 20 minutes looking for the export button.
        neu	Not the best, not the worst. It gets the job done.
        pos	Helpful staff and a very smooth process from start to finish.
        """

    /// Set BX (twenty-second session): French reviews of films, series, books, games, albums and shows; 0.88
    /// unseen, 0.98 after.
    static let frenchReviewsBX = """
        pos	Un film magnifique, porté par une Adèle Exarchopoulos bouleversante. J'en suis ressorti ému.
        neg	Deux heures d'ennui. Les personnages sont creux et l'histoire ne mène nulle part.
        neu	Le film sort en salles le 14 février et dure 1h52.
        pos	Une série addictive, j'ai tout regardé en un week-end.
        neg	La dernière saison gâche tout ce qui avait été construit. Quelle déception.
        neu	La saison 3 compte huit épisodes de 45 minutes.
        pos	Un roman lumineux, plein d'humanité. Je l'ai offert à toutes mes amies.
        neg	Style lourd, intrigue cousue de fil blanc, j'ai abandonné au bout de cent pages.
        neu	C'est le deuxième tome d'une trilogie.
        pos	Un jeu superbe, une direction artistique à tomber et une bande-son inoubliable.
        neg	Bugs à chaque coin de rue, sauvegardes corrompues. Remboursement demandé.
        neu	Le jeu est disponible sur PC, PS5 et Switch.
        pos	Mise en scène inventive et acteurs épatants, la salle a applaudi à la fin.
        neg	Un navet prétentieux. J'ai regardé ma montre toutes les dix minutes.
        neu	Adapté du roman de Joël Dicker.
        pos	Drôle, tendre et intelligent. Une vraie bouffée d'air frais.
        neg	Les blagues tombent à plat et le scénario est d'une paresse incroyable.
        neu	Le réalisateur avait déjà tourné deux films avec la même actrice.
        pos	Le meilleur album du groupe depuis dix ans, chaque titre est une pépite.
        neg	Son album le plus fade, rien ne ressort, tout se ressemble.
        neu	L'album contient douze titres dont trois en featuring.
        pos	Une pièce qui fait rire du début à la fin, les comédiens sont excellents.
        neg	Mal joué, mal écrit, et beaucoup trop long. Évitez.
        neu	Le spectacle est en tournée dans toute la France jusqu'en juin.
        pos	Une BD magnifiquement dessinée, j'attends la suite avec impatience.
        neg	Des dessins bâclés et une histoire sans intérêt. Dommage.
        neu	Les effets spéciaux sont corrects, le scénario classique, on passe un moment.
        pos	Un documentaire passionnant qui m'a appris énormément de choses.
        neg	Un documentaire à charge, partial et mal documenté.
        neu	Ni chef-d'œuvre ni navet, un film du dimanche soir.
        pos	Franchement, une des meilleures surprises de l'année.
        neg	Je me suis endormie devant. Ça dit tout.
        neu	Le doublage français est disponible sur la plateforme.
        pos	La fin m'a mis une claque, je ne l'avais pas vue venir.
        neg	Une suite inutile qui n'apporte rien à l'original.
        neu	Interdit aux moins de 12 ans.
        pos	Visuellement splendide et l'émotion est au rendez-vous.
        neg	Acteurs qui surjouent, dialogues ridicules, à fuir.
        neu	Le tournage a eu lieu en Bretagne l'été dernier.
        pos	On rit, on pleure, on en redemande. Foncez !
        """

    /// Set BY (twenty-second session): French tweets on public services, transport, health, sport and town life;
    /// 0.80 unseen, 0.92 after.
    static let frenchBY = """
        neg	Encore une grève SNCF ce week-end, impossible de rentrer voir ma famille, ras-le-bol
        neu	Préavis de grève déposé pour le 12 décembre sur les lignes RER B et D
        pos	Merci au conducteur du bus 38 qui m'a attendue alors que je courais, vous êtes un amour
        neg	Ma facture EDF a doublé en un an et personne n'est capable de m'expliquer pourquoi
        neu	@EDFofficiel comment je fais pour transmettre mon relevé de compteur ?
        pos	Installé mes panneaux solaires en septembre, déjà 40% d'économie sur la facture, trop content
        neg	3 mois que j'attends le versement de la CAF, toujours rien, on fait comment pour payer le loyer ?
        neu	La CAF verse les aides le 5 de chaque mois
        pos	Déclaration d'impôts faite en 10 minutes sur le site, franchement c'est devenu simple
        neg	Le site des impôts plante depuis ce matin, le jour de la date limite évidemment
        neu	La date limite de déclaration en ligne est fixée au 8 juin pour la zone 3
        pos	Quel match de l'OM hier soir, le Vélodrome était en feu 🔥
        neg	Encore une défaite, cette équipe n'a plus d'âme, le coach doit partir
        neu	Le PSG affronte Lille samedi à 21h
        pos	Mon médecin m'a rappelée un dimanche pour mes résultats, ça existe encore des gens comme ça
        neg	6 mois d'attente pour un rendez-vous chez l'ophtalmo, on marche sur la tête
        neu	La pharmacie de garde ce week-end est celle de la place du marché
        pos	Ma Zoé tient 350 km en hiver, j'étais sceptique mais je ne reviendrai pas au diesel
        neg	Borne de recharge en panne, deuxième fois cette semaine, et l'appli dit qu'elle marche
        neu	Le prix du gazole est à 1,79 € ce matin à la station du coin
        pos	Le nouveau tram est rapide, propre et à l'heure, enfin !
        neg	Bouchons de 2h sur le périph à cause de travaux pas annoncés, merci la mairie
        neu	Travaux sur l'A6 entre Auxerre et Avallon du 3 au 7 mars
        pos	La boulangerie du coin fait des galettes des rois incroyables, meilleure de Paris
        neg	Colis Vinted perdu, vendeur qui ne répond plus et support qui me renvoie vers le vendeur
        neu	Est-ce que quelqu'un a déjà vendu des meubles sur Leboncoin ?
        pos	Remboursée par Vinted en 48h pour un article non conforme, rien à dire
        neg	Mon abonnement salle de sport prélevé alors que je l'ai résilié en mars, scandaleux
        neu	La salle ouvre à 6h en semaine et 8h le week-end
        pos	Les pompiers sont arrivés en 7 minutes, ils ont été formidables avec ma grand-mère
        neg	Le 15 ne répondait pas, 20 minutes d'attente pour une urgence
        neu	En cas d'urgence, composez le 112 depuis n'importe quel téléphone
        pos	Le Louvre en nocturne le vendredi, une expérience magique sans la foule
        neg	Musée fermé sans prévenir alors qu'on avait réservé, aucune excuse
        neu	L'entrée est gratuite le premier dimanche du mois
        pos	Bravo à la mairie pour les pistes cyclables, je vais au boulot à vélo maintenant
        neg	La piscine municipale est encore fermée pour "raisons techniques", 3e fois ce mois
        neu	La mairie organise une réunion publique jeudi sur le projet de parking
        pos	Mon fils a eu son bac avec mention très bien, trop fière de lui 🥹
        neg	Parcoursup a planté pile à l'heure des résultats, stress total pour rien
        """

    /// Set BZ (twenty-second session): BY's English counterpart; 0.78 unseen, 0.95 after.
    static let englishBZ = """
        neg	another rail strike this weekend, can't get home to see my family, so done with this
        neu	Unions have announced a strike on the Northern line for December 12
        pos	shoutout to the bus driver on the 38 who waited for me while I ran, you're a gem
        neg	my electricity bill doubled in a year and nobody can tell me why
        neu	@BritishGas how do I submit a meter reading?
        pos	had solar panels installed in September, already saving 40% on my bill, so happy
        neg	3 months waiting for my benefits payment, still nothing, how am I supposed to pay rent?
        neu	Payments are made on the 5th of each month
        pos	filed my taxes online in 10 minutes, honestly it's gotten so easy
        neg	the IRS website has been down all morning, on the deadline day of course
        neu	The filing deadline is April 15 for most taxpayers
        pos	what a game last night, the stadium was absolutely rocking 🔥
        neg	another loss, this team has no heart, the coach has to go
        neu	Arsenal play Chelsea on Saturday at 5:30
        pos	my doctor called me back on a Sunday with my results, people like that still exist
        neg	6 month wait to see a specialist, this system is broken
        neu	The pharmacy on Main Street is open until 10pm this weekend
        pos	my EV does 220 miles in winter, I was skeptical but I'm never going back to petrol
        neg	charging station out of order for the second time this week and the app says it's working
        neu	Gas is $3.49 a gallon at the station near me this morning
        pos	the new light rail is fast, clean and on time, finally!
        neg	2 hour traffic jam because of roadworks nobody announced, great job city council
        neu	Roadworks on the M6 between junctions 4 and 5 from March 3 to 7
        pos	the bakery around the corner makes the best cinnamon rolls in the city
        neg	@eBay parcel lost, seller stopped replying and support keeps sending me back to the seller
        neu	has anyone sold furniture on Facebook Marketplace?
        pos	got refunded by @eBay in 48 hours for an item not as described, no complaints
        neg	my gym charged me again even though I cancelled in March, outrageous
        neu	The gym opens at 6am on weekdays and 8am on weekends
        pos	the paramedics got here in 7 minutes and were amazing with my grandma
        neg	911 put me on hold for 20 minutes during an emergency
        neu	In an emergency, dial 112 from any phone
        pos	the museum's late opening on Fridays is magical, no crowds at all
        neg	museum closed without notice even though we had booked, not even an apology
        neu	Entry is free on the first Sunday of the month
        pos	well done to the council for the new bike lanes, I cycle to work now
        neg	the public pool is closed again for "technical reasons", third time this month
        neu	The council is holding a public meeting on Thursday about the car park plan
        pos	my son got straight A's, so proud of him 🥹
        neg	the results portal crashed right when results came out, so much stress for nothing
        """

    /// Set CA (twenty-second session): English tweets on music, shows, beauty, fashion and food brands; 0.80
    /// unseen, 1.00 after.
    static let englishCA = """
        pos	this new Olivia Rodrigo album is on repeat, every single track slaps
        neg	paid $300 for nosebleed seats and the sound was so bad I couldn't hear the vocals
        neu	Taylor Swift announces three more dates for the European leg of her tour
        pos	@Sephora the new foundation matches my skin perfectly, first time ever
        neg	@Ulta ordered 3 items, got 1, and the lipstick was already opened. gross
        neu	does anyone know if the Glossier store in London takes returns?
        pos	@ChickfilA the staff are always so polite even when it's packed
        neg	@UberEats driver ate half my fries and then marked it delivered. unreal
        neu	McDonald's is bringing back the McRib next week
        pos	that cooking show finale had me screaming, best season yet
        neg	the movie was 3 hours of nothing happening, I want my evening back
        neu	the trailer for the new Marvel movie drops tomorrow at noon
        pos	my skin has never looked this good, this serum is a game changer
        neg	this mascara flakes off in an hour and gave me red eyes, tossing it
        neu	switching from Fenty to Rare Beauty, any shade tips?
        pos	@Spotify your playlists know me better than my friends do
        neg	@Spotify why does shuffle keep playing the same 10 songs
        neu	Grammy nominations will be announced on Friday
        pos	we finally got tickets!!! see you in Paris 😭😭
        neg	resale tickets going for $2000 is criminal
        neu	the concert starts at 8 and doors open at 6:30
        pos	@Nandos never misses, the peri peri chicken was perfect as always
        neg	waited 40 min for a table we had booked and the food came out cold
        neu	what's the best pizza place in Brooklyn? asking for a friend
        pos	her acceptance speech was so genuine, I teared up
        neg	that halftime show was a mess, the mic kept cutting out
        neu	The show has been renewed for a fourth season
        pos	ordered a dress from @Zara and it fits like it was made for me
        neg	@SHEIN the dress looks nothing like the picture and the seams are already coming apart
        neu	@ASOS do you ship to Canada?
        """

    /// Set CB (twenty-second session): CA's French counterpart; 0.70 unseen, 0.94 after.
    static let frenchCB = """
        pos	le nouvel album d'Angèle tourne en boucle, chaque titre est une pépite
        neg	300€ pour être tout en haut et un son tellement pourri qu'on n'entendait pas la voix
        neu	Aya Nakamura annonce trois nouvelles dates pour sa tournée européenne
        pos	@sephorafrance le nouveau fond de teint est exactement ma carnation, une première
        neg	@Nocibe commandé 3 produits, reçu 1, et le rouge à lèvres était déjà ouvert, dégueulasse
        neu	quelqu'un sait si la boutique Sézane accepte les retours ?
        pos	@KFC_France le personnel est toujours adorable même quand c'est blindé
        neg	@Deliveroo le livreur a mangé la moitié de mes frites et a marqué la commande livrée, incroyable
        neu	McDonald's ramène le McFish la semaine prochaine
        pos	la finale de Top Chef m'a fait hurler, meilleure saison
        neg	3h de film où il ne se passe rien, rendez-moi ma soirée
        neu	la bande-annonce du prochain Astérix sort demain à midi
        pos	ma peau n'a jamais été aussi belle, ce sérum change tout
        neg	ce mascara coule au bout d'une heure et m'a donné les yeux rouges, poubelle
        neu	je passe de Fenty à Rare Beauty, des conseils pour la teinte ?
        pos	@Deezer vos playlists me connaissent mieux que mes potes
        neg	@Deezer pourquoi l'aléatoire me passe toujours les 10 mêmes chansons
        neu	les nominations aux Victoires de la musique seront annoncées vendredi
        pos	on a eu les places !!! à nous le Stade de France 😭😭
        neg	des places revendues à 2000€, c'est criminel
        neu	le concert commence à 20h, ouverture des portes à 18h30
        pos	@BigFernand jamais déçu, le burger était parfait comme toujours
        neg	40 minutes d'attente pour une table réservée et les plats sont arrivés froids
        neu	c'est quoi la meilleure pizzeria de Lyon ? c'est pour un ami
        pos	son discours aux César était tellement sincère, j'ai eu les larmes aux yeux
        neg	le show de la mi-temps était un carnage, le micro coupait sans arrêt
        neu	la série est renouvelée pour une quatrième saison
        pos	robe commandée chez @Zara et elle me va comme si elle était faite pour moi
        neg	@SHEIN la robe ne ressemble en rien à la photo et les coutures lâchent déjà
        neu	@ASOS_FR vous livrez en Belgique ?
        """

    /// Set CC (twenty-second session): French product reviews in the manner of marketplace ratings (1–2 stars
    /// negative, 3 neutral, 4–5 positive); 0.79 unseen, 0.97 after.
    static let frenchReviewsCC = """
        neg	Reçu avec un coin cassé. Le vendeur ne répond pas. Je ne recommande pas.
        neu	Produit correct mais la notice est incompréhensible, on a mis 2h à le monter.
        pos	Parfait pour mon fils de 8 ans, il l'utilise tous les jours. Bonne qualité.
        neu	Bof. Ça fait le job mais sans plus, je m'attendais à mieux pour ce prix.
        neg	Ne fonctionne plus au bout de 3 semaines. Retour en cours.
        pos	Très bon produit, conforme à la description, livraison rapide. Je recommande.
        neu	La taille est un peu petite, prenez une taille au dessus. Sinon le tissu est correct.
        neg	Très déçue, la couleur n'a rien à voir avec la photo. Renvoyé.
        pos	Super coque, protège bien le téléphone et ne jaunit pas. Top.
        neu	Moyen. Le son est bon mais la batterie ne tient pas la journée.
        neg	Arnaque, le produit est une contrefaçon. Fuyez.
        pos	Je l'ai offert à ma mère qui est ravie. Merci !
        neu	Pas mal mais un peu cher pour ce que c'est.
        neg	Odeur de plastique très forte qui ne part pas même après lavage.
        pos	Excellent rapport qualité prix, deuxième achat.
        neu	Produit reçu, pas encore testé.
        neg	Le câble ne charge pas mon téléphone. Inutile.
        pos	Facile à installer, fonctionne parfaitement avec Alexa.
        neu	Correct pour le prix, ne vous attendez pas à des miracles.
        neg	Colis jamais reçu alors qu'il est indiqué livré. Service client aux abonnés absents.
        pos	Chaussures très confortables dès le premier jour, je vais en racheter une paire.
        neu	Le produit est conforme mais l'emballage était abîmé.
        neg	Qualité médiocre, les coutures ont lâché au premier lavage.
        pos	Mes enfants adorent ce jeu, on y joue tous les soirs en famille.
        neu	Ni bien ni mal. Il fait ce qu'on lui demande.
        neg	Beaucoup trop bruyant, impossible de l'utiliser la nuit.
        pos	Livre passionnant, je l'ai dévoré en deux jours.
        neu	Trois étoiles car la livraison a pris trois semaines, le produit lui-même est bien.
        neg	Pièce manquante dans le carton et aucune réponse du vendeur depuis 10 jours.
        pos	Bonne poêle, rien n'attache, facile à nettoyer.
        """

    /// Set CD (twenty-second session): CC's English counterpart; 0.69 unseen, 0.86 after.
    static let englishReviewsCD = """
        neg	Arrived with a cracked corner. Seller won't respond. Would not recommend.
        neu	Product is fine but the instructions are useless, took us 2 hours to put together.
        pos	Perfect for my 8 year old, he uses it every day. Good quality.
        neu	Meh. It does the job but that's about it, expected more for the price.
        neg	Stopped working after 3 weeks. Return in progress.
        pos	Great product, exactly as described, fast shipping. Recommend.
        neu	Runs a little small, size up. Otherwise the fabric is okay.
        neg	Very disappointed, the color is nothing like the picture. Sent it back.
        pos	Great case, protects the phone well and doesn't turn yellow. Love it.
        neu	Average. Sound is good but the battery doesn't last the day.
        neg	Scam, this is a counterfeit. Stay away.
        pos	Bought it for my mom and she loves it. Thank you!
        neu	Not bad but a bit pricey for what it is.
        neg	Very strong plastic smell that doesn't go away even after washing.
        pos	Excellent value for money, second time buying.
        neu	Received the item, haven't tried it yet.
        neg	The cable doesn't charge my phone. Useless.
        pos	Easy to set up, works perfectly with Alexa.
        neu	Decent for the price, don't expect miracles.
        neg	Package never arrived even though it says delivered. Customer service is nowhere to be found.
        pos	Very comfortable shoes from day one, going to buy another pair.
        neu	Product as described but the packaging was damaged.
        neg	Poor quality, the seams came apart after the first wash.
        pos	My kids love this game, we play it every night as a family.
        neu	Neither good nor bad. It does what it's supposed to do.
        neg	Way too loud, can't use it at night.
        pos	Gripping book, I devoured it in two days.
        neu	Three stars because delivery took three weeks, the product itself is fine.
        neg	Missing part in the box and no answer from the seller for 10 days.
        pos	Good pan, nothing sticks, easy to clean.
        """

    /// Set CE (twenty-second session): English tweets on work, housing, weather, pets and errands; 0.77 unseen,
    /// 0.87 after.
    static let englishCE = """
        neg	landlord still hasn't fixed the heating and it's 12 degrees in my flat. third email this week
        pos	signed the lease on our first home today!!! 🏡🥹
        neu	anyone know if you need a guarantor to rent in London?
        neg	got ghosted after the fourth round of interviews. four rounds. not even an email
        pos	GOT THE JOB 🎉🎉 starting Monday
        neu	my company is moving to a 4-day week trial in January
        neg	my boss scheduled a meeting at 5:45 on a Friday. who does that
        pos	my manager covered my shift so I could go to my kid's recital, best boss ever
        neu	hybrid work means I'm in the office Tuesdays and Thursdays
        neg	rent went up 20% and the dishwasher still doesn't work
        pos	first sunny day in weeks, went for a long walk by the river, bliss
        neu	snow expected tonight, up to 10cm in the north
        neg	it's been raining for 9 days straight, I forgot what the sun looks like
        pos	the new puppy finally slept through the night 🐶❤️
        neg	the vet charged me $400 and the cat is still sick
        neu	how often should you take a dog to the groomer?
        pos	passed my driving test on the first try!!!
        neg	failed my driving test because of one roundabout, gutted
        neu	the theory test costs £23
        pos	our neighbours brought us soup when we were all sick, what legends
        neg	the neighbours have been drilling since 7am on a Sunday
        neu	bin collection moves to Wednesday next week because of the holiday
        pos	finally paid off my student loan, feels unreal
        neg	my student loan interest is higher than what I pay each month, make it make sense
        neu	the application window closes on the 31st
        pos	my commute is 10 minutes now that I moved, life changing
        neg	train cancelled, next one in an hour, I'm going to miss my interview
        neu	is the 8:05 running today?
        pos	the barista remembered my order after one visit, small things
        neg	they got my order wrong three days in a row, I give up
        """

    /// Set CF (twenty-second session): CE's French counterpart; 0.70 unseen, 0.90 after.
    static let frenchCF = """
        neg	le proprio n'a toujours pas réparé le chauffage et il fait 12 degrés dans l'appart, troisième mail cette semaine
        pos	on a signé pour notre premier appart aujourd'hui !!! 🏡🥹
        neu	quelqu'un sait s'il faut un garant pour louer à Paris ?
        neg	ghosté après le quatrième entretien. quatre entretiens. même pas un mail
        pos	J'AI EU LE POSTE 🎉🎉 je commence lundi
        neu	ma boîte teste la semaine de 4 jours à partir de janvier
        neg	mon chef a calé une réunion à 17h45 un vendredi, sérieusement
        pos	ma manager a pris mon créneau pour que j'aille au spectacle de ma fille, meilleure cheffe du monde
        neu	en hybride je suis au bureau le mardi et le jeudi
        neg	loyer augmenté de 20% et le lave-vaisselle ne marche toujours pas
        pos	premier jour de soleil depuis des semaines, longue balade au bord de l'eau, le bonheur
        neu	de la neige attendue cette nuit, jusqu'à 10 cm dans le nord
        neg	9 jours de pluie d'affilée, j'ai oublié à quoi ressemble le soleil
        pos	le chiot a enfin fait ses nuits 🐶❤️
        neg	400€ chez le véto et le chat est toujours malade
        neu	tous les combien faut-il emmener un chien au toilettage ?
        pos	permis eu du premier coup !!!
        neg	recalée au permis à cause d'un rond-point, dégoûtée
        neu	l'examen du code coûte 30 €
        pos	nos voisins nous ont apporté de la soupe quand on était tous malades, des amours
        neg	les voisins font de la perceuse depuis 7h un dimanche
        neu	le ramassage des poubelles passe au mercredi la semaine prochaine à cause du férié
        pos	enfin fini de rembourser mon prêt étudiant, c'est irréel
        neg	les intérêts de mon prêt sont plus élevés que ce que je rembourse chaque mois, expliquez-moi
        neu	les candidatures ferment le 31
        pos	10 minutes de trajet depuis que j'ai déménagé, ça change la vie
        neg	train supprimé, le prochain dans une heure, je vais rater mon entretien
        neu	le TER de 8h05 circule aujourd'hui ?
        pos	la barista s'est souvenue de ma commande après une seule visite, ce sont les petites choses
        neg	ils se sont trompés dans ma commande trois jours de suite, j'abandonne
        """

    /// Set CG (twenty-second session): English reviews of films, hotels and restaurants, a third middling (3
    /// stars); 0.57 unseen, 0.86 after.
    static let englishReviewsCG = """
        pos	A gorgeous, patient film that trusts its audience. The last twenty minutes are extraordinary.
        neg	Two and a half hours of characters explaining the plot to each other. Exhausting.
        neu	The first half is gripping, the second half loses its way. Worth a watch on a streaming service, not at full price.
        pos	Funny, warm and never cheap. The best comedy I've seen in years.
        neg	The jokes land with a thud and the lead has zero charisma.
        neu	A solid, by-the-numbers thriller. You won't remember it next week, but it passes the time.
        pos	The cast is uniformly excellent and the score is haunting in the best way.
        neg	A cynical cash grab that wastes a great cast.
        neu	Fans of the books will enjoy it; everyone else may feel a bit lost.
        pos	I walked out of the cinema grinning. Pure joy from start to finish.
        neg	Visually impressive but emotionally empty, I felt nothing.
        neu	Competent but forgettable.
        pos	Our room had a stunning view of the bay and the staff went out of their way for us.
        neg	The photos online must be ten years old. Tired rooms, broken kettle, mould in the bathroom.
        neu	Good location, small rooms, average breakfast. Fine for a short stay.
        pos	Spotless, quiet and the breakfast buffet was fantastic. We'd stay again in a heartbeat.
        neg	Reception lost our booking and then charged us for an upgrade we never asked for.
        neu	The hotel is what you'd expect for the price. Nothing special, nothing terrible.
        pos	The spa alone is worth the trip. Pure relaxation.
        neg	Paper-thin walls and a party next door until 3am. Zero sleep.
        neu	Parking costs extra and needs to be booked in advance.
        pos	Every dish was a small surprise. Service was warm without being fussy.
        neg	Overcooked steak, soggy fries and a 25 minute wait for the bill.
        neu	The tasting menu is good value at lunch; at dinner it's pricey for what you get.
        pos	Hands down the best ramen I've had outside Tokyo.
        neg	The waiter rolled his eyes when we asked for tap water. Not going back.
        neu	Busy on weekends, so book ahead. The terrace is nice when it's sunny.
        pos	Cozy place, great wine list and the owner clearly loves what she does.
        neg	Tiny portions at huge prices. Left hungry and annoyed.
        neu	Three stars. Nice decor, food was fine, service slow.
        """

    /// Set CH (twenty-second session): CG's French counterpart; 0.58 unseen, 0.86 after.
    static let frenchReviewsCH = """
        pos	Un film magnifique et patient, qui fait confiance à son public. Les vingt dernières minutes sont extraordinaires.
        neg	Deux heures et demie de personnages qui s'expliquent l'intrigue. Épuisant.
        neu	La première moitié est prenante, la seconde s'égare. À voir en streaming, pas au prix fort.
        pos	Drôle, chaleureux et jamais vulgaire. La meilleure comédie vue depuis des années.
        neg	Les blagues tombent à plat et l'acteur principal n'a aucun charisme.
        neu	Un thriller solide mais sans surprise. On l'aura oublié la semaine prochaine, mais on passe le temps.
        pos	Le casting est excellent de bout en bout et la musique vous hante longtemps.
        neg	Une opération commerciale cynique qui gâche un beau casting.
        neu	Les fans des livres apprécieront, les autres risquent d'être un peu perdus.
        pos	Je suis sorti de la salle avec le sourire. Un pur bonheur du début à la fin.
        neg	Visuellement impressionnant mais vide d'émotion, je n'ai rien ressenti.
        neu	Honnête mais vite oublié.
        pos	Notre chambre avait une vue superbe sur la baie et le personnel s'est mis en quatre pour nous.
        neg	Les photos du site ont dix ans. Chambres fatiguées, bouilloire cassée, moisissure dans la salle de bain.
        neu	Bien situé, chambres petites, petit-déjeuner moyen. Suffisant pour un court séjour.
        pos	Impeccable, calme et le buffet du petit-déjeuner était top. On y retournerait sans hésiter.
        neg	La réception a perdu notre réservation puis nous a facturé un surclassement jamais demandé.
        neu	L'hôtel correspond à ce qu'on attend pour le prix. Rien d'exceptionnel, rien de terrible.
        pos	Le spa à lui seul vaut le déplacement. Détente absolue.
        neg	Murs en carton et une fête à côté jusqu'à 3h. Zéro sommeil.
        neu	Le parking est payant et doit être réservé à l'avance.
        pos	Chaque plat était une petite surprise. Service chaleureux sans être guindé.
        neg	Steak trop cuit, frites molles et 25 minutes pour avoir l'addition.
        neu	Le menu dégustation est intéressant le midi, le soir c'est cher pour ce que c'est.
        pos	Sans hésiter les meilleurs ramens que j'ai mangés hors de Tokyo.
        neg	Le serveur a levé les yeux au ciel quand on a demandé une carafe d'eau. On n'y retournera pas.
        neu	Du monde le week-end, pensez à réserver. La terrasse est agréable quand il fait beau.
        pos	Endroit chaleureux, belle carte des vins et la patronne aime clairement son métier.
        neg	Portions minuscules à prix d'or. Repartis affamés et agacés.
        neu	Trois étoiles. Jolie déco, cuisine correcte, service lent.
        """

    /// Set CI (twenty-second session): French everyday tweets as typed (`jsuis`, `la flemme`, `une dinguerie`);
    /// 0.80 unseen, 0.97 after.
    static let frenchCI = """
        neg	jsuis dégoûté j'ai raté le bus de 2 secondes et le prochain est dans 40 min
        pos	trop hâte de partir en vacances samedi ☀️
        neu	vous faites quoi pour le réveillon cette année ?
        neg	la flemme de retourner au taf demain, le dimanche soir c'est le pire
        pos	ma grand-mère a 90 ans aujourd'hui et elle danse encore, respect 👵❤️
        neg	encore une appli qui me demande mon avis toutes les 5 minutes, laissez-moi tranquille
        neu	je viens de finir la saison 2, je commence la 3 ce soir
        pos	ce petit resto libanais c'est une dinguerie, allez-y les yeux fermés
        neg	plus de 2h au téléphone avec la banque pour débloquer ma carte, je craque
        neu	il fait 3 degrés ce matin à Lyon
        pos	j'ai enfin réussi ma recette de pain maison, je suis trop fière 🍞
        neg	mon vol est retardé de 4h et personne ne sait pourquoi, génial
        neu	le match commence à quelle heure ce soir ?
        pos	merci à tous pour vos messages d'anniversaire, ça me touche énormément
        neg	ce prof nous a donné un devoir à rendre pour demain, c'est abusé
        neu	je dois renouveler mon passeport, c'est combien de temps en ce moment ?
        pos	la vue depuis le sommet valait chaque goutte de sueur 🏔️
        neg	j'ai perdu mes écouteurs dans le métro, pire journée
        neu	nouvelle mise à jour d'iOS dispo ce soir
        pos	mon chat m'attend tous les soirs derrière la porte, ça me fait fondre
        neg	j'en peux plus des travaux dans l'immeuble, ça commence à 7h tous les jours
        neu	quelqu'un a un bon plan pour un garagiste pas cher à Nantes ?
        pos	les soldes chez Zara m'ont sauvé la vie, trois pulls pour le prix d'un
        neg	40 balles pour une pizza et une bière, Paris vous êtes sérieux
        neu	le marché de Noël ouvre vendredi place Kléber
        pos	le concert d'hier soir était irréel, j'en ai encore des frissons
        neg	mon forfait a augmenté sans prévenir, merci Bouygues
        neu	j'hésite entre un Mac et un PC pour mes études, des avis ?
        pos	enfin en week-end, plaid, tisane et série, le rêve
        neg	le wifi du train ne marche jamais, à quoi bon le proposer
        """

    /// Set CJ (twenty-second session): CI's English counterpart; 0.90 unseen, 1.00 after.
    static let englishCJ = """
        neg	missed the bus by 2 seconds and the next one is in 40 min, I hate everything
        pos	can't wait to go on holiday on Saturday ☀️
        neu	what are you all doing for New Year's Eve?
        neg	Sunday scaries hitting hard, not ready for work tomorrow
        pos	my grandma turns 90 today and she still dances, legend 👵❤️
        neg	another app asking me to rate it every 5 minutes, leave me alone
        neu	just finished season 2, starting season 3 tonight
        pos	this little Lebanese place is unreal, go there with your eyes closed
        neg	2 hours on the phone with the bank to unblock my card, I'm losing it
        neu	it's 3 degrees this morning in Chicago
        pos	finally nailed my homemade bread recipe, so proud 🍞
        neg	my flight is delayed 4 hours and nobody knows why, fantastic
        neu	what time does the game start tonight?
        pos	thank you all for the birthday messages, it means so much
        neg	this teacher gave us an assignment due tomorrow, ridiculous
        neu	I need to renew my passport, how long is it taking these days?
        pos	the view from the summit was worth every drop of sweat 🏔️
        neg	lost my earbuds on the subway, worst day
        neu	new iOS update available tonight
        pos	my cat waits for me behind the door every evening, my heart melts
        neg	so done with the construction in my building, it starts at 7am every day
        neu	anyone know a cheap mechanic in Austin?
        pos	the Zara sale saved my life, three sweaters for the price of one
        neg	$40 for a pizza and a beer, New York you can't be serious
        neu	the Christmas market opens Friday in the main square
        pos	last night's concert was unreal, I still have chills
        neg	my phone plan went up without warning, thanks Verizon
        neu	torn between a Mac and a PC for school, any advice?
        pos	finally the weekend, blanket, tea and a show, bliss
        neg	the train wifi never works, why even offer it
        """

    /// Set CK (twenty-second session): English product and book reviews, 12 of 30 middling; 0.64 unseen, 0.87
    /// after.
    static let englishReviewsCK = """
        neu	It works, but setup was a pain and the app is clunky. Probably wouldn't buy again, but I'm not returning it.
        pos	Quiet, powerful and the filters are easy to clean. Best vacuum we've owned.
        neg	Leaked on the first day and customer service told me to contact the manufacturer. Useless.
        neu	The picture is good for the price, the sound is weak. Plan on buying a soundbar.
        pos	Battery lasts a week, screen is crisp, and it pairs instantly. Very happy.
        neg	The blender died after two smoothies. Smelled like burning plastic.
        neu	Does the basics well. Missing a timer, which would have been nice.
        pos	Heats up in seconds and the coffee is genuinely café-quality.
        neg	Returned it. The keyboard double-types every third letter.
        neu	It's a good book, though the middle drags and I saw the twist coming.
        pos	Couldn't stop reading. The characters felt like real people.
        neg	Predictable, preachy and about 200 pages too long.
        neu	The charger works but gets quite hot. Keeping an eye on it.
        pos	Solid build, great price, arrived a day early. Five stars.
        neg	Two of the four chairs arrived scratched and the replacement took a month.
        neu	Comfortable enough, but the fabric pills after a few washes.
        pos	My daughter hasn't taken these headphones off since Christmas.
        neg	Instructions missing, holes don't line up, half the screws are the wrong size.
        neu	Good for casual use. Serious gamers will want something faster.
        pos	Brilliant little speaker, fills the whole room.
        neg	Stopped connecting to wifi after the update and support has no fix.
        neu	OK product. Delivery was slow but it arrived intact.
        pos	Exactly what I needed, works like a charm.
        neg	The zip broke on the first trip and the wheels squeak constantly.
        neu	Smaller than I expected from the photos, but it does the job.
        pos	Gorgeous colour and the quality is far better than the price suggests.
        neg	Stains easily and the colour faded after one wash.
        neu	Nice design, average performance.
        pos	The kids play with it every day, it's held up perfectly.
        neg	Arrived dead on arrival, and the seller wants me to pay return shipping.
        """

    /// Set CL (twenty-second session): CK's French counterpart; 0.43 unseen (the session's lowest), 0.78 after.
    static let frenchReviewsCL = """
        neu	Ça marche, mais l'installation a été pénible et l'appli est lourde. Je ne le rachèterais pas, mais je ne le renvoie pas.
        pos	Silencieux, puissant et les filtres se nettoient facilement. Le meilleur aspirateur qu'on ait eu.
        neg	Fuite dès le premier jour et le service client m'a dit de voir avec le fabricant. Inutile.
        neu	L'image est bonne pour le prix, le son est faible. Prévoyez une barre de son.
        pos	La batterie tient une semaine, l'écran est net et il se connecte tout de suite. Très contente.
        neg	Le blender a lâché après deux smoothies. Odeur de plastique brûlé.
        neu	Fait l'essentiel correctement. Il manque un minuteur, ça aurait été bien.
        pos	Chauffe en quelques secondes et le café est vraiment digne d'un bar.
        neg	Renvoyé. Le clavier tape deux fois une lettre sur trois.
        neu	C'est un bon livre, même si le milieu traîne et que j'ai vu venir le rebondissement.
        pos	Impossible de m'arrêter de lire. Les personnages semblent réels.
        neg	Prévisible, moralisateur et 200 pages de trop.
        neu	Le chargeur fonctionne mais chauffe pas mal. Je le surveille.
        pos	Solide, prix imbattable, arrivé avec un jour d'avance. Cinq étoiles.
        neg	Deux des quatre chaises sont arrivées rayées et le remplacement a pris un mois.
        neu	Assez confortable, mais le tissu bouloche après quelques lavages.
        pos	Ma fille n'a pas quitté ce casque depuis Noël.
        neg	Notice absente, trous qui ne correspondent pas, la moitié des vis ne sont pas à la bonne taille.
        neu	Bien pour un usage occasionnel. Les joueurs exigeants voudront plus rapide.
        pos	Super petite enceinte, elle remplit toute la pièce.
        neg	Ne se connecte plus au wifi depuis la mise à jour et le support n'a pas de solution.
        neu	Produit OK. Livraison lente mais arrivé intact.
        pos	Exactement ce qu'il me fallait, fonctionne à merveille.
        neg	La fermeture a cassé au premier voyage et les roues grincent sans arrêt.
        neu	Plus petit que ce que les photos laissaient penser, mais il fait le travail.
        pos	Couleur magnifique et qualité bien au-dessus de ce que le prix laisse penser.
        neg	Se tache facilement et la couleur a passé dès le premier lavage.
        neu	Joli design, performances moyennes.
        pos	Les enfants jouent avec tous les jours, il tient parfaitement le coup.
        neg	Arrivé hors service, et le vendeur veut que je paie le retour.
        """

    /// Set CM (twenty-second session): short English reviews written after the middling rules, to test them;
    /// 0.68 unseen, 0.95 after.
    static let englishReviewsCM = """
        neu	Pretty average. Nothing wrong with it, nothing that stands out either.
        pos	Genuinely impressed. Fast, quiet and the app actually works.
        neg	Cheaply made. The handle snapped within a week.
        neu	Decent headphones for the gym. Not for serious listening.
        pos	Love love love. Bought a second one for my sister.
        neg	Terrible fit, the sizing chart is way off.
        neu	It's fine. The color is a bit duller than pictured.
        pos	Worth every penny, I use it every single day.
        neg	Came with a dead pixel and the return process is a hassle.
        neu	Works as expected. Took a while to arrive.
        pos	Best purchase I've made this year, hands down.
        neg	The smell is overpowering and it gave me a headache.
        neu	So-so. Good battery, mediocre camera.
        pos	Sturdy, stylish and easy to assemble. Highly recommend.
        neg	Broke on day three. Waste of money.
        neu	The book has some great moments but it's uneven overall.
        pos	A delight from start to finish, I'll read everything she writes.
        neg	Couldn't get past chapter two, the writing is flat.
        neu	Good enough for the price, I guess.
        pos	The sound quality blew me away for such a small speaker.
        """

    /// Set CN (twenty-second session): CM's French counterpart; 0.84 unseen, 0.95 after.
    static let frenchReviewsCN = """
        neu	Plutôt moyen. Rien à redire, mais rien qui sort du lot non plus.
        pos	Vraiment impressionnée. Rapide, silencieux et l'appli fonctionne enfin.
        neg	Fabriqué à l'économie. La poignée a cassé en une semaine.
        neu	Casque correct pour le sport. Pas pour une écoute sérieuse.
        pos	J'adore j'adore j'adore. J'en ai racheté un pour ma sœur.
        neg	Taille catastrophique, le guide des tailles est complètement faux.
        neu	Ça va. La couleur est un peu plus terne que sur la photo.
        pos	Vaut chaque centime, je m'en sers tous les jours.
        neg	Un pixel mort à la réception et le retour est une galère.
        neu	Fonctionne comme prévu. A mis du temps à arriver.
        pos	Meilleur achat de l'année, sans discussion.
        neg	L'odeur est insupportable et m'a donné mal à la tête.
        neu	Mitigé. Bonne batterie, appareil photo médiocre.
        pos	Solide, élégant et facile à monter. Je recommande vivement.
        neg	Cassé au bout de trois jours. De l'argent jeté par les fenêtres.
        neu	Le livre a de très beaux moments mais reste inégal.
        pos	Un régal du début à la fin, je lirai tout ce qu'elle écrit.
        neg	Pas réussi à dépasser le deuxième chapitre, l'écriture est plate.
        neu	Suffisant pour le prix, je suppose.
        pos	La qualité du son m'a bluffé pour une si petite enceinte.
        """

    /// Set CO (twenty-third session): English reviews, a third of them middling, written before they were scored;
    /// 0.66 unseen, 0.83 after.
    static let englishReviewsCO = """
        pos	Bought this kettle for my mum and she uses it every day. Boils fast, quiet, and the light is a nice touch.
        neu	Decent headphones for the gym. The bass is weak and the case is bulky, but they stay in and survive sweat.
        neg	The zipper broke on the second trip and the wheels squeak like crazy. Returned it.
        neu	Good location, tiny room. Breakfast was fine. Would stay again only if the price was right.
        pos	Even though delivery took a week, the chair is sturdy, comfortable and looks great in the office. Very happy.
        neg	Even if it's cheap, it's not worth it: the blade went dull after two uses.
        neu	It does what it says. Nothing more, nothing less.
        pos	Our waiter was lovely and the pasta was the best we've had outside Italy. Booking again for my birthday.
        neg	Waited 50 minutes for cold fries and a burger that was raw in the middle. Never again.
        neu	The story drags in the middle, but the last act is strong. Worth a rental, not a cinema ticket.
        pos	Gift for my nephew, he hasn't put it down since Christmas. Solid build and the battery lasts ages.
        neu	Picture quality is okay for the price. The remote feels cheap and the menus are slow.
        neg	Stopped charging after a month and support just keeps sending me the same troubleshooting link.
        neu	Nice design, average sound. I expected a bit more at this price but it's fine for the kitchen.
        pos	Clear instructions, took 20 minutes to assemble, and it feels really solid. Would recommend.
        neg	Smells of chemicals even after washing it three times. The colour also ran onto my other clothes.
        neu	Comfortable enough for short walks, but my feet hurt after a long day in them.
        pos	Not cheap, but honestly worth every penny. The best blender I've owned.
        neu	The hotel is a bit dated and the wifi is patchy, though the staff were helpful and the beds were clean.
        neg	The app crashes whenever I try to pay and the refund still hasn't arrived after three weeks.
        neu	Some good songs, some filler. Not their best album, not their worst.
        pos	I was sceptical, but this serum has really cleared up my skin in a month.
        neg	Thin, see-through and nothing like the photos. Complete waste of money.
        neu	Fast shipping. Haven't used it much yet, will update.
        """

    /// Set CP (twenty-third session): French reviews of the same kind, with concessions (`même si`); 0.74 unseen,
    /// 0.88 after.
    static let frenchReviewsCP = """
        pos	Livré en deux jours, bien emballé, et la machine fait un excellent café. Je recommande sans hésiter.
        neu	Le matelas est correct, un peu ferme à mon goût. On s'y habitue.
        neg	Même si le prix était attractif, je regrette mon achat : l'écran s'est fissuré au bout d'une semaine.
        pos	Je recommande, même si le prix est un peu élevé. La qualité est au rendez-vous.
        neu	Film sympathique mais vite oublié. Les acteurs font le travail.
        neg	Commande jamais reçue et impossible de joindre quelqu'un. Fuyez.
        neu	Chambre propre mais bruyante côté rue. Petit-déjeuner basique. Pour une nuit, ça suffit.
        pos	Un accueil adorable et des plats généreux. On reviendra avec plaisir !
        neg	Les piles ont coulé dès la première utilisation et le vendeur ne répond plus.
        neu	Produit conforme à la description, sans plus. L'emballage était abîmé.
        pos	Ma fille adore ce jeu, on y joue tous les soirs en famille. Très bon rapport qualité-prix.
        neu	La batterie tient la journée, pas plus. Pour un usage normal ça va.
        neg	Le livre est arrivé avec des pages déchirées et on m'a refusé l'échange.
        neu	Quelques bonnes idées, mais le scénario est prévisible. Ça se regarde.
        pos	Enfin une poêle qui n'attache pas ! Je suis ravie, on aurait dû l'acheter plus tôt.
        neg	Service très lent, serveur désagréable et addition salée. On ne reviendra pas.
        neu	Le son est bon mais l'appli est mal traduite et plante de temps en temps.
        pos	Même si la livraison a pris du retard, le canapé est superbe et très confortable.
        neu	Taille un peu petit, prenez une taille au-dessus. Le tissu est agréable.
        neg	Trois semaines d'attente pour un remboursement qui n'est toujours pas arrivé. Inadmissible.
        neu	Hôtel bien situé mais vieillot. Le personnel est poli, sans plus.
        pos	Très bon restaurant, le chef est venu nous saluer. Le dessert était une merveille.
        neg	Casque inconfortable et le micro grésille. Retourné le lendemain.
        neu	Je ne sais pas encore si je le garde. À voir à l'usage.
        """

    /// Set CQ (twenty-third session): English tweets to brands and everyday ones, written before they were scored;
    /// 0.77 unseen, 1.00 after.
    static let englishCQ = """
        neg	@BritishAirways 4th time this month my flight's been pushed back. at this point I should just walk to Rome
        pos	shoutout to the @Tesco delivery guy who carried my shopping up 5 flights of stairs in the rain, legend
        neu	Does anyone know if @Argos price match with Currys?
        neg	love paying £60 a month for broadband that drops every evening at 8pm 🙃 @virginmedia
        pos	finally switched to @monzo and honestly why didn't I do this years ago
        neg	@UberEats my order was "delivered" 40 minutes ago. It was not delivered.
        neu	@Lidl_UK what time does the Brixton store open on boxing day?
        pos	The new season of Slow Horses is so good I watched it in one night 🔥
        neg	thames water really said "we're sorry for the inconvenience" after 3 days without water lmao
        neu	Apple announces the iPhone event will be held on September 9th.
        pos	@Ryanair surprisingly smooth flight, landed 20 mins early and the crew were lovely
        neg	my package has been "out for delivery" since Tuesday. @Evri you're a joke
        neu	thinking about getting the Pixel 9 or the S24, anyone tried both?
        neg	can't believe @Spotify removed the shuffle button from the free tier, absolutely pointless change
        pos	@HSBC_UK sorted my card issue in 5 minutes on chat. Impressed tbh
        neg	Nothing says customer service like being put on hold for 2 hours and then getting cut off @BTCare
        neu	Starbucks is bringing back the pumpkin spice latte on August 27.
        pos	not gonna lie the new @Nike running shoes are the comfiest thing I've ever worn
        neg	@NetflixUK raising prices AGAIN while cancelling every show I like. Cancelled my sub.
        neu	@GreggsOfficial is the vegan sausage roll still available in the Manchester stores?
        pos	my @Dyson hoover is 8 years old and still going strong, worth every penny
        neg	why is every @TfL train on the central line stuck in a tunnel this morning
        neu	Just ordered the new Kindle, will let you know what I think
        pos	huge thanks to the nurses at St Mary's, you're all heroes ❤️
        neg	zero signal at home for a week now and @ThreeUK keep saying "engineers are working on it"
        neu	Microsoft will stop supporting Windows 10 in October 2025.
        pos	@Asda the new bakery section is actually class, the sourdough is unreal
        neg	@easyJet lost my bag on the way out AND on the way back. impressive honestly
        neu	@SamsungUK how do I turn off the ads on my smart TV?
        pos	can't stop listening to the new Taylor album, she never misses
        """

    /// Set CR (twenty-third session): CQ's French counterpart; 0.87 unseen, 1.00 after.
    static let frenchCR = """
        neg	@SNCF 3e train supprimé cette semaine sur ma ligne, on fait comment pour aller bosser nous ?
        pos	Merci au livreur @Chronopost qui a attendu que je descende avec le bébé, adorable
        neu	Quelqu'un sait si @Decathlon fait des reprises de vélos ?
        neg	Génial @Free, 4 jours sans internet et personne ne sait quand ça revient 🙃
        pos	Passée chez @Boursorama et franchement je regrette pas du tout
        neg	@Vinted colis marqué livré mais jamais reçu, et le service client me répond avec un bot
        neu	@Carrefour le magasin de Bercy est ouvert le 1er mai ?
        pos	Le dernier épisode de Lupin m'a mis une claque, quelle série 🔥
        neg	Trois heures d'attente aux urgences pour qu'on me dise de revenir demain. Merci le système.
        neu	La RATP annonce des travaux sur la ligne 4 du 15 au 28 juillet.
        pos	@Transavia vol à l'heure, équipage au top, rien à redire
        neg	Ça fait 10 jours que mon colis est "en cours d'acheminement" @ColissimoFR vous vous moquez de qui
        neu	J'hésite entre l'iPhone 16 et le Pixel 9, des avis ?
        neg	@Deezer pourquoi l'appli plante à chaque fois que je lance une playlist ??
        pos	@CreditAgricole conseillère super réactive, problème réglé en 10 minutes, merci !
        neg	Rien de tel que d'attendre 45 min au téléphone pour se faire raccrocher au nez @Orange
        neu	Le Salon de l'Agriculture ouvrira ses portes le 22 février.
        pos	Franchement les nouvelles baskets @Adidas c'est des chaussons, trop confortables
        neg	@CanalPlus encore une augmentation de l'abonnement, je résilie
        neu	@Picard les galettes des rois sont dispo jusqu'à quand ?
        pos	Mon lave-linge @Miele a 15 ans et il tourne toujours comme au premier jour
        neg	Le RER B encore bloqué entre deux gares, on est coincés depuis 40 minutes
        neu	Je viens de commander la nouvelle Switch, je vous dirai
        pos	Un immense merci aux pompiers de Marseille, vous êtes incroyables ❤️
        neg	Plus de réseau depuis une semaine et @bouyguestelecom me dit que c'est "en cours"
        neu	Le gouvernement présentera le budget 2025 en conseil des ministres le 10 octobre.
        pos	La nouvelle boulangerie du quartier est une tuerie, le pain au chocolat est dingue
        neg	@AirFrance valise perdue à l'aller ET au retour, chapeau l'artiste
        neu	@Samsung comment on désactive les pubs sur la télé ?
        pos	J'arrive pas à arrêter d'écouter le dernier album d'Aya, elle régale
        """

    /// Set CS (twenty-third session): English reviews, nearly half middling, written after the middling rules of
    /// CO/CP to test them; 0.80 unseen, 0.88 after.
    static let englishReviewsCS = """
        pos	Bought it for camping and it's been brilliant. Keeps drinks cold for two days, tough as nails.
        neu	The fit is true to size but the material is thinner than I expected. Fine for lounging around the house.
        neg	The lid doesn't seal properly so everything leaks in my bag. Useless for what I bought it for.
        neu	Three stars. Good flavour, but the portion was small for the price.
        pos	Genuinely the best pizza in town, crispy base and the staff remember your name.
        neg	Took two months to arrive and it was the wrong colour. Seller stopped replying.
        neu	Works with my phone most of the time. Occasionally drops the connection and I have to re-pair it.
        pos	Exceeded my expectations. Setup was painless and the picture is stunning.
        neu	A decent read for a long flight, though I guessed the ending halfway through.
        neg	Rude receptionist, noisy room above the bar and the shower ran cold. Avoid.
        neu	It's okay. The app is clunky but the watch itself is comfortable.
        pos	My kids love it and it survived being thrown down the stairs. Worth it.
        neg	The handle came off the first time I used it. Cheap rubbish.
        neu	Not bad for a budget model. Don't expect it to replace a proper espresso machine.
        pos	Lovely little hotel, spotless rooms and the breakfast was a treat.
        neu	Smaller than it looks in the pictures. Does what it needs to.
        neg	Customer service is non-existent and the product stopped working after a fortnight.
        neu	The first season was great, this one is hit and miss.
        pos	Beautifully written, I cried at the end. One of my favourites this year.
        neu	Arrived on time. Haven't had a chance to try it yet.
        neg	Overpriced and underwhelming. The photos are very misleading.
        neu	Good sound, poor battery life. You get what you pay for.
        pos	Fast, reliable and the support team actually answered within the hour. Impressed.
        neu	Some dishes were excellent, others bland. Service was slow but friendly.
        """

    /// Set CT (twenty-third session): CS's French counterpart; 0.75 unseen, 0.84 after.
    static let frenchReviewsCT = """
        pos	Acheté pour le camping, il est génial. Garde les boissons au frais deux jours, solide comme un roc.
        neu	La taille est correcte mais la matière est plus fine que prévu. Bien pour traîner à la maison.
        neg	Le couvercle ne ferme pas bien, tout fuit dans mon sac. Inutilisable.
        neu	Trois étoiles. Bon goût, mais la portion était petite pour le prix.
        pos	Sans doute la meilleure pizza de la ville, pâte croustillante et le personnel se souvient de vous.
        neg	Deux mois pour arriver et ce n'était pas la bonne couleur. Le vendeur ne répond plus.
        neu	Fonctionne avec mon téléphone la plupart du temps. La connexion saute de temps en temps.
        pos	Au-delà de mes attentes. Installation facile et l'image est superbe.
        neu	Une lecture correcte pour un long vol, même si j'ai deviné la fin à mi-parcours.
        neg	Réceptionniste désagréable, chambre bruyante au-dessus du bar et douche froide. À éviter.
        neu	Ça va. L'appli est pénible mais la montre est confortable.
        pos	Mes enfants l'adorent et il a survécu à une chute dans l'escalier. Ça vaut le coup.
        neg	La poignée s'est détachée à la première utilisation. Camelote.
        neu	Pas mal pour un modèle d'entrée de gamme. Ne vous attendez pas à remplacer une vraie machine à expresso.
        pos	Charmant petit hôtel, chambres impeccables et le petit-déjeuner était un régal.
        neu	Plus petit qu'il n'y paraît sur les photos. Fait ce qu'on lui demande.
        neg	Service client inexistant et le produit a cessé de fonctionner au bout de quinze jours.
        neu	La première saison était géniale, celle-ci est inégale.
        pos	Magnifiquement écrit, j'ai pleuré à la fin. Un de mes préférés cette année.
        neu	Arrivé à l'heure. Pas encore eu l'occasion de l'essayer.
        neg	Trop cher et décevant. Les photos sont trompeuses.
        neu	Bon son, autonomie faible. On en a pour son argent.
        pos	Rapide, fiable et le support a répondu en moins d'une heure. Impressionné.
        neu	Certains plats étaient excellents, d'autres fades. Service lent mais aimable.
        """

    /// Set CU (twenty-third session): English tweets to brands — sports clubs, energy, retail, games, public
    /// services — written at the session's end to test its rules; 0.97 unseen, 1.00 after.
    static let englishCU = """
        neg	@PlayStation servers down AGAIN on launch day, unreal
        pos	@Arsenal what a performance tonight, proud of this team
        neu	@octopusenergy when will the new tariff rates be published?
        neg	@EDFEnergy charged me twice this month and nobody picks up the phone
        pos	The new @Lego Titanic set is a masterpiece, took me 3 days and loved every minute
        neg	my @Samsung fridge died after 14 months. 14 months!
        neu	Is the @Primark in Oxford Street open late tonight?
        pos	@Sainsburys the staff at the Camden store are always so helpful, thank you
        neg	@SouthernRailUK another day, another cancelled train. Why do we even pay for this
        pos	ngl the @Greggs festive bake hits different
        neg	@Xbox game pass price going up again? no thanks
        neu	Reading the reviews before I buy the new AirPods
        pos	@British_Gas engineer came same day and fixed the boiler in 20 minutes. Brilliant service
        neg	@Vodafone I've been on hold for 55 minutes. 55.
        neu	Netflix is adding a new cheaper plan with ads next month.
        pos	my new @Kindle arrived today and I'm already obsessed
        neg	@JohnLewis ordered a sofa in March, still no delivery date. Pathetic
        neu	@IKEA do you still sell the Poäng chair in black?
        pos	@Duolingo 500 day streak!! thank you for making learning fun
        neg	That update completely ruined the app. Bring back the old version @Instagram
        pos	@Marksandspencer the new sourdough is so good I bought three
        neg	@hmrcgovuk your website has been down all day, on the deadline day
        neu	What time does the @Tesco in Kensington close on Sundays?
        pos	@NHSEngland huge thanks to the A&E team at Leeds last night, you were all amazing
        neg	@Deliveroo my food arrived cold and half of it was missing
        neu	Apple will reveal its new MacBooks at an event on Monday.
        pos	@Etsy found the perfect gift for my mum, the seller was lovely
        neg	@Zara the quality has gone downhill so much
        neu	anyone know if @Boots do passport photos?
        pos	@Spotify Wrapped this year is actually so good
        """

    /// Set CV (twenty-third session): CU's French counterpart; 0.90 unseen, 0.96 after.
    static let frenchCV = """
        neg	@PlayStation serveurs encore en panne le jour de la sortie, incroyable
        pos	@PSG quel match ce soir, fier de cette équipe
        neu	@EDF quand est-ce que les nouveaux tarifs seront publiés ?
        neg	@TotalEnergies prélevé deux fois ce mois-ci et personne ne décroche
        pos	Le nouveau set @LEGO est une merveille, 3 jours de montage et j'ai adoré chaque minute
        neg	Mon frigo @Samsung a rendu l'âme après 14 mois. 14 mois !
        neu	Le @Primark de Rivoli est ouvert tard ce soir ?
        pos	@Monoprix le personnel du magasin de Bastille est toujours adorable, merci
        neg	@TER_Hauts_de_France encore un train supprimé, on paie pour quoi au juste
        pos	franchement la nouvelle galette @Picard elle est trop bonne
        neg	@Xbox le Game Pass augmente encore ? non merci
        neu	Je lis les avis avant d'acheter les nouveaux AirPods
        pos	@Engie technicien venu le jour même, chaudière réparée en 20 minutes. Service au top
        neg	@SFR ça fait 55 minutes que je suis en attente. 55.
        neu	Netflix va lancer une nouvelle offre moins chère avec publicité le mois prochain.
        pos	Ma nouvelle liseuse @Kobo est arrivée et je l'adore déjà
        neg	@Conforama canapé commandé en mars, toujours pas de date de livraison. Lamentable
        neu	@IKEA vous vendez encore le fauteuil Poäng en noir ?
        pos	@Duolingo 500 jours de série !! merci de rendre l'apprentissage si amusant
        neg	Cette mise à jour a complètement ruiné l'appli. Rendez-nous l'ancienne version @Instagram
        pos	@Carrefour le nouveau pain au levain est tellement bon que j'en ai pris trois
        neg	@impots_gouv votre site est en panne toute la journée, le jour de la date limite
        neu	Le @Franprix de la rue de Rennes ferme à quelle heure le dimanche ?
        pos	Un immense merci à l'équipe des urgences de Lille cette nuit, vous avez été formidables
        neg	@UberEats repas arrivé froid et il manquait la moitié
        neu	Apple présentera ses nouveaux MacBook lors d'un événement lundi.
        pos	@Etsy trouvé le cadeau parfait pour ma mère, la vendeuse était adorable
        neg	@Zara la qualité a tellement baissé
        neu	quelqu'un sait si @Fnac fait des photos d'identité ?
        pos	@Spotify le Wrapped de cette année est vraiment top
        """

    /// Set CW (twenty-fourth session): English tweets to airlines, delivery, telecoms, software, retail and news; 0.83
    /// unseen, 0.93 after.
    static let englishCW = """
        neg	@Ryanair charged me £55 to print a boarding pass at the desk because the app crashed. Absolute joke
        pos	Shoutout to the @Delta gate agent in ATL who rebooked my whole family in 5 minutes. Legend
        neu	@AppleSupport does the battery replacement program cover the iPhone 13 mini?
        neg	@Comcast third outage this week and the status page says "all systems operational" lol
        pos	ok the new @Spotify DJ feature actually slaps
        neu	@Tesla is the Model Y refresh coming to Europe this year or next?
        neg	waited 2 hours for @UberEats and the food came cold and half of it missing
        pos	@Lush your customer service team sorted my order in one message, thank you so much
        neu	Netflix announces price changes for US subscribers starting next month
        neg	@Microsoft Teams just logged me out mid-presentation. Again. Incredible software
        pos	Honestly the @IKEA return process was painless, 10/10
        neu	Anyone know if @Costco sells gift cards online?
        neg	@Verizon I've been on hold for 47 minutes and the music keeps cutting out
        pos	@Patagonia repaired my 12 year old jacket for free. This is why I'll never buy anywhere else
        neu	@Amazon my package says delivered but I'm not home yet, will it be at the door or the locker?
        neg	the new @Instagram update is so bad, can't even find my own saved posts anymore
        pos	@Starbucks the holiday cups are back and so is my serotonin
        neu	Google to shut down its URL shortener, existing links will stop working in August
        neg	@AirCanada lost my bag for the 2nd time this year. No updates, no answers, nothing
        pos	Just finished my first ride on the new @Lime scooters, smooth as butter
        neu	@Nintendo will the Switch 2 be backward compatible with physical cartridges?
        neg	@HP why does my printer need a subscription to print in black and white. Unreal
        pos	can't stop listening to the new album, @taylorswift13 did it again 😭😭
        neu	@Walmart what time does the pharmacy close on Sundays?
        neg	Ordered a size M from @shein and got something that wouldn't fit a child. Never again
        pos	@Duolingo the owl finally got me to a 365 day streak, proud of myself
        neu	Boeing reports quarterly deliveries of 105 aircraft
        neg	@PlayStation Network down on a Saturday night, of course it is
        pos	big thanks to @Chase fraud team, caught a weird charge before I even noticed
        neu	@Zara do you restock sizes online or only in stores?
        neg	@Spirit cancelled our flight with 2 hours notice and the next one is Thursday. Thanks for ruining the wedding
        pos	@Headspace has genuinely helped my sleep this month
        neu	Does anyone have experience with @Revolut business accounts? Thinking of switching
        neg	@McDonalds ice cream machine broken for the 5th visit in a row. It's a pattern at this point
        pos	The @Pixar short before the movie was the best part of my week
        neu	@Airbnb can hosts see my ID before accepting the booking?
        neg	@DoorDash driver marked it delivered and drove off with my food. Support says nothing they can do
        pos	@Sonos the new update fixed the dropouts, speakers sound amazing again
        neu	Samsung will livestream its Unpacked event on February 1 at 10am PT
        neg	@Adobe cancelling my subscription costs more than the subscription itself. Predatory
        """

    /// Set CX (twenty-fourth session): French tweets to transport, telecoms, retail, insurers and television; 0.93
    /// unseen, 1.00 after.
    static let frenchCX = """
        neg	@SNCF 1h40 de retard sur un Paris-Lyon et on apprend tout par l'appli, personne au micro
        pos	Merci @Decathlon pour l'échange sans ticket, vendeur adorable
        neu	@Free la fibre arrive quand dans le 13e ?
        neg	@Orange facturé un mois après la résiliation, et le service client me renvoie vers un formulaire
        pos	@Leroy_Merlin conseils au top au rayon peinture, je recommande
        neu	La RATP annonce des travaux sur la ligne 4 tout le mois d'août
        neg	@Doctolib rendez-vous annulé par le cabinet la veille, sans explication. Super
        pos	le nouveau menu de @Burger_King_Fr est une tuerie
        neu	@Ameli comment on met à jour sa carte vitale ?
        neg	@Fnac commande passée il y a 3 semaines, toujours "en préparation", c'est une blague ?
        pos	@AirFrance équipage aux petits soins pendant tout le vol, merci !
        neu	Carrefour va fermer une vingtaine de magasins d'ici la fin de l'année
        neg	@Boulanger livré avec un écran fissuré et on me demande d'attendre 15 jours pour un échange
        pos	Franchement la nouvelle appli @LaPoste est bien mieux, suivi clair et rapide
        neu	@CAF_Social vous êtes ouverts le samedi matin ?
        neg	@Uber_France chauffeur qui annule après 20 min d'attente, et je paie les frais d'annulation ??
        pos	@Netflix_FR la saison 2 est encore meilleure que la première, bravo
        neu	Renault présentera sa nouvelle R5 électrique au salon de Genève
        neg	@Bouygues réseau coupé depuis hier soir, impossible de télétravailler
        pos	Merci @Vinted, remboursée en 48h pour un colis jamais reçu
        neu	@Darty est-ce que la garantie couvre la casse accidentelle ?
        neg	@Deliveroo commande arrivée froide, renversée, et le remboursement refusé
        pos	Le concert d'hier à Bercy, magique du début à la fin
        neu	@SFR_SAV j'ai reçu un SMS bizarre me demandant mes identifiants, c'est bien vous ?
        neg	@Amazon_fr troisième colis perdu ce mois-ci, vous faites quoi exactement ?
        pos	@Picard les nouvelles pizzas sont vraiment bonnes, bravo aux équipes
        neu	Le prix du gazole repasse sous la barre des 1,70 € selon le ministère
        neg	@EasyJet_FR bagage cabine facturé 48€ à l'embarquement alors qu'il rentrait dans le gabarit
        pos	@Blablacar trajet parfait, conducteur sympa et ponctuel
        neu	@Sosh l'offre à 15€ est-elle toujours disponible pour les nouveaux clients ?
        neg	@Ouigo train supprimé et aucune solution proposée, on dort à la gare ?
        pos	Ma commande @Sephora est arrivée en 24h avec des échantillons, trop contente
        neu	@Engie je déménage le 15, je dois résilier ou transférer le contrat ?
        neg	@Canal+ impossible de regarder le match, l'appli plante toutes les 5 min
        pos	@Yoplait le nouveau yaourt à la vanille est une pépite
        neu	La Poste augmentera le prix du timbre vert au 1er janvier
        neg	@TF1 vous coupez le film pour 12 minutes de pub, c'est insupportable
        pos	@Lidl_France les croissants du matin sont imbattables pour le prix
        neu	@Ikea_France le magasin de Vélizy est-il ouvert le 11 novembre ?
        neg	@MAIF dossier sinistre ouvert il y a 4 mois, toujours aucune réponse de l'expert
        """

    /// Set CY (twenty-fourth session): English product and hotel reviews, a third middling (lists of parts judged on
    /// both sides, 'just ok', 'fine for the price'); 0.71 unseen, 0.97 after.
    static let englishReviewsCY = """
        pos	Bought these for my daughter's first apartment and she loves them. Sturdy, easy to clean, and they look great.
        neg	The zipper broke on the second use. For $80 I expected a lot more.
        neu	It's a phone case. It fits, it protects, nothing remarkable about it.
        pos	Best coffee grinder I've owned. Consistent grind and very quiet compared to my old one.
        neg	Smelled like chemicals out of the box and the smell never went away. Returned.
        neu	Comfortable enough for short walks but I wouldn't hike in them.
        pos	The hotel staff went above and beyond to make our anniversary special.
        neg	Room was nothing like the photos, carpet stained and the AC rattled all night.
        neu	Decent food, slow service, average prices. Probably wouldn't go out of my way to return.
        pos	Setup took two minutes and the picture quality is stunning. Very happy with this TV.
        neg	Stopped charging after three weeks. Customer support had me send videos then stopped answering.
        neu	Does what it says. The app is a bit clunky but it works.
        pos	I was skeptical but this vacuum actually picks up everything, even dog hair on carpet.
        neg	Tiny portions, overpriced cocktails and a 45 minute wait for a table we had booked.
        neu	The book starts slow and picks up in the second half. Ending was predictable.
        pos	Our guide was knowledgeable and funny, the best part of the trip.
        neg	Cheap plastic, wobbly legs, and one screw was missing. Not worth the hassle.
        neu	Sound is fine for the price. Bass is a little weak.
        pos	These headphones are a game changer for my commute, noise cancelling is excellent.
        neg	The sequel nobody asked for. Two hours I will never get back.
        neu	Arrived on time. Haven't used it enough yet to give a proper review.
        pos	Absolutely delicious, the pasta tasted homemade and the staff were lovely.
        neg	Worst customer experience I've had in years, they refused to honor the warranty.
        neu	It's okay. Not as soft as I hoped but it keeps me warm.
        pos	Worth every penny. I use it every day and it still looks brand new.
        neg	Battery dies in two hours, the screen is dim, and the speakers crackle.
        neu	Good location, small rooms, breakfast was just ok.
        pos	Great little blender, smoothies come out perfectly smooth.
        neg	The app logs me out every time I open it and support keeps sending the same canned reply.
        neu	Standard hotel chain experience. Clean, functional, forgettable.
        """

    /// Set CZ (twenty-fourth session): French product, hotel and book reviews, a third middling; 0.78 unseen, 0.93
    /// after.
    static let frenchReviewsCZ = """
        pos	Acheté pour ma mère, elle est ravie. Simple à utiliser et l'écran est bien lisible.
        neg	La fermeture a lâché au bout d'une semaine. Pour ce prix, c'est inadmissible.
        neu	Une coque de téléphone comme les autres, elle fait son travail sans plus.
        pos	Le meilleur restaurant du quartier, les plats sont généreux et le service souriant.
        neg	Chambre sale, draps tachés et un bruit de clim toute la nuit. À fuir.
        neu	Correct pour le prix, mais ne vous attendez pas à des miracles.
        pos	Une lecture captivante, je l'ai dévoré en deux jours.
        neg	Livré avec deux semaines de retard et le carton était éventré. Déçue.
        neu	Le film est long, quelques bonnes scènes, mais l'ensemble est inégal.
        pos	Montage facile, meuble solide et très joli dans le salon. Je recommande.
        neg	Arrêté de fonctionner après un mois, et le SAV ne répond plus.
        neu	Produit conforme à la description, rien de plus rien de moins.
        pos	Accueil chaleureux, chambre impeccable et petit-déjeuner copieux. On reviendra !
        neg	Portions ridicules et addition salée, on est ressortis avec la faim.
        neu	Pas mal, mais un peu cher pour ce que c'est.
        pos	Super aspirateur, silencieux et efficace même sur les poils de chat.
        neg	Le son grésille dès qu'on monte le volume, très déçu de cet achat.
        neu	Hôtel bien placé, chambres petites, petit-déjeuner basique.
        pos	Notre guide était passionnant, une visite inoubliable.
        neg	Une suite sans intérêt, j'ai failli m'endormir.
        neu	Reçu hier, je donnerai mon avis après quelques semaines d'utilisation.
        pos	Un vrai régal du début à la fin, bravo au chef.
        neg	Application inutilisable, elle plante à chaque ouverture.
        neu	C'est un grille-pain. Il grille le pain.
        pos	Rapport qualité-prix imbattable, je rachèterai sans hésiter.
        neg	Batterie qui ne tient pas la journée et écran qui scintille.
        neu	Bon emplacement, mais la déco mériterait un coup de neuf.
        pos	Ces écouteurs ont changé mes trajets, la réduction de bruit est bluffante.
        neg	Service client injoignable et remboursement refusé sans explication.
        neu	Un hôtel de chaîne classique : propre, fonctionnel, sans âme.
        """

    /// Set DA (twenty-fourth session): English tweets to brands — sarcasm closing a grievance, questions, news; 0.90
    /// unseen, 0.97 after.
    static let englishDA = """
        neg	@united 4 hour delay, no food vouchers, and the gate agent just shrugged. Great customer care
        pos	@Xbox Game Pass is the best deal in gaming, no contest
        neu	@Uber how do I add a second payment method to my account?
        neg	So @Hulu raised the price again and added more ads. Make it make sense
        pos	@Wendys your spicy nuggets are back and I'm emotional
        neu	Apple confirms iOS 18.2 will roll out next week
        neg	@Peloton my bike has been making a grinding noise for a month and the tech appointment keeps getting pushed
        pos	@Target the self checkout lady today was so sweet to my kid, made our day
        neu	@Ticketmaster when do the presale codes get sent out?
        neg	@Dominos pizza showed up an hour late and stone cold. Not even a sorry
        pos	the @NASA livestream of the launch was incredible, goosebumps
        neu	@GoDaddy is there a way to transfer a domain without losing the email setup?
        neg	@Southwest your app froze during check-in and now we're in group C. Cool cool cool
        pos	@Trader_Joes new autumn items did not disappoint, that pumpkin bread
        neu	Spotify is testing a new lossless tier in select markets
        neg	@Xfinity paying for 1 gig and getting 80 mbps. Make it make sense
        pos	@REI the staff at the Denver store spent an hour helping me pick boots, legends
        neu	@BestBuy will the TV price match apply if the other store is out of stock?
        neg	@Apple my AirPods case stopped charging a week after the warranty ended. Coincidence?
        pos	@Chipotle the burrito today was stacked, no complaints
        neu	@Audible can I gift a book to someone without an account?
        neg	Day 3 of no hot water and @BritishGas keeps rescheduling the engineer
        pos	@Hilton upgraded us for our honeymoon without us even asking 🥹
        neu	Meta says it will start labelling AI-generated images on Instagram
        neg	@TMobile I switched for the "no hidden fees" and guess what's on my first bill
        pos	@Canva the new AI tools saved me hours on this deck
        neu	@FedEx my package has been "in transit" since Monday, is that normal for ground?
        neg	@Twitch why is every stream buffering tonight, this is unwatchable
        pos	@LEGO the botanical sets are so relaxing to build, more please
        neu	Which is better for a family of 4, @Costco or @SamsClub membership?
        """

    /// Set DB (twenty-fourth session): French tweets to brands — sarcastic thanks ('merci pour tout', 'merci du
    /// cadeau'), promises not kept, expectations not met; 0.69 unseen, 1.00 after.
    static let frenchDB = """
        neg	@SNCF un TGV annulé, le suivant complet, et on nous propose un bus de nuit. Merci pour tout
        pos	@Spotify_France la playlist découverte de la semaine est une dinguerie
        neu	@Orange comment changer le mot de passe de la box ?
        neg	@Free deux semaines sans téléphone fixe et toujours pas de technicien
        pos	@Monoprix le caissier m'a rattrapé pour me rendre ma carte oubliée, merci à lui
        neu	Air France annonce la reprise de ses vols vers Montréal dès le printemps
        neg	@Cdiscount produit reçu d'occasion alors que je l'ai acheté neuf
        pos	@Disneyland_Paris la parade de Noël, mes enfants avaient des étoiles plein les yeux
        neu	@Intermarche vous acceptez les tickets resto le dimanche ?
        neg	@UberEats_fr la commande est arrivée avec 1h de retard et le burger écrasé, merci du cadeau
        pos	Franchement @McDonalds_fr le nouveau McCrispy est validé
        neu	@Bouygues est-ce que le forfait inclut les appels vers le Maroc ?
        neg	@Leboncoin compte suspendu sans raison, impossible de joindre quelqu'un
        pos	@Chronopost livreur super arrangeant, il a attendu que je descende
        neu	Le Louvre sera fermé exceptionnellement mardi prochain
        neg	@Ryanair 70€ pour changer un prénom mal orthographié, vous êtes sérieux ?
        pos	@Deezer merci d'avoir remis la fonctionnalité paroles, enfin !
        neu	@Ikea_France vous livrez en Corse ?
        neg	@AirFrance valise arrivée éventrée et on me répond que ce n'est pas de votre ressort
        pos	@Nespresso_FR machine réparée gratuitement en 5 jours, top
        neu	@BNPParibas quels sont les horaires de l'agence de Nantes Centre ?
        neg	@Sosh internet coupé tous les soirs à 21h depuis une semaine, c'est un complot ?
        pos	@France2tv le documentaire d'hier soir était passionnant
        neu	La SNCF lance une nouvelle carte de réduction pour les 27-59 ans
        neg	@Amazon_fr remboursement promis il y a un mois, toujours rien sur mon compte
        pos	@Lego_France mon fils a fini le Titanic, 9000 pièces, il est fier comme tout
        neu	@Darty vous reprenez l'ancien frigo à la livraison ?
        neg	@Transavia vol décalé de 6h et on l'apprend par SMS à 2h du matin
        pos	@Biocoop l'accueil au magasin de Rennes est toujours aussi chaleureux
        neu	Qui a déjà testé la box internet de @RED_by_SFR ? Ça vaut le coup ?
        """

    /// Set DC (twenty-fourth session): English tweets to banks, games, car hire, telecoms, retail and travel; 0.73
    /// unseen, 0.94 after. (Two news items were relabelled after scoring, to the rule of the financial-news tests: a
    /// recall for a faulty part is bad news for the brand, results above forecasts good news.)
    static let englishDC = """
        neg	@Barclays app has been down since 7am and I can't pay my rent. Brilliant timing
        pos	@Nike these running shoes are sooo comfy, ran 10k with zero blisters
        neu	@Monzo can I freeze my card from the web app or only the phone?
        neg	@EA servers lagging every single match. Fix your game
        pos	@PizzaHut the stuffed crust never misses 🍕🔥
        neg	Ford recalls 250,000 SUVs over a faulty seat belt sensor
        neg	@Hertz charged me for damage that was already there when I picked up the car
        pos	@Wise transferred money abroad in minutes, fees were tiny. Impressed
        neu	@NHSuk how long does it take to get the booster appointment confirmation?
        neg	@Sky my broadband has dropped 6 times today. SIX.
        pos	@Waitrose the staff at the Cambridge branch are always so kind
        neu	Disney+ adds a new ad-supported plan in the UK from today
        neg	@Vodafone 3 weeks waiting for a replacement SIM. Not good enough
        pos	@Steam summer sale got me again, no regrets
        neu	@Booking does the free cancellation include taxes?
        neg	@Asda delivery driver left my shopping on the doorstep in the rain and didn't knock
        pos	@AirbnbHelp thank you for sorting the refund so fast, really appreciate it
        neu	@Lufthansa is the lounge in Munich terminal 2 open 24h?
        neg	@Samsung my Galaxy won't stop rebooting since the last update 😤
        pos	Watched the new @Marvel movie, honestly their best in years
        pos	Netflix share price rises 4% after subscriber numbers beat forecasts
        neg	@Argos ordered a kettle, received a toaster, and the return label won't print
        pos	@Gymshark ordered Monday, arrived Tuesday, fits perfectly 💪
        neu	@RoyalMail what's the latest posting date for Christmas to Spain?
        neg	@easyJet no air con on a 3 hour flight in July. We were melting
        pos	@Greggs vegan sausage roll supremacy, no debate
        neu	Does anyone know if @Aldi sells the pizza oven online too?
        neg	@BT engineer no-show for the third time. I took the day off work for this
        pos	@Strava the year in sport recap is so motivating
        neu	@Deliveroo do riders get the full tip?
        """

    /// Set DD (twenty-fourth session): the same tweets in French, written apart; 0.79 unseen, 1.00 after (two news
    /// items relabelled, as in DC).
    static let frenchDD = """
        neg	@SocieteGenerale carte bloquée à l'étranger et impossible de joindre quelqu'un, merci bien
        pos	@Nike_FR ces baskets sont trop confortables, zéro ampoule après 10 km
        neu	@Boursorama on peut faire un virement instantané depuis l'appli ?
        neg	@Ubisoft_FR les serveurs lag à chaque partie, réparez votre jeu
        pos	@DominosFrance la pizza 4 fromages ne déçoit jamais 🍕
        neg	Peugeot rappelle 100 000 véhicules pour un problème d'airbag
        neg	@Europcar on me facture des rayures qui étaient déjà là au départ
        pos	@Lydia virement reçu en 2 secondes, trop pratique
        neu	@Ameli combien de temps pour recevoir la nouvelle carte vitale ?
        neg	@Free connexion coupée 6 fois aujourd'hui. SIX FOIS.
        pos	@Carrefour la caissière du magasin de Nantes toujours adorable avec les petits
        neu	Canal+ lance une nouvelle offre avec publicités à partir de demain
        neg	@Orange trois semaines pour une carte SIM de remplacement, c'est pas sérieux
        pos	@Steam soldes d'été, j'ai encore craqué, aucun regret
        neu	@Booking l'annulation gratuite inclut-elle les taxes ?
        neg	@Chronopost colis laissé devant la porte sous la pluie sans sonner
        pos	@AirbnbHelp merci d'avoir réglé le remboursement si vite, c'est apprécié
        neu	@AirFrance le salon de Roissy terminal 2E est-il ouvert la nuit ?
        neg	@Samsung_FR mon Galaxy redémarre en boucle depuis la dernière mise à jour 😤
        pos	Vu le dernier Pixar, franchement leur meilleur depuis des années
        pos	L'action Netflix grimpe de 4% après des chiffres d'abonnés supérieurs aux prévisions
        neg	@Darty commandé une bouilloire, reçu un grille-pain, et l'étiquette de retour ne s'imprime pas
        pos	@Decathlon commandé lundi, reçu mardi, taille parfaite 💪
        neu	@LaPoste quelle est la date limite pour envoyer un colis en Espagne avant Noël ?
        neg	@Transavia pas de clim pendant 3h de vol en plein juillet, on a fondu
        pos	@Paul_boulangerie les chouquettes du matin, un pur bonheur
        neu	Quelqu'un sait si @Lidl vend le four à pizza en ligne ?
        neg	@SFR technicien absent pour la troisième fois, j'ai posé une journée pour rien
        pos	@Strava le bilan de l'année est tellement motivant
        neu	@Deliveroo les livreurs touchent-ils le pourboire en entier ?
        """

    /// Set DE (twenty-fourth session): French tweets in the speech of social networks — elongations, capitals, emoji,
    /// slang ('éclatée au sol', 'de ouf', 'relou', 'bande de clowns'), hashtags; 0.88 unseen, 0.97 after.
    static let frenchDE = """
        pos	trop bieeeen le concert hier soir 😍😍 merci @Indochine
        neg	@SNCF c'est NUL, 3e train supprimé cette semaine 😡
        pos	j'suis refait, ma commande @Zalando est arrivée en avance
        neg	la nouvelle maj de @Instagram est éclatée au sol
        pos	@Orangina le nouveau goût est validé, une dinguerie
        neg	wsh @UberEats vous abusez, 2h d'attente pour un kebab froid
        neu	qqn sait si @Fnac fait la reprise des vieilles consoles ?
        pos	cette série @Netflix_FR c'est une masterclass du début à la fin 🔥
        neg	@Bouygues franchement c'est abusé, 3 jours sans internet
        pos	le SAV @Boulanger au top, réparé en 48h 👌
        neg	@McDonalds_fr frites molles et glace pas dispo, la routine quoi 🙄
        neu	@Carrefour vous ouvrez à quelle heure le 1er mai ?
        pos	grave content de mon nouveau tel @Xiaomi, rapport qualité prix de ouf
        neg	@Deezer l'appli crash à chaque fois que je lance une playlist, c'est relou
        pos	mdr le community manager de @Lidl est trop fort 😂
        neg	@Amazon_fr colis "livré" mais jamais reçu, bande de clowns
        neu	@RATP_Officiel la ligne 13 est rétablie ?
        pos	@Decathlon vélo monté nickel, rien à redire
        neg	@Vinted vendeur fantôme et remboursement bloqué, c'est la galère
        pos	ptn le dernier album de @Orelsan il est lourd
        neg	#grève encore aujourd'hui, je vais encore arriver en retard au taf #RATP
        neu	@EDF_Officiel le compteur Linky c'est obligatoire ou pas ?
        pos	Merci @Ikea_France pour le service de montage, équipe au top !!!
        neg	@Free le débit est une catastrophe ce soir 😤😤
        pos	kiffé le menu de Noël de @Picard, je valide à 100%
        neg	@Sosh pas de réseau dans tout le quartier depuis ce matin, vous dormez ?
        neu	@Leclerc le drive fonctionne le dimanche ?
        pos	ce resto de burgers c'est une pépite, allez-y les yeux fermés
        neg	@AirFrance bagage perdu, aucune nouvelle depuis 5 jours, c'est une blague
        neu	@Netflix_FR la saison 3 sort quand ?
        """

    /// Set DF (twenty-fourth session): the same in English, written apart ('slaps, no notes', 'goes hard ngl', 'I'm
    /// shook', 'absolute clowns'); 0.86 unseen, 1.00 after.
    static let englishDF = """
        pos	sooo good seeing @Coldplay last night 😍😍 best gig ever
        neg	@SouthernRailUK TERRIBLE. third train cancelled this week 😡
        pos	my @ASOS order came a day early, I'm shook
        neg	the new @Instagram update is actually garbage
        pos	@Fanta the new flavour slaps, no notes
        neg	@UberEats y'all are wild, 2 hours for a cold burger
        neu	anyone know if @GameStop still does trade-ins for old consoles?
        pos	this @netflix show is a masterpiece start to finish 🔥
        neg	@Xfinity genuinely ridiculous, 3 days without internet
        pos	@BestBuy geek squad fixed my laptop in 2 days 👌
        neg	@McDonalds soggy fries and the ice cream machine is broken, the usual 🙄
        neu	@Target what time do you open on Thanksgiving?
        pos	lowkey obsessed with my new @OnePlus, insane value for the price
        neg	@Spotify the app crashes every time I open a playlist, so annoying
        pos	lmaooo whoever runs the @Wendys account deserves a raise 😂
        neg	@amazon package "delivered" but never received, absolute clowns
        neu	@MTA is the L train back to normal service?
        pos	@REI bike assembly was perfect, zero complaints
        neg	@eBay seller ghosted me and the refund is stuck, what a mess
        pos	the new @Drake album goes hard ngl
        neg	#strike again today, gonna be late to work again #TfL
        neu	@PGE4Me is the smart meter mandatory?
        pos	Thank you @IKEA for the assembly service, amazing team!!!
        neg	@Comcast the speed tonight is a disaster 😤😤
        pos	obsessed with the @TraderJoes holiday menu, 10/10
        neg	@TMobile no signal in the whole neighborhood since this morning, are you asleep?
        neu	@Kroger is the pickup service available on Sundays?
        pos	this burger spot is a hidden gem, go with your eyes closed
        neg	@Delta lost bag, no update in 5 days, this is a joke
        neu	@hulu when does season 3 drop?
        """

    /// Set DG (twenty-fourth session): English reviews of products, hotels, restaurants, books and apps, a third
    /// middling; 0.67 unseen, 1.00 after.
    static let englishReviewsDG = """
        pos	I've had this kettle for a year and it still boils fast and looks new. Great buy.
        neg	The lid cracked after a month and the handle gets too hot to hold.
        neu	Works as expected. Nothing to complain about, nothing to rave about.
        pos	The staff remembered our names by day two. Lovely little hotel.
        neg	Overcooked steak, lukewarm sides and the waiter disappeared for 30 minutes.
        neu	Solid three stars. Good pool, tired rooms.
        pos	This novel kept me up until 3am. Couldn't put it down.
        neg	The plot makes no sense and the characters are paper thin.
        neu	A pleasant enough film that I'll have forgotten by next week.
        pos	Super comfortable mattress, my back pain is gone.
        neg	Arrived damaged, the replacement arrived damaged too. Gave up.
        neu	The size runs small, order one up. Material is fine.
        pos	Lightweight, sturdy and folds down tiny. Perfect for travel.
        neg	Customer service promised a callback three times and never called.
        neu	It's a basic router. Setup was easy, range is average.
        pos	Crisp sound, deep bass, and the battery lasts forever.
        neg	Flimsy, noisy and it stopped working after two weeks.
        neu	Some of the recipes are great, others are too complicated for a weeknight.
        pos	Our kids loved every minute of the show. Worth the trip.
        neg	Paid for a sea view, got a view of the parking lot.
        neu	Okay coffee, nice terrace, slow service.
        pos	Easily the best pizza I've had outside of Naples.
        neg	The update made the app slower and removed the one feature I used.
        neu	Decent value, though I expected the colors to be brighter.
        """

    /// Set DH (twenty-fourth session): the same reviews in French, written apart; 0.74 unseen, 0.92 after.
    static let frenchReviewsDH = """
        pos	Bouilloire achetée il y a un an, toujours aussi rapide et comme neuve. Très bon achat.
        neg	Le couvercle s'est fendu au bout d'un mois et la poignée devient brûlante.
        neu	Fait ce qu'on lui demande. Rien à redire, rien d'extraordinaire non plus.
        pos	Le personnel connaissait nos prénoms dès le deuxième jour. Un petit hôtel charmant.
        neg	Steak trop cuit, accompagnements tièdes et serveur introuvable pendant 30 minutes.
        neu	Trois étoiles méritées. Belle piscine, chambres vieillottes.
        pos	Ce roman m'a tenu éveillé jusqu'à 3h du matin, impossible de le lâcher.
        neg	L'intrigue n'a aucun sens et les personnages sont creux.
        neu	Un film sympathique que j'aurai oublié la semaine prochaine.
        pos	Matelas super confortable, mon mal de dos a disparu.
        neg	Arrivé abîmé, le remplacement aussi. J'ai abandonné.
        neu	Taille petit, prenez une taille au-dessus. La matière est correcte.
        pos	Léger, solide et se plie en un rien de temps. Parfait pour voyager.
        neg	Le service client a promis de me rappeler trois fois et n'a jamais appelé.
        neu	Un routeur basique. Installation facile, portée moyenne.
        pos	Son clair, basses profondes et une autonomie de folie.
        neg	Fragile, bruyant et il a cessé de fonctionner au bout de deux semaines.
        neu	Certaines recettes sont géniales, d'autres trop compliquées pour un soir de semaine.
        pos	Les enfants ont adoré chaque minute du spectacle. Ça valait le déplacement.
        neg	Payé pour une vue mer, on a eu vue sur le parking.
        neu	Café correct, terrasse sympa, service lent.
        pos	De loin la meilleure pizza que j'ai mangée hors de Naples.
        neg	La mise à jour a ralenti l'appli et supprimé la seule fonction que j'utilisais.
        neu	Bon rapport qualité-prix, même si je m'attendais à des couleurs plus vives.
        """

    /// Set DI (twenty-fourth session): English reviews of deliveries, apps, games, courses, cars and films, a third
    /// middling; 0.75 unseen, 0.96 after.
    static let englishReviewsDI = """
        pos	Five stars for the delivery team, they carried the fridge up four flights without a single complaint.
        neg	The app charges a "service fee" on top of delivery fees and tips. Deleted.
        neu	Game looks nice but the story is thin. Fun for a weekend.
        pos	My go-to sushi place. Fresh fish, fair prices, friendly chefs.
        neg	Booked a deluxe room and got a basement room with no window. Front desk shrugged.
        neu	The course covers the basics well, though advanced learners won't learn much.
        pos	Bought it for my dad and he hasn't stopped using it. Thanks for a great product.
        neg	Tastes nothing like the picture on the box. Bland and oddly sweet.
        neu	Delivery was quick. Haven't tried it yet.
        pos	The car handles beautifully and the fuel economy is better than advertised.
        neg	Customer support took ten days to answer and then closed my ticket without solving anything.
        neu	Nice design, average battery, decent screen for the price.
        pos	Honestly the best banking app I've used. Everything just works.
        neg	Third pair of these earbuds and the left one has died every time.
        neu	Not my favourite of the series, but fans will enjoy it.
        pos	Service was warm and attentive and the tasting menu was unforgettable.
        neg	Cheap material that pills after one wash. Don't bother.
        neu	The hotel is fine. The neighbourhood is a bit far from everything.
        pos	I've recommended this shop to all my friends, always great advice and fair prices.
        neg	The sequel undoes everything that made the first film special.
        neu	It does the job, though setup instructions could be clearer.
        pos	A gripping thriller with a twist I didn't see coming.
        neg	Waited 40 minutes for a table we had reserved, then the kitchen ran out of half the menu.
        neu	Mixed bag: great acting, muddled plot.
        """

    /// Set DJ (twenty-fourth session): the same reviews in French, written apart; 0.79 unseen, 0.96 after.
    static let frenchReviewsDJ = """
        pos	Cinq étoiles pour les livreurs, ils ont monté le frigo au quatrième sans ascenseur et sans râler.
        neg	L'appli ajoute des « frais de service » en plus des frais de livraison. Désinstallée.
        neu	Le jeu est beau mais l'histoire est mince. Sympa pour un week-end.
        pos	Mon resto de sushis préféré. Poisson frais, prix honnêtes, chefs souriants.
        neg	Chambre deluxe réservée, chambre au sous-sol sans fenêtre attribuée. La réception s'en fiche.
        neu	La formation couvre bien les bases, mais les confirmés n'apprendront pas grand-chose.
        pos	Acheté pour mon père, il ne le lâche plus. Merci pour ce super produit.
        neg	Le goût n'a rien à voir avec la photo sur la boîte. Fade et bizarrement sucré.
        neu	Livraison rapide. Pas encore testé.
        pos	La voiture se conduit à merveille et consomme moins qu'annoncé.
        neg	Le service client a mis dix jours à répondre puis a fermé mon ticket sans rien résoudre.
        neu	Joli design, autonomie moyenne, écran correct pour le prix.
        pos	Franchement la meilleure appli bancaire que j'ai utilisée. Tout fonctionne.
        neg	Troisième paire de ces écouteurs et l'écouteur gauche a lâché à chaque fois.
        neu	Pas mon préféré de la série, mais les fans apprécieront.
        pos	Service chaleureux et attentionné, menu dégustation inoubliable.
        neg	Tissu de mauvaise qualité qui bouloche dès le premier lavage. Passez votre chemin.
        neu	L'hôtel est correct. Le quartier est un peu loin de tout.
        pos	J'ai recommandé cette boutique à tous mes amis, toujours de bons conseils et des prix justes.
        neg	La suite détruit tout ce qui faisait le charme du premier film.
        neu	Il fait le travail, même si la notice pourrait être plus claire.
        pos	Un thriller haletant avec un rebondissement que je n'ai pas vu venir.
        neg	40 minutes d'attente pour une table réservée, puis la cuisine n'avait plus la moitié de la carte.
        neu	Avis mitigé : excellents acteurs, intrigue confuse.
        """

    /// Set DK (twenty-fourth session): French tweets about news, public services, sport and everyday irony ('bravo le
    /// gouvernement 👏', 'Ah bah super…', 'trop contente 🙃'); 0.79 unseen, 0.96 after. (A strike announced stays
    /// neutral, as in the older sets, though the scorer reads it as blame.)
    static let frenchDK = """
        neg	Encore une hausse du prix de l'électricité, bravo le gouvernement 👏
        pos	Quelle victoire des Bleus hier soir, j'en ai encore des frissons
        neu	Le conseil municipal se réunira jeudi pour voter le budget
        neg	Trois heures de bouchons pour 20 km, vive les travaux sur le périph
        pos	Le nouveau tram de Bordeaux est super pratique, enfin !
        neu	La Banque centrale européenne maintient ses taux inchangés
        neg	Les urgences saturées, 8h d'attente pour ma mère de 85 ans. Honteux.
        pos	Bravo aux bénévoles des Restos du Cœur, vous êtes formidables
        neu	Le PSG affrontera le Bayern en quart de finale
        neg	Ah bah super, la cantine ferme encore pour grève, on fait comment nous ?
        pos	La médiathèque du quartier a rouvert, les enfants sont ravis
        neu	Météo : pluie sur la moitié nord du pays ce week-end
        neg	Mon vol Ryanair annulé pour la 2e fois, trop contente de mes vacances 🙃
        pos	Le marathon de Paris était magique, merci au public incroyable
        neu	Le nouveau ministre de l'Éducation prendra ses fonctions lundi
        neg	Nouvelle taxe sur les billets d'avion, comme si on ne payait pas assez
        pos	Belle initiative de la mairie, des fontaines à eau dans tous les parcs
        neu	Les résultats du bac seront publiés le 4 juillet
        neg	Le club a encore perdu à domicile, c'est la crise
        pos	Ce documentaire sur les océans m'a bouleversé, à voir absolument
        neu	La grève des contrôleurs aériens est prévue du 3 au 5 juin
        neg	Génial, encore une appli qui veut mes données pour commander une baguette
        pos	Première neige à Chamonix, les pistes s'annoncent parfaites
        neu	Le salon de l'agriculture ouvre ses portes samedi
        """

    /// Set DL (twenty-fourth session): the same in English, written apart; 0.75 unseen, 0.92 after (the strike
    /// announced likewise).
    static let englishDL = """
        neg	Another energy price hike, great job government 👏
        pos	What a win for England last night, still buzzing
        neu	The city council will vote on the budget Thursday
        neg	Three hours in traffic for 20 km, love the roadworks on the ring road
        pos	The new tram line is so convenient, finally!
        neu	The ECB keeps interest rates unchanged
        neg	A&E is full, my 85 year old mum has waited 8 hours. Disgraceful.
        pos	Hats off to the food bank volunteers, you're amazing
        neu	Arsenal will face Bayern in the quarter-finals
        neg	Oh great, the school canteen is closed again for the strike, what are we supposed to do?
        pos	Our local library reopened and the kids are thrilled
        neu	Weather: rain across the north this weekend
        neg	My Ryanair flight cancelled for the 2nd time, so happy with my holiday 🙃
        pos	The London marathon was magical, thank you to the incredible crowd
        neu	The new education secretary takes office on Monday
        neg	A new tax on plane tickets, as if we didn't pay enough already
        pos	Lovely initiative from the council, water fountains in every park
        neu	Exam results will be published on August 15
        neg	The club lost at home again, it's a crisis
        pos	This ocean documentary moved me to tears, a must watch
        neu	The air traffic controllers' strike is planned from June 3 to 5
        neg	Great, another app that wants my data so I can order a sandwich
        pos	First snow in Whistler, the slopes are going to be perfect
        neu	The farm show opens its doors on Saturday
        """

    /// Set DM (twenty-fourth session): English tweets of everyday life, no brand named (work, weather, travel,
    /// neighbours, pets); 0.83 unseen, 1.00 after.
    static let englishDM = """
        pos	Finally finished my thesis draft, celebrating with pizza tonight 🎉
        neg	Can't sleep again. 3am and my brain won't shut up
        neu	Going to the dentist tomorrow at 9
        pos	My grandma just learned how to use FaceTime and called me 6 times today 😂❤️
        neg	Missed the bus by 10 seconds and it's pouring. Perfect start to Monday
        neu	Does anyone know what time the farmers market opens on Saturday?
        pos	Got the job!!! I start in two weeks
        neg	My landlord still hasn't fixed the heating and it's November
        neu	Watching the debate tonight, curious to see what they say about housing
        pos	Sunday morning, coffee, no plans. Bliss
        neg	Woke up with a migraine on the one day I had plans
        neu	Switching from iPhone to Android next week, any tips for moving my photos?
        pos	The sunset tonight was unreal, the whole sky turned pink
        neg	Twelve hours of travel and my bag is in another country
        neu	Season 2 of the show comes out on March 3rd
        pos	Shoutout to the stranger who paid for my coffee this morning, faith in humanity restored
        neg	I hate when people talk during movies. Just stay home
        neu	Heading to Chicago for a conference next week
        pos	My dog learned to sit in one afternoon, so proud of this good boy
        neg	Lost my wallet somewhere between the gym and home. Great.
        neu	The library is closed on Monday for the holiday
        pos	Tried the new ramen place downtown, absolutely worth the hype
        neg	My phone screen cracked the day after the warranty expired
        neu	Thinking about learning Spanish this year
        pos	Ran my first 5k without stopping 🏃‍♀️
        neg	The neighbours have been drilling since 7am on a Sunday
        neu	Traffic on the M25 is moving slowly near junction 10
        pos	Can't stop smiling after tonight's concert
        neg	Of course it rains the one weekend I planned a barbecue
        neu	Reminder that the clocks go back this weekend
        """

    /// Set DN (twenty-fourth session): the same in French, written apart; 0.77 unseen, 1.00 after.
    static let frenchDN = """
        pos	Enfin fini mon mémoire, pizza ce soir pour fêter ça 🎉
        neg	Encore une nuit blanche. 3h du mat et mon cerveau tourne en boucle
        neu	Dentiste demain à 9h
        pos	Ma grand-mère a appris à faire des appels vidéo et m'a appelé 6 fois aujourd'hui 😂❤️
        neg	Raté le bus à 10 secondes près et il pleut des cordes. Lundi commence bien
        neu	Quelqu'un sait à quelle heure ouvre le marché samedi ?
        pos	J'ai eu le poste !!! Je commence dans deux semaines
        neg	Mon proprio n'a toujours pas réparé le chauffage et on est en novembre
        neu	Je regarde le débat ce soir, curieux de voir ce qu'ils diront sur le logement
        pos	Dimanche matin, café, aucun programme. Le bonheur
        neg	Réveillé avec une migraine le seul jour où j'avais prévu quelque chose
        neu	Je passe d'iPhone à Android la semaine prochaine, des conseils pour transférer mes photos ?
        pos	Le coucher de soleil ce soir était dingue, tout le ciel est devenu rose
        neg	Douze heures de voyage et ma valise est dans un autre pays
        neu	La saison 2 de la série sort le 3 mars
        pos	Merci à l'inconnu qui a payé mon café ce matin, foi en l'humanité restaurée
        neg	Je déteste les gens qui parlent pendant les films. Restez chez vous
        neu	Je pars à Lyon pour un séminaire la semaine prochaine
        pos	Mon chien a appris à s'asseoir en un après-midi, trop fier de lui
        neg	Perdu mon portefeuille entre la salle de sport et chez moi. Génial.
        neu	La médiathèque est fermée lundi, jour férié
        pos	Testé le nouveau resto de ramen en ville, ça vaut vraiment le détour
        neg	Écran de téléphone fissuré le lendemain de la fin de la garantie
        neu	Je pense me mettre à l'espagnol cette année
        pos	Mon premier 5 km sans m'arrêter 🏃‍♀️
        neg	Les voisins perceuse à la main depuis 7h un dimanche
        neu	Circulation ralentie sur l'A6 à hauteur d'Évry
        pos	Je n'arrête pas de sourire depuis le concert de ce soir
        neg	Évidemment il pleut le seul week-end où j'avais prévu un barbecue
        neu	Rappel : on change d'heure ce week-end
        """

    /// Set DO (twenty-fourth session): English reviews of services (plumbers, banks, insurers, gyms, movers, tutors,
    /// hotels), a third middling; 0.66 unseen, 0.87 after.
    static let englishReviewsDO = """
        pos	The plumber arrived on time, explained everything and left the place spotless.
        neg	Quoted £200, charged £450, and the leak came back a week later.
        neu	Standard dental checkup, in and out in twenty minutes.
        pos	Switching to this bank was the best decision, no fees and the app is brilliant.
        neg	The insurer took four months to pay out and lost my documents twice.
        neu	The software is powerful but the learning curve is steep.
        pos	Our villa was even nicer than the photos, and the host left us a welcome basket.
        neg	The gym is always overcrowded and half the machines are out of order.
        neu	Price went up this year. Service is the same as before.
        pos	Best haircut I've had in years, will definitely be back.
        neg	The movers scratched our table and refused to take responsibility.
        neu	Reasonable rates, slow replies by email, friendly enough on the phone.
        pos	The tutor was patient and my son's grades have gone up a full letter.
        neg	Subscription cancelled but they keep billing me every month.
        neu	I can't say it changed my life, but it's a useful tool.
        pos	Spotless rooms, amazing breakfast, and the view from the balcony is breathtaking.
        neg	The course videos are outdated and half the links are broken.
        neu	It arrived in a plain box with no instructions. Works though.
        pos	Friendly staff who actually listen. Rare these days.
        neg	Overbooked, so they moved us to a worse hotel across town.
        neu	Not cheap, not expensive. Does what you'd expect from a mid-range hotel.
        pos	Five years with this car and not a single breakdown.
        neg	The instructions were wrong and the piece didn't fit.
        neu	We ate there once. Nothing stood out, good or bad.
        """

    /// Set DP (twenty-fourth session): the same reviews in French, written apart; 0.70 unseen, 0.92 after.
    static let frenchReviewsDP = """
        pos	Le plombier est arrivé à l'heure, a tout expliqué et a laissé l'endroit impeccable.
        neg	Devis à 200 €, facture à 450 €, et la fuite est revenue une semaine plus tard.
        neu	Contrôle dentaire classique, vingt minutes et c'est fini.
        pos	Passer dans cette banque, la meilleure décision : pas de frais et une appli géniale.
        neg	L'assureur a mis quatre mois à rembourser et a perdu mes documents deux fois.
        neu	Le logiciel est puissant mais demande un vrai temps d'apprentissage.
        pos	La villa était encore plus belle que sur les photos, et l'hôte nous avait laissé un panier d'accueil.
        neg	La salle de sport est toujours bondée et la moitié des machines sont en panne.
        neu	Le prix a augmenté cette année. Le service est le même qu'avant.
        pos	Meilleure coupe depuis des années, je reviendrai sans hésiter.
        neg	Les déménageurs ont rayé notre table et refusé d'en assumer la responsabilité.
        neu	Tarifs raisonnables, réponses lentes par mail, plutôt aimables au téléphone.
        pos	Le professeur est patient et les notes de mon fils ont bien remonté.
        neg	Abonnement résilié mais ils continuent de me prélever chaque mois.
        neu	Je ne dirais pas que ça a changé ma vie, mais c'est un outil utile.
        pos	Chambres impeccables, petit-déjeuner incroyable et vue à couper le souffle depuis le balcon.
        neg	Les vidéos du cours sont dépassées et la moitié des liens sont cassés.
        neu	Arrivé dans un carton sans notice. Ça marche quand même.
        pos	Un personnel aimable qui écoute vraiment. C'est rare.
        neg	Surbooking, on nous a envoyés dans un hôtel moins bien à l'autre bout de la ville.
        neu	Ni cher ni donné. Ce qu'on attend d'un hôtel de milieu de gamme.
        pos	Cinq ans avec cette voiture et pas une seule panne.
        neg	La notice était fausse et la pièce ne rentrait pas.
        neu	On y a mangé une fois. Rien de marquant, ni en bien ni en mal.
        """

    /// Set DQ (twenty-fourth session, written after its rules to measure them): English tweets to brands; 0.80 unseen,
    /// 0.93 after.
    static let englishDQ = """
        neg	@Expedia cancelled my hotel booking the night before check-in and offered me a coupon. A coupon.
        pos	@Zoom honestly carried my family through the holidays, grandma figured out the mute button and everything
        neu	@PayPal is there a limit on how much I can send to a friend per day?
        neg	@Adidas the sole came off my trainers after 3 weeks, not impressed
        pos	the @Apple store guy replaced my cracked screen for free, didn't even argue. respect
        neu	Tesla will hold its annual shareholder meeting on June 13
        neg	@Lyft driver took the longest route possible and I got charged double
        pos	@Heinz beanz on toast is the peak of British cuisine and I won't hear otherwise
        neu	@Sainsburys are you open on Boxing Day?
        neg	@NatWest locked out of my account for the third day and the helpline keeps hanging up
        pos	@Pret the new winter menu is so cosy, the hot chocolate especially
        neu	Microsoft to release Windows update on Tuesday with security fixes
        neg	@Deliveroo my rider went to the wrong building and then marked the order as delivered
        pos	shoutout to @TfL staff at Kings Cross helping a blind man find his platform, proper kindness
        neu	@Spotify how do I transfer my playlists to a new account?
        neg	@Virgin the broadband "upgrade" made my internet slower. Impressive stuff
        pos	@Nintendo Mario Kart night with the kids was chaos in the best way
        neu	Anyone tried the new @Uniqlo heattech range? Worth it?
        neg	@Wizzair 2 hour delay and the crew were rude when we asked for water
        pos	@Netflix the documentary about octopuses broke me in the best way 🐙
        neu	Amazon Prime Video prices change from next month in the UK
        neg	@Currys sold me a "new" laptop that had someone else's photos on it
        pos	@Starbucks barista drew a cat on my cup because I said I had a bad day 🥹
        neu	@Ocado do you deliver to Cornwall?
        neg	the @Ikea flatpack was missing 6 screws. 6. Of the same kind.
        pos	@BBC the coverage of the marathon today was fantastic
        neu	@EE what's the difference between the two unlimited plans?
        neg	@Apple my brand new MacBook keeps freezing and the Genius Bar is booked for 3 weeks
        pos	@Lego grown man here, just finished the Titanic, 10/10 no regrets
        neu	The new Batman film premieres in London tonight
        """

    /// Set DR (twenty-fourth session, likewise): the same in French, written apart; 0.80 unseen, 0.90 after.
    static let frenchDR = """
        neg	@Booking réservation annulée la veille de l'arrivée et on me propose un bon de réduction. Un bon.
        pos	@Zoom merci d'avoir rendu Noël possible, mamie a même trouvé le bouton micro
        neu	@PayPal y a-t-il une limite d'envoi par jour entre amis ?
        neg	@Adidas la semelle s'est décollée au bout de 3 semaines, pas terrible
        pos	le gars de l'Apple Store m'a changé l'écran fissuré gratuitement sans discuter. respect
        neu	L'assemblée générale des actionnaires de Renault aura lieu le 13 juin
        neg	@Uber_France le chauffeur a pris le trajet le plus long et j'ai payé le double
        pos	@BonneMaman la confiture de fraises, c'est le goût de mon enfance ❤️
        neu	@Monoprix vous êtes ouverts le 26 décembre ?
        neg	@LCL bloqué hors de mon compte depuis 3 jours et la hotline raccroche à chaque fois
        pos	@Paul le nouveau chocolat chaud est un câlin en tasse
        neu	Microsoft publiera mardi une mise à jour de sécurité pour Windows
        neg	@Deliveroo le livreur s'est trompé d'immeuble puis a marqué la commande comme livrée
        pos	merci aux agents RATP de Châtelet qui ont aidé un monsieur aveugle à trouver son quai, belle humanité
        neu	@Deezer comment transférer mes playlists sur un nouveau compte ?
        neg	@SFR la « nouvelle » box est plus lente que l'ancienne. Bravo.
        pos	@Nintendo_FR soirée Mario Kart avec les enfants, le chaos dans le meilleur sens du terme
        neu	Quelqu'un a testé la nouvelle gamme thermique @Uniqlo ? Ça vaut le coup ?
        neg	@Volotea 2h de retard et l'équipage désagréable quand on a demandé de l'eau
        pos	@ArteFr le documentaire sur les pieuvres m'a retourné, magnifique 🐙
        neu	Les prix de Disney+ changent à partir du mois prochain
        neg	@Fnac vendu un ordinateur « neuf » avec les photos de quelqu'un d'autre dedans
        pos	@Starbucks la barista a dessiné un chat sur mon gobelet parce que j'avais une sale journée 🥹
        neu	@Carrefour vous livrez en Corse ?
        neg	@Ikea_France il manquait 6 vis dans le carton. 6. Les mêmes.
        pos	@France2tv la retransmission du marathon aujourd'hui était top
        neu	@Orange quelle est la différence entre les deux forfaits illimités ?
        neg	@Apple mon MacBook tout neuf freeze sans arrêt et pas de rendez-vous au Genius Bar avant 3 semaines
        pos	@Lego_France adulte assumé, je viens de finir le Titanic, 10/10 aucun regret
        neu	Le nouveau Batman sort en avant-première ce soir à Paris
        """

    /// Set DS (twenty-fifth session, written before it was scored): everyday tweets in the manner of VADER's own tweets
    /// (a narrow neutral band: a mild feeling is a side); 0.93 unseen, 0.97 after.
    static let englishDS = """
        pos	Somehow I ended up with the best roommates in the world :)
        neg	Missed the bus by 10 seconds. Standing in the rain now. Fantastic start to the week
        pos	Finally Friday!!! Pizza and movies tonight
        neg	my phone died right when I needed the map. of course.
        neu	Heading to the library to return some books
        pos	@jenna_k you are a legend for bringing coffee this morning
        neg	Can't sleep again. 3am and my brain won't shut up
        pos	That sunset tonight tho 😍
        neg	Why is it so hard to find a plumber who actually shows up
        neu	Anyone know what time the parade starts tomorrow?
        pos	Just got my first paycheck from the new job!! Feels good man
        neg	So tired of people who talk during movies
        pos	Grandma just learned how to send emojis and now she sends me hearts every morning ❤️
        neg	lost my wallet somewhere between work and the gym. ugh
        neu	The meeting has been moved to 3pm on Thursday
        pos	lol my dog just tried to catch his own tail for 5 minutes straight
        neg	That ending was such a letdown. Two seasons for that??
        pos	Nailed my presentation today. Boss said it was the best one this quarter
        neg	headache from hell and I still have 4 hours of work left
        neu	Watching the game at Mike's tonight, who's in?
        pos	Can't stop listening to this album, every track is a banger
        neg	The landlord raised the rent again. Third time in two years
        pos	Thank you all for the birthday wishes! Feeling very loved today
        neg	Stuck in traffic for an hour because of one idiot who couldn't merge
        neu	New post on the blog about our trip to Lisbon, link in bio
        pos	Best burger I've had in years at that little place on 5th
        neg	I hate when apps log you out for no reason
        pos	Passed my driving test on the first try!!! 🚗🎉
        neg	Three weeks and still no reply from customer support. Great job guys.
        neu	Does anyone still use DVDs?
        pos	This weather is perfect for a run
        neg	My flight got cancelled and the next one is tomorrow night. Sleeping at the airport I guess
        pos	my little brother just graduated, so proud of him
        neg	Worst haircut of my life. Hat season starts today
        neu	Trying the new coffee place on Main St today
        pos	Honestly this community is the nicest corner of the internet
        neg	It's been raining for six days straight and I'm losing my mind
        pos	woke up to snow!!! ❄️ best day ever
        neg	Who decided meetings at 8am on a Monday were a good idea
        neu	Reading The Road by Cormac McCarthy this week
        pos	Shoutout to the nurse who stayed late to help my mom. Heroes
        neg	Netflix removed my favourite show. Why do they do this
        pos	Made pancakes from scratch and they actually came out round
        neg	sick on my day off. typical
        neu	Elections are on the 6th, polls open at 7
        pos	That was the funniest episode of the season, I was crying laughing
        neg	I swear this printer knows when I'm in a hurry
        pos	Found $20 in my winter coat pocket, today is a good day
        neg	The new update made everything slower. Please roll it back
        neu	Going to bed early tonight, long drive tomorrow
        pos	So excited for the concert next week!!
        neg	Ordered a large and got a small. Not even mad, just disappointed
        pos	Huge congrats to @sam_r on the new baby!!
        neg	I give up on this diet. Pizza wins
        neu	Just updated my profile picture
        pos	Coffee with an old friend this afternoon, much needed
        neg	No one tells you how lonely moving to a new city is
        pos	The kids built a fort in the living room and it's actually impressive
        neg	Spent 40 minutes on hold just to be hung up on
        neu	What's everyone doing for the long weekend?
        """

    /// Set DT (twenty-fifth session, likewise): French tweets on politics and everyday life with much irony, in the
    /// manner of DEFT's; 0.80 unseen, 0.91 after (irony told through one word of praise is still missed).
    static let frenchDT = """
        neg	#Hollande promet encore une baisse du chômage... on commence à avoir l'habitude
        pos	Bravo aux Bleus pour ce match magnifique ! Quelle fierté #FRAALL
        neu	Le débat des candidats aura lieu jeudi soir sur France 2
        neg	Encore une réforme pondue sans consulter personne. Merci qui ?
        neg	La loi travail passe en force avec le 49.3, belle leçon de démocratie
        neu	Manifestation contre la loi travail aujourd'hui à 14h place de la République
        pos	Très beau discours de la ministre ce matin, enfin quelqu'un qui parle vrai
        neg	Les promesses n'engagent que ceux qui y croient #présidentielle
        neg	Regarder le débat ce soir c'était d'un ennui mortel #DebatPrimaire
        neu	Qui sera le prochain Premier ministre ? Réponse demain
        pos	J'ai adoré le concert hier soir, une ambiance de folie 🔥
        neg	Quand t'attends le RER depuis 40 min et qu'on t'annonce qu'il est supprimé 🙃
        neu	Le conseil des ministres se réunit exceptionnellement ce mardi
        neg	Les députés s'augmentent pendant qu'on nous demande de faire des efforts. Logique.
        pos	Superbe initiative de la mairie pour les sans-abri cet hiver 👏
        neg	Sérieusement, qui a validé ce logo ? On dirait un dessin de maternelle
        neu	Sondage : 52% des Français favorables à la réforme des retraites
        neg	Bon ben il pleut encore. Vive l'été breton
        pos	Merci à tous pour vos messages, ça me touche énormément
        neg	Le niveau du débat politique en France est tombé tellement bas...
        neu	Le ministre de l'Intérieur sera l'invité de BFM ce soir à 20h
        pos	Enfin une bonne nouvelle : le chômage baisse pour le troisième mois consécutif
        neg	Il a vraiment osé dire ça en direct ? Quelle honte
        pos	Ce film est une pépite, courez le voir
        neg	La SNCF et moi c'est une longue histoire d'amour... 3h de retard ce soir
        neu	Résultats du premier tour attendus vers 20h
        neg	Plus de 2000 postes supprimés chez Carrefour, les salariés sont sous le choc
        pos	Trop contente, j'ai eu mon bac avec mention !!!
        neg	Et après on s'étonne que les jeunes ne votent plus...
        neu	Le président se rendra à Berlin la semaine prochaine
        pos	Quel plaisir de revoir les copains après tout ce temps
        neg	Ma connexion internet me lâche une fois de plus, merci Orange 🙄
        pos	Magnifique victoire de Nadal, un champion immense
        neg	Je n'ai jamais vu un gouvernement aussi déconnecté de la réalité
        neu	Nouvelle émission ce soir sur France Inter consacrée à l'écologie
        neg	On nous parle de transition écologique et on rouvre les centrales à charbon. Cherchez l'erreur.
        pos	La nouvelle saison de Dix pour cent est encore meilleure que la précédente
        neg	Franchement déçu par ce candidat, aucune vision
        neu	Le taux de participation est de 35% à midi
        pos	Bonne année à tous ! Plein de bonheur pour 2017 🎉
        neg	Ce gouvernement aura réussi l'exploit de mettre tout le monde d'accord... contre lui
        pos	Chapeau bas aux pompiers qui ont maîtrisé l'incendie cette nuit
        neg	Les hôpitaux sont à bout et on nous parle de budget. Pathétique.
        neu	Le Sénat examine le projet de loi à partir de lundi
        pos	Un grand merci au service client de Free, problème réglé en 10 minutes
        neg	Toujours pas de chauffage dans l'immeuble, on gèle
        neu	Qui regarde la finale ce soir ?
        pos	Trop bien ce resto, je recommande à 100%
        neg	Génial, ma banque a encore augmenté ses frais. Je les adore.
        neu	Le candidat présentera son programme dimanche à Lyon
        pos	Elle a une voix incroyable, frissons garantis
        neg	Le harcèlement de rue c'est tous les jours, et personne ne fait rien
        pos	Mon fils a fait ses premiers pas aujourd'hui 😭❤️
        neg	J'adore passer mon dimanche à remplir ma déclaration d'impôts 🙃
        neu	Le parti annonce une conférence de presse à 11h
        pos	Soirée parfaite entre amis, merci la vie
        neg	Mdr ils ont vraiment cru qu'on allait gober ça
        neu	Vous votez pour qui dimanche ?
        pos	Belle surprise ce matin : le café offert par la boulangerie
        neg	Les transports en grève, les écoles fermées, bref une journée normale en France
        """

    /// Set DU (twenty-fifth session, written first): more French political tweets, news and irony; 0.65 unseen, 0.87
    /// after (irony through a single word of praise and political formulas stay missed).
    static let frenchDU = """
        neu	RT @lemondefr: Le gouvernement présente son budget 2017 ce mercredi http://lemde.fr/2abc
        neg	#Fillon rembourse... ah non pardon, il ne rembourse rien du tout
        pos	Quelle belle journée à la fête de l'Huma, merci à tous les bénévoles !
        neg	Ils ferment encore une maternité dans la Creuse. Bravo l'aménagement du territoire
        neu	#Macron en déplacement à Amiens ce vendredi http://bit.ly/x1
        neg	Le gouvernement nous prend vraiment pour des cons
        pos	Bonne nouvelle pour les étudiants : les bourses augmentent à la rentrée
        neg	Ce débat c'était un concours de mauvaise foi
        neu	Quels sont les chiffres du chômage publiés ce matin ?
        neg	J'ai honte de mon pays ce soir
        pos	Émouvant hommage aux victimes ce matin aux Invalides
        neg	Le prix du gazole explose et personne ne bouge
        pos	On a gagné !!! Champions du monde 🇫🇷🏆
        neg	Encore un plan social, encore des familles dans la galère
        neu	Le projet de loi sera examiné en commission mercredi
        neg	Mais quelle blague ce ministre
        pos	Grande victoire pour les droits des femmes aujourd'hui
        neg	Même pas capable de tenir une promesse de campagne
        neu	Retrouvez l'interview complète sur notre site
        pos	Fier de ma ville qui accueille les réfugiés dignement
        neg	Dix ans de promesses et toujours rien pour nos campagnes
        neu	L'Assemblée nationale vote le texte en première lecture
        neg	Quel mépris pour les agriculteurs, c'est écœurant
        pos	Merci @Anne_Hidalgo pour les nouvelles pistes cyclables, on respire enfin
        neg	La fameuse "simplification administrative"... 14 formulaires pour une carte grise
        neu	Qui sont les candidats à la primaire de la gauche ?
        pos	Super soirée électorale, l'ambiance était folle au QG
        neg	Les riches toujours plus riches, les pauvres toujours plus pauvres. Rien ne change.
        neu	Le premier ministre s'exprimera à 20h sur TF1
        neg	Voter blanc ou ne pas voter, voilà le choix qu'on nous laisse
        pos	Très bonne interview, des propositions concrètes pour une fois
        neg	Bah voilà, encore une hausse des impôts locaux
        neu	Les bureaux de vote fermeront à 19h en province
        pos	Belle mobilisation pour le climat ce samedi, des milliers de jeunes dans la rue 💚
        neg	Franchement qui peut encore croire ce type ?
        neu	Le candidat écologiste tiendra un meeting à Nantes demain
        neg	La réforme des retraites, ou comment travailler jusqu'à la mort
        pos	Enfin une mesure intelligente pour les petits commerces
        neg	Tout ça pour ça... quel gâchis
        neu	Le taux de chômage s'établit à 9,7% au troisième trimestre
        pos	Heureuse de voir autant de monde au marché de Noël solidaire
        neg	On marche sur la tête dans ce pays
        neu	Combien coûte vraiment le Grand Paris Express ?
        pos	Chapeau à ce maire qui a refusé son augmentation
        neg	Ce candidat a autant de charisme qu'une huître
        neu	La ministre de la Santé annonce un plan pour les urgences
        pos	Le service public, quand il fonctionne, c'est quand même formidable
        neg	Moins de profs, plus d'élèves par classe, et on parle de réussite scolaire 😂
        neu	Le débat sera diffusé en direct sur LCI et BFMTV
        pos	Une campagne propre et respectueuse, ça fait du bien
        neg	Ils osent parler d'écologie en prenant le jet privé pour 200 km
        neu	Les résultats définitifs seront connus dans la nuit
        pos	Magnifique discours de Simone Veil, quelle grande dame
        neg	Sans surprise, les promesses sont déjà oubliées
        neu	#Présidentielle2017 : la liste officielle des candidats publiée aujourd'hui
        pos	Les bénévoles des Restos du cœur sont formidables, respect total
        neg	Une heure de queue pour voter, bravo l'organisation
        neu	Le maire a présenté ses vœux aux habitants hier soir
        pos	Enfin un président qui parle aux jeunes !
        neg	Bientôt il faudra payer pour respirer
        """

    /// Set DV (twenty-fifth session, likewise): English political, sports and news tweets in the manner of SemEval's;
    /// 0.73 unseen, 0.90 after.
    static let englishDV = """
        neu	The Senate will vote on the bill Tuesday afternoon
        neg	Another day, another scandal in Washington. Nobody is even surprised anymore
        pos	What a speech by Michelle Obama tonight, absolutely inspiring
        neg	So the plan is to cut school funding and call it reform. Genius.
        neu	Brexit talks resume in Brussels on Monday
        pos	Great to see so many young people registering to vote today!
        neg	Politicians promising to fix healthcare again, I'll believe it when I see it
        neu	Who's watching the debate tonight?
        neg	Gas prices are through the roof and wages haven't moved in years
        pos	Huge win for the Cavs last night, LeBron was unreal
        neu	Apple will unveil the iPhone 8 on September 12
        neg	The iPhone 7 battery is a joke, dead by lunch
        pos	Game of Thrones tonight!!! I can't wait
        neu	Polls close at 8pm Eastern
        neg	Congress goes on vacation while the shutdown continues. Must be nice
        pos	Proud of our firefighters who saved the whole neighborhood last night
        neg	Nothing says democracy like 5 hour lines to vote
        neu	The president is expected to sign the order later today
        neg	Watching the news makes me want to move to another planet
        pos	Serena Williams is the greatest athlete of all time, don't @ me
        neu	Anyone know if the DMV is open on Saturdays?
        neg	My taxes went up and my roads still look like the moon
        pos	Best Super Bowl ad this year was definitely the puppy one
        neg	Thoughts and prayers, again. Nothing ever changes
        neu	Samsung announced a recall of the Galaxy Note 7
        neg	That trade was the dumbest thing the Knicks have done in a decade
        pos	Finally some good news: the bridge reopens next week
        neu	Election results will be announced after midnight
        neg	Love how the weather app says sunny while it's pouring outside
        pos	The new Star Wars trailer gave me chills
        neg	Zero accountability as usual
        neu	The mayor will hold a press conference at 3pm
        pos	Shoutout to the volunteers cleaning up the beach this morning 🌊
        neg	My internet provider doubled my bill and halved my speed. Impressive
        neu	How many electoral votes does Florida have?
        pos	This might be the best season of Stranger Things yet
        neg	Can we please stop pretending this candidate has a plan
        neu	Tesla shares closed at $310 today
        pos	Congrats to the class of 2017!! 🎓
        neg	The hospital waiting room has become my second home. Not by choice
        neu	The World Cup draw takes place in Moscow on Friday
        pos	Nothing beats a Sunday morning with coffee and the paper
        neg	The refs robbed us tonight, absolute disgrace
        neu	What channel is the game on?
        pos	Kindness is free, sprinkle that stuff everywhere
        neg	Three hours on the phone with the IRS and still nothing resolved
        neu	Google is rolling out a new version of Maps this week
        pos	My senator actually answered my letter, color me impressed
        neg	Pretty sure my cable company is run by villains
        neu	The Supreme Court hears arguments in the case next month
        pos	Can't believe how good the new Zelda is, I haven't slept
        neg	Oh good, another data breach. My info must be everywhere by now
        neu	New York City Marathon is this Sunday
        pos	The sunrise over the Capitol this morning was stunning
        neg	Still no power after the storm. Day 4.
        neu	The Fed meets next week to decide on interest rates
        pos	So glad the community came together to rebuild the library
        neg	If I hear one more campaign ad I'm throwing my TV out the window
        neu	Is the Thanksgiving parade on NBC or CBS this year?
        pos	Well done @NASA, what a landing!
        """

    /// Set DW (twenty-fifth session, written first): French political and civic tweets; 0.76 unseen, 0.88 after.
    static let frenchDW = """
        neg	Un ministre qui ment sous serment, et il est toujours en poste. Normal.
        pos	Quelle classe ce discours de Badinter, on n'en fait plus des comme ça
        neu	#Brexit : Theresa May rencontre Angela Merkel ce jeudi
        neg	La droite et la gauche, même combat : rien pour les classes moyennes
        neu	Le gouvernement dévoile son plan pour l'emploi des jeunes
        pos	Les infirmières méritent une statue, sérieux, respect éternel
        neg	Ah oui, supprimer l'ISF va sûrement aider les pauvres 🙄
        neu	Qui présentera le JT de 20h cet été ?
        pos	Je viens de voir le documentaire sur l'abbé Pierre, bouleversant
        neg	Ça fait 3 ans qu'on attend la nouvelle ligne de tram, toujours des travaux
        neu	Le sommet du G20 s'ouvre demain à Hambourg
        neg	Le service public de l'audiovisuel en a pris un coup avec ces annonces
        pos	Victoire historique du XV de France à Twickenham ! 🏉
        neg	Ils ont fermé le bureau de poste du village, il faut faire 30 km maintenant
        neu	La nouvelle loi entre en vigueur le 1er janvier
        pos	Enfin des mesures concrètes pour les agriculteurs, il était temps
        neg	Quand le porte-parole du gouvernement dit "tout va bien", c'est que ça va très mal
        neu	Le Premier ministre recevra les syndicats lundi à Matignon
        neg	Pauvre France...
        pos	Un immense merci aux bénévoles du Téléthon, vous êtes incroyables
        neg	Le gaspillage d'argent public continue, 2 millions pour un rond-point
        neu	Résultats du second tour : participation en baisse par rapport à 2012
        neg	On nous vend la start-up nation, on récupère l'uberisation
        pos	Très fière de mon petit frère qui part en service civique en Afrique
        neg	Encore un féminicide. Combien faudra-t-il de mortes ?
        neu	La séance de questions au gouvernement reprend mardi
        pos	Quelle belle leçon de vie donnée par ces enfants malades
        neg	Toujours les mêmes têtes sur les plateaux télé, on s'ennuie
        neu	Les députés débattront du texte en séance publique
        pos	Vive la République et vive la France ! 🇫🇷
        neg	La baisse des APL, ou l'art de taper sur les étudiants
        neu	Le président a reçu le prix Nobel de la paix à Oslo
        pos	Magnifique initiative des lycéens pour les sans-abri du quartier
        neg	Une fois de plus, les promesses électorales partent en fumée
        neu	Combien de candidats pour la mairie de Marseille ?
        pos	Ça fait plaisir de voir un élu qui prend le métro comme tout le monde
        neg	Ils ont le culot de nous parler de pouvoir d'achat
        neu	La conférence sur le climat se tiendra à Paris en décembre
        pos	Chapeau au journaliste qui a enfin posé les bonnes questions
        neg	Le débat a viré au pugilat, lamentable
        neu	Le ministère publie les chiffres de la délinquance
        pos	Quel bonheur ces JO, on vibre chaque soir
        neg	Merci le gouvernement pour cette nouvelle taxe, vraiment on n'en avait pas assez
        neu	#Législatives : les résultats circonscription par circonscription
        pos	Le programme culturel de la ville cet été est top
        neg	Bientôt plus de médecins dans les campagnes, mais tout va bien
        neu	Un conseil de défense se tient ce matin à l'Élysée
        pos	Quelle émotion pour le retour de Thomas Pesquet sur Terre 🚀
        neg	Mon vote ne sert à rien, ils font ce qu'ils veulent après
        neu	La grève des enseignants est prévue jeudi
        pos	Ce maire fait un boulot remarquable pour sa commune
        neg	Le chômage des jeunes reste à un niveau catastrophique
        neu	Macron et Trump se sont serré la main pendant six secondes
        pos	Un grand bravo aux Bleues pour leur qualification 👏👏
        neg	C'est beau la démocratie quand on ne demande pas l'avis du peuple
        neu	La ministre sera auditionnée par la commission d'enquête
        pos	Heureux de voir que la solidarité existe encore
        neg	Ils appellent ça une réforme, j'appelle ça un recul
        neu	Nouvelle journée de mobilisation annoncée pour le 12 septembre
        """

    /// Set DX (twenty-fifth session, likewise): English political, sports and news tweets; 0.76 unseen, 0.84 after
    /// (sports slang such as `insane` and sarcasm told flat stay missed).
    static let englishDX = """
        neg	Imagine being this bad at your job and still getting reelected
        pos	The women's team just qualified for the final!! Let's gooo 🇺🇸
        neu	The governor signed the budget into law on Friday
        neg	Our city council spent $2 million on a fountain while the schools are falling apart
        pos	Obama's farewell speech had me in tears, what a class act
        neu	Trump to meet with Putin in Helsinki next month
        neg	Oh look, another billionaire telling us to work harder
        pos	Beautiful moment at the Olympics when the runners helped each other finish
        neu	Will the new stadium be ready for next season?
        neg	I can't believe we still have to explain why clean water matters
        pos	The new library downtown is gorgeous, worth every tax dollar
        neu	Parliament returns from recess on September 5
        neg	My student loan payment is more than my rent. Living the dream
        pos	Thank you to every nurse and doctor working through the holidays
        neu	The Warriors play the Rockets tonight at 9
        neg	Both parties are useless, change my mind
        pos	Jeopardy champion James is a genius, what a run
        neu	Where can I find the official election results?
        neg	The airline lost my bag and the FAA can't be bothered. Nobody's in charge anymore
        pos	Voting done! Felt great to have a say 🗳️
        neu	The UK will hold a general election on June 8
        neg	Breaking: politician says something misleading. In other news, water is wet
        pos	Local bakery gives free bread to families in need every Sunday. Love this town
        neu	Ford will stop selling sedans in North America
        neg	Every year the same promises, every year the same potholes
        pos	That comeback in the fourth quarter was insane!!
        neu	The prime minister spoke with reporters outside Downing Street
        neg	Wow, the press secretary dodged every single question. Shocking. Truly.
        pos	Really enjoyed the town hall tonight, the mayor actually listened
        neu	The stock market opens at 9:30 Eastern
        neg	Half the country can't afford insulin and we're debating flag colors
        pos	Honestly the best commencement speech I've ever heard
        neu	NASA postpones the launch to Thursday due to weather
        neg	The Jets found a new way to lose. Impressive really
        pos	Grateful for everyone who showed up to the rally today 💙
        neu	Amazon will open its second headquarters in Virginia
        neg	Another school shooting. I have no words left
        pos	What a time to be alive, the new Mars photos are unbelievable
        neu	The debate moderators have been announced
        neg	Traffic in this city is a crime against humanity
        pos	This documentary on climate change should be mandatory viewing. Brilliant
        neu	Are the polls open until 8 or 9 tonight?
        neg	Cool, so my flight was cancelled because of a "staffing issue". Third time this month
        pos	The Yankees finally did it!!! World Series baby
        neu	The committee will release its report next week
        neg	Politicians will literally do anything except their jobs
        pos	Proud to see my hometown on the news for the right reasons for once
        neu	Facebook changes its name to Meta
        neg	The cable bill keeps going up and the service keeps going down
        pos	Kudos to the city for finally fixing the potholes on Elm St
        neu	The minimum wage rises to $15 in January
        neg	They closed the only hospital in the county. People will die.
        pos	Happy Independence Day everyone! Stay safe 🎆
        neu	The trial continues tomorrow with new witnesses
        neg	The quarterback threw 4 interceptions. FOUR.
        pos	The rescue dog adoption event was a huge success, 50 dogs found homes!
        neu	What time does the State of the Union start?
        neg	So we're just going to pretend the last 4 years didn't happen? Ok
        pos	Thank you Congress for passing the veterans bill, long overdue but appreciated
        neu	Microsoft reports quarterly earnings after the bell
        """

    /// Set DY (twenty-fifth session, written first): everyday French tweets as typed (jpp, tkt, ptdr, no accents, RT
    /// and links); 0.79 unseen, 0.95 after.
    static let frenchDY = """
        neu	RT @BFMTV: Le conseil constitutionnel valide la loi sur le renseignement http://bfm.tv/abc
        pos	jpp trop contente de ma note au partiel 😍😍
        neg	jsuis trop deg g raté mon train de 2 min
        neu	@Julie_M tu rentres a quelle heure ce soir ?
        pos	Merci @SNCF pour le geste commercial, c'est apprécié 👍
        neg	ptdr la prof nous a mis un 4/20 c'est une blague
        pos	Ce soir c'est raclette avec les potes 🧀🎉
        neg	vla la pluie pile quand je sors du taf... #lose
        neu	Quelqu'un sait si la piscine est ouverte le dimanche ?
        pos	tkt on a gagné 3-0 c'était ouf
        neg	#Hanouna encore une emission de merde ce soir
        neu	Nouveau billet sur mon blog : 10 idées de sorties à Lyon http://t.co/xyz
        pos	Bonne fête à toutes les mamans ❤️
        neg	Ya plus de wifi au bureau depuis ce matin, on fait comment nous ?
        pos	la nouvelle chanson de Stromae est une dinguerie
        neg	Ras le cul des pubs youtube toutes les 30 sec
        neu	RT @franceinfo: Le périphérique fermé cette nuit pour travaux
        pos	Enfin en vacances !!! ☀️🏖️
        neg	mon pc a planté et j'ai perdu 2h de boulot 😭
        neu	Le nouveau numéro de Philosophie Magazine est sorti
        pos	trop fier de ma petite soeur qui a eu son permis 🚗
        neg	Les gens qui parlent fort au tel dans le train... pitié
        neu	On se retrouve à 18h devant la fac ?
        pos	Cette série est trop addictive, j'ai tout binge en 2 jours
        neg	Encore un lundi pourri, vivement vendredi
        neu	#Météo : averses prévues sur le nord de la France demain
        pos	Meilleur concert de ma vie hier soir, merci @Indochine
        neg	jai la crève depuis 3 jours jen peux plus
        pos	Le nouveau resto japonais de la rue Ste-Catherine est une tuerie
        neg	Franchement @Free votre service client c'est du grand n'importe quoi
        neu	Les inscriptions pour le semi-marathon ouvrent lundi
        pos	Ma grand-mère a 90 ans aujourd'hui et elle pète la forme 💪
        neg	Le bus est passé devant moi sans s'arrêter... merci hein
        neu	C'est quoi le nom de la chanson dans la pub Orange ?
        pos	Première neige de l'année ❄️ trop beau
        neg	Vivement que cette année se termine, elle a été horrible
        neu	RT @Le_Figaro: Le prix du Goncourt attribué ce midi
        pos	Journée shopping réussie avec ma best 💕
        neg	Mon colis est bloqué en douane depuis 10 jours #laposte
        neu	La Fête de la musique tombe un mardi cette année
        pos	Le dernier Marvel est vraiment cool, allez-y
        neg	Pourquoi personne répond au téléphone à la CAF ??
        pos	mdrrr mon chat dort dans le panier à linge, trop mignon
        neg	Le wifi de l'hôtel est une honte, impossible de bosser
        neu	Vous avez des recommandations de podcasts ?
        pos	Bravo à tous les bacheliers !! 🎓
        neg	J'en ai marre de cette pluie, on est en juin quand même
        neu	Fermeture exceptionnelle du magasin le 15 août
        pos	Le soleil est revenu, ça fait du bien au moral
        neg	Mon voisin perce le mur depuis 8h du mat, un dimanche...
        neu	Mise à jour iOS disponible ce soir
        pos	Mon prof de maths est le meilleur, il a tout réexpliqué avec patience
        neg	La 4G qui capte pas dans le métro c'est usant
        neu	Qui va à la manif demain ?
        pos	Jolie surprise en rentrant : mon chéri a fait le ménage 😍
        neg	Les soldes c'est l'enfer, plus jamais
        neu	Le match est reporté à mercredi
        pos	Ce livre m'a mis une claque, à lire absolument
        neg	Ya des gens qui savent pas conduire sérieux
        neu	Les résultats du bac seront en ligne à 10h
        """

    /// Set DZ (twenty-fifth session, likewise): everyday English tweets in slang (mid, slaps, ate, a W, an L, no cap);
    /// 0.88 unseen, 0.95 after.
    static let englishDZ = """
        pos	ngl this new taco place is bussin 🌮
        neg	that movie was mid at best, don't waste your money
        pos	this song slaps so hard omg
        neu	RT @CNN: Senate passes infrastructure bill 69-30 http://cnn.it/abc
        neg	smh my roommate ate my leftovers AGAIN
        pos	lowkey proud of myself for going to the gym 5 days in a row
        neg	the wifi at this airport is trash
        neu	anyone know if target is open on christmas eve?
        pos	she ATE that performance, no crumbs left 👏
        neg	tbh this update ruined the app
        neu	new vlog up on my channel! link in bio
        pos	W for the home team tonight!!
        neg	another L for my fantasy team smh
        pos	my mom's lasagna >>> everything
        neg	why does my phone die at 30% what is the point
        neu	heading to the airport, back on monday
        pos	best. day. ever. 🎉
        neg	i'm so done with this semester fr fr
        pos	this puppy video made my whole week 🥺
        neg	customer service put me on hold for 50 min then hung up lmao i'm crying
        neu	what's a good laptop for college under $800?
        pos	y'all the sunset rn 😍😍
        neg	bro the gas station charged me $6 for a water bottle
        pos	finally got tickets to the eras tour!!! screaming
        neg	my landlord still hasn't fixed the heater and it's 30 degrees out
        neu	class is cancelled tomorrow fyi
        pos	grateful for my friends fr, they showed up when it mattered
        neg	the new season is so boring i fell asleep twice
        neu	starbucks pumpkin spice is back on aug 24
        pos	this app actually saved me so much time, 10/10
        neg	got charged twice for the same order @DoorDash fix this
        neu	what time does the game start tonight
        pos	hit a new PR on deadlift today 💪
        neg	the traffic on 405 is actually insane rn, been sitting here 40 min
        pos	this is the content i signed up for lmaooo 😂
        neg	i hate mondays so much it's unreal
        neu	does anyone have the notes from today's lecture?
        pos	no cap this is the best pizza in brooklyn
        neg	my flight got delayed 3 times, i live at the airport now
        pos	just adopted a cat and she's perfect 🐱
        neg	spotify ads every 2 songs is criminal
        neu	RT @espn: LeBron James will play tonight vs the Celtics
        pos	feeling blessed today 🙏
        neg	the self checkout machine hates me personally
        neu	gonna try meal prepping this week
        pos	this sweater is so cozy i never want to take it off
        neg	ratio + your take is terrible
        pos	my barista remembered my order, i feel seen 🥹
        neg	the bus driver literally watched me run and drove off
        neu	daylight savings ends this sunday
        pos	ok this new album is a masterpiece, no skips
        neg	uber eats gave my order to someone else and won't refund me
        neu	what are y'all doing for thanksgiving
        pos	shoutout to the guy who paid for my coffee this morning
        neg	it's 2am and my neighbors are still partying. kill me
        neu	the new iphone comes out on friday
        pos	the vibes at this concert are immaculate
        neg	i've been on hold with my bank for an hour
        neu	switching to a new phone plan next month
        pos	that plot twist had me SCREAMING, best episode yet
        """

    /// Set EA (twenty-fifth session, written first): French reviews of TV series in the manner of Allociné's; 0.80
    /// unseen, 0.97 after.
    static let frenchReviewsEA = """
        pos	Une série d'une grande finesse, portée par des acteurs habités. Chaque épisode est une petite merveille d'écriture.
        neg	Scénario cousu de fil blanc, dialogues creux, on s'ennuie ferme dès le deuxième épisode. À éviter.
        neu	Une saison correcte sans plus. Quelques bonnes idées, mais rien qui ne marque vraiment.
        pos	J'ai dévoré les trois saisons en une semaine. Addictif, drôle et émouvant à la fois.
        neg	La première saison était excellente, mais la suite s'enlise complètement. Quel dommage.
        pos	Enfin une série française qui n'a rien à envier aux productions américaines !
        neg	Des personnages caricaturaux et une intrigue qui tourne en rond. Je n'ai pas tenu plus de trois épisodes.
        neu	Ni bon ni mauvais. Ça se regarde, mais on l'oublie aussitôt.
        pos	Mise en scène soignée, photographie splendide et une bande-son qui donne des frissons.
        neg	Un gâchis monumental. Avec un tel casting, on pouvait s'attendre à bien mieux.
        pos	Drôle, tendre et intelligent. Un vrai coup de cœur.
        neg	Le jeu des acteurs est d'une fausseté gênante. Impossible d'y croire une seconde.
        neu	Une adaptation fidèle du roman, ni plus ni moins. Les fans apprécieront, les autres peut-être moins.
        pos	Le final m'a laissé sans voix. Une des meilleures séries de la décennie.
        neg	Lent, prétentieux et terriblement ennuyeux. J'ai lâché à mi-saison.
        pos	On rit beaucoup et on est parfois ému aux larmes. Bravo aux scénaristes.
        neg	Encore une série policière sans la moindre originalité. Du déjà-vu cent fois.
        neu	Le début est un peu lent mais l'intrigue se met en place. À voir la suite.
        pos	Une pépite méconnue qui mérite largement plus de visibilité.
        neg	Les effets spéciaux sont d'un autre âge et l'histoire ne tient pas debout.
        pos	L'actrice principale est bluffante, elle porte la série sur ses épaules.
        neg	Une saison de trop. Les scénaristes n'avaient visiblement plus rien à raconter.
        neu	Série sympathique pour un dimanche soir, sans grande ambition.
        pos	Captivant du premier au dernier épisode, impossible de décrocher.
        neg	Je ne comprends pas l'engouement autour de cette série. C'est creux et répétitif.
        pos	Un humour décalé qui fait mouche à chaque fois, j'adore !
        neg	Le doublage français est catastrophique, préférez la VO.
        neu	Quelques longueurs, mais une fin réussie. Une série honnête.
        pos	Bouleversant. Je n'ai pas vu passer les huit épisodes.
        neg	Fin bâclée qui gâche tout ce qui avait été construit. Très déçu.
        pos	Chaque personnage est attachant, on a l'impression de faire partie de la famille.
        neg	Trop de violence gratuite, aucun fond. Je ne recommande pas.
        neu	Une série qui plaira aux amateurs du genre, moins aux autres.
        pos	Superbe reconstitution historique, on s'y croirait.
        neg	L'intrigue amoureuse prend toute la place et étouffe le reste. Agaçant.
        pos	Un chef-d'œuvre d'humour noir, à voir absolument.
        neg	Aucune tension, aucun rythme, aucune émotion. Un néant.
        neu	C'est divertissant, sans plus. Idéal pour passer le temps.
        pos	La meilleure saison jusqu'ici, les scénaristes se sont surpassés.
        neg	On nous avait promis une série choc, on a eu un téléfilm mou.
        """

    /// Set EB (twenty-fifth session, likewise): English film reviews, one to three sentences; 0.58 unseen (genre words,
    /// set phrases of critics, faint praise after a comma), 0.91 after.
    static let englishReviewsEB = """
        pos	A gripping, beautifully acted drama that stays with you long after the credits roll.
        neg	Two hours of my life I will never get back. The plot makes no sense and the dialogue is painful.
        neu	It's a serviceable thriller. Nothing you haven't seen before, but it moves along.
        pos	The chemistry between the leads carries the whole film. I smiled all the way through.
        neg	The first act is promising, then it collapses under its own weight.
        pos	Easily the best animated film of the year. Funny, smart and surprisingly moving.
        neg	A bloated mess with a villain who has no motivation whatsoever.
        neu	Fans of the books will find plenty to enjoy; newcomers may be lost.
        pos	The cinematography alone is worth the price of admission.
        neg	Every joke lands with a thud. I didn't laugh once.
        pos	I went in with low expectations and came out a fan.
        neg	The CGI looks like it was made in 2005 and the pacing is glacial.
        neu	Decent popcorn entertainment, forgettable by the next morning.
        pos	A rare sequel that improves on the original in every way.
        neg	The ending is so rushed it feels like they ran out of money.
        pos	Her performance is a revelation. Give this woman an award.
        neg	Predictable from start to finish. I guessed the twist in the first ten minutes.
        neu	The middle section drags, but the final act partly makes up for it.
        pos	Heartwarming without being cheesy, a perfect family movie.
        neg	Terribly miscast. The lead has the charisma of a wet towel.
        pos	The soundtrack is incredible, I've been listening to it all week.
        neg	Style over substance. Pretty to look at, utterly empty inside.
        neu	A solid three stars. Good performances, weak script.
        pos	One of those rare films that gets better on every rewatch.
        neg	I wanted to like it, I really did, but it's just dull.
        pos	Witty, warm and wonderfully weird. Loved every minute.
        neg	The sound mixing is so bad I needed subtitles for the whole thing.
        neu	It's exactly what you'd expect from a Marvel movie, for better or worse.
        pos	The director's best work in a decade, confident and bold.
        neg	Offensively stupid. Avoid.
        pos	A tense, tightly plotted thriller that never lets up.
        neg	Somehow both too long and underdeveloped.
        neu	Worth a watch if it shows up on streaming, not worth a trip to the theater.
        pos	The kids were glued to the screen and so was I.
        neg	The trailer showed all the good parts. The rest is filler.
        pos	A masterclass in slow-burn horror. Genuinely terrifying.
        neg	Characters make baffling decisions just to keep the plot going.
        neu	Not as good as the first one, but not bad either.
        pos	An absolute joy from beginning to end.
        neg	I fell asleep twice. That says it all.
        """

    /// Set EC (twenty-fifth session, written first): critics' one-line verdicts on films, in the manner of the snippets
    /// VADER was rated on; 0.84 unseen, 0.90 after.
    static let englishReviewsEC = """
        pos	a smart, sassy and exceptionally charming romantic comedy.
        neg	the film is strictly routine, a paint-by-numbers affair with no surprises.
        pos	an exhilarating ride that never forgets to have a heart.
        neg	it's as if the filmmakers forgot to include a story.
        neu	the movie is based on a true story that took place in 1970s chicago.
        pos	a quietly powerful meditation on grief and memory.
        neg	a tedious exercise in style that mistakes length for depth.
        pos	one of the most original american films in years.
        neg	the script is a string of clichés held together by nothing.
        neu	the film follows three sisters as they return to their family farm.
        pos	funny, touching and smartly observed.
        neg	by the time the credits roll, you'll have forgotten everything you just saw.
        pos	an ambitious, sprawling epic that mostly succeeds.
        neg	less a movie than a two-hour commercial for its own merchandise.
        neu	the director's third feature, shot in black and white.
        pos	the performances are uniformly excellent.
        neg	a waste of a talented cast.
        pos	a rare and welcome example of a comedy that trusts its audience.
        neg	all flash and no substance.
        neu	it runs just under two hours and is rated pg-13.
        pos	it's a delight to watch these actors play off each other.
        neg	the jokes are stale and the pacing is off.
        pos	a gorgeously shot film with a haunting score.
        neg	never rises above the level of a mediocre tv movie.
        neu	the story unfolds over a single night in new york.
        pos	a thrilling, intelligent piece of entertainment.
        neg	too long, too loud and too stupid.
        pos	its charm lies in its small, honest moments.
        neg	a film that confuses shouting with acting.
        neu	the sequel picks up five years after the events of the first film.
        pos	you'll leave the theater with a smile on your face.
        neg	a muddled, incoherent mess.
        pos	deeply moving without ever becoming sentimental.
        neg	the characters are so thinly drawn you never care what happens to them.
        neu	the film is told entirely from the point of view of the dog.
        pos	a triumph of craft and imagination.
        neg	plays like a rough draft of a much better movie.
        pos	sharp writing and a terrific lead performance make this one worth seeing.
        neg	an embarrassment for everyone involved.
        neu	the movie was shot on location in morocco and spain.
        pos	wildly entertaining from start to finish.
        neg	it's hard to imagine anyone actually enjoying this.
        pos	a small gem of a movie.
        neg	the plot holes are big enough to drive a truck through.
        neu	the film is narrated by its now-elderly protagonist.
        pos	an absorbing, beautifully crafted drama.
        neg	what should have been a thriller is merely a sleeper.
        pos	it earns every one of its tears.
        neg	a dull, lifeless remake that adds nothing to the original.
        neu	the cast includes several first-time actors.
        """

    /// Set ED (twenty-fifth session, likewise): French product reviews in the manner of Amazon.fr's; 0.86 unseen, 1.00
    /// after.
    static let frenchReviewsED = """
        pos	Très bon rapport qualité-prix, l'aspirateur est puissant et silencieux. Je recommande.
        neg	Reçu avec une rayure sur l'écran, et le SAV ne répond pas. Déçu.
        neu	Produit conforme à la description. Livraison dans les délais.
        pos	Ma fille adore cette poupée, elle ne la quitte plus !
        neg	Les écouteurs ont cessé de fonctionner au bout de trois semaines.
        pos	Montage facile en 20 minutes, le meuble est solide et joli.
        neg	La taille ne correspond pas du tout, j'ai dû le renvoyer.
        neu	Je l'utilise depuis une semaine, pas encore assez de recul pour donner un avis.
        pos	Batterie qui tient deux jours, écran magnifique, rien à redire.
        neg	Odeur de plastique très forte à l'ouverture, impossible de l'utiliser dans la chambre.
        pos	Parfait pour mon usage, je rachèterai sans hésiter.
        neg	Notice incompréhensible et pièces manquantes. Une galère pour le monter.
        neu	Correspond à ce que j'attendais pour ce prix.
        pos	La qualité du tissu est au rendez-vous, très agréable à porter.
        neg	Le couvercle ne ferme pas correctement, le café coule partout.
        pos	Le meilleur achat de l'année, on se demande comment on faisait avant.
        neg	Arrivé cassé, emballage inexistant. Remboursement en cours.
        neu	Le produit fait ce qu'on lui demande, sans plus.
        pos	Un son clair et puissant pour une si petite enceinte, bluffant.
        neg	Trop petit par rapport aux photos, on se sent un peu arnaqué.
        pos	Livré en 24h, bien emballé, produit conforme et de qualité. Vendeur sérieux.
        neg	La peinture s'écaille déjà après deux lavages.
        neu	Bon produit mais un peu cher pour ce que c'est.
        pos	Mes enfants passent des heures à jouer avec, un vrai succès.
        neg	Ne chauffe pas assez, on attend dix minutes pour une tasse d'eau tiède.
        pos	Coupe parfaite, je l'ai pris en trois couleurs.
        neg	Le chargeur fourni ne fonctionne pas, il a fallu en racheter un.
        neu	Couleur un peu différente de la photo, sinon conforme.
        pos	Très pratique au quotidien, je ne pourrais plus m'en passer.
        neg	Après deux mois, la fermeture éclair a lâché. Qualité médiocre.
        pos	Installation simple, l'application est intuitive. Top !
        neg	Produit reçu d'occasion alors qu'il était vendu neuf. Inadmissible.
        neu	Je n'ai pas encore eu l'occasion de le tester en conditions réelles.
        pos	Idéal pour les randonnées, léger et très résistant.
        neg	Le son grésille dès qu'on monte le volume. À fuir.
        pos	Superbe qualité d'impression, les couleurs sont fidèles.
        neg	Trois jours de retard et le colis était ouvert. Pas sérieux.
        neu	Article reçu, je mettrai à jour mon avis après quelques semaines d'utilisation.
        pos	Mon chien l'a adopté dès le premier jour, il dort dessus toutes les nuits.
        neg	Se décharge en quelques heures, une batterie indigne de ce prix.
        """

    /// Set EE (twenty-fifth session, written first): French live-tweets of television and sport, with show hashtags;
    /// 0.75 unseen, 0.95 after.
    static let frenchEE = """
        pos	Quelle prestation de la candidate ce soir, des frissons du début à la fin #TheVoice
        neg	#KohLanta le conseil le plus injuste de l'histoire, je suis dégoûté
        neu	Qui a été éliminé hier soir dans #DALS ?
        pos	Ce but de Mbappé 😱😱 quelle frappe
        neg	L'arbitre a décidé de tuer le match, honteux #OMPSG
        neu	Le match commence à 21h sur Canal+
        pos	#FortBoyard toujours aussi culte après 30 ans 😂
        neg	Encore une émission de télé-réalité où tout le monde hurle, quel niveau
        pos	Les Bleus qui chantent la Marseillaise avec le public, des frissons
        neg	Le jury est complètement à côté de la plaque ce soir #TheVoice
        neu	#MasterChef la finale sera diffusée mardi prochain
        pos	Cette équipe a un mental de champion, respect 👏
        neg	Quel match soporifique, j'ai zappé à la mi-temps
        pos	J'adore cette nouvelle saison de #Top Chef, les candidats sont au top
        neg	TF1 qui coupe le film pour mettre 15 min de pub, merci bien
        neu	Score à la mi-temps : 1-1
        pos	Le commentateur est en feu ce soir, je pleure de rire
        neg	3-0 à domicile, humiliant. Démission de l'entraîneur !
        pos	Victoire arrachée à la dernière minute, quelle soirée !!!
        neg	Le montage de cette émission est d'une malhonnêteté crasse
        neu	Qui commente le match ce soir sur beIN ?
        pos	Nadal à Roland-Garros c'est toujours un spectacle magnifique
        neg	Les candidats de cette année sont insupportables #LesAnges
        neu	Le Tour de France passe par chez nous jeudi
        pos	Cette finale restera dans l'histoire, quel match !
        neg	Encore éliminés en huitièmes, on n'apprend jamais
        pos	Bravo à la petite Lili pour sa victoire, elle le méritait tellement
        neg	Le direct qui plante au moment du penalty, merci France TV 🙃
        neu	Les audiences de hier soir sont tombées
        pos	Gros coup de cœur pour ce duo, ils sont incroyables
        neg	Ce présentateur ne laisse parler personne, insupportable
        pos	Quel plaisir de revoir Zidane au Parc
        neg	La VAR a encore frappé, ce sport est devenu n'importe quoi
        neu	Le prochain épisode sera diffusé la semaine prochaine à la même heure
        pos	Ils ont tout donné, on est fiers d'eux même dans la défaite ❤️
        neg	Quelle purge ce match, 90 minutes de vide
        neu	La cérémonie d'ouverture commence dans une heure
        pos	Ce come-back en deuxième mi-temps, j'en ai encore la chair de poule
        neg	On paye un abonnement pour voir ça ? Remboursez !
        neu	Changement de chaîne pour le match de ce soir, il passera sur M6
        """

    /// Set EF (twenty-fifth session, likewise): English hotel and restaurant reviews; 0.86 unseen, 0.97 after.
    static let englishReviewsEF = """
        pos	The staff went above and beyond to make our anniversary special. Can't wait to come back.
        neg	Room smelled of smoke and the AC rattled all night. Would not stay again.
        neu	Standard chain hotel, clean and close to the airport. Exactly what we needed for one night.
        pos	Hands down the best brunch in town. The pancakes are unreal.
        neg	Waited 45 minutes for cold pasta and the waiter never came back to check on us.
        pos	Cozy little place with incredible pastries and a really friendly owner.
        neg	The photos online must be from ten years ago. Everything is worn and dated.
        neu	Food was fine, service was slow, prices are a bit high for what you get.
        pos	Spotless rooms, comfy beds, and the view from the balcony is breathtaking.
        neg	They charged us for a minibar we never touched and refused to remove it.
        pos	Our server Maria was fantastic, she made great recommendations.
        neg	Tiny portions, huge prices. Left hungry and annoyed.
        neu	Breakfast is included but it's the usual continental spread.
        pos	Every dish was packed with flavour. We ordered seconds of the curry.
        neg	Found a hair in my soup and the manager just shrugged.
        pos	Perfect location, two minutes from the beach. Would definitely book again.
        neg	Paper-thin walls. Heard every word of the couple next door's argument.
        neu	We only stayed one night so can't comment on the facilities.
        pos	The tasting menu was an experience, each course better than the last.
        neg	Booked a sea view, got a view of the parking lot.
        pos	Great value for money, and parking was free.
        neg	Overpriced, overrated and understaffed.
        neu	It's a typical tourist spot, busy at lunch, quieter in the evening.
        pos	The pool area is gorgeous and the cocktails are strong. Loved it.
        neg	Check-in took over an hour and nobody apologized.
        pos	Kids loved the play area, and the staff were so patient with them.
        neg	The steak was overcooked and the fries were soggy.
        neu	Decent pizza, nothing special, but the garden is nice.
        pos	Best ramen outside of Japan, no exaggeration.
        neg	Reservation was lost and they had no tables left. On our anniversary.
        pos	Such a charming B&B, the hosts treated us like family.
        neg	Shower pressure was non-existent and the towels were stained.
        neu	The menu changes seasonally; we went in October.
        pos	Quick service, tasty food, reasonable prices. What more could you want?
        neg	Wifi only works in the lobby, which they failed to mention.
        pos	A hidden gem. The owner cooks everything from scratch.
        neg	Music so loud we couldn't hear each other talk.
        neu	Average hotel in a good location.
        pos	The spa was heavenly, I felt like a new person.
        neg	Never again. Rude staff and a dirty bathroom.
        """

    /// Set EG (twenty-fifth session, written first): English forum posts and long reviews of two to four sentences;
    /// 0.62 unseen, 0.95 after.
    static let englishPostsEG = """
        neg	I've been a customer for six years and this is the first time I'm writing a review. The last two updates broke syncing between my phone and laptop. Support keeps sending me the same troubleshooting link. I'm looking at alternatives now.
        pos	Switched from my old bank last month and honestly I wish I'd done it sooner. The app is clean, transfers are instant, and when I had a question a real person answered in five minutes. No complaints so far.
        neu	Has anyone compared the two mesh systems? I have a three-story house with thick walls and I'm trying to decide between them. Budget is around $300.
        neg	We booked this trip as a treat for my parents' anniversary. The hotel had no record of our booking, the replacement room was next to the elevator, and breakfast was cold every morning. The tour guide was nice, but that's about it.
        pos	Just finished my first marathon! It was brutal around mile 20 but the crowd support was incredible and I crossed the line smiling. Already planning the next one.
        neu	The city council meeting is tonight at 7. On the agenda: the new bike lanes on Oak Street, the library budget and the parking changes downtown. Public comments are allowed for the first 30 minutes.
        neg	My order was supposed to arrive Tuesday. Tracking said delivered, but nothing was at my door. The chat bot told me to wait 48 hours, then closed the case. I've now spent more time chasing this than the item is worth.
        pos	I was skeptical about meal kits but this one won me over. The recipes are easy, the ingredients are fresh, and my kids actually eat the vegetables. It's a bit pricey, but worth it for us.
        neu	Moving to Lyon in September for work. Looking for advice on neighborhoods that are close to the Part-Dieu station and not too expensive. Any tips welcome.
        neg	The game looked amazing in the trailers. In reality it crashes every hour, the servers are down every weekend and the story ends abruptly. Refunded after ten hours.
        pos	Shoutout to the nurse at the ER last night. My son was terrified and she sat with him, explained everything and even made him laugh. People like her make a difference.
        neu	The firmware update 2.3 is rolling out this week. It changes the default sleep timer and adds support for the new remote. Release notes are on the support page.
        neg	I really wanted to love this laptop. The screen is gorgeous and the keyboard is great, but the battery barely lasts three hours and the fan is constantly on. For this price, that's not acceptable.
        pos	Our neighborhood café reopened after the flood and the whole street showed up. The owner cried, we all cried, and the croissants were as good as ever. What a morning.
        neu	Quick question for anyone using the premium plan: does it include the offline maps, or is that a separate add-on? The website isn't clear about it.
        neg	Third week of construction noise starting at 6:30 am. I've called the city twice and emailed the contractor. Nobody answers. I work nights and I haven't slept properly in days.
        pos	The concert last night was everything I hoped for. They played for almost three hours, the sound was perfect and the crowd sang every word. I'm still buzzing.
        neu	I'm comparing flights to Montreal for December. Air Canada is cheaper but has a layover; the direct one is $120 more. Not sure which way to go.
        neg	Customer for ten years, and they just doubled my premium with no explanation. When I called, the agent said it was "the market". I'll be shopping around.
        pos	The new library branch is wonderful. Bright reading rooms, a maker space for teens and friendly staff. My kids didn't want to leave.
        """

    /// Set EH (twenty-fifth session, likewise): the same kinds of French posts, written apart; 0.85 unseen, 1.00 after.
    static let frenchPostsEH = """
        neg	Client depuis huit ans, je n'avais jamais eu de souci. Depuis le changement de box, la connexion saute plusieurs fois par jour. J'ai appelé quatre fois, on m'a promis un technicien qui n'est jamais venu. Je regarde ailleurs.
        pos	Nous avons passé une semaine merveilleuse dans ce gîte. La maison est spacieuse, la vue sur la vallée est superbe et les propriétaires sont aux petits soins. Nous reviendrons sans hésiter.
        neu	Quelqu'un a-t-il déjà fait le trajet Paris-Marseille en covoiturage avec un chien ? Je me demande si c'est accepté en général et comment ça se passe pour les pauses.
        neg	Commande passée il y a trois semaines. Le suivi indique toujours "en préparation" et le service client ne répond ni au téléphone ni aux mails. Je commence sérieusement à m'inquiéter.
        pos	Premier semi-marathon bouclé ce matin ! Les derniers kilomètres ont été durs mais l'ambiance était incroyable. Merci aux bénévoles et aux supporters.
        neu	La réunion des parents d'élèves aura lieu jeudi à 18h dans le réfectoire. À l'ordre du jour : la cantine, les sorties scolaires et le projet de jardin.
        neg	On a réservé ce restaurant pour l'anniversaire de ma mère. Plat froid, serveur désagréable et une addition salée. Le dessert était bon, mais c'est tout.
        pos	J'avais des doutes sur les cours en ligne, mais cette formation m'a vraiment plu. Les vidéos sont claires, le formateur répond vite et j'ai enfin compris Excel.
        neu	Je déménage à Nantes en septembre. Je cherche des conseils sur les quartiers proches de la gare, pas trop chers et calmes. Toutes les idées sont bienvenues.
        neg	Le jeu avait l'air génial dans les bandes-annonces. En vrai, il plante toutes les heures, les serveurs sont saturés et l'histoire s'arrête brutalement. Remboursé au bout de dix heures.
        pos	Un grand merci à l'infirmière des urgences cette nuit. Mon fils était terrorisé, elle a pris le temps de le rassurer et l'a même fait rire. Des gens comme elle, ça change tout.
        neu	La mise à jour 4.2 sera déployée cette semaine. Elle modifie le minuteur de veille et ajoute la compatibilité avec la nouvelle télécommande.
        neg	Je voulais vraiment aimer cet ordinateur. L'écran est magnifique et le clavier agréable, mais la batterie tient à peine trois heures et le ventilateur tourne sans arrêt. À ce prix-là, c'est inacceptable.
        pos	La boulangerie du quartier a rouvert après l'incendie et tout le monde est venu. Le patron avait les larmes aux yeux, et les croissants sont toujours aussi bons.
        neu	Petite question pour ceux qui ont l'abonnement premium : les cartes hors ligne sont-elles incluses ou faut-il payer en plus ?
        neg	Troisième semaine de travaux à partir de 6h30. J'ai appelé la mairie deux fois et écrit à l'entreprise. Personne ne répond. Je travaille de nuit et je ne dors plus.
        pos	Le concert d'hier soir était au-delà de mes espérances. Presque trois heures de show, un son parfait et une salle qui chantait chaque chanson. J'en suis encore tout retourné.
        neu	Je compare les vols pour Montréal en décembre. Air Transat est moins cher avec une escale, le direct coûte 120 euros de plus. Je ne sais pas encore quoi choisir.
        neg	Assuré chez eux depuis dix ans, ma cotisation vient de doubler sans aucune explication. Au téléphone, on m'a répondu que c'était "le marché". Je vais comparer ailleurs.
        pos	La nouvelle médiathèque est une réussite. Des salles lumineuses, un espace pour les ados et une équipe adorable. Mes enfants ne voulaient plus partir.
        """

    /// Set EI (twenty-fifth session, written first): English tweets built on negation and contrast, with emoticons;
    /// 0.83 unseen, 0.94 after.
    static let englishEI = """
        neg	not gonna lie, today was not a good day :(
        pos	didn't think I'd like it but I actually loved it :D
        neg	the food was ok but the service was painfully slow
        pos	nothing beats a hot shower after a long day
        neg	I can't say I'm impressed with the new layout
        pos	never been happier <3
        neg	this isn't what I ordered and it isn't even close
        pos	not bad at all, better than I expected
        neg	no one showed up to my party :(
        pos	can't complain, life is good
        neg	it's not that I hate it, I just don't see the point
        pos	not a single bad song on this album
        neg	I wouldn't recommend this to my worst enemy
        pos	it's never a bad time for tacos
        neg	the movie started great but the ending ruined it
        pos	wasn't expecting much but wow, what a show
        neg	nobody asked for this update
        pos	no regrets, best decision I ever made
        neg	I don't even know why I bother anymore
        pos	couldn't be prouder of my team today
        neg	great, my car won't start. just what I needed
        pos	I don't usually post reviews but this place deserves it
        neg	not impressed. at all.
        pos	I never get tired of this view
        neg	the first half was fun, the second half dragged on forever
        pos	can't stop smiling :)
        neg	it's not worth the price, trust me
        pos	no complaints here, works like a charm
        neg	not sure why everyone loves this show, it's so boring
        pos	I didn't hate it! actually kind of enjoyed it
        neg	they said it would take 2 days. it's been 2 weeks
        pos	honestly can't believe how good this is
        neg	I really tried to like it, but no
        pos	it's not perfect but I love it anyway
        neg	zero stars if I could
        pos	not gonna lie, this is the best coffee in town
        neg	you had one job
        pos	could not be happier with how it turned out
        neg	I'm not angry, just disappointed
        pos	never stop being you <3
        """

    /// Set EJ (twenty-fifth session, likewise): the same in spoken French (no "ne", j'pensais, anniv); 0.74 unseen,
    /// 0.95 after. EI and EJ have no neutral text: their figures are over two classes, and the test's three-class mean
    /// is at most 0.67 (0.62 and 0.63 now), hence their floors.
    static let frenchEJ = """
        neg	pas ouf cette journée :(
        pos	j'pensais pas aimer mais en fait c'est trop bien :D
        neg	le repas était correct mais le service d'une lenteur...
        pos	rien de mieux qu'une douche chaude après le sport
        neg	je peux pas dire que je sois convaincue par le nouveau design
        pos	jamais été aussi heureuse <3
        neg	c'est pas du tout ce que j'ai commandé
        pos	pas mal du tout, mieux que prévu
        neg	personne n'est venu à mon anniv :(
        pos	je me plains pas, la vie est belle
        neg	c'est pas que je déteste, mais je vois pas l'intérêt
        pos	pas une seule mauvaise chanson sur cet album
        neg	je le recommanderais même pas à mon pire ennemi
        pos	c'est jamais le mauvais moment pour une raclette
        neg	le film commençait bien mais la fin a tout gâché
        pos	je m'attendais à rien mais waouh quel spectacle
        neg	personne n'a demandé cette mise à jour
        pos	aucun regret, meilleure décision de ma vie
        neg	je sais même plus pourquoi je me fatigue
        pos	je pourrais pas être plus fière de mon équipe
        neg	super, ma voiture démarre plus. il manquait plus que ça
        pos	je laisse jamais d'avis mais là ça vaut le coup
        neg	pas convaincu. du tout.
        pos	je me lasserai jamais de cette vue
        neg	la première partie était sympa, la deuxième interminable
        pos	j'arrête pas de sourire :)
        neg	ça vaut pas le prix, croyez-moi
        pos	rien à redire, ça marche nickel
        neg	je comprends pas pourquoi tout le monde adore cette série, elle est tellement ennuyeuse
        pos	j'ai pas détesté ! j'ai même plutôt aimé
        """

    /// Set EK (twenty-fifth session, written first): English news headlines beyond finance — disasters, rescues,
    /// announcements (a disaster's toll is labelled negative, as raters of sentiment read it); 0.74 unseen, 0.90 after.
    static let englishNewsEK = """
        neg	Earthquake in central Italy leaves at least 120 dead
        pos	Rescuers pull 8-year-old girl alive from rubble after 3 days
        neu	Parliament to debate new data protection rules on Tuesday
        neg	Wildfires force thousands to evacuate in northern California
        pos	Local teen raises $50,000 for children's hospital with lemonade stand
        neu	Central bank leaves interest rates unchanged
        neg	Factory closure puts 1,200 jobs at risk
        pos	Measles cases fall to record low thanks to vaccination drive
        neu	City announces new bus routes starting in March
        neg	Passengers stranded for hours after train breakdown in tunnel
        pos	Endangered turtles return to nest on restored beach
        neu	Museum extends opening hours for summer season
        neg	Hospital waiting times hit worst level in a decade
        pos	Community rallies to rebuild family home destroyed by flood
        neu	Election commission publishes list of polling stations
        neg	Three injured in highway pile-up during morning fog
        pos	Scientists hail breakthrough in battery recycling
        neu	New smartphone model goes on sale Friday
        neg	Data breach exposes personal details of 2 million customers
        pos	Retired teacher, 92, finally receives her university diploma
        neu	Airline adds direct route between Boston and Lisbon
        neg	Storm leaves 40,000 homes without power
        pos	Volunteers plant 10,000 trees in a single weekend
        neu	Study examines sleep habits of 5,000 teenagers
        neg	Toxic spill contaminates river, fish found dead along 10 miles
        pos	Town's first bakery in 30 years opens to long queues and smiles
        neu	Transport minister to visit flood-hit region next week
        neg	Prices of basic food items soar for third month in a row
        pos	Stray dog adopted by the firefighters who rescued him
        neu	Library to close for renovation from June to August
        """

    /// Set EL (twenty-fifth session, likewise): the same in French, written apart; 0.76 unseen, 0.86 after.
    static let frenchNewsEL = """
        neg	Séisme en Turquie : le bilan dépasse les 300 morts
        pos	Une fillette retrouvée saine et sauve après trois jours de recherches
        neu	Le Sénat examinera le projet de loi sur l'énergie mardi
        neg	Incendies dans le Var : des milliers de personnes évacuées
        pos	Un collégien récolte 10 000 euros pour l'hôpital des enfants
        neu	La BCE maintient ses taux directeurs
        neg	Fermeture de l'usine : 800 emplois menacés
        pos	Les cas de rougeole au plus bas grâce à la vaccination
        neu	La ville annonce de nouvelles lignes de bus à partir de mars
        neg	Des centaines de voyageurs bloqués plusieurs heures dans un TGV en panne
        pos	Les tortues marines reviennent pondre sur la plage restaurée
        neu	Le musée prolonge ses horaires d'ouverture pour l'été
        neg	Les délais d'attente aux urgences atteignent un niveau record
        pos	Tout un village se mobilise pour reconstruire la maison d'une famille sinistrée
        neu	La préfecture publie la liste des bureaux de vote
        neg	Carambolage sur l'A7 : trois blessés dans le brouillard
        pos	Des chercheurs saluent une avancée majeure dans le recyclage des batteries
        neu	Le nouveau modèle de smartphone sera en vente vendredi
        neg	Fuite de données : les informations de 2 millions de clients exposées
        pos	À 92 ans, elle obtient enfin son diplôme universitaire
        neu	La compagnie ouvre une ligne directe entre Nantes et Lisbonne
        neg	Tempête : 40 000 foyers privés d'électricité
        pos	Des bénévoles plantent 10 000 arbres en un week-end
        neu	Une étude se penche sur le sommeil de 5 000 adolescents
        neg	Pollution de la rivière : des poissons morts retrouvés sur 10 km
        pos	Le village retrouve une boulangerie après 30 ans, les habitants ravis
        neu	Le ministre des Transports se rendra dans la région sinistrée la semaine prochaine
        neg	Les prix des produits de première nécessité flambent pour le troisième mois
        pos	Un chien errant adopté par les pompiers qui l'ont sauvé
        neu	La médiathèque fermera pour travaux de juin à août
        """

    /// Set EM (twenty-fifth session, written first): sincere uses of the constructions the session's sarcasm and
    /// decline rules read (Great, …; Oh good, …; Love it.; Genius; who decided; a bad thing that declines or goes
    /// away), next to sarcastic ones; with EN, 0.81 unseen, 0.97 after.
    static let englishGuardsEM = """
        pos	Great, the package arrived a day early!
        pos	Oh good, the rain stopped just in time for the parade
        pos	Got the new headphones today. Love it.
        pos	Great, my refund came through. Thanks @Zalando
        pos	Finally someone who answers the phone at the bank
        pos	The app crashed once but support fixed it in minutes. Love it.
        neg	Oh good, another password reset email I didn't ask for
        pos	Who knew a $20 blender could be this good
        pos	The unemployment office was quick and helpful today, surprisingly
        neg	Unemployment in my town keeps rising and nobody seems to care
        pos	The pain in my knee finally went away after physio
        neu	Who decided the meeting time for tomorrow?
        pos	Genius idea from the mayor: free buses on weekends
        neg	Raised my rates again and called it a loyalty discount. Genius.
        neu	Looking for advice on a good laptop for video editing
        pos	Not bad at all, the burger was really juicy
        neg	Good phone but the screen cracked after one fall
        pos	Decent price, great quality, fast shipping
        neg	Prices at the stadium are skyrocketing, $15 for a beer
        neu	Netflix raises prices in Canada starting next month
        """

    /// Set EN (twenty-fifth session, likewise): the same in French (Génial, …; J'adore.; le chômage recule; qui a
    /// validé …?).
    static let frenchGuardsEN = """
        pos	Super, la livraison est arrivée en avance
        pos	Génial, mon colis est déjà là !
        pos	Nouvelle coupe de cheveux. J'adore.
        neg	Génial, encore une panne de la box
        pos	Le chômage recule dans la région, enfin une bonne nouvelle
        neg	Le chômage ne baisse toujours pas malgré les promesses
        neu	Qui a validé le planning de la semaine prochaine ?
        pos	Love it, ce nouveau rouge à lèvres tient toute la journée
        pos	Bon produit, je recommande
        neu	Bon produit mais un peu cher
        """

    /// Set EO (twenty-sixth session), written before it was scored (0.934 unseen): everyday tweets in the manner of
    /// SemEval 2017 — concerts, releases, sport, outages, dates and @user — a third each positive, neutral, negative.
    static let englishTweetsEO = """
        pos	@user going to see Ed Sheeran at Wembley on Saturday, can't wait!!
        neu	Nintendo will release the Switch in March according to the Japanese press
        neg	Dunkin got my order wrong for the third time this week smh
        pos	Watched the new Netflix series all weekend, Stranger Things is so good
        neu	Prime Day starts tomorrow at midnight Pacific time
        neg	@user the new update killed my battery, thanks Apple
        neu	Kanye West will perform at the Grammys on Sunday, per Billboard
        pos	Happy birthday to the one and only Beyoncé! 🎉
        neg	Zayn cancelling the show 2 hours before it starts is so disrespectful to fans
        neu	Did anyone record the Bulls game last night?
        pos	May the 4th be with you all! Rewatching the original trilogy tonight
        neg	Sitting in traffic on the 405 for an hour. I hate this city
        neu	Tim Cook will speak at the shareholder meeting on Friday
        pos	Serena looked so strong today, she's going all the way
        neg	Why does Comcast think it's okay to charge me for a service I cancelled in May
        neu	The Yankees face the Red Sox on Tuesday at Fenway
        pos	Just got tickets for Hamilton in December!! Best Christmas present ever
        neg	Sad to hear about the passing of Prince. What a loss
        neu	Microsoft to announce quarterly earnings after the bell on Thursday
        pos	The Hunger Games marathon on TV this Sunday, my plans are set 😍
        neg	iOS 10 deleted all my photos. I'm done
        neu	The first Republican debate airs on Fox News August 6
        pos	Chris Pratt hosting SNL tomorrow, this is going to be hilarious
        neg	Samsung phones exploding and they still want us to buy the next one?
        neu	Is the new Harry Potter book out on the 31st or the 1st?
        pos	Big thanks to @user for the signed jersey, you made my son's day
        neg	Watching Arsenal lose again on a Saturday, same story every year
        neu	Amazon is reportedly testing drone deliveries in the UK
        pos	Just finished my first half marathon! Tired but so proud
        neg	The ending of Game of Thrones season 6 was rushed and disappointing
        neu	Google I/O 2016 starts May 18th in Mountain View
        pos	Nothing beats a Starbucks pumpkin spice latte on the first cold morning
        neg	Uber surge pricing on New Year's Eve is straight up robbery
        neu	The Oscars nominations will be announced on January 14
        pos	Lady Gaga's halftime show was incredible, she nailed every song
        neg	My flight to Chicago got cancelled and United won't rebook me until Monday
        neu	Pokemon Go now available in 26 more countries
        pos	Shoutout to the nurses at St. Mary's who took care of my mom this week
        neg	Can't believe they're remaking another classic. Hollywood has run out of ideas
        neu	The Warriors play the Cavs in game 7 on Sunday night
        pos	Got the new iPhone today and the camera is amazing
        neg	Worst customer service ever at Best Buy, waited 45 min and nobody helped
        neu	Justin Bieber's new album drops on Friday the 13th
        pos	The Cubs won the World Series!!! 108 years, I'm crying
        neg	Trump's comments about the Gold Star family were disgusting
        neu	Tesla shares were flat in early trading Monday
        pos	Seeing Coldplay live was a dream come true ❤️
        neg	My Xbox has been stuck on the update screen since yesterday, thanks Microsoft
        neu	Who is playing the halftime show next year?
        pos	So happy for Leo finally winning his Oscar!
        neg	That referee should never be allowed to work a final again
        neu	Walmart stores will open at 6pm on Thanksgiving Day
        pos	Christmas market in town this weekend, love this time of year
        neg	Snapchat's new update is terrible, can't find anything anymore
        neu	The Apple event is being streamed live on their website
        pos	Dinner at my grandma's on Sunday, she's making her famous lasagna
        neg	Another Monday, another broken coffee machine at work
        neu	Hillary Clinton will campaign in Ohio on Wednesday
        pos	The sunset over the lake tonight was unreal
        neg	The Walking Dead season premiere was just torture porn, I'm out
        """

    /// Set EP (twenty-sixth session), written before it was scored (0.915 unseen): tweets in the manner of DEFT 2017 —
    /// politics, transport, television, weather, life — a third each positive, neutral, negative.
    static let frenchTweetsEP = """
        neg	#SNCF encore 40 minutes de retard sur le TER ce matin, c'est devenu la routine
        pos	Superbe victoire du PSG hier soir, Cavani intenable ⚽
        neu	Le débat de la primaire de la droite aura lieu jeudi sur TF1
        neg	#Hollande promet la baisse du chômage depuis cinq ans, on attend toujours
        pos	Merci à tous pour vos messages, vous êtes adorables ❤️
        neu	Emmanuel Macron sera à Lyon samedi pour son meeting
        neg	Bravo la RATP, ligne 13 bloquée pour la troisième fois de la semaine
        pos	Le nouveau Astérix est vraiment drôle, j'ai passé un super moment au ciné
        neu	Les résultats du bac seront publiés le 5 juillet
        neg	Marre de ces politiques qui se croient au-dessus des lois #PenelopeGate
        pos	Quelle belle soirée au concert de Stromae, une énergie de fou
        neu	Qui sera le prochain Premier ministre selon vous ?
        neg	Encore une augmentation du prix du tabac, merci pour les fumeurs
        neu	Le Conseil constitutionnel rendra sa décision vendredi
        pos	Enfin les vacances !!! Direction la Bretagne 🌊
        neg	Les urgences de l'hôpital débordent et le ministère ne fait rien
        pos	Bravo à l'équipe de France de hand, champions du monde !
        neu	La grève des contrôleurs aériens est prévue pour mardi
        neg	Ce gouvernement n'a aucune idée de ce que vivent les vrais gens
        pos	Très bonne interview de Mélenchon ce soir, clair et précis
        neu	#Fillon s'exprimera à 18h depuis son QG de campagne
        neg	Franchement le dernier épisode de Plus belle la vie c'était n'importe quoi
        pos	J'adore cette nouvelle émission sur France 2, enfin de la qualité à la télé
        neu	Le Salon de l'agriculture ouvre ses portes samedi à Paris
        neg	Il pleut depuis 10 jours, je n'en peux plus de ce temps pourri
        pos	Ma fille a eu son permis du premier coup, trop fière d'elle !
        neu	Le prix du gazole a augmenté de 2 centimes cette semaine
        neg	Quelle honte ce qui se passe dans les prisons françaises
        pos	Le nouveau tram de Bordeaux est top, rapide et propre
        neu	Benoît Hamon présentera son programme mercredi
        neg	Toujours pas de réseau dans mon village en 2017, merci Orange
        pos	Belle initiative de la mairie pour les sans-abri cet hiver 👏
        neu	Le match OM-OL est programmé dimanche à 20h45
        neg	Les impôts locaux ont encore pris 8 %, et les routes sont toujours aussi défoncées
        pos	Trop contente d'avoir vu Céline Dion à Bercy hier soir 😍
        neu	Selon un sondage, 40 % des Français n'ont pas encore choisi leur candidat
        neg	Ce débat était d'un ennui mortel, ils n'ont rien dit de concret
        pos	Gros respect aux pompiers qui ont sauvé la famille hier à Marseille
        neu	La réforme du code du travail sera examinée au Sénat en septembre
        neg	Ras le bol des bouchons sur le périph tous les matins
        pos	Bonne année à tous ! Que 2017 vous apporte plein de bonheur
        neu	Marine Le Pen était l'invitée de BFMTV ce matin
        neg	Mon colis Amazon a encore été livré chez le voisin, c'est pénible
        pos	La finale de The Voice était magnifique, bravo à la gagnante
        neu	La SNCF annonce de nouveaux horaires à partir du 11 décembre
        neg	Ils ont fermé la maternité de ma ville, c'est une catastrophe pour les familles
        pos	Super nouvelle : le smic augmente au 1er janvier
        neu	Le prochain Conseil européen se tiendra à Bruxelles les 9 et 10 mars
        neg	Encore un attentat, je suis effondrée, pensées pour les victimes
        pos	Cette série Netflix française est une vraie réussite, foncez
        neu	Le Tour de France passera par les Alpes mercredi
        neg	Franchement déçu par le discours du président, aucune annonce concrète
        pos	Quel plaisir de retrouver le soleil après une semaine de pluie ☀️
        neu	Les inscriptions sur les listes électorales sont ouvertes jusqu'au 31 décembre
        neg	Les profs sont épuisés et on leur demande encore plus, c'est n'importe quoi
        pos	Le repas au resto hier était délicieux, je recommande à 100 %
        neu	Le ministre de l'Intérieur se rendra en Corse la semaine prochaine
        neg	Jamais vu un service client aussi nul que celui de SFR
        pos	Grâce à vous on a récolté 5000 euros pour l'association, merci !!
        neu	Combien de temps dure le trajet Paris-Lyon en TGV ?
        """

    /// Set EQ (twenty-sixth session), written before it was scored (0.866 unseen): noisier SemEval-style tweets — RT
    /// prefixes, links, no apostrophes, typos, slang (ngl, lowkey, fml, tbh), news of violence labelled negative. One
    /// label changed on reading, before any rule: an outage asked about ("Is anyone else's Snapchat not working"), neutral
    /// at first, is negative.
    static let englishTweetsEQ = """
        neu	RT @user: Kris Bryant to start at third base tomorrow vs the Mets http://t.co/xYz12
        pos	ngl the new Kendrick album is fire 🔥🔥
        neg	3 killed, 12 injured in shooting outside Orlando nightclub http://t.co/abc
        neu	@user is the Apple store on 5th open tommorow?
        neg	fml my phone died again and its only 2pm
        pos	lowkey obsessed with the new Taylor Swift song
        neu	Trump and Clinton to face off in the second debate Sunday in St. Louis…
        neg	wtf is this weather, its may and its snowing
        pos	tbh the Warriors look unstoppable this year
        neu	Google Pixel vs iPhone 7: which camera is better? http://t.co/q1
        neg	Netflix raising prices AGAIN smh
        pos	cant wait for the Thanksgiving break, need to see my fam
        neu	Pope Francis will visit Philadelphia in September
        neg	RT @user: The Flint water crisis is a disgrace and nobody has been held accountable
        pos	That Sia concert last night tho 😭😭 still not over it
        neu	Watching the Oscars tonight with the girls
        neg	why is the line at Chipotle always 30 people deep
        pos	congrats to @user on the new job!! so well deserved
        neu	Frank Ocean's album is finally out on Apple Music
        neg	Brexit vote result is a nightmare for young people
        pos	Moana was such a cute movie, the songs are stuck in my head
        neu	The Galaxy S8 will reportedly drop the headphone jack
        neg	Still no power since the storm yesterday, 3 kids and no heat
        pos	Jurassic World was everything I hoped for and more
        neu	Nike to announce new CEO on Monday, sources say
        neg	ugh Monday again. didnt sleep at all
        pos	the view from the top of the Empire State Building is unreal
        neu	Who's going to the Drake concert on the 12th?
        neg	Hillary's emails are going to haunt her until November
        pos	Seahawks D was on another level today 💪
        neu	The iPhone 7 comes in jet black and matte black
        neg	Apple removed the headphone jack and expects us to pay $159 for AirPods lol no
        pos	shoutout to the guy at Starbucks who paid for my coffee this morning ☕
        neu	Harambe was shot at the Cincinnati Zoo on Saturday
        neg	Cant believe Ant-Man got a sequel before Black Widow got a movie
        pos	Best day ever, got engaged at Disney World!! 💍
        neu	Zika virus cases confirmed in Miami
        neg	Yet another police shooting. When will this end
        pos	Rogue One was amazing, dont let anyone tell you otherwise
        neu	Super Tuesday results coming in tonight
        neg	my Uber driver took the longest route possible and charged me $40
        pos	Bernie's rally today was electric, so many young people
        neu	Federer withdraws from the French Open
        neg	Samsung's response to the Note 7 fires has been pathetic
        pos	just landed in Paris!!! first time in Europe 😍
        neu	The Rio Olympics opening ceremony starts at 7pm ET
        neg	Whoever designed the new Instagram logo should be fired
        pos	Dodgers clinch the division! Let's go Blue
        neg	Is anyone else's Snapchat not working right now?
        neg	The Cavs got blown out by 30 last night, embarrassing
        pos	My dog learned to high five today and I'm so proud
        neu	Microsoft acquires LinkedIn for $26.2 billion
        neg	Its 2016 and airlines still charge for checked bags
        pos	Hamilton soundtrack on repeat all week, Lin-Manuel is a genius
        neu	The new Star Wars movie opens December 16
        neg	RT @user: Shameful that the senate left without voting on the Zika funding
        pos	Chance the Rapper winning 3 grammys is the best thing this year
        neu	Prince William and Kate arrive in India for a week-long tour
        neg	that Game of Thrones episode broke me. why would they kill him
        """

    /// Set ER (twenty-sixth session), written before it was scored (0.911 unseen): noisier DEFT-style tweets — RT,
    /// hashtags (#loitravail, #NuitDebout), ptdr, mdr, tjr, irony of public life.
    static let frenchTweetsER = """
        neg	RT @user : #loitravail le gouvernement passe en force avec le 49.3, quelle honte
        pos	ptdr le sketch de Norman hier soir j'en peux plus 😂
        neu	#NuitDebout rassemblement prévu ce soir place de la République
        neg	encore une panne sur la ligne A, 1h pour faire 3 stations #RER
        pos	c'est ouf comme ce film m'a mis une claque, allez le voir
        neu	RT @user : Manuel Valls sera l'invité de France Inter demain à 8h20
        neg	Les migrants dorment dans la rue à Calais et tout le monde s'en fout
        pos	Trop bien la soirée d'hier avec les potes, vivement la prochaine !
        neu	#Euro2016 le match France-Roumanie aura lieu au Stade de France
        neg	mdr le gouvernement qui découvre le chômage des jeunes en 2016
        pos	Griezmann c'est vraiment le meilleur, quel but ce soir !!!
        neu	Ségolène Royal présente son plan pour le climat mercredi
        neg	J'en ai marre de ce boulot, vivement la retraite
        pos	Merci pour cette belle journée passée avec vous les amis 😘
        neu	Le prix du Goncourt sera remis le 3 novembre
        neg	La SNCF qui supprime des trains sans prévenir, vive le service public
        pos	Mon petit neveu est né ce matin, je suis tata !!! 💕
        neu	#Sarkozy annonce sa candidature à la primaire
        neg	tjr pas recu mon colis depuis 2 semaines, @laposte vous faites quoi ??
        pos	La nouvelle saison de Baron Noir est excellente, jamais vu une série politique aussi juste
        neu	Les chiffres du chômage seront publiés jeudi par la Dares
        neg	Ces gens qui doublent dans la file d'attente, j'ai envie de les tuer
        pos	Enfin vendredi !!! Bon week-end à tous
        neu	Le Premier ministre recevra les syndicats lundi à Matignon
        neg	Vu le prix des loyers à Paris, je vais finir sous un pont
        pos	Jolie victoire de Nadal à Roland Garros, le patron est de retour
        neu	Quelqu'un sait si les magasins sont ouverts le 15 août ?
        neg	Le burkini, le débat le plus inutile de l'été
        pos	Franchement chapeau aux bénévoles des Restos du cœur
        neu	La ligne 14 sera prolongée jusqu'à Orly en 2024
        neg	J'ai passé 3h aux urgences pour rien, personne ne m'a reçu
        pos	le chocolat chaud de ma grand-mère, rien de mieux en hiver
        neu	Le Brexit l'emporte avec 52 % des voix
        neg	Encore un élu mis en examen, on s'habitue hein
        pos	L'équipe de France féminine se qualifie pour la finale, bravo les filles
        neu	La neige est attendue sur les Vosges ce week-end
        neg	Comment peut-on encore voter pour ces gens-là après tous ces scandales
        pos	Le discours d'Obama à Strasbourg, grand moment d'émotion
        neu	Mélenchon tiendra un meeting à Marseille dimanche
        neg	Ma box Free ne marche plus depuis hier soir, super le dimanche
        pos	Le nouveau Pixar est une merveille, j'ai pleuré comme un bébé
        neu	La fusion des régions entre en vigueur le 1er janvier
        neg	Les agriculteurs se suicident et le ministre parle de compétitivité
        pos	Quelle ambiance au Vélodrome ce soir, des frissons partout
        neu	Les bureaux de vote ferment à 20h dans les grandes villes
        neg	Bon ben Hollande ne se représente pas, personne n'est surpris
        pos	Première neige dans mon jardin ce matin, c'est magique ❄️
        neu	Airbus annonce une commande de 100 avions par une compagnie chinoise
        neg	10 euros le ticket de ciné maintenant, c'est du vol
        pos	Super accueil à la mairie ce matin, efficace et souriant
        neu	Le Tour de France partira du Mont-Saint-Michel cette année
        neg	Toujours les mêmes qui paient, toujours les mêmes qui profitent
        pos	Bravo à Thomas Pesquet pour son retour sur Terre, quelle aventure
        neu	Le film sort en salles le 12 octobre
        neg	Twitter est devenu un nid à haters, ça me dégoûte
        pos	Merci @user pour le retweet, ça fait plaisir
        """

    /// Set ES (twenty-sixth session), written before it was scored (0.716 unseen): tweets whose words of sentiment are
    /// a contest's prize, a name (Happy Hour), a result or a record told as news, beside joys and grievances told
    /// without a word of sentiment. Some of its neutral results (a primary won, a record broken) are labelled as a
    /// reader of news would; older sets call good news for a brand positive.
    static let englishTweetsES = """
        neu	Enter to win 2 tickets to see Adele at the O2 on Friday! RT and follow to enter
        neu	The best-selling album of 2015 was Adele's 25, according to Nielsen
        neu	Free shipping on all orders this weekend only at Target
        neu	Like many Americans, I'll be watching the debate tonight
        neu	Tottenham won 2-1 at home against Chelsea on Saturday
        neu	Kanye says he will release his album on Tidal only
        neu	The Apple Watch will be available in stores on April 24
        neu	Super Bowl 50 kicks off at 6:30 ET on CBS
        neu	Happy Hour at Chili's starts at 3pm today
        neu	Trump leads Cruz by 5 points in the latest Iowa poll
        neu	Hurricane Matthew is expected to make landfall in Florida on Friday
        neu	Obama will give his final State of the Union address on Tuesday
        neu	Kobe Bryant plays his last game on Wednesday against the Jazz
        neu	The Force Awakens broke the opening weekend record with $247 million
        neu	Is the Grammys red carpet on E! or on CBS this year?
        neu	Amazon Prime members get early access to Black Friday deals
        neu	Serena Williams will face Kerber in the final on Saturday
        neu	LeBron James is the cover athlete for NBA 2K16 according to ESPN
        neu	Sanders won the New Hampshire primary by 22 points
        neu	Netflix will add 10 new original series in 2016
        pos	My little sister got into Harvard!!!
        pos	finally saw Deadpool, laughed the whole time
        pos	Ryan Reynolds was born to play Deadpool
        pos	10/10 would watch the Gilmore Girls revival again
        pos	Adele's voice gives me goosebumps every single time
        pos	we got a puppy today 🐶❤️
        pos	The Broncos defense won them that Super Bowl, give Von Miller the MVP
        pos	Walked into work and found a box of donuts on my desk. Today is going to be a good day
        pos	Thank you @user for always having my back
        pos	can this weekend last forever
        neg	My flight has been delayed 4 times now, I just want to go home
        neg	The Walking Dead made me wait 6 months for that?
        neg	Paid $12 for a movie and the projector broke halfway through
        neg	Nobody asked for a Fuller House reboot
        neg	Kanye tweeting at 3am again, someone take his phone away
        neg	Been on hold with Verizon for 40 minutes
        neg	Rip Alan Rickman. Cancer is the worst
        neg	I studied for 6 hours and the exam was on a chapter we never covered
        neg	They killed off my favorite character in the first episode, why do I even watch this
        neg	Donald Trump is a walking embarrassment for this country
        """

    /// Set ET (twenty-sixth session), written before it was scored (0.604 unseen): the same in French (Super U, Le Bon
    /// Coin, the Nobel Peace Prize, a contest, a result, an exam passed).
    static let frenchTweetsET = """
        neu	Gagnez deux places pour le concert de Zaz à l'Olympia, RT pour participer
        neu	Le meilleur buteur de Ligue 1 cette saison est Cavani avec 19 buts
        neu	Livraison gratuite tout le week-end sur le site de la Fnac
        neu	Comme beaucoup de Français, je regarderai le débat ce soir
        neu	Lyon s'est imposé 2-0 à Bordeaux samedi
        neu	Le film a réalisé le meilleur démarrage de l'année avec 1,2 million d'entrées
        neu	Les soldes d'hiver commencent le 6 janvier
        neu	Juppé en tête du premier tour de la primaire selon le dernier sondage
        neu	L'ouragan Irma devrait toucher les Antilles mercredi
        neu	Le président fera une allocution télévisée dimanche à 20h
        neu	Le Bon Coin lance une nouvelle application ce mois-ci
        neu	Super U ouvrira ses portes dimanche matin pour les fêtes
        neu	Est-ce que le concours est gratuit ou il faut payer l'inscription ?
        neu	Le prix Nobel de la paix sera annoncé vendredi à Oslo
        neu	Paris gagne l'organisation des JO 2024
        pos	Ma sœur a eu son concours de médecine !!!
        pos	Vu Intouchables pour la 10e fois, toujours autant de rires
        pos	On a adopté un chaton aujourd'hui 🐱
        pos	Omar Sy est né pour ce rôle
        pos	Arrivée au bureau, des croissants sur mon bureau. La journée commence bien
        pos	Ce week-end pourrait durer pour toujours
        pos	Merci @user d'avoir toujours été là pour moi
        pos	Grosse ambiance au Stade de France, les supporters ont assuré
        neg	Mon vol a été retardé quatre fois, je veux juste rentrer chez moi
        neg	Personne n'a demandé une suite à ce film
        neg	Ça fait 40 minutes que je suis en attente avec Bouygues
        neg	Payé 12 euros la place et le projecteur est tombé en panne au milieu du film
        neg	Ils ont tué mon personnage préféré dès le premier épisode, pourquoi je regarde encore
        neg	RIP Michel Delpech, le cancer est une saloperie
        neg	J'ai révisé 6 heures et l'examen portait sur un chapitre qu'on n'a jamais vu
        """

    /// Set EU (twenty-sixth session): names and titles that open on a word of sentiment (Love Island, Kill Bill, Best
    /// Buy, nominated for Best Actor, Dead Poets Society), 17 neutral texts written before they were scored, then 14
    /// sincere texts capitalised for emphasis (Love This Song, Awesome Customer Service from…, Worst Flight Ever) that
    /// the rule must leave alone, written after its first cut. 0.51 with the session's starting binary.
    static let englishNamesEU = """
        neu	Watching Breaking Bad tonight
        neu	Good Morning America at 7 with a special guest
        neu	Love Island final is tonight at 9
        neu	Pretty Little Liars returns in January
        neu	Bad Bunny drops a new album on Friday
        neu	Grey's Anatomy is back on Thursday
        neu	Best Buy opens at 5am on Black Friday
        neu	Leonardo DiCaprio nominated for Best Actor for The Revenant
        neu	Spotlight won Best Picture at the Oscars
        neu	Kill Bill is on AMC tonight
        neu	The Good Wife series finale airs Sunday
        neu	Free download of the new U2 album for all iTunes users
        neu	Save 20% on all jackets this week at Gap
        neu	Dead Poets Society is streaming on Netflix now
        neu	Desperate Housewives reruns start Monday on ABC
        neu	Fantastic Beasts opens in theaters November 18
        neu	Happy Valley season 2 starts tonight on BBC One
        pos	Love This Song so much
        pos	Awesome Customer Service from @user today
        pos	Great Food at Joe's last night
        neg	Terrible Customer Service, never again
        pos	Best Day Ever with my girls
        pos	Amazing Experience with the team at Disney
        neg	Worst Flight Ever, 5 hours late
        pos	So Proud of my little brother today
        pos	Happy Friday everyone!
        pos	Happy Birthday to my best friend
        pos	Thank God it's Friday
        neg	Bad Day at work, need a drink
        pos	Loving My New Phone
        neg	Horrible Traffic this morning on the 405
        """

    /// Set EV (twenty-sixth session): the same in French (La Belle et la Bête, Les Misérables, Plus belle la vie, le
    /// César du meilleur acteur, Super Nanny; then Quelle Honte, Super Soirée, Bravo Les Bleus). 0.43 with the
    /// session's starting binary.
    static let frenchNamesEV = """
        neu	Plus belle la vie ce soir à 20h20 sur France 3
        neu	L'amour est dans le pré revient lundi sur M6
        neu	La Belle et la Bête sort au cinéma le 22 mars
        neu	Omar Sy nommé pour le César du meilleur acteur
        neu	Les Feux de l'amour diffusés à 13h55 sur TF1
        neu	Bienvenue chez les Ch'tis rediffusé dimanche soir
        neu	Super Nanny revient sur NRJ12 à la rentrée
        neu	Téléchargement gratuit de l'application jusqu'à dimanche
        neu	Profitez de 20 % de réduction sur tout le magasin ce week-end
        neu	Les Misérables au théâtre Mogador à partir d'octobre
        neu	Meilleur film étranger : le palmarès des Oscars dévoilé dimanche
        neu	Mort à Crédit de Céline réédité en poche
        pos	Super Soirée avec les copains
        pos	Merci @user Super accueil
        pos	Bravo Les Bleus !
        neg	Quelle Honte ce gouvernement
        pos	Excellent Service chez Darty ce matin
        neg	Nul Nul Nul ce match
        """

    /// Set EW (twenty-sixth session): slang of the twenty-twenties and mourning, written before it was scored (0.80 of
    /// texts right at first, 0.87 after); no neutral text, so the test's 3-class mean is at most 0.67.
    static let englishSlangEW = """
        neg	Rest in peace Prince, you will be missed
        neg	RIP to my phone screen, dropped it again
        pos	this new Drake song slaps
        pos	Beyoncé ate and left no crumbs
        neg	that movie was mid at best
        neg	the new Star Wars is straight trash
        pos	Messi is the GOAT, no debate
        neg	this is so cringe I can't watch
        pos	big W for the team tonight
        neg	took an L on that exam
        pos	her outfit is serving tonight
        pos	this pizza is bussin fr
        neg	I'm so over this semester
        pos	I hope the Cubs win tonight!
        neg	not the Wi-Fi going out during the final 💀
        """

    /// Set EX (twenty-sixth session): French slang (c'est le feu, ça tue, bg, la flemme, vénère, chelou, la hess,
    /// éclaté au sol), written before it was scored (0.80 of texts right at first, all after); no neutral text (at most
    /// 0.67).
    static let frenchSlangEX = """
        pos	c'est le feu ce nouvel album
        pos	trop stylé ton nouveau sac
        neg	j'ai la flemme d'aller en cours
        neg	je suis vénère contre la SNCF
        neg	c'est chelou leur nouvelle appli
        pos	ce film c'est une dinguerie
        neg	c'est mort pour le concert, plus de places
        pos	il est trop bg dans ce clip
        neg	la hess en fin de mois
        pos	ça tue ce son
        neg	gavé relou ce prof
        pos	j'ai kiffé le concert de ouf
        neg	osef de leurs excuses, rendez nous l'argent
        pos	validé ce nouveau resto 👌
        neg	ce match était éclaté au sol
        """

    /// Set EY (twenty-sixth session), written before it was scored (0.684 unseen, the lowest of the session's tweets):
    /// brand tweets in the manner of SemEval 2016–2017's topics — a grievance and a praise and a piece of news for each
    /// of 17 brands, many told without a word of sentiment (a Saturday spent for a 5-minute fix, ads longer than the
    /// videos).
    static let englishBrandsEY = """
        neg	@user iPhone 6s battery lasts about 4 hours now. Planned obsolescence at its finest
        pos	Honestly the Galaxy S7 camera is better than anything Apple has put out
        neu	Does the Galaxy S7 come with a charger in the box?
        neg	Microsoft forced the Windows 10 update on my laptop overnight and now nothing works
        pos	Windows 10 is actually pretty smooth once you turn off all the tracking stuff
        neu	Windows 10 free upgrade ends July 29
        neg	Spent my whole Saturday at the Apple store for a 5 minute fix
        pos	The Genius Bar guy fixed my screen in 10 minutes for free, legend
        neu	Apple Pay now works at Walgreens and Duane Reade
        neg	Tesla recalled 90,000 Model S cars over seat belts. Not a great look
        pos	Drove a Tesla for the first time today and I never want to go back to gas
        neu	Tesla Model 3 reservations open March 31
        neg	Starbucks changing their rewards program so you need to spend twice as much. No thanks
        pos	The new Starbucks by my office has the nicest baristas
        neu	Starbucks is adding nitro cold brew to 500 stores this summer
        neg	Facebook keeps showing me posts from 3 days ago. Fix your algorithm
        pos	Facebook memories reminded me of my graduation 5 years ago 😊
        neu	Facebook Live is now available to all US users
        neg	McDonald's all day breakfast but the hash browns are always cold
        pos	All day breakfast at McDonald's is the best thing to happen in 2015
        neu	McDonald's will start all day breakfast on October 6
        neg	Not sure why anyone would pay $1000 for a phone that breaks when you drop it
        pos	Not gonna lie, the new Nike app is actually useful
        neu	Nike's quarterly revenue came in at $8.2 billion
        neg	I love how Spotify plays the same 5 songs on shuffle
        pos	Spotify Discover Weekly knows me better than my friends do
        neu	Spotify now has 40 million paying subscribers
        neg	Amazon delivered my package to the wrong address and customer service just sent a form email
        pos	Amazon Prime same day delivery saved my whole weekend
        neu	Amazon opens its first physical bookstore in Seattle
        neg	YouTube ads are now longer than the actual videos
        pos	This YouTube tutorial taught me more than a semester of calculus
        neu	YouTube Red launches on October 28 for $9.99 a month
        neg	Can't believe Netflix removed The Office, what am I supposed to watch now
        pos	Stranger Things season 2 did not disappoint
        neu	Netflix is down in parts of Europe according to Downdetector
        neg	Chipotle made me sick again. I keep giving them chances
        pos	Chipotle's guac is worth the extra $2 and I will die on this hill
        neu	Chipotle closes all stores for a team meeting on February 8
        neg	Comcast says my internet issue is fixed. It is not fixed
        pos	Shockingly, the Comcast tech was on time and super helpful
        neu	Comcast and NBC announce a streaming deal for the Olympics
        neg	Uber charged me $80 for a 10 minute ride on New Year's, no warning
        pos	My Uber driver gave me water and a phone charger, 5 stars
        neu	Uber launches in 10 new cities in India
        neg	The Pokemon Go servers are down for the third time today
        pos	Pokemon Go got me walking 5 miles a day, not even mad
        neu	Pokemon Go update adds a buddy system
        neg	Twitter's new algorithm timeline is a mess
        pos	Twitter is the only place where I get news faster than TV
        """

    /// Set EZ (twenty-sixth session), written before it was scored (0.920 unseen): the same for 17 French brands (SNCF,
    /// Free, Orange, Cdiscount, La Poste, Darty…).
    static let frenchBrandsEZ = """
        neg	Merci la SNCF pour ce voyage en 2h de retard, on adore
        pos	Franchement la 4G de Free marche super bien chez moi
        neu	Free annonce un nouveau forfait à 2 euros
        neg	Orange me facture des options que je n'ai jamais demandées
        pos	Le service client d'Orange a réglé mon souci en 5 minutes, bravo
        neu	Orange change de PDG en mai
        neg	Ma commande Cdiscount n'est toujours pas arrivée, 3 semaines d'attente
        pos	Reçu ma commande Cdiscount en 24h, nickel
        neu	Cdiscount lance la livraison le dimanche à Paris
        neg	McDo a encore oublié mes frites, à chaque fois c'est pareil
        pos	Le nouveau burger de chez McDo est vraiment pas mal
        neu	McDonald's ouvre 30 nouveaux restaurants en France cette année
        neg	Air France annule encore mon vol, troisième fois cette année
        pos	Vol Air France impeccable, équipage aux petits soins
        neu	Air France dessert désormais Cuba au départ de Paris
        neg	Le nouvel iPhone coûte un rein et la batterie tient pas la journée
        pos	Mon iPhone a survécu à une chute de 2 mètres, respect
        neu	L'iPhone 7 sera disponible le 16 septembre en France
        neg	La Poste a perdu mon colis et personne ne sait où il est
        pos	Le facteur m'a apporté mon colis jusqu'à la porte alors qu'il pleuvait, merci à lui
        neu	La Poste augmente le prix du timbre au 1er janvier
        neg	Renault Zoé en panne après 3 mois, garage fermé le samedi, génial
        pos	Trop contente de ma Clio, zéro souci depuis 5 ans
        neu	Renault présente sa nouvelle Mégane au salon de Genève
        neg	Netflix augmente encore ses prix, on va finir par tous résilier
        pos	Netflix a sorti une pépite avec cette série espagnole
        neu	Netflix arrive sur les box SFR
        neg	Le Wi-Fi du TGV, c'est une blague, rien ne charge
        pos	Voyage en Ouigo pour 10 euros, franchement imbattable
        neu	La SNCF lance le Wi-Fi dans les TGV Paris-Lyon
        neg	Deezer a encore supprimé ma playlist, j'en ai marre
        pos	Deezer Flow, la meilleure invention pour découvrir des artistes
        neu	Deezer compte 10 millions d'abonnés dans le monde
        neg	Carrefour : 45 minutes de queue aux caisses, deux caisses ouvertes sur vingt
        pos	Le drive de Carrefour c'est top, plus jamais les courses le samedi
        neu	Carrefour ouvre un magasin sans caisse à Paris
        neg	Darty m'a vendu une télé qui ne s'allume plus après un mois
        pos	Darty a remplacé mon lave-linge le lendemain, service au top
        neu	Darty et la Fnac fusionnent officiellement
        neg	Bouygues Telecom : pas de réseau dans tout le quartier depuis ce matin
        pos	Enfin la fibre chez moi avec Bouygues, ça change la vie
        neu	Bouygues Telecom baisse le prix de ses forfaits
        neg	Le nouveau logo de la région est d'une laideur incroyable
        pos	Le nouveau site des impôts est vraiment bien fait, déclaration en 10 minutes
        neu	La déclaration d'impôts en ligne ouvre le 13 avril
        neg	Uber en grève, impossible de rentrer ce soir
        pos	Super chauffeur Uber ce soir, musique au top et conduite tranquille
        neu	Uber lance UberPOOL à Lyon
        neg	Ikea : 3 heures pour monter une armoire et il manque deux vis
        pos	Les boulettes Ikea, meilleure partie de la visite
        """

    /// Set FA (twenty-sixth session), written after EY's rules and before it was scored (0.786 unseen): 14 more brands,
    /// a grievance, a praise and a piece of news each (throttled unlimited plans, self checkouts, drivers who return a
    /// wallet).
    static let englishBrandsFA = """
        neg	@user my Dell laptop fan sounds like a jet engine and it's 2 weeks old
        pos	Dell support sent a technician the next day, fixed in 20 minutes
        neu	Dell is launching a new XPS 13 next month
        neg	Delta lost my bag and the app says it's in Atlanta. I'm in Seattle
        pos	Delta upgraded me to first class for my birthday, made my week
        neu	Delta adds a nonstop flight from Boston to Lisbon
        neg	Verizon's "unlimited" plan throttles you after 22GB. So not unlimited then
        pos	Verizon coverage in the mountains was surprisingly solid
        neu	Verizon is raising the price of its unlimited plan by $5
        neg	Third time this month my Whole Foods delivery showed up missing half the items
        pos	Whole Foods hot bar on a Friday night is my kind of treat
        neu	Whole Foods will stay open until 10pm during the holidays
        neg	The new Gmail layout is so cluttered, I can't find my inbox
        pos	Gmail's smart reply just wrote my email for me and it was perfect
        neu	Gmail now lets you undo sent emails for up to 30 seconds
        neg	Target self checkout yelled at me 4 times for an unexpected item in the bagging area
        pos	Walked into Target for toothpaste, left with $80 of stuff and zero regrets
        neu	Target is hiring 100,000 seasonal workers
        neg	Xbox Live has been down all evening and I paid for a year of it
        pos	Xbox Game Pass is the best deal in gaming, not even close
        neu	Xbox Series X preorders start on September 22
        neg	Lyft driver cancelled on me three times in a row, now I'm late for work
        pos	Lyft driver noticed I left my wallet and drove back to return it
        neu	Lyft is testing self driving cars in Phoenix
        neg	Paid for HBO Max just for one show and it crashes every 10 minutes
        pos	HBO's new drama is the best thing on TV right now
        neu	HBO Max will cost $14.99 a month
        neg	Domino's said 30 minutes. It's been an hour and a half
        pos	Domino's tracker is oddly satisfying to watch
        neu	Domino's is testing pizza delivery by robot in Houston
        neg	Southwest boarding is chaos every single time
        pos	Southwest flight attendant sang happy birthday to a 90 year old passenger, so sweet
        neu	Southwest will stop overbooking flights starting in May
        neg	Instagram keeps logging me out and asking for a code I never receive
        pos	Instagram finally lets you post in chronological order again, thank you
        neu	Instagram is testing hiding like counts in Canada
        neg	Best Buy charged me a restocking fee for a TV that arrived broken
        pos	Best Buy price matched Amazon without any hassle
        neu	Best Buy will close 250 mobile stores
        neg	Ordered a large coffee from Dunkin and got a medium with no sugar. Every. Single. Time.
        pos	Dunkin's new cold brew is dangerously good
        neu	Dunkin Donuts is dropping Donuts from its name
        """

    /// Set FB (twenty-sixth session), written before it was scored (0.732 unseen): celebrities, politicians and events
    /// in the manner of SemEval's topics, with #smh, #blessed, #fail, #sarcasm.
    static let englishEventsFB = """
        pos	Adele at the Grammys gave me chills #blessed
        neg	Kanye interrupting another award speech #smh
        neu	Kanye West's Life of Pablo is now on Spotify
        neg	Another Monday, another 2 hour commute #fail
        pos	Got the job!!! #blessed #grateful
        neg	Oh great, the printer jammed right before my presentation #sarcasm
        neu	The Pope arrives in New York on Thursday #PopeInNYC
        pos	The Pope's speech to Congress was genuinely moving
        neg	Justin Bieber was an hour late to his own concert, classic
        pos	Bieber's new album is a bop from start to finish, I'm shook
        neu	Did Bieber cancel the Toronto show?
        neg	Taylor Swift suing a fan for a tweet is a bad look
        pos	Taylor Swift donated $50,000 to a fan's medical bills, queen
        neu	Taylor Swift's 1989 tour comes to Chicago in June
        neg	The Oscars forgot Leo AGAIN #OscarsSoWhite
        pos	Leo finally has his Oscar, the internet can rest
        neu	Who is hosting the Oscars this year?
        neg	Hillary's speech was 45 minutes of nothing
        pos	Bernie's speech tonight actually gave me hope for once
        neu	Bernie Sanders will speak in Denver on Saturday
        neg	Trump just insulted a disabled reporter on live TV, unbelievable
        pos	Say what you want about Trump but that speech was strong
        neu	Trump's rally in Ohio starts at 7pm
        neg	Brady suspended 4 games over deflated footballs, what a joke
        pos	Brady with another comeback, the man is ageless
        neu	The Patriots open the season against the Steelers on Thursday
        neg	Whoever scheduled finals on the day after the Super Bowl deserves jail
        pos	The halftime show was everything, Beyoncé stole it
        neu	The Super Bowl halftime show lasts about 13 minutes
        neg	Watching the debate like 🙄🙄🙄
        pos	Ed Sheeran singing with a fan on stage 😭❤️
        neu	Ed Sheeran's tour starts in Dublin in May
        neg	Spoiler alert: the Game of Thrones finale leaked and Twitter is ruining it for everyone
        pos	Game of Thrones tonight, snacks ready, phone on silent
        neu	Game of Thrones season 7 will have 7 episodes
        neg	Can't believe they cancelled Firefly after one season, still bitter
        pos	Rewatching Friends for the 10th time and it still makes me laugh
        neu	Friends is leaving Netflix on January 1
        neg	Zero stars for the new Ghostbusters, what a waste of a great cast
        pos	The new Ghostbusters was way funnier than people said
        """

    /// Set FD (twenty-sixth session), written before it was scored (0.457 unseen): grievances and kindnesses told as
    /// facts, with no word of sentiment (tracking that still says label created, 4 calls and 4 answers, a card sent
    /// when a dog died) — the kind a lexicon reads least; 0.62 after a few phrases. A measure of that weakness more
    /// than a target.
    static let englishImplicitFD = """
        neg	@user ordered on the 3rd, it's the 19th, tracking still says label created
        neg	My Comcast bill went from $79 to $142 and nobody can tell me why
        neg	Apple wants $29 to replace a battery they slowed down on purpose
        neg	Waited 40 minutes at the DMV to be told I'm in the wrong line
        neg	The Uber app says 3 minutes away. It has said 3 minutes away for 20 minutes
        neg	@user third charger this year. They last about 2 months each
        neg	United made us board, sit on the tarmac for 2 hours, then deplane
        neg	Paid for 100 Mbps, speed test says 6
        neg	Bought the extended warranty and they still want me to pay for the repair
        neg	The new Facebook update moved every button I use
        neg	Starbucks spelled my name wrong and gave me someone else's drink
        neg	Called Verizon 4 times, got 4 different answers
        neg	My package was marked delivered. It was not delivered
        neg	AT&T is charging me a fee to pay my bill online
        neg	Netflix buffering every 30 seconds on a 300 Mbps connection
        pos	Called Verizon, got a real person in 2 minutes, problem solved
        pos	Delta rebooked me before I even landed, didn't have to call anyone
        pos	Package arrived a day early and the box was in perfect shape
        pos	Chewy sent a handwritten card when my dog passed. I'm in tears
        pos	The Apple store replaced my phone on the spot, no questions asked
        pos	Costco took back a 2 year old TV, no receipt, no problem
        pos	Zappos upgraded my shipping to overnight for free
        pos	Trader Joe's cashier gave my kid a sticker and made her whole day
        pos	Southwest let me change my flight at no cost
        pos	Just switched to T-Mobile and my bill is half what it was
        neu	Comcast is raising prices in 12 markets starting January
        neu	Apple will offer $29 battery replacements through December
        neu	United is adding more flights to Hawaii this winter
        neu	Verizon customers can now use their phones in Mexico at no extra charge
        neu	Starbucks will close 8,000 stores for an afternoon of training
        """

    /// Set FC (twenty-sixth session), written before it was scored (0.538 unseen): the same in French; 0.57 after.
    static let frenchImplicitFC = """
        neg	Commandé le 3, on est le 19, le suivi indique toujours "en préparation"
        neg	Ma facture SFR est passée de 25 à 48 euros sans aucune explication
        neg	40 minutes au guichet de la préfecture pour apprendre que ce n'est pas le bon
        neg	L'appli Uber indique 3 minutes depuis 20 minutes
        neg	Troisième chargeur cette année, ils tiennent deux mois chacun
        neg	Payé pour la fibre à 1 Go, le test de débit affiche 8 Mo
        neg	Garantie étendue achetée et ils veulent quand même me faire payer la réparation
        neg	Colis marqué livré. Il n'a jamais été livré
        neg	Appelé Free quatre fois, quatre réponses différentes
        neg	Frais de 5 euros pour payer ma facture en ligne chez Orange
        neg	Le TER Paris-Rouen a été supprimé sans prévenir, le suivant est dans 2 heures
        neg	Netflix qui charge toutes les 30 secondes avec la fibre
        pos	Appelé Bouygues, une vraie personne en deux minutes, problème réglé
        pos	Colis arrivé un jour en avance et emballage impeccable
        pos	L'Apple Store m'a changé mon téléphone sur place, sans discuter
        pos	Darty a repris ma télé sans ticket de caisse, aucun souci
        pos	Passé chez Free Mobile et ma facture a été divisée par deux
        pos	La boulangère a offert un croissant à ma fille, elle était aux anges
        pos	Air France m'a replacé sur un autre vol avant même l'atterrissage
        pos	Remboursé en 48h par Leboncoin après une arnaque, merci
        neu	SFR augmente ses tarifs dans 12 départements à partir de janvier
        neu	Apple propose le remplacement de batterie à 29 euros jusqu'en décembre
        neu	Air France ajoute des vols vers la Réunion cet hiver
        neu	Orange permet désormais d'utiliser son forfait au Maroc sans surcoût
        neu	La préfecture de police passe aux rendez-vous en ligne
        """

    /// Set FE (twenty-sixth session), written before it was scored (0.48 unseen): irony told through one word of praise
    /// (Vive la SNCF, Quelle belle journée pour tomber en panne, Belle leçon de démocratie) beside the same words said
    /// sincerely; no neutral text, so the test's 3-class mean is at most 0.67 (0.43 after: a measure of what is left).
    static let frenchIronyFE = """
        neg	Vive la SNCF, 3 heures de retard pour un Paris-Lille
        neg	Quelle belle journée pour tomber en panne sur l'autoroute
        neg	C'est beau la démocratie quand on passe en force au 49.3
        neg	Belle leçon de démocratie, on ignore le vote des citoyens
        neg	Merci qui ? Merci Orange pour cette coupure de 3 jours
        neg	Ah le service public à la française, toute une histoire
        neg	Génial, mon vol est encore annulé, c'est la fête
        neg	Bravo, champion du monde de la mauvaise foi
        neg	Superbe gestion de crise, bravo les gars, vraiment
        neg	Magnifique, ils ont encore augmenté le ticket de métro
        pos	Vive les vacances ! Direction la plage
        pos	Belle leçon de courage de ces jeunes sauveteurs
        pos	Quelle belle journée au bord du lac avec les enfants
        pos	Bravo aux bénévoles, superbe organisation du festival
        pos	C'est beau de voir autant de monde pour le Téléthon
        """

    /// Set FF (twenty-sixth session), written before it was scored (0.40 unseen): the same in English (What a great day
    /// to get a flat tire, said no one ever, Love spending my Saturday on hold); no neutral text (at most 0.67; 0.47
    /// after).
    static let englishIronyFF = """
        neg	Love spending my Saturday on hold with customer service
        neg	What a great day to get a flat tire on the highway
        neg	Nothing says Monday like a broken coffee machine and a 7am meeting
        neg	Wow, thanks for the update that deleted all my photos, really appreciate it
        neg	Beautiful example of democracy, ignoring the vote of the people
        neg	Great job on the new logo, said no one ever
        neg	Yay, another price hike, just what I needed
        neg	Such a fun time waiting 2 hours at the DMV
        pos	What a great day at the lake with the kids
        pos	Love spending my Saturday mornings at the farmers market
        pos	Great job on the new logo, it looks fresh
        pos	Beautiful example of courage from these young lifeguards
        """

    /// Set FG (twenty-seventh session), written before it was scored (0.92 unseen): tweets of the day in SemEval's manner —
    /// sport, concerts, films, news with a date, plans, losses —, 20 per class; 0.95 after (hit different, like cardboard,
    /// champions league, a friendly match).
    static let englishTweetsFG = """
        pos	Can't wait for the Foo Fighters show at MSG on Friday!!
        pos	Just watched the new Spider-Man trailer, Tom Holland is perfect for the role
        pos	Big win for the Patriots tonight, Brady still got it at 40
        pos	Finally got tickets to see Adele in London next month, so excited
        pos	Samsung's new Galaxy camera is seriously impressive, the night shots are crazy good
        pos	Happy 30th birthday to my favourite person in the world @jessm
        pos	Sunday brunch with the girls and bottomless mimosas, life is good
        pos	Kendrick dropped a surprise album at midnight and it's a masterpiece
        pos	The Warriors bench really showed up in the 4th quarter, proud of these guys
        pos	My daughter took her first steps today 😭❤️
        pos	Obama's speech at the memorial gave me chills
        pos	Got the job!!! Starting at Google in March
        pos	Watching the sunrise at Big Sur this morning, no words
        pos	shoutout to the barista at Starbucks on 5th who remembered my order, made my day
        pos	Netflix finally added The Office back, my weekend is sorted
        pos	That Chipotle burrito hit different after the gym
        pos	Spent the afternoon at the Louvre, the Winged Victory is even better in person
        pos	Stranger Things season 3 ending was so good I watched it twice
        pos	Thank you to everyone who came out to our charity run on Saturday, we raised $12k!
        pos	New personal best at the Boston Marathon today, 3:02!
        neu	The Lakers play the Celtics on Thursday at 8pm ET on TNT
        neu	Apple is expected to unveil the new iPhone on September 12
        neu	Anyone know if the Louvre is open on Tuesdays?
        neu	Taylor Swift will perform at the Grammys on Sunday according to the Recording Academy
        neu	Heading to Chicago tomorrow for the conference, anyone around?
        neu	Microsoft to release Windows update next week
        neu	What time does the Super Bowl start on the west coast?
        neu	The third season of The Crown premieres November 17 on Netflix
        neu	Just landed in Denver
        neu	Is the Tesla Model 3 available in Canada yet?
        neu	Trump to meet with Kim Jong Un in Singapore on June 12
        neu	Watching the Yankees game with my dad tonight
        neu	New episode of the podcast is up, we talk about the Fed and interest rates
        neu	Amazon Prime Day starts July 15 this year
        neu	The Pope arrives in Philadelphia on Saturday morning
        neu	Going to the gym then grocery shopping
        neu	Game of Thrones season 8 will have six episodes
        neu	Who's playing at Coachella weekend 2?
        neu	Ed Sheeran announces a second London date at Wembley
        neu	Sony confirms the PS5 price will be revealed in August
        neg	Cannot believe the Cowboys blew a 14 point lead again
        neg	My flight to Boston got delayed 4 hours and now I'll miss my connection
        neg	Kanye's new album is a mess, skip it
        neg	RIP Kobe. still can't believe it
        neg	The new Facebook update ruined the news feed, can't find anything
        neg	Stuck in traffic on the 405 for 2 hours, I hate LA
        neg	Woke up with a migraine on my day off
        neg	The Oscars forgot to mention Luke Perry in the in memoriam, disgraceful
        neg	Missed the Beyonce presale by 2 minutes, everything gone
        neg	iPhone battery dies at 40% every single afternoon
        neg	That Game of Thrones finale was such a letdown
        neg	Another school shooting. When will this end
        neg	My phone fell in the toilet this morning. great start to the week
        neg	Windows 10 restarted in the middle of my presentation to install updates
        neg	The Jets are unwatchable this year
        neg	Got a parking ticket outside my own apartment
        neg	Spurs lost again, I'm done with this season
        neg	Tried the new Burger King veggie burger and it tasted like cardboard
        neg	The heat in Phoenix is unbearable, 118 today
        neg	Sick in bed with the flu and missing the concert tonight
        """

    /// Set FH (twenty-seventh session), written before it was scored (0.85 unseen): French tweets of the day — sport,
    /// culture, politics, the environment, daily life —, 20 per class; 0.95 after (a disruption going on since a time,
    /// s'impose, ligue des champions, match amical, féminicide).
    static let frenchTweetsFH = """
        pos	Trop contente, j'ai eu mon permis du premier coup !
        pos	Magnifique concert de Stromae hier soir à Bercy, quelle énergie
        pos	Enfin le week-end, apéro en terrasse avec les copains
        pos	Le nouveau film de Cédric Klapisch est une petite merveille
        pos	L'OM s'impose 3-0 à Lyon, quelle soirée !
        pos	Bravo à la ville de Paris pour les nouvelles pistes cyclables, on respire enfin
        pos	Merci à l'infirmière des urgences de Rennes, d'une gentillesse incroyable
        pos	J'ai testé le nouveau resto végétarien rue Oberkampf, un régal
        pos	Énorme fierté, ma fille a eu son bac avec mention très bien
        pos	Les panneaux solaires sur le toit de l'école, excellente initiative de la mairie
        pos	Soleil, plage et un bon bouquin, rien de mieux
        pos	Ce discours de Greta Thunberg à l'ONU m'a donné des frissons
        pos	Le nouveau tram de Bordeaux est super pratique
        pos	Jour de neige, les enfants sont aux anges
        pos	Grosse perf de Mbappé ce soir, il a tout fait
        pos	Je viens de finir la saison 2 de Lupin, j'ai adoré
        pos	Super nouvelle, la boulangerie du quartier rouvre lundi
        pos	Les bénévoles des Restos du Cœur sont formidables
        pos	Premier jour dans ma nouvelle boîte et l'équipe est top
        pos	Vive le printemps, les cerisiers sont en fleurs
        neu	Le conseil des ministres se réunit mercredi à 10h
        neu	Quelqu'un sait si la Poste est ouverte le samedi après-midi ?
        neu	La COP26 se tiendra à Glasgow en novembre
        neu	Le PSG affronte le Bayern mardi soir en Ligue des champions
        neu	Je prends le train pour Marseille demain matin
        neu	La RATP publie les horaires d'été de la ligne 14
        neu	Le prix du gaz sera fixé par décret au 1er juillet
        neu	Emmanuel Macron s'exprimera ce soir à 20h
        neu	Réunion de parents d'élèves jeudi à 18h
        neu	La ville de Lyon teste les bus électriques sur deux lignes
        neu	Quel temps fera-t-il ce week-end en Bretagne ?
        neu	Le nouveau Astérix sort le 21 octobre
        neu	Les résultats du bac seront publiés le 4 juillet
        neu	Le Sénat examine le projet de loi sur l'énergie cette semaine
        neu	Je cherche un plombier sur Nantes, des recommandations ?
        neu	Netflix annonce une série sur Arsène Lupin avec Omar Sy
        neu	Le Tour de France passera par les Pyrénées la semaine prochaine
        neu	On mange quoi ce soir ?
        neu	Le GIEC publiera son prochain rapport lundi
        neu	Match amical France-Allemagne à 21h sur TF1
        neg	Encore une heure de bouchon sur le périph, j'en peux plus
        neg	Le déficit public explose et personne ne réagit
        neg	Ras le bol de cette pluie, ça fait trois semaines
        neg	Mon colis est marqué livré mais je n'ai rien reçu
        neg	Triste nouvelle, Jean-Paul Belmondo nous a quittés
        neg	La réforme des retraites va encore toucher les plus modestes
        neg	Les incendies en Gironde ont détruit 20 000 hectares, c'est un drame
        neg	Ce match de l'équipe de France était d'un ennui mortel
        neg	Ma banque m'a prélevé 15 euros de frais pour rien
        neg	Trois heures aux urgences pour qu'on me dise de revenir demain
        neg	Franchement la dernière saison de Dix pour cent m'a déçu
        neg	Le plastique dans les océans, on va droit dans le mur
        neg	J'ai raté mon partiel de maths, je suis dégoûté
        neg	Encore un féminicide ce week-end, le 100e de l'année
        neg	Coupure d'électricité depuis ce matin dans tout le quartier
        neg	L'appli SNCF plante à chaque fois que je veux payer
        neg	Le prix du paquet de pâtes a doublé en un an, c'est n'importe quoi
        neg	Ma voisine fait des travaux tous les dimanches à 8h
        neg	Défaite humiliante du PSG, 4-1 à domicile
        neg	Malade comme un chien depuis trois jours
        """

    /// Set FI (twenty-seventh session), written before it was scored (0.76 unseen): customer tweets to brands, a grievance,
    /// a question and a kindness for each, most without a word of sentiment; 0.80 after (back online, still in transit).
    static let englishCustomersFI = """
        neg	@Verizon third technician visit this week and still no internet
        neg	@Uber driver cancelled on me twice, I'm now 40 min late for work
        neg	@Amazon package says delivered, it's not here, neighbours haven't seen it
        neg	@Spotify why does the app log me out every time I update
        neg	@HPSupport printer says paper jam, there is no paper jam
        neg	@Delta 3 hours on the tarmac in Atlanta and no water offered
        neg	@Target ordered a crib for pickup, got to the store and they sold it to someone else
        neg	@McDonalds ice cream machine broken. again.
        neg	@Xfinity paying for 400mbps, getting 12
        neg	@DoorDash my order showed up an hour late and cold
        neu	@Verizon do you offer a discount for teachers?
        neu	@Uber how do I add a second payment card?
        neu	@Amazon can I change the delivery address after ordering?
        neu	@Spotify is there a family plan in Mexico?
        neu	@Delta what's the baggage allowance on basic economy to Paris
        neu	@Target do you price match Walmart?
        neu	@Netflix when does season 4 come out
        neu	@Apple is the Genius Bar open on Sunday
        neu	@Starbucks are the holiday cups out yet
        neu	@IKEA does the Brooklyn store deliver to Queens
        pos	@Verizon tech showed up early and had us back online in 20 minutes
        pos	@Uber my driver Ahmed found my wallet and drove back across town to return it
        pos	@Amazon ordered at 10pm, at my door by 8am
        pos	@Spotify Discover Weekly knows me better than I know myself
        pos	@Delta upgraded me to first for my birthday without me asking 🥳
        pos	@Target the cashier gave my son a free sticker and he hasn't stopped smiling
        pos	@Chewy sent flowers when our dog passed away. I'm in tears
        pos	@Apple replaced my cracked screen for free under warranty in 30 min
        pos	@Xfinity the new router fixed everything, full speed in every room
        pos	@DoorDash driver left a note with my order, such a sweet touch
        """

    /// Set FJ (twenty-seventh session), written before it was scored (0.76 unseen): the same in French; 0.87 after (a harm
    /// avoided, what was due and did not happen, toujours en transit, très calé).
    static let frenchCustomersFJ = """
        neg	@SNCF TGV bloqué en pleine voie depuis 1h sans aucune annonce
        neg	@Free_1337 ça fait 10 jours que la box clignote rouge
        neg	@Laposte colis parti de Roissy il y a 3 semaines, toujours en transit
        neg	@EDF facture de 800€ pour un studio de 20m²
        neg	@Orange technicien devait passer entre 8h et 12h, il est 16h
        neg	@AmeliParis remboursement en attente depuis le mois de mars
        neg	@Carrefour caisse automatique en panne, une seule caisse ouverte un samedi
        neg	@RATP métro ligne 13 : 25 minutes d'attente et on est serrés comme des sardines
        neg	@Bouygues on me facture une option que je n'ai jamais demandée
        neg	@AirFrance valise arrivée à Montréal sans moi, ou l'inverse
        neu	@SNCF les billets pour Noël sont en vente à partir de quand ?
        neu	@Free_1337 comment on active le wifi invité sur la Freebox ?
        neu	@Laposte est-ce que je peux envoyer un colis en Suisse en lettre suivie ?
        neu	@EDF je déménage le 15, quelle démarche pour le compteur ?
        neu	@Orange la fibre est-elle disponible à Saint-Malo ?
        neu	@Decathlon vous avez le vélo électrique en taille L à Lille ?
        neu	@Fnac le nouveau Goncourt est dispo en magasin ?
        neu	@IkeaFrance le magasin de Paris Rivoli fait la livraison ?
        neu	@Doctolib peut-on prendre rendez-vous pour un proche ?
        neu	@TER_Bretagne y a-t-il des travaux sur la ligne Rennes-Brest en mai ?
        pos	@SNCF contrôleur adorable qui a aidé ma grand-mère avec ses valises
        pos	@Free_1337 problème réglé en 10 minutes au téléphone, chapeau
        pos	@Laposte colis arrivé en 24h alors que j'avais pris l'envoi standard
        pos	@Decathlon remboursement sans ticket et avec le sourire, merci
        pos	@Orange la fibre installée en une matinée, débit au top
        pos	@Picard les nouvelles glaces sont une tuerie
        pos	@Boulanger livreur super sympa qui a même installé le lave-linge
        pos	@Fnac conseiller très calé qui m'a évité une grosse bêtise
        pos	@Doctolib rendez-vous trouvé en 5 minutes pour le jour même
        pos	@AirFrance équipage aux petits soins pendant tout le vol
        """

    /// Set FK (twenty-seventh session), written before it was scored (0.89 unseen): celebrities, films, sport and politics
    /// in SemEval's manner, 15 per class; 0.96 after (a hat trick, what goes down in history, a team playing).
    static let englishEventsFK = """
        pos	Bieber's new single is on repeat, he's grown so much as an artist
        pos	Just saw Black Panther for the second time and I'd go again tomorrow
        pos	Serena back on the court and looking dominant, welcome back queen
        pos	The iPhone 7 camera is a huge upgrade from my 6
        pos	Messi with another hat trick on Sunday, the man is not human
        pos	Michelle Obama's book is everything I hoped it would be
        pos	Beyonce at Coachella will go down in history
        pos	my mom just learned how to use Snapchat and it's the cutest thing
        pos	Can we talk about how good Chris Pratt was on SNL last night
        pos	The new Zelda is the most fun I've had with a game in years
        pos	Thank god it's Friday, pizza and Netflix tonight
        pos	Lady Gaga's Super Bowl halftime show was flawless
        pos	I'm so happy for Leo, he finally won the Oscar
        pos	Taco Tuesday with the crew never disappoints
        pos	Harry Styles at MSG tomorrow, I'm not ready
        neu	Lady Gaga will headline the Super Bowl halftime show in February
        neu	Anyone watching the Apple event tomorrow at 10?
        neu	Bieber is playing Toronto on the 14th, tickets go on sale Friday
        neu	Obama to visit Cuba next month, the first president to go since 1928
        neu	Does anyone know what time the Oscars start?
        neu	The new season of Westworld comes out in April
        neu	Messi and Ronaldo both nominated for the Ballon d'Or again
        neu	Microsoft buys LinkedIn for $26.2 billion
        neu	Kim Kardashian's perfume launches on Monday
        neu	Watching the Republican debate tonight, let's see what happens
        neu	Apple stock closes at $112 after earnings
        neu	Zayn leaves One Direction, group will continue as a four-piece
        neu	Game 7 is Sunday at 8 on ABC
        neu	Chris Brown's new album drops May 5th
        neu	Star Wars: The Last Jedi opens in theaters December 15
        neg	Still mad that the Bills lost on a last second field goal
        neg	Why does Kanye always have to ruin everything
        neg	The Apple Watch is just an expensive notification machine
        neg	Sad to hear about Prince, the world lost a legend today
        neg	Donald Trump's press conference was embarrassing
        neg	My iPhone update deleted all my contacts. thanks Apple
        neg	Was looking forward to the Maroon 5 concert but it got cancelled
        neg	Chelsea conceded three goals in 20 minutes, shambles
        neg	Nicki Minaj cancelled Paris again, second time this year
        neg	The Walking Dead has become so boring, I'm out
        neg	Watching the news about the Paris attacks, heartbroken
        neg	Tried to get Adele tickets, site crashed, now they're $800 on StubHub
        neg	Tiger Woods misses the cut again, it's over for him
        neg	Snapchat's new update is confusing and nobody likes it
        neg	The Lakers traded away our best young player for nothing
        """

    /// Set FL (twenty-seventh session), written before it was scored (0.78 unseen): the same in French — télé-réalité,
    /// football, chanteurs, politique —, 15 per class; 0.91 after (trop hâte, on verra bien, un défenseur, la vulgarité,
    /// une claque).
    static let frenchEventsFL = """
        pos	Koh-Lanta ce soir, trop hâte !!
        pos	La dernière chanson d'Angèle tourne en boucle chez moi
        pos	Mbappé au Real, le rêve de gosse réalisé, respect
        pos	Trop stylé le nouveau clip d'Orelsan
        pos	J'ai enfin vu Intouchables, je comprends pourquoi tout le monde l'adore
        pos	Ce soir c'est raclette entre potes, la vie est belle
        pos	Bravo à Teddy Riner, légende absolue du judo
        pos	Le discours de Simone Veil au Panthéon, quelle émotion
        pos	Les Bleus champions du monde, je m'en remets pas 🇫🇷
        pos	Omar Sy est juste parfait dans Lupin
        pos	Vacances en Corse réservées, j'ai trop hâte
        pos	Ma grand-mère a 90 ans aujourd'hui et elle danse encore
        pos	Nouvelle saison de Dix pour cent, je suis aux anges
        pos	Le concert de Johnny à Bercy restera gravé dans ma mémoire
        pos	Le nouveau resto de Mory Sacko, une claque
        neu	Koh-Lanta revient le 12 mars sur TF1
        neu	Macron recevra les syndicats jeudi à l'Élysée
        neu	Quelqu'un sait à quelle heure commence le match de l'OL ?
        neu	Le nouveau single d'Aya Nakamura sort vendredi
        neu	Mélenchon sera l'invité de France Inter demain matin
        neu	Le Festival de Cannes ouvrira ses portes le 17 mai
        neu	La finale de The Voice sera diffusée samedi
        neu	Le gouvernement présentera le budget en conseil des ministres lundi
        neu	Stromae annonce une tournée en 2023
        neu	Je regarde le débat ce soir, on verra bien
        neu	Le PSG recrute un défenseur brésilien pour 40 millions
        neu	Orelsan sera en concert à Lille le 3 décembre
        neu	Ligue 1 : le classement après la 10e journée
        neu	La nouvelle saison de Plus belle la vie arrive en septembre
        neu	Le Louvre sera fermé exceptionnellement mardi
        neg	Encore une élimination au premier tour, la honte pour le PSG
        neg	Cette émission de télé-réalité est d'une vulgarité sans nom
        neg	La réforme de l'assurance chômage va plonger des milliers de gens dans la galère
        neg	Triste de voir Notre-Dame en flammes
        neg	Deg, le concert de Stromae est annulé
        neg	Encore un 49.3, ils se moquent de nous
        neg	La fin de Game of Thrones, quel gâchis
        neg	J'ai la flemme de retourner bosser demain
        neg	Le prix de l'essence à 2 euros le litre, on marche sur la tête
        neg	Benzema pas sélectionné, je comprends pas ce choix
        neg	Ce film est tellement long, j'ai failli m'endormir trois fois
        neg	Les trains supprimés sans explication, comme d'hab
        neg	Encore raté le bus de 7h, journée pourrie
        neg	Le dernier album de Booba, franchement décevant
        neg	Hanouna a encore dérapé en direct, c'est lamentable
        """

    /// Set FM (twenty-seventh session), written before it was scored (0.62 unseen): sarcasm of the day (Oh great, it's
    /// raining…, I just love when my flight gets delayed) beside the same words said sincerely and neutral texts on the
    /// same things; 0.78 after (a mishap loved, a fix thanked).
    static let englishIronyFM = """
        neg	Oh great, it's raining on the one day I didn't bring an umbrella
        neg	Nothing like a 6am fire alarm to start the day
        neg	Thanks Comcast for the 3rd outage this week, you're the best
        neg	I just love when my flight gets delayed right after boarding
        neg	Can't wait to spend my whole weekend doing taxes
        neg	Wonderful, the printer jammed again five minutes before the deadline
        neg	So glad I paid $12 for this airport sandwich
        neg	My favourite part of the day is sitting in traffic for an hour
        neg	Really loving this 40 degree heat with a broken AC
        neg	Another Monday, another broken elevator. Fantastic
        pos	Oh great, the rain finally stopped just in time for the parade
        pos	Nothing like a warm coffee on a cold morning
        pos	Thanks Comcast for fixing the outage so fast
        pos	Can't wait to spend the weekend at the beach
        pos	Really loving this new coffee place downtown
        neu	Is it supposed to rain tomorrow in Seattle?
        neu	Doing my taxes this weekend, any software recommendations?
        neu	The printer on the 3rd floor is being replaced Monday
        neu	Flight DL 402 departs at 6:15 from gate B7
        neu	Traffic on I-95 is heavy near exit 12 this morning
        """

    /// Set FN (twenty-seventh session), written before it was scored (0.73 unseen): the same in French; 0.82 after (j'adore
    /// quand + a mishap, Fantastique closing a grievance).
    static let frenchIronyFN = """
        neg	Génial, il pleut pile le jour où j'oublie mon parapluie
        neg	Rien de tel qu'une alarme incendie à 6h pour bien commencer la journée
        neg	Merci Free pour la troisième panne de la semaine, vous êtes les meilleurs
        neg	J'adore quand mon train est supprimé au dernier moment
        neg	Trop hâte de passer mon week-end à faire ma déclaration d'impôts
        neg	Super, l'imprimante bloque encore cinq minutes avant le rendu
        neg	Ravi d'avoir payé 12 euros ce sandwich à l'aéroport
        neg	Mon moment préféré de la journée : une heure dans les bouchons
        neg	Vraiment agréable cette canicule avec la clim en panne
        neg	Encore un lundi, encore l'ascenseur en panne. Fantastique
        pos	Génial, la pluie s'est arrêtée juste à temps pour le défilé
        pos	Rien de tel qu'un bon café chaud un matin d'hiver
        pos	Merci Free d'avoir réparé la panne aussi vite
        pos	Trop hâte de passer le week-end à la plage
        pos	Vraiment agréable ce nouveau café en centre-ville
        neu	Il doit pleuvoir demain à Brest ?
        neu	Je fais ma déclaration d'impôts ce week-end, vous utilisez quel site ?
        neu	L'imprimante du 3e étage sera remplacée lundi
        neu	Le vol AF 1234 part à 6h15 porte B7
        neu	Circulation dense sur l'A6 ce matin à hauteur d'Évry
        """

    /// Set FO (twenty-seventh session), written before it was scored (0.89 unseen): tweets of hashtags and emoji, links and
    /// handles, 15 per class; 0.93 after (hashtags of one piece such as #dreamcometrue, pray for me).
    static let englishHashtagsFO = """
        pos	Sunday vibes ☀️🌴 #beachday #blessed
        pos	New PB on deadlift today 💪 #gymlife #progress
        pos	Cannot stop listening to the new @taylorswift13 album 😍🎶
        pos	Coffee + rain + a good book = perfect morning ☕📚
        pos	Graduated today!!! 🎓🎉 #classof2019
        pos	The sunset tonight tho 🔥🌅 http://t.co/abc123
        pos	Date night at our favourite Italian place 🍝❤️
        pos	Officially a homeowner 🏡🔑 #dreamcometrue
        pos	10 years married to my best friend today 💍
        pos	@Nike these new runners are a game changer 👟
        pos	Snow day with the kids ⛄️ best day ever
        pos	Just adopted this little guy 🐶 meet Max!
        pos	Finished my first half marathon 🏃‍♀️ never thought I'd do it
        pos	Thank you all for the birthday wishes, feeling loved 🥰
        pos	Friday night, pizza and the game 🍕🏈 #perfect
        neu	Live now on YouTube: Q&A with the team http://t.co/xyz
        neu	New blog post: 5 tips for remote work #productivity http://bit.ly/abc
        neu	Which one should I get, the blue or the grey? 🤔
        neu	Weather update: showers expected through Thursday #NYC
        neu	Episode 42 is out! We talk cameras, lenses and editing 🎥
        neu	Reminder: polls close at 8pm tonight #Election2020
        neu	Tickets for the Lakers game on sale at 10am PT
        neu	Thread 🧵 on how the new tax rules work
        neu	Any recommendations for a dentist in Austin?
        neu	Flying to Tokyo tomorrow ✈️ #travel
        neu	The meeting has moved to 3pm, same room
        neu	Spotify Wrapped drops next week according to The Verge
        neu	Our office will be closed on Monday for Labor Day
        neu	Throwback to Paris 2016 #tbt
        neu	Quick poll: tea or coffee? ☕
        neg	Monday again 😩 #mondayblues
        neg	My flight got cancelled and the next one is tomorrow night 😡 @AmericanAir
        neg	Lost my AirPods on the subway 😭
        neg	This heat is killing me 🥵 #summer
        neg	Dentist tomorrow morning 😬 pray for me
        neg	Can't sleep again 😞 3am and wide awake
        neg	Got rejected from my dream job today 💔
        neg	Traffic on I-5 is a nightmare this morning 🚗🚗🚗
        neg	@Apple my MacBook keyboard died after 14 months #fail
        neg	Burnt my toast and spilled my coffee, today is going great 🙃
        neg	Missed the bus by 10 seconds. Classic.
        neg	RIP to my phone screen 📱💔
        neg	Rain on my wedding day ☔️ seriously?
        neg	The Wi-Fi at this hotel is a joke #travelproblems
        neg	Sick again 🤒 third time this month
        """

    /// Set FP (twenty-seventh session), written before it was scored (0.89 unseen): the same in French; 0.96 after (me sens
    /// revivre, pour bien, gris).
    static let frenchHashtagsFP = """
        pos	Dimanche au soleil ☀️ #bonheur
        pos	Mon premier semi-marathon bouclé 🏃‍♂️ trop fier
        pos	Raclette ce soir avec la famille 🧀❤️
        pos	Enfin en vacances !!! 🌴 #jesuisenvacances
        pos	Le coucher de soleil sur la baie ce soir 😍
        pos	Mon fils a eu son permis 🚗🎉
        pos	@Decathlon vos nouvelles chaussures de rando, un bonheur 👟
        pos	Petit-déj au lit, merci chéri ☕🥐
        pos	Les Bleus en finale 🇫🇷⚽ allez !!!
        pos	Premier jour de stage et tout le monde est adorable 🙏
        pos	20 ans de mariage aujourd'hui 💍 #amour
        pos	Nouvelle coupe de cheveux et je me sens revivre ✂️
        pos	Le marché de Noël de Strasbourg, magique ✨🎄
        pos	Merci pour tous vos messages d'anniversaire 🥰
        pos	Soirée jeux de société entre amis, fou rire garanti 😂
        neu	Nouvel article sur le blog : 5 conseils pour bien télétravailler http://bit.ly/xyz
        neu	En direct sur Twitch dans 10 minutes
        neu	Bleu ou gris, vous prendriez lequel ? 🤔
        neu	Météo : averses prévues jusqu'à jeudi #Paris
        neu	Rappel : les bureaux de vote ferment à 20h
        neu	Thread 🧵 sur la nouvelle réforme fiscale
        neu	Quelqu'un connaît un bon dentiste à Toulouse ?
        neu	Départ pour Lisbonne demain matin ✈️
        neu	La réunion est décalée à 15h, même salle
        neu	Épisode 12 du podcast en ligne, on parle d'immobilier 🎙️
        neu	Nos bureaux seront fermés lundi (jour férié)
        neu	Petit sondage : thé ou café ? ☕
        neu	Souvenir de Rome 2018 #tbt
        neu	Billets pour le concert en vente vendredi à 10h
        neu	Le nouveau numéro du magazine est en kiosque
        neg	Lundi 😩 #flemme
        neg	Vol annulé et le prochain est demain soir 😡 @airfrance
        neg	J'ai perdu mes AirPods dans le métro 😭
        neg	Cette chaleur me tue 🥵
        neg	Dentiste demain matin 😬
        neg	Insomnie encore 😞 3h du mat et toujours réveillé
        neg	Refusé pour le poste de mes rêves 💔
        neg	Le périph ce matin, l'enfer 🚗🚗🚗
        neg	@Apple clavier du MacBook mort après 14 mois #fail
        neg	Toast brûlé et café renversé, la journée commence bien 🙃
        neg	Raté le bus à 10 secondes près. Classique.
        neg	RIP l'écran de mon téléphone 📱💔
        neg	Il pleut le jour de mon mariage ☔️ sérieusement ?
        neg	Le wifi de cet hôtel est une blague #galère
        neg	Encore malade 🤒 troisième fois ce mois-ci
        """

    /// Set FQ (twenty-seventh session), written before it was scored (0.47 unseen): kindnesses and grievances of daily life
    /// told as facts, with no word of sentiment (a lift out for weeks, a bus that drove past, a neighbour who shoveled the
    /// driveway), and neutral facts on the same things; 0.66 after (an upgrade given, a fault found and not charged, a
    /// short wait is none) — kept as a measure of the weakness, as FD and FC.
    static let englishFactsFQ = """
        neg	Two hours in the waiting room and the doctor still hasn't called my name
        neg	Ordered a large and got a medium, again
        neg	The elevator in our building has been out for 3 weeks
        neg	Paid for premium and still getting ads every 5 minutes
        neg	My landlord raised the rent by $300 with two weeks notice
        neg	Bus driver drove right past me at the stop
        neg	Spent my lunch break in line at the post office
        neg	Charged a $35 late fee for a payment that was one day late
        neg	Third time this month the train stopped in the tunnel for 20 minutes
        neg	The new update moved every button I use
        pos	The pharmacist stayed open 10 minutes late so I could get my son's medicine
        pos	My order arrived a day early and packed with care
        pos	Got a handwritten thank you note in my package from the seller
        pos	The hotel upgraded us to a suite for our anniversary
        pos	Our mail carrier left the package inside the porch out of the rain
        pos	The mechanic found the problem in ten minutes and didn't charge me
        pos	Waited less than 5 minutes at the DMV today, is this real life
        pos	The bus driver waited for me when he saw me running
        pos	My neighbour shoveled my driveway before I woke up
        pos	The airline refunded my ticket within 24 hours, no questions asked
        neu	The post office closes at 5 on Saturdays
        neu	How long does a refund usually take with PayPal?
        neu	Our building's elevator will be serviced on Tuesday morning
        neu	The train schedule changes on December 15
        neu	Is the pharmacy on Main Street open 24 hours?
        neu	Switching my phone plan next month, comparing options
        neu	The new update adds a dark mode and a search bar
        neu	My rent is due on the first of every month
        neu	Picking up my order from the store after work
        neu	The mechanic said the car will be ready Thursday
        """

    /// Set FR (twenty-seventh session), written before it was scored (0.48 unseen): the same in French; 0.70 after
    /// (surclassés, rien facturé, un bus passé sans s'arrêter, des pubs malgré l'abonnement).
    static let frenchFactsFR = """
        neg	Deux heures en salle d'attente et le médecin ne m'a toujours pas appelé
        neg	Commandé une grande pizza, reçu une moyenne, encore
        neg	L'ascenseur de l'immeuble est hors service depuis trois semaines
        neg	Abonnement premium et toujours des pubs toutes les 5 minutes
        neg	Le proprio augmente le loyer de 100 euros avec un mois de préavis
        neg	Le bus est passé devant moi sans s'arrêter
        neg	Toute ma pause déjeuner dans la file à la Poste
        neg	35 euros de frais pour un jour de retard de paiement
        neg	Troisième fois ce mois-ci que le RER s'arrête 20 minutes dans le tunnel
        neg	La mise à jour a déplacé tous les boutons que j'utilise
        pos	La pharmacienne est restée ouverte 10 minutes de plus pour les médicaments de mon fils
        pos	Commande arrivée avec un jour d'avance et super bien emballée
        pos	Un petit mot manuscrit du vendeur dans mon colis
        pos	L'hôtel nous a surclassés en suite pour notre anniversaire
        pos	Le facteur a mis le colis à l'abri de la pluie
        pos	Le garagiste a trouvé la panne en dix minutes et ne m'a rien facturé
        pos	Moins de 5 minutes d'attente à la préfecture, je rêve
        pos	Le chauffeur du bus m'a attendu en me voyant courir
        pos	Mon voisin a déneigé mon allée avant mon réveil
        pos	La compagnie m'a remboursé en 24h sans discuter
        neu	La Poste ferme à 17h le samedi
        neu	Combien de temps prend un remboursement chez PayPal ?
        neu	L'ascenseur sera en maintenance mardi matin
        neu	Les horaires des trains changent le 15 décembre
        neu	La pharmacie de la rue principale est-elle ouverte la nuit ?
        neu	Je change de forfait le mois prochain, je compare les offres
        neu	La mise à jour ajoute un mode sombre et une barre de recherche
        neu	Le loyer est à payer le 1er de chaque mois
        neu	Je récupère ma commande en magasin après le travail
        neu	Le garagiste dit que la voiture sera prête jeudi
        """

    /// Set FS (twenty-seventh session), written before it was scored (0.82 unseen): French political tweets in the manner
    /// of DEFT's — campaigns, debates, 49.3, unions, polls — 15 per class, with irony (bravo la démocratie, bel exemple de
    /// dialogue social); 0.96 after (convaincant, plein emploi, un exemple à suivre, a special session and a reshuffle are
    /// facts, payer toujours plus).
    static let frenchPoliticsFS = """
        pos	Belle victoire de la démocratie ce soir, le peuple a parlé #Présidentielle2017
        pos	Discours très juste de @BenoitHamon sur l'écologie, enfin quelqu'un qui parle du climat
        pos	Merci @Taubira pour ce plaidoyer magnifique à l'Assemblée
        pos	Bravo aux 200 000 manifestants pacifiques aujourd'hui, fierté #LoiTravail
        pos	Le débat de ce soir était passionnant, chapeau aux journalistes
        pos	@EmmanuelMacron a été très convaincant face à Bourdin ce matin
        pos	Enfin une mesure concrète pour les petits commerçants, ça fait plaisir
        pos	Les jeunes se mobilisent pour le climat, ça redonne espoir
        pos	Superbe initiative de la mairie de Grenoble pour les SDF cet hiver
        pos	Quelle leçon de dignité de la part de Simone Veil, respect éternel
        pos	Le Conseil constitutionnel censure la loi, une bonne nouvelle pour nos libertés
        pos	J'ai voté et je suis fier de mon pays ce soir
        pos	Enfin une femme à la tête de la mairie de Paris, bravo Anne Hidalgo
        pos	Excellente interview de Mélenchon, clair et précis
        pos	Le plein emploi à Vitré, un exemple à suivre
        neu	Valls annonce le recours au 49.3 pour la #LoiTravail
        neu	Les résultats du premier tour seront connus à 20h #Présidentielle2017
        neu	Fillon sera l'invité de l'Émission politique jeudi sur France 2
        neu	@fhollande se rendra à Berlin lundi pour rencontrer Angela Merkel
        neu	Le débat entre les candidats de la primaire aura lieu le 13 octobre
        neu	Manifestation contre la loi travail ce jeudi à 14h place de la République
        neu	Sondage : Macron 24%, Le Pen 23%, Fillon 19%
        neu	Le projet de loi sur le renseignement examiné au Sénat cette semaine
        neu	Hamon et Jadot discutent d'un accord pour la présidentielle
        neu	Conseil des ministres exceptionnel demain à l'Élysée
        neu	Qui sera le Premier ministre ? Réponse attendue lundi
        neu	Le Parlement européen vote aujourd'hui sur le glyphosate
        neu	La COP22 s'ouvre à Marrakech ce lundi
        neu	Nouveau remaniement : trois ministres changent de portefeuille
        neu	Marine Le Pen tiendra un meeting à Lyon samedi
        neg	Encore une promesse de campagne oubliée, on a l'habitude #Hollande
        neg	Ce gouvernement méprise les syndicats, c'est honteux
        neg	Fillon et les emplois fictifs, et il ose parler de morale
        neg	Le chômage continue de grimper, bilan catastrophique
        neg	Quel mépris pour les agriculteurs, on les laisse mourir
        neg	Les députés absents pour le vote, comme d'habitude, bravo la démocratie
        neg	La fermeture de l'usine, 800 emplois supprimés, une honte
        neg	Encore une bavure policière, ça suffit
        neg	Le débat d'hier soir, un naufrage pour la droite
        neg	On ferme des classes à la campagne et on s'étonne de la colère
        neg	Taxe sur le carburant, les Français paient toujours plus
        neg	Ces politiques qui ne pensent qu'à leur réélection me dégoûtent
        neg	49.3 pour faire passer la loi, bel exemple de dialogue social
        neg	Les hôpitaux sont à bout et le ministre parle de réussite
        neg	Le Pen au second tour, triste soir pour la France
        """

    /// Set FT (twenty-seventh session), written before it was scored (0.93 unseen): English tweets on the topics of
    /// SemEval's tweet tasks — elections, Brexit, phones, series, sport — 15 per class, many with a date; 0.93 after.
    static let englishTopicsFT = """
        pos	Can't wait for the new season of House of Cards on Friday
        pos	Ellen DeGeneres is hosting the Oscars again, she was hilarious last time
        pos	Just got my new iPhone 7, the camera is unreal
        pos	Kevin Durant with 40 tonight, the man is on fire
        pos	Watching the Hillary Clinton speech, she's killing it tonight
        pos	Happy to see Serena win her 23rd Grand Slam, what a champion
        pos	The new Harry Potter book comes out tomorrow and I already pre-ordered it, so excited
        pos	Bernie Sanders in Seattle tomorrow, I'll be there, feel the Bern!
        pos	Went to see Moana on Sunday, my kids loved it
        pos	Chance the Rapper won 3 Grammys, well deserved
        pos	@netflix thank you for bringing back Gilmore Girls
        pos	Amazon Prime Day deals are actually good this year, got a Kindle for $50
        pos	Zac Efron is looking great in the Baywatch trailer
        pos	Federer vs Nadal in the final on Sunday, dream come true for tennis fans
        pos	Lady Gaga's new album Joanne is her best work yet
        neu	Trump will meet with Theresa May on Friday at the White House
        neu	Apple expected to announce the iPhone 8 in September
        neu	The Brexit vote is on June 23rd
        neu	Game of Thrones season 7 premieres July 16
        neu	Did anyone watch the Bernie Sanders town hall last night?
        neu	Samsung will hold a press conference on Monday about the Note 7
        neu	The Cubs play the Indians in game 7 tomorrow
        neu	Hillary Clinton to campaign in Ohio on Saturday
        neu	Netflix adds 5 million subscribers in the third quarter
        neu	Kanye West's album release date moved to February
        neu	Tim Cook will speak at the conference on Wednesday
        neu	Theresa May to give a speech on Brexit tomorrow morning
        neu	Nintendo Switch launches on March 3 for $299
        neu	The Grammys are on CBS Sunday night at 8
        neu	Are you watching the debate tonight or the football game?
        neg	Trump's tweets at 3am are getting more embarrassing every day
        neg	Samsung Note 7 exploded in my friend's car, this is scary
        neg	The Brexit result is a disaster for young people
        neg	Netflix removed Friends and now I have nothing to watch
        neg	I can't believe they killed off that character on The Walking Dead, I'm done
        neg	United Airlines dragging a passenger off the plane is disgusting
        neg	Hillary's emails again? I'm so tired of this election
        neg	iOS 10 update drained my battery in 3 hours
        neg	The Knicks lost again, 10 in a row now
        neg	Kanye cancelled the rest of his tour, fans are furious
        neg	Theresa May's speech was all talk and no plan
        neg	Pokemon Go servers down again on a Saturday
        neg	RIP Carrie Fisher, 2016 has been brutal
        neg	The new Ghostbusters was painfully unfunny
        neg	Comcast raised my bill again without any notice
        """

    /// Set FU (twenty-seventh session), written before it was scored (0.28 unseen): French political irony in DEFT's manner
    /// (Merci Hollande, grâce à toi je découvre les joies du chômage; Heureusement que Fillon est là pour nous parler
    /// d'honnêteté) beside sincere twins and the facts told flat; 0.58 after (a good thing one speaks of is a topic, les
    /// joies du chômage, heureusement, mis en examen) — kept as a measure of the weakness.
    static let frenchIronyFU = """
        neg	Bravo au gouvernement pour cette réforme géniale, on n'a jamais aussi bien vécu
        neg	Merci Hollande, grâce à toi je découvre les joies du chômage
        neg	Génial, encore une taxe, j'adore payer
        neg	Super idée de fermer la maternité, les bébés attendront
        neg	Quelle chance d'avoir des ministres aussi proches du peuple
        neg	Magnifique, la droite a trouvé un nouveau candidat mis en examen
        neg	Heureusement que Fillon est là pour nous parler d'honnêteté
        neg	Le gouvernement a enfin trouvé la solution au chômage : changer les chiffres
        neg	Trop fort, 3 ministres démissionnent en une semaine, record battu
        neg	Vive la France où un député gagne en un mois ce que je gagne en un an
        pos	Bravo au gouvernement pour cette réforme des retraites progressive et juste
        pos	Merci aux soignants, grâce à vous mon père va mieux
        pos	Super idée de rouvrir la maternité de Die, les familles respirent
        pos	Quelle chance d'avoir des bénévoles aussi généreux dans notre ville
        pos	Heureusement que les pompiers étaient là, rien de grave
        neu	Le gouvernement présente une nouvelle taxe sur les billets d'avion
        neu	Fillon parlera d'honnêteté en politique lors de son meeting
        neu	La maternité de Die fermera en juin selon l'ARS
        neu	Trois ministres ont démissionné cette semaine
        neu	Un député gagne environ 7 200 euros brut par mois
        """

    /// Set FV (twenty-seventh session), written before it was scored (0.68 unseen): English irony on the same topics
    /// (Brilliant idea to schedule the meeting at 5pm on a Friday; Wow, only 3 hours late. New record) beside sincere twins
    /// and facts; unchanged after — no rule found that would not turn the sincere twins.
    static let englishIronyFV = """
        neg	Oh good, another election ad. Just what my evening needed
        neg	Love how my phone decides to update during my commute
        neg	Great, the Wi-Fi on the train is down again. Productivity at its finest
        neg	Thanks Trump, very presidential of you to tweet at 3am
        neg	Brilliant idea to schedule the meeting at 5pm on a Friday
        neg	So proud of my team for losing to the worst team in the league
        neg	Can't wait for another four years of this
        neg	Nothing says customer appreciation like a $200 early termination fee
        neg	Wow, only 3 hours late. New record @Amtrak
        neg	I'm sure the new CEO will fix everything, just like the last five
        pos	Great, the Wi-Fi on the train is finally fast enough to stream
        pos	So proud of my team for beating the best team in the league
        pos	Brilliant idea to move the meeting to Monday morning, everyone can make it
        pos	Thanks @Amtrak, on time and a quiet car, perfect trip
        pos	Love how my phone backs up my photos automatically
        neu	The new CEO starts on Monday
        neu	Amtrak train 171 is running 3 hours late due to track work
        neu	The election ad will air during the game tonight
        neu	Early termination fee is $200 according to the contract
        neu	The meeting is scheduled for 5pm on Friday
        """

    /// Set FW (twenty-seventh session), written before it was scored (0.94 unseen): tweets typed fast — lower case,
    /// abbreviations (ur, ngl, fr, ffs, af, tmrw), dropped apostrophes —, 10 per class; 1.00 after (😋, cant stand).
    static let englishTypedFastFW = """
        pos	omg the new kendrick album is fire 🔥🔥 been on repeat all day
        pos	lol my lil bro just beat me at 2k again he's getting good
        pos	cant believe its finally friday!! turn up tonight
        pos	ur the best @jess thx for the ride
        pos	that new chick fil a sauce tho 😋
        pos	just saw the bieber concert and ngl he killed it
        pos	yesss the warriors won 🙌🏾
        pos	my mom made lasagna tonite best day ever
        pos	watching the office for the 10th time and it still gets me lol
        pos	happy bday to my day one 🎉 luv u
        neu	anyone kno what time the game starts tmrw
        neu	gonna go to target later need anything
        neu	who else is watching the debate tonite
        neu	new iphone comes out friday i think
        neu	at the airport waiting for my flight to atl
        neu	prob gonna stay home this weekend idk
        neu	does anyone have the hw for tmrw
        neu	mcdonalds or wendys for lunch
        neu	my sister gets back from college on sat
        neu	just got to work
        neg	ugh my phone died again and i have no charger smh
        neg	cant stand ppl who chew with their mouth open
        neg	this traffic is so annoying been sitting here for an hour
        neg	the lakers r trash this year fr
        neg	i hate mondays so much
        neg	my wifi keeps cutting out im bout to throw my router
        neg	got a 52 on my chem test 😭
        neg	why is everyone so fake these days
        neg	missed my bus and now im late for work again ffs
        neg	this weather is depressing af
        """

    /// Set FX (twenty-seventh session), written before it was scored (0.94 unseen): the same in French (jsuis, jpp, g trop
    /// kiffé, pk, dég); 1.00 after (jadore, personne me répond).
    static let frenchTypedFastFX = """
        pos	trop bien la soirée hier soir merci à tous 😍
        pos	jsuis trop contente jai eu mon bac !!!
        pos	ptdr le dernier sketch de norman jsuis mort 😂
        pos	g trop kiffé le concert de jul hier
        pos	ma mère a fait une tarte aux pommes de ouf
        pos	meilleure soirée de ma vie avec mes potes
        pos	bien joué les gars on a gagné 3-1 ⚽
        pos	jadore ce film je lai vu 5 fois
        pos	c'est trop mignon ce que mon copain a fait pour moi ❤️
        pos	trop hâte de vous revoir les filles
        neu	qq1 sait à quelle heure commence le match ce soir
        neu	jvais au ciné ce soir vous voulez venir
        neu	jsuis à la gare j'arrive dans 20 min
        neu	cest quoi le nom de la chanson dans la pub orange
        neu	demain jai cours à 8h
        neu	il fait combien dehors la
        neu	on se rejoint où pour le resto
        neu	jai rdv chez le dentiste jeudi
        neu	vous regardez quoi ce soir
        neu	mon frère rentre de Lyon samedi
        neg	jpp de ce prof il nous donne 3 devoirs pour demain
        neg	encore en retard ce rer de merde
        neg	jsuis dég j'ai raté le concert
        neg	ma batterie est morte jai pas de chargeur 😤
        neg	g trop mal à la tête depuis ce matin
        neg	cette meuf est trop chiante sérieux
        neg	il pleut encore jen ai marre
        neg	j'ai eu 6 en maths je suis foutu
        neg	pk personne me répond
        neg	franchement ce film c'était nul à chier
        """

    /// Set FY (twenty-seventh session), written to find a rule, not unseen: events announced for a time whose words of
    /// sentiment name them (The winner of The Voice will be announced tonight, The funeral will be held on Thursday) beside
    /// guards said of them, felt or ranked (the trailer looks incredible, School starts tomorrow ugh, The best show of the
    /// year returns on Sunday); 0.76 before the rule, 0.89 after.
    static let englishAnnouncementsFY = """
        neu	Are the holiday cups out yet at Starbucks?
        neu	Does anyone know if the free trial includes HBO?
        neu	What's the best way to get from JFK to Brooklyn?
        neu	Is the new Batman movie worth seeing in IMAX?
        neu	How much is a ticket to see the Lakers play on Friday?
        neu	Anyone going to the Taylor Swift concert in Boston on Saturday?
        neu	Apple will hold its special event on September 10
        neu	The winner of The Voice will be announced tonight
        neu	Google announces new privacy features for Android
        neu	Happy hour at the bar starts at 5
        neu	The funeral will be held on Thursday at St. Mary's
        neu	The hospital is looking for volunteers this summer
        neu	Can I still vote if I lost my registration card?
        neu	Warriors vs Cavs game 5 tonight at 9 on ABC
        neu	Police are investigating a robbery on 5th street
        pos	The new season premieres Friday and the trailer looks incredible
        pos	So happy the festival returns in June
        neg	The funeral of my grandmother will be held on Saturday
        neg	Terrible news: the factory will close in March
        pos	The best show of the year returns on Sunday
        pos	Can't wait for the premiere on Friday!
        neg	School starts tomorrow ugh
        """

    /// Set FZ (twenty-seventh session), the same in French (La cérémonie d'hommage aura lieu jeudi, Les soldes d'hiver
    /// commencent le 10 janvier; Les obsèques de ma grand-mère auront lieu samedi): 0.67 before the rule, 0.85 after.
    static let frenchAnnouncementsFZ = """
        neu	Le gagnant de The Voice sera connu samedi soir
        neu	La cérémonie d'hommage aura lieu jeudi aux Invalides
        neu	Est-ce que le meilleur forfait inclut la 5G ?
        neu	L'hôpital recherche des bénévoles pour cet été
        neu	La police enquête sur un cambriolage rue de la Paix
        neu	Le festival du rire revient à Montreux en décembre
        neu	Qui a gagné le match hier soir ?
        neu	Le prix Goncourt sera décerné lundi
        neu	Les soldes d'hiver commencent le 10 janvier
        neu	Le concours de la meilleure baguette a lieu vendredi
        pos	La nouvelle saison commence vendredi et la bande-annonce est incroyable
        pos	Trop content que le festival revienne en juin
        neg	Les obsèques de ma grand-mère auront lieu samedi
        neg	Terrible nouvelle : l'usine fermera en mars
        pos	Les meilleurs moments du festival reviennent ce soir sur Arte
        pos	Vivement la première vendredi !
        neg	La rentrée commence demain, pfff
        """

    /// Set GA (twenty-seventh session), written before it was scored (0.79 unseen): French tweets on society in DEFT's
    /// manner — Uber and taxis, schools, hospitals, wind farms, pesticides, Parcoursup —, 15 per class; 0.98 after (a thing
    /// come at last, exclaimed; encore plus is even more, not no longer; a report on a thing names it; un modèle pour,
    /// déserts médicaux, pollution, personne ne bouge).
    static let frenchSocietyGA = """
        pos	Les taxis électriques arrivent à Paris, enfin une bonne idée pour l'air qu'on respire
        pos	#Uber m'a sauvé la soirée, chauffeur en 3 minutes à 2h du mat
        pos	Le vélo en libre-service à Lyon c'est vraiment pratique, je ne prends plus la voiture
        pos	Très belle initiative ces frigos solidaires dans les quartiers #solidarité
        pos	Les éoliennes en mer vont créer des centaines d'emplois à Saint-Nazaire, bonne nouvelle
        pos	Ma fille adore sa nouvelle école, les profs sont très investis
        pos	Le vaccin contre le papillomavirus remboursé, c'est une avancée
        pos	J'ai testé la télémédecine, consultation en 10 minutes, top
        pos	Les cantines bio à Mouans-Sartoux, un modèle pour toute la France
        pos	Enfin le tri sélectif dans mon immeuble !
        pos	La loi sur le gaspillage alimentaire, une vraie réussite française
        pos	Les migrants accueillis dans le village ont été formidables avec les enfants
        pos	Le TGV Paris-Bordeaux en 2h, un vrai plaisir
        pos	Bravo aux infirmières qui tiennent l'hôpital à bout de bras
        pos	#COP21 un accord historique, on peut être fiers
        neu	Les taxis manifestent demain contre #Uber à Paris
        neu	Le gouvernement publie un rapport sur le nucléaire
        neu	Combien coûte l'abonnement Vélib à l'année ?
        neu	Nouvelle consultation publique sur les OGM jusqu'au 30 juin
        neu	Le débat sur le glyphosate reprend à l'Assemblée mardi
        neu	La rentrée scolaire aura lieu le 4 septembre
        neu	Un rapport de l'OMS sur la pollution de l'air sera publié demain
        neu	Les chauffeurs VTC devront passer un examen à partir de janvier
        neu	Quelle est la différence entre bio et raisonné ?
        neu	Le prix du ticket de métro passe à 1,90 euro au 1er janvier
        neu	La ministre de la santé présentera son plan mardi
        neu	Le parc éolien de Fécamp comptera 83 éoliennes
        neu	Le tribunal rendra sa décision sur Uber le 15 mars
        neu	Les inscriptions au bac se terminent vendredi
        neu	Réunion publique sur le projet d'aéroport jeudi soir à la mairie
        neg	#Uber chauffeur qui ne connaît pas la route et qui me fait payer le double
        neg	Encore une fermeture de maternité en zone rurale, on abandonne les campagnes
        neg	Les pesticides dans l'eau du robinet, et personne ne bouge
        neg	30 élèves par classe en CP, on se moque de qui ?
        neg	Les urgences saturées, 8 heures d'attente pour mon père de 85 ans
        neg	Le nucléaire, une bombe à retardement qu'on laisse à nos enfants
        neg	Pollution record à Paris et on continue à construire des autoroutes
        neg	La suppression des petites lignes de train isole encore plus les villages
        neg	Les déserts médicaux, six mois pour voir un ophtalmo
        neg	Encore une hausse du prix de l'électricité, les ménages trinquent
        neg	Mon fils a passé le bac dans un gymnase à 35 degrés, inhumain
        neg	L'algorithme de Parcoursup a laissé ma fille sans affectation
        neg	Les trottinettes partout sur les trottoirs, c'est devenu dangereux
        neg	Ce projet d'aéroport va détruire des hectares de bocage
        neg	Fermeture de l'usine Whirlpool, encore des familles sacrifiées
        """

    /// Set GB (twenty-seventh session), written before it was scored (0.91 unseen): the English twin of GA — bike lanes,
    /// school lunches, ER waits, rent, insulin, wildfire smoke, surge pricing —, 15 per class; unchanged after (left: I
    /// don't miss them at all, nothing has been fixed in 2 years, the district says it's fine).
    static let englishSocietyGB = """
        pos	Our city finally got protected bike lanes downtown, commuting is so much safer now
        pos	The new light rail line cut my commute in half, best thing the county has done in years
        pos	Free school lunches for every kid in the state, this is how it should be
        pos	Shoutout to the ER nurses at Mercy last night, they were so kind to my mom
        pos	Our town just banned plastic bags and honestly I don't miss them at all
        pos	Solar panels on every school roof in the district, love to see it
        pos	The library's new free coding classes for teens are a fantastic idea
        pos	My insurance covered the whole surgery, huge relief
        pos	Volunteers cleaned up 2 tons of trash from the beach this morning, amazing turnout
        pos	The vaccine clinic was so well organized, in and out in 15 minutes
        pos	Finally a landlord who fixes things the same day
        pos	Teachers at my son's school are incredible, they know every kid by name
        pos	The community garden on 12th street is thriving, so proud of our neighborhood
        pos	Medicare will now negotiate drug prices, about time and a big win for seniors
        pos	Uber got me to the hospital in 5 minutes when my wife went into labor, forever grateful
        neu	The city council votes on the bike lane plan Tuesday night
        neu	How do I apply for the free school lunch program?
        neu	The EPA will release its air quality report next month
        neu	Bus fares go up to $2.90 on January 1st
        neu	Uber drivers in California will be classified as contractors under the new law
        neu	The school board meeting has been moved to the high school gym
        neu	Applications for the housing lottery open Monday
        neu	What's the difference between an HMO and a PPO?
        neu	The state is building 3 new wind farms off the coast
        neu	The new hospital wing opens in the spring
        neu	Public comment on the pipeline project closes on March 15
        neu	Does the recycling truck take glass in this neighborhood?
        neu	Census workers will start visiting homes in April
        neu	The governor signs the budget tomorrow
        neu	Registration for summer camp starts next week
        neg	Waited 9 hours in the ER with a broken wrist, our health system is a joke
        neg	They closed the only grocery store in our neighborhood, now it's a 40 minute bus ride
        neg	35 kids in one classroom and no aide, how is anyone supposed to learn
        neg	My rent went up 20% and nothing in the apartment has been fixed in 2 years
        neg	The train was cancelled again and there's no replacement bus, how do I get to work
        neg	Another mass shooting and Congress does nothing
        neg	My insulin costs $400 a month, this country is broken
        neg	The water in Flint still isn't safe, years later, unacceptable
        neg	The smoke from the wildfires is so bad we can't let the kids outside
        neg	Uber charged me $85 for a 10 minute ride because of surge pricing
        neg	The new parking meters don't take cash and the app never works
        neg	Potholes on Main Street have been there since last winter, nobody cares
        neg	Student loan payments are crushing my generation
        neg	The county cut the library hours again, the kids have nowhere to go after school
        neg	Our school still has asbestos in the ceiling and the district says it's fine
        """

    /// Set GC (twenty-seventh session), written before it was scored (0.83 unseen): long tweets of several sentences — a
    /// crisis handled well, a switch made at last, a couch that never comes —, 10 per class; 0.97 after (that's how you
    /// handle it, a phrase of praise longer than a regret's marker — Should have done it years ago —, tips asked with have,
    /// who asked for this).
    static let englishLongGC = """
        pos	Took my grandma to see the new Pixar movie today. She laughed the whole time and said it was the best afternoon she's had in months. Worth every penny.
        pos	Been using the new Garmin for two weeks now. Battery lasts forever, GPS locks in seconds and the sleep tracking is actually useful. Very happy with it.
        pos	Flight was delayed an hour but the crew handed out snacks, kept us updated and even got us in early. That's how you handle it @SouthwestAir
        pos	I was nervous about switching banks but the whole thing took 20 minutes and the staff walked me through everything. Should have done it years ago
        pos	After three years of trying, we finally closed on our first house today. Still can't believe it. Thank you to everyone who helped us get here
        pos	Ran my first 10k this morning. Slow, sweaty and my legs are jelly but I finished, and six months ago I couldn't run a mile
        pos	The new update fixed the battery drain and the app finally opens fast. Whoever worked on this, thank you
        pos	Went back to the little ramen place on 3rd. Same owner, same recipe, still the best bowl in the city. Some things never change
        pos	My kid's teacher emailed me just to say he'd had a great week. Small thing, made my whole day
        pos	The power was out for two days but our neighbours ran an extension cord over so we could keep the fridge going. Love this street
        neu	Moving to Denver next month for work. Does anyone have tips on neighborhoods that are close to downtown but not too loud?
        neu	The city will close the bridge for repairs from Monday to Friday next week. Detours will be posted on Main and 5th.
        neu	Trying to decide between the Pixel and the iPhone. I mostly take photos of my kids and use maps. Which one would you pick?
        neu	The museum is free on the first Sunday of every month, and the new exhibit opens on the 14th.
        neu	Reminder that the clocks go back this weekend. Sunrise will be around 6:40 on Monday.
        neu	Our team is hiring two backend engineers. Remote is fine, we work mostly in Go and Postgres. DM me for details.
        neu	Cooking for twelve on Saturday. Thinking lasagna and a big salad, maybe garlic bread. How many trays will I need?
        neu	The library has extended its hours during exam week and will stay open until midnight from Monday through Thursday.
        neu	Headed to the DMV to renew my license. Bringing a book just in case.
        neu	Quarterly results come out on Thursday after the market closes, with a call at 5pm Eastern.
        neg	Ordered a couch in March. It's now July. Every time I call they give me a new date and nobody can tell me where it actually is.
        neg	Three hours at the airport, two gate changes, one cancelled flight and zero information from the staff. I'm exhausted.
        neg	Bought the extended warranty, the laptop died in month 11, and now they say water damage. There was no water. Never again.
        neg	The landlord keeps promising to fix the heating. It's 58 degrees in my living room and my kids are sleeping in their coats.
        neg	Spent the whole morning on hold with the insurance company only to be told I need to call a different number that is closed on weekends
        neg	New manager cancelled everyone's vacation for the holidays with a week's notice. Half the team is already looking for other jobs.
        neg	The restaurant was half empty and we still waited 50 minutes for cold pasta. The waiter never came back to check on us.
        neg	They changed the app again and now it takes six taps to do what used to take one. Who asked for this?
        neg	Woke up to find someone had broken into my car. Window smashed, bag gone, and the police said there's nothing they can do.
        neg	My package was marked delivered two days ago. It's not here, the neighbours haven't seen it, and the chat bot keeps closing the conversation.
        """

    /// Set GD (twenty-seventh session), the French twin of GC, written before it was scored but after GC's rules (0.90).
    static let frenchLongGD = """
        pos	Emmené ma grand-mère voir le dernier Pixar. Elle a ri du début à la fin et m'a dit que c'était son meilleur après-midi depuis des mois.
        pos	Deux semaines avec la nouvelle montre : la batterie tient une semaine, le GPS accroche en quelques secondes et le suivi du sommeil est vraiment utile. Ravi.
        pos	Vol retardé d'une heure mais l'équipage a distribué des boissons, nous a tenus informés et on est arrivés presque à l'heure. Voilà comment on gère @airfrance
        pos	J'appréhendais de changer de banque mais tout a été fait en 20 minutes et le conseiller m'a tout expliqué. J'aurais dû le faire plus tôt
        pos	Après trois ans de recherches, on a signé pour notre première maison aujourd'hui. Je n'y crois toujours pas. Merci à tous ceux qui nous ont aidés
        pos	Premier 10 km ce matin. Lent, trempé, les jambes en coton, mais je l'ai fini, et il y a six mois je ne courais pas 1 km
        pos	La mise à jour a corrigé le problème de batterie et l'appli s'ouvre enfin rapidement. Merci à l'équipe
        pos	Retourné dans le petit resto de ramen rue de la Roquette. Même patron, même recette, toujours le meilleur bol de Paris
        pos	La maîtresse de mon fils m'a écrit juste pour dire qu'il avait passé une super semaine. Ça m'a fait ma journée
        pos	Deux jours sans électricité mais les voisins nous ont tiré une rallonge pour le frigo. J'adore ma rue
        neu	Je déménage à Lyon le mois prochain pour le travail. Vous avez des conseils sur les quartiers proches du centre mais pas trop bruyants ?
        neu	Le pont sera fermé pour travaux du lundi au vendredi la semaine prochaine. Des déviations seront mises en place.
        neu	J'hésite entre le Pixel et l'iPhone. Je prends surtout mes enfants en photo et j'utilise le GPS. Vous prendriez lequel ?
        neu	Le musée est gratuit le premier dimanche du mois, et la nouvelle exposition ouvre le 14.
        neu	Rappel : on passe à l'heure d'hiver ce week-end, le soleil se lèvera vers 7h40 lundi.
        neu	Notre équipe recrute deux développeurs backend. Télétravail possible, on travaille surtout en Go et Postgres. Écrivez-moi.
        neu	Je cuisine pour douze samedi. Je pense à des lasagnes et une grande salade. Combien de plats il me faut ?
        neu	La bibliothèque prolonge ses horaires pendant les examens et restera ouverte jusqu'à minuit du lundi au jeudi.
        neu	Je vais à la préfecture renouveler mon passeport. J'emporte un livre au cas où.
        neu	Les résultats trimestriels seront publiés jeudi après la clôture, avec une conférence à 17h.
        neg	Canapé commandé en mars. On est en juillet. À chaque appel on me donne une nouvelle date et personne ne sait où il est.
        neg	Trois heures à l'aéroport, deux changements de porte, un vol annulé et aucune information du personnel. Je suis épuisé.
        neg	J'ai pris l'extension de garantie, l'ordinateur a lâché au bout de 11 mois, et maintenant ils parlent de dégât des eaux. Il n'y a jamais eu d'eau.
        neg	Le propriétaire promet de réparer le chauffage depuis un mois. Il fait 14 degrés dans le salon et les enfants dorment en pull.
        neg	Toute la matinée en attente avec l'assurance pour qu'on me dise d'appeler un autre numéro, fermé le week-end
        neg	Le nouveau manager a annulé les congés de Noël de tout le monde avec une semaine de préavis. La moitié de l'équipe cherche déjà ailleurs.
        neg	Le resto était à moitié vide et on a quand même attendu 50 minutes des pâtes froides. Le serveur n'est jamais revenu.
        neg	Ils ont encore changé l'appli et maintenant il faut six clics pour faire ce qui en prenait un. Qui a demandé ça ?
        neg	Réveil ce matin : ma voiture fracturée, vitre cassée, sac volé, et la police dit qu'elle ne peut rien faire.
        neg	Colis marqué livré depuis deux jours. Il n'est pas là, les voisins ne l'ont pas vu et le chatbot ferme la conversation.
        """

    /// Set GE (twenty-seventh session), written before it was scored (0.74 unseen): questions — complaints asked (How is it
    /// possible that…, How many times do I have to…), feelings shared (How did I live without…, Who else is obsessed…),
    /// information asked —, 10 per class; 0.94 after (strong praise after the question is no part of it; indignation asked
    /// as phrases).
    static let englishQuestionsGE = """
        neg	Why is my phone so slow after the update?
        neg	How is it possible that a 2 hour flight costs $900?
        neg	Is anyone else's internet down again or just mine?
        neg	Who thought it was a good idea to put the exam on a Monday at 8am?
        neg	Can someone explain why my bill doubled this month?
        neg	How many times do I have to reset my password this week?
        neg	Why does every app need my location now?
        neg	Are they ever going to fix the potholes on 5th avenue?
        neg	What's the point of paying for express shipping if it takes 10 days?
        neg	How hard is it to answer a customer email?
        pos	Has anyone tried the new Thai place on Elm? Best curry I've had in years
        pos	Is it just me or is this season of Succession even better than the last?
        pos	How did I live without a dishwasher for so long?
        pos	Can we take a moment to appreciate how good the Lakers defense was tonight?
        pos	Who else is obsessed with the new Billie Eilish album?
        pos	Why didn't anyone tell me air fryers were this amazing?
        pos	Did you see that catch by Mahomes? Unreal
        pos	Is there anything better than fresh bread on a Sunday morning?
        pos	How lucky am I to have friends like these?
        pos	Anyone else excited for the long weekend?
        neu	What time does the pharmacy close on Sundays?
        neu	Is the 6 train running this weekend?
        neu	How do I change the language on my Kindle?
        neu	Does anyone know a good plumber in Queens?
        neu	Which airport is closer to downtown Chicago, O'Hare or Midway?
        neu	Can I bring my dog on the ferry?
        neu	When does the new season of Stranger Things come out?
        neu	How much does it cost to renew a passport?
        neu	Is the library open on Veterans Day?
        neu	What's the difference between an ETF and a mutual fund?
        """

    /// Set GF (twenty-seventh session), the same in French, written before it was scored (0.58 unseen); 0.90 after (qui
    /// d'autre shares a feeling, comment c'est possible, combien de fois je dois, à quoi ça sert de, ça rame, comment j'ai
    /// pu vivre sans).
    static let frenchQuestionsGF = """
        neg	Pourquoi mon téléphone rame autant depuis la mise à jour ?
        neg	Comment c'est possible qu'un vol de 2h coûte 900 euros ?
        neg	Y a que moi qui n'ai plus internet encore une fois ?
        neg	Qui a eu l'idée de mettre l'examen un lundi à 8h ?
        neg	Quelqu'un peut m'expliquer pourquoi ma facture a doublé ce mois-ci ?
        neg	Combien de fois je dois réinitialiser mon mot de passe cette semaine ?
        neg	Pourquoi chaque appli veut ma localisation maintenant ?
        neg	Ils vont un jour reboucher les nids-de-poule de l'avenue ?
        neg	À quoi ça sert de payer la livraison express si ça prend 10 jours ?
        neg	C'est si compliqué de répondre à un mail client ?
        pos	Quelqu'un a testé le nouveau thaï rue Oberkampf ? Meilleur curry depuis des années
        pos	C'est moi ou cette saison de Dix pour cent est encore meilleure que la précédente ?
        pos	Comment j'ai pu vivre sans lave-vaisselle aussi longtemps ?
        pos	On peut prendre un moment pour saluer la défense du PSG ce soir ?
        pos	Qui d'autre est fan du nouvel album d'Angèle ?
        pos	Pourquoi personne ne m'a dit que les friteuses sans huile étaient aussi géniales ?
        pos	Vous avez vu l'arrêt de Maignan ? Incroyable
        pos	Il y a quelque chose de mieux que du pain frais un dimanche matin ?
        pos	J'ai de la chance d'avoir des amis comme ça, non ?
        pos	Qui d'autre a hâte du week-end prolongé ?
        neu	La pharmacie ferme à quelle heure le dimanche ?
        neu	Le RER B circule ce week-end ?
        neu	Comment on change la langue sur une Kindle ?
        neu	Quelqu'un connaît un bon plombier à Montreuil ?
        neu	Quel aéroport est le plus proche de Paris, Orly ou Roissy ?
        neu	Je peux prendre mon chien dans le ferry ?
        neu	Quand sort la nouvelle saison de Stranger Things ?
        neu	Combien coûte le renouvellement d'un passeport ?
        neu	La médiathèque est ouverte le 11 novembre ?
        neu	Quelle est la différence entre un PEA et une assurance-vie ?
        """

    /// Set GG (twenty-seventh session), written before it was scored (0.80 unseen): live-tweeting television — The Voice,
    /// Bake Off, Eurovision, award shows, finales —, 10 per class; 0.90 after (a blind audition, chills given, on another
    /// level, didn't see it coming; #Succession is a title, not a success).
    static let englishLiveTvGG = """
        pos	That blind audition gave me chills #TheVoice
        pos	A Hollywood handshake for Maria!!! She deserved it #GBBO
        pos	Sweden's staging is on another level this year #Eurovision
        pos	The chemistry between these two is everything #LoveIsland
        pos	That plot twist at the end, I did NOT see it coming #Succession
        pos	Gordon actually smiled, this dish must be perfect #MasterChef
        pos	Best halftime show in years, no debate #SuperBowl
        pos	Crying at this proposal on live TV 😭❤️ #TheBachelor
        pos	This season of Bake Off is pure comfort
        pos	The acting in this episode deserves every award #TheCrown
        neg	That elimination makes zero sense, the judges are clueless #TheVoice
        neg	Our Eurovision entry was painful to watch lol, nul points incoming
        neg	The writers really ruined this character #GameOfThrones
        neg	Why do they keep cutting to ads every 5 minutes #Oscars
        neg	Whoever did the sound for this broadcast should be fired
        neg	This villa drama is so forced, turning it off #LoveIsland
        neg	Sat through 3 hours of the Grammys for that?
        neg	The refs are deciding this game, not the players #NBAFinals
        neg	That finale felt like a rough draft #Dexter
        neg	Another episode where nothing happens #TheWalkingDead
        neu	The Voice live shows start next Monday at 8/7c
        neu	Who's hosting the Oscars this year?
        neu	Bake Off is back on Channel 4 on Tuesday
        neu	Eurovision voting opens after the last song #Eurovision
        neu	Tonight's episode is 90 minutes long #Succession
        neu	Love Island is on at 9 tonight on ITV2
        neu	The Bachelor finale airs in two parts this week
        neu	MasterChef semifinal tomorrow, 6 chefs left
        neu	Where can I stream the Super Bowl in Canada?
        neu	The Crown season 5 is set in the 1990s
        """

    /// Set GH (twenty-seventh session), the same in French, written before it was scored (0.72 unseen); 0.90 after
    /// (audition à l'aveugle, donné des frissons, d'un autre niveau, souffrance, brouillon).
    static let frenchLiveTvGH = """
        pos	Cette audition à l'aveugle m'a donné des frissons #TheVoice
        pos	Le dessert de Julie, une œuvre d'art #TopChef
        pos	La mise en scène de la Suède est d'un autre niveau cette année #Eurovision
        pos	Ce rebondissement à la fin, je ne l'avais pas vu venir #Lupin
        pos	Philippe Etchebest qui sourit, ce plat doit être parfait #TopChef
        pos	Meilleure finale de Koh-Lanta depuis des années #KohLanta
        pos	Je pleure devant cette demande en mariage en direct 😭❤️
        pos	Cette saison du Meilleur Pâtissier, c'est du réconfort pur
        pos	Le jeu des acteurs dans cet épisode mérite tous les prix #DixPourCent
        pos	Quelle soirée de Ligue des champions, j'en ai encore des frissons
        neg	Cette élimination n'a aucun sens, les coachs n'ont rien compris #TheVoice
        neg	Notre chanson à l'Eurovision était une souffrance lol
        neg	Les scénaristes ont massacré ce personnage #GameOfThrones
        neg	Pourquoi ils coupent pour la pub toutes les 5 minutes #Cesar2023
        neg	Celui qui a fait le son de cette retransmission devrait être viré
        neg	Ces embrouilles dans la villa sont tellement forcées, j'éteins #LesMarseillais
        neg	Trois heures de cérémonie pour ça ?
        neg	L'arbitre décide du match, pas les joueurs #PSGOM
        neg	Ce final ressemble à un brouillon #Dexter
        neg	Encore un épisode où il ne se passe rien #PlusBelleLaVie
        neu	Les directs de The Voice commencent lundi prochain à 21h
        neu	Qui présente les César cette année ?
        neu	Le Meilleur Pâtissier revient mercredi sur M6
        neu	Les votes de l'Eurovision ouvrent après la dernière chanson
        neu	L'épisode de ce soir dure 90 minutes #Lupin
        neu	Koh-Lanta c'est à 21h10 ce soir sur TF1
        neu	La finale de Top Chef sera diffusée en deux parties
        neu	Demi-finale de Top Chef demain, plus que 6 candidats
        neu	Où peut-on regarder le Super Bowl en France ?
        neu	La saison 5 de The Crown se déroule dans les années 90
        """

    /// Set GI (twenty-seventh session), written before it was scored (0.72 unseen): live sport — goals, comebacks, red
    /// cards, relegation, VAR —, 10 per class; 0.79 after (relegated, top flight, ends like this, poetry; left: a lead
    /// blown, a good goal ruled out, are you kidding me said in awe).
    static let englishSportGI = """
        pos	GOAAAAL what a strike from Saka 🔥
        pos	Clean sheet and three points, perfect afternoon #COYG
        pos	Curry from half court at the buzzer, are you kidding me 😱🔥
        pos	Ohtani is a video game character, 2 homers and 10 strikeouts
        pos	We're going to the Super Bowl baby!!!
        pos	That save in the 90th minute won us the league
        pos	Rookie of the year, no contest. What a season from Wemby
        pos	Comeback from 3-0 down, I've never screamed so loud in a pub
        pos	Federer's backhand is still poetry at 40
        pos	Our keeper just saved two penalties in the shootout, legend
        neg	Conceded in the 94th minute again, this defence is a joke
        neg	Three red cards in one game, absolute disgrace from the ref
        neg	Sack the manager, we've lost 6 of the last 7
        neg	That penalty miss is going to haunt me for years
        neg	Paid £80 for a ticket to watch us lose 4-0 at home
        neg	Torn ACL, out for the season. Gutted for him
        neg	We had 70% possession and zero shots on target, embarrassing
        neg	Blew a 20 point lead in the fourth quarter, unbelievable
        neg	Relegated. 100 years in the top flight and it ends like this
        neg	VAR took 5 minutes to rule out a perfectly good goal
        neu	Kick off at 3pm, team news at 2
        neu	Arsenal vs Chelsea is on Sky Sports Main Event
        neu	The draw for the quarter finals is on Friday at noon
        neu	Lakers sign a two-way contract with their second round pick
        neu	Half time: 0-0
        neu	Who's starting in goal tonight?
        neu	The transfer window closes on August 31
        neu	Wimbledon starts on June 29 this year
        neu	The game has been moved to Sunday because of the weather
        neu	Ohtani will pitch on Tuesday against the Mariners
        """

    /// Set GJ (twenty-seventh session), the same in French, written before it was scored (0.80 unseen); 0.93 after (défense
    /// is a line of players, est une blague, relégués, offre le titre, un extraterrestre).
    static let frenchSportGJ = """
        pos	BUUUUT quelle frappe de Mbappé 🔥
        pos	Clean sheet et trois points, après-midi parfait
        pos	Wembanyama qui contre tout ce qui bouge, ce gamin est un extraterrestre
        pos	On va en finale !!! Allez les Bleus 🇫🇷
        pos	Cet arrêt à la 90e nous offre le titre
        pos	Remontada de 3-0, j'ai jamais crié aussi fort dans un bar
        pos	Le revers de Federer, toujours aussi beau à 40 ans
        pos	Notre gardien arrête deux tirs au but, une légende
        pos	Doublé de Griezmann ce soir, il est en feu
        pos	Quelle saison du Stade Toulousain, champions d'Europe !
        neg	Encore un but encaissé à la 94e, cette défense est une blague
        neg	Trois cartons rouges dans le match, arbitrage scandaleux
        neg	Qu'on vire l'entraîneur, 6 défaites sur les 7 derniers matchs
        neg	Ce penalty raté va me hanter pendant des années
        neg	80 euros la place pour nous voir perdre 4-0 à domicile
        neg	Rupture des ligaments croisés, saison terminée. Dégoûté pour lui
        neg	70 % de possession et aucun tir cadré, honteux
        neg	Un match nul contre le dernier du classement, quelle honte
        neg	Relégués. 100 ans en première division et ça finit comme ça
        neg	La VAR met 5 minutes pour refuser un but parfaitement valable
        neu	Coup d'envoi à 21h, compositions à 20h
        neu	PSG-OM à suivre sur Canal+
        neu	Le tirage des quarts de finale a lieu vendredi à midi
        neu	Mi-temps : 0-0
        neu	Qui est titulaire dans les buts ce soir ?
        neu	Le mercato ferme le 31 août
        neu	Roland-Garros commence le 26 mai cette année
        neu	Le match est reporté à dimanche à cause de la météo
        neu	L'OL recrute un milieu de terrain brésilien
        neu	Le Tour de France part de Bilbao cette année
        """

    /// Set GK (twenty-seventh session), written before it was scored (0.76 unseen): negations of every kind in tweets — not
    /// bad, never disappoints, can't complain, not a fan, nobody asked for, not sure, don't forget —, 10 per class; 0.87
    /// after (not a single issue, not sure and don't forget deny no feeling).
    static let englishNegationsGK = """
        pos	Not bad at all for a first attempt
        pos	No complaints, the delivery guy was early and friendly
        pos	Taco Bell never disappoints at 2am
        pos	Can't complain, sunny weekend and the Giants won
        pos	Never had a bad meal at this place
        pos	I don't hate the new logo, it's kind of growing on me
        pos	Couldn't have asked for a better birthday
        pos	Not a single issue since I switched to Mint Mobile
        pos	You can't go wrong with a Costco hot dog
        pos	Didn't expect much from this movie but it was actually great
        neg	Not a fan of the new Instagram layout
        neg	Not impressed with the new MacBook keyboard
        neg	The new Star Wars was nothing special
        neg	Not worth the $15 ticket honestly
        neg	Never again will I fly Spirit
        neg	The app doesn't work on my phone at all
        neg	Not the best start to the week
        neg	Nobody asked for a fourth Jurassic World movie
        neg	No signal in the whole building, again
        neg	I can't stand the new Facebook update
        neu	Not sure if I'm going to the game tonight
        neu	No idea what time the parade starts, anyone know?
        neu	I haven't seen the new Batman yet
        neu	Don't forget the clocks go back on Sunday
        neu	No school tomorrow because of the holiday
        neu	I didn't know the store closes at 6 on Sundays
        neu	Not many tickets left for Friday's show
        neu	No new episodes until January
        neu	Never been to Portland, what should I see?
        neu	The museum isn't open on Mondays
        """

    /// Set GL (twenty-seventh session), the same in French, written before it was scored (0.90 unseen); 0.97 after (je ne
    /// supporte pas, ne vaut pas les 15 euros, pas sûr).
    static let frenchNegationsGL = """
        pos	Pas mal du tout pour un premier essai
        pos	Rien à redire, le livreur était en avance et sympa
        pos	Le kebab d'en bas ne déçoit jamais
        pos	Je ne me plains pas, week-end au soleil et victoire de l'OM
        pos	Jamais mal mangé dans ce resto
        pos	Je ne déteste pas le nouveau logo, il commence à me plaire
        pos	Je n'aurais pas pu rêver meilleur anniversaire
        pos	Pas un seul souci depuis que je suis passé chez Free
        pos	On ne se trompe jamais avec une raclette
        pos	Je n'attendais rien de ce film mais il était vraiment génial
        neg	Pas fan du nouveau design d'Instagram
        neg	Pas convaincu par le nouveau clavier du MacBook
        neg	Le nouveau Star Wars n'a rien d'extraordinaire
        neg	Ça ne vaut pas les 15 euros de la place franchement
        neg	Plus jamais je ne prendrai Ryanair
        neg	L'appli ne marche pas du tout sur mon téléphone
        neg	Pas le meilleur début de semaine
        neg	Personne n'a demandé un quatrième Jurassic World
        neg	Pas de réseau dans tout le bâtiment, encore
        neg	Je ne supporte pas la nouvelle mise à jour de Facebook
        neu	Pas sûr d'aller au match ce soir
        neu	Aucune idée de l'heure du défilé, quelqu'un sait ?
        neu	Je n'ai pas encore vu le nouveau Batman
        neu	N'oubliez pas le changement d'heure dimanche
        neu	Pas d'école demain, c'est férié
        neu	Je ne savais pas que le magasin fermait à 18h le dimanche
        neu	Il ne reste pas beaucoup de places pour vendredi
        neu	Pas de nouveaux épisodes avant janvier
        neu	Jamais allé à Bordeaux, vous me conseillez quoi ?
        neu	Le musée n'ouvre pas le lundi
        """

    /// Set GM (twenty-seventh session), written before it was scored (0.50 unseen): crisis tweets — an ash cloud, a bank's
    /// outage, a data breach, a recall, power cuts — with the news told flat and crises handled well, 10 / 5 / 10; 0.73
    /// after (VADER's numbers of chat slang such as 143 are figures here, breach, sold our data, froze my account, without
    /// any warning, a disruption suspended until further notice).
    static let englishCrisisGM = """
        neg	Stuck in Frankfurt for 3 days because of the ash cloud and @Lufthansa won't even give us a hotel
        neg	@TSB can't log into my account for the 4th day running, where is my money??
        neg	Just got an email that my data was in the @Equifax breach. Fantastic.
        neg	Our whole region has been without power for 36 hours and @PGE4Me keeps saying "soon"
        neg	The recall notice came AFTER my car caught fire @Takata
        neg	@Boeing how many more planes have to fall out of the sky
        neg	Thousands of passengers sleeping on the floor at Heathrow tonight, shameful
        neg	@facebook sold our data and now acts surprised, spare me
        neg	3 hours in line for a Covid test and they ran out of kits
        neg	My bank froze my account without any warning and I can't pay rent
        pos	Huge thanks to @easyJet staff who stayed all night handing out blankets during the ash cloud chaos
        pos	@TSB finally fixed it and refunded the overdraft fees, thank you for sorting it
        pos	Props to @Tylenol for pulling every bottle off the shelves so fast, that's how you handle a crisis
        pos	The power company crews worked through the storm, they got us back on in 6 hours
        pos	@AirCanada rebooked me before I even landed and sent a meal voucher, impressive
        neu	All flights out of Northern Europe are suspended until further notice due to volcanic ash
        neu	Equifax says 143 million customers may be affected by the breach
        neu	TSB will hold a press conference at 3pm about the IT outage
        neu	Takata to recall 34 million airbags in the US
        neu	Heathrow advises passengers to check their flight status before travelling
        neu	PG&E: power restored to 80% of customers, crews working on the rest
        neu	Boeing shares fell 6% on Monday after the grounding
        neu	The CDC will update its travel guidance on Friday
        neu	Facebook CEO to testify before Congress next week
        neu	Lufthansa is offering free rebooking for flights affected by the strike
        """

    /// Set GN (twenty-seventh session), the same in French, written before it was scored (0.71 unseen); 0.84 after
    /// (intervention exemplaire, vols suspendus jusqu'à nouvel ordre, tiendra un point presse).
    static let frenchCrisisGN = """
        neg	Bloqués à Francfort depuis 3 jours à cause du nuage de cendres et @Lufthansa ne nous donne même pas d'hôtel
        neg	@CreditAgricole impossible d'accéder à mon compte depuis 4 jours, où est mon argent ??
        neg	Je viens d'apprendre que mes données sont dans la fuite de @Doctolib. Génial.
        neg	Tout le département sans électricité depuis 36 heures et @EnedisFR répond "bientôt"
        neg	Le rappel est arrivé APRÈS que ma voiture a pris feu
        neg	Des milliers de passagers dorment par terre à Roissy ce soir, honteux
        neg	3 heures de queue pour un test Covid et plus de kits
        neg	Ma banque a bloqué mon compte sans prévenir et je ne peux pas payer mon loyer
        neg	@Lactalis du lait contaminé dans les rayons pendant des semaines, scandaleux
        neg	@SNCF 4 heures bloqués dans le TGV sans eau ni clim, inacceptable
        pos	Un grand merci au personnel d'@easyJet resté toute la nuit pour distribuer des couvertures
        pos	@CreditAgricole problème enfin réglé et frais remboursés, merci d'avoir fait le nécessaire
        pos	Bravo à @Enedis, les équipes ont travaillé toute la nuit pendant la tempête, courant rétabli en 6 heures
        pos	@AirFrance m'a replacé sur un autre vol avant même mon atterrissage, impressionnant
        pos	Chapeau aux pompiers et aux secours, intervention exemplaire
        neu	Tous les vols au départ du nord de l'Europe sont suspendus jusqu'à nouvel ordre
        neu	Doctolib indique que 6 000 patients pourraient être concernés par la fuite
        neu	Le Crédit Agricole tiendra un point presse à 15h sur la panne informatique
        neu	Lactalis rappelle 12 millions de boîtes de lait infantile
        neu	Aéroports de Paris conseille de vérifier l'état de son vol avant de partir
        neu	Enedis : le courant est rétabli pour 80 % des foyers, les équipes poursuivent
        neu	L'action Boeing a perdu 6 % lundi après l'interdiction de vol
        neu	Le ministère de la Santé mettra à jour ses recommandations vendredi
        neu	Le PDG de Facebook sera auditionné par le Congrès la semaine prochaine
        neu	La SNCF propose l'échange gratuit des billets pour les trains supprimés
        """

    /// Set GO (twenty-seventh session), written before it was scored (0.63 unseen): reactions to products — phones,
    /// laptops, speakers, smart fridges, consoles — most told by what the thing does or fails to do, 10 per class; 0.73
    /// after (magic said of a thing, finally a laptop … that lasts, collecting dust, went up again; smart names a kind of
    /// device).
    static let englishProductsGO = """
        pos	The new Pixel camera is stupidly good in low light
        pos	Switched to the new Kindle and the screen is so crisp, reading in bed is a joy
        pos	@Sonos the new speaker fills the whole living room, money well spent
        pos	iOS 17 standby mode is such a small thing but I use it every night
        pos	The Steam Deck has replaced my gaming PC and I don't miss it
        pos	@Dyson the new vacuum picked up stuff the old one left behind for years
        pos	Finally a laptop with a battery that lasts a whole workday
        pos	The new AirPods noise cancelling on the subway is magic
        pos	@Garmin the new watch nailed my sleep data, scary accurate
        pos	Tesla's software update added features to my 3 year old car for free
        neg	The new iPhone is the same phone with a different camera bump, hard pass
        neg	@Samsung my fold has a crease after 2 weeks, for $1800
        neg	Windows 11 moved the start button and my dad called me 4 times today
        neg	The new MacBook has two ports. Two. In 2023.
        neg	@Peloton the subscription went up again and the bike is collecting dust
        neg	@Ring my doorbell died after the firmware update
        neg	The new Kindle is slower than my 5 year old one, what happened
        neg	@Fitbit the app redesign buried every feature I actually use
        neg	Bought the smart fridge, it needs an account and an app to make ice
        neg	@Nintendo my Joy-Con is drifting again, third one this year
        neu	Apple announces the new iPad lineup on October 18
        neu	The Pixel 8 will be available in three colors
        neu	Samsung's Galaxy Unpacked event starts at 10am ET
        neu	Does the new Kindle support audiobooks?
        neu	Microsoft confirms Windows 10 support ends in October 2025
        neu	The Steam Deck OLED ships in November
        neu	Which smartwatch works best with Android?
        neu	Tesla will deliver the Cybertruck starting next month
        neu	The Nintendo Switch 2 was revealed this morning
        neu	Garmin releases a firmware update for the Fenix series
        """

    /// Set GP (twenty-seventh session), the same in French, written before it was scored (0.62 unseen); 0.74 after
    /// (gratuitement, sans moi, prend la poussière, augmente encore).
    static let frenchProductsGP = """
        pos	L'appareil photo du nouveau Pixel est dingue en basse lumière
        pos	Passé à la nouvelle Kindle, l'écran est d'une netteté, lire au lit est un bonheur
        pos	@Sonos la nouvelle enceinte remplit tout le salon, argent bien dépensé
        pos	Le mode veille d'iOS 17, un petit détail mais je m'en sers tous les soirs
        pos	La Steam Deck a remplacé mon PC de jeu et il ne me manque pas
        pos	@Dyson le nouvel aspirateur ramasse ce que l'ancien laissait depuis des années
        pos	Enfin un ordinateur portable qui tient une journée de travail
        pos	La réduction de bruit des nouveaux AirPods dans le métro, c'est magique
        pos	@Garmin la nouvelle montre analyse mon sommeil avec une précision bluffante
        pos	La mise à jour Tesla a ajouté des fonctions à ma voiture de 3 ans gratuitement
        neg	Le nouvel iPhone, c'est le même téléphone avec un autre bloc photo, sans moi
        neg	@Samsung mon Fold a un pli au bout de 2 semaines, pour 1800 euros
        neg	Windows 11 a déplacé le bouton démarrer et mon père m'a appelé 4 fois aujourd'hui
        neg	Le nouveau MacBook a deux ports. Deux. En 2023.
        neg	@Peloton l'abonnement augmente encore et le vélo prend la poussière
        neg	@Netatmo ma sonnette ne marche plus depuis la mise à jour
        neg	La nouvelle Kindle est plus lente que mon ancienne de 5 ans, que s'est-il passé
        neg	@Fitbit la refonte de l'appli a enterré toutes les fonctions que j'utilise
        neg	Acheté le frigo connecté, il faut un compte et une appli pour faire des glaçons
        neg	@Nintendo mon Joy-Con dérive encore, le troisième cette année
        neu	Apple présentera les nouveaux iPad le 18 octobre
        neu	Le Pixel 8 sera disponible en trois coloris
        neu	La conférence Galaxy Unpacked de Samsung commence à 16h
        neu	La nouvelle Kindle lit-elle les livres audio ?
        neu	Microsoft confirme la fin du support de Windows 10 en octobre 2025
        neu	La Steam Deck OLED sera livrée en novembre
        neu	Quelle montre connectée fonctionne le mieux avec Android ?
        neu	Tesla livrera le Cybertruck à partir du mois prochain
        neu	La Switch 2 a été dévoilée ce matin
        neu	Garmin publie une mise à jour pour la gamme Fenix
        """

    /// Set GQ (twenty-seventh session), written before it was scored (0.66 unseen): more reactions to products, 10 per
    /// class; 0.80 after (a cost cut lived is a saving — cut the heating bill —, charges faster, third party, shows ads,
    /// looks brand new).
    static let englishProductsGQ = """
        pos	Three years in and my Instant Pot still gets used every single day
        pos	@Lego my 7 year old spent the whole weekend building the castle, best gift we've bought
        pos	The new Chromecast remote is tiny and does everything, no complaints
        pos	Got the cheap Anker charger and it charges faster than the Apple one
        pos	@Patagonia repaired my 10 year old jacket for free, customer for life
        pos	My Roomba mapped the whole apartment on the first run, I'm impressed
        pos	These Allbirds are the only shoes that don't hurt after a 12 hour shift
        pos	The Switch OLED screen makes every game look brand new
        pos	@Canon the R6 autofocus tracks my kids better than I can
        pos	Our Nest thermostat cut the heating bill by a third this winter
        neg	@Apple my AirPods case stopped charging a week after the warranty ended
        neg	The Echo now interrupts every answer to sell me something
        neg	@HP the printer refuses third party ink, I'm not paying $70 for a cartridge
        neg	Bought a vacuum that's louder than a jet engine and picks up nothing
        neg	The new Galaxy update made my battery last half a day
        neg	@Nike the sole came off after two runs
        neg	The Surface keyboard stopped working and support wants me to mail it to Texas
        neg	My robot mower got stuck under the same bush 6 times today
        neg	@Vizio the TV takes 40 seconds to turn on and shows ads on the home screen
        neg	The headphones sound great for the first hour then my ears hurt
        neu	Is the Instant Pot Duo or the Ninja Foodi better for a family of four?
        neu	The Roomba j7 is on sale for $399 this weekend
        neu	Does the Chromecast work with a hotel TV?
        neu	Lego announces a new Star Wars set for May the 4th
        neu	Canon will launch the R8 in the spring
        neu	Which charger does the Pixel 8 come with?
        neu	The Switch OLED is $349 in the US
        neu	Nest thermostats now support Matter
        neu	Allbirds opens a store in Chicago next month
        neu	How long is the warranty on Patagonia jackets?
        """

    /// Set GR (twenty-seventh session), the same in French, written before it was scored (0.70 unseen); 0.87 after (a
    /// réduit la facture, charge plus vite, affiche des pubs, coup de jeune, ne charge plus).
    static let frenchProductsGR = """
        pos	Trois ans que j'ai mon Cookeo et il sert encore tous les jours
        pos	@LEGO_FR mon fils de 7 ans a passé le week-end à construire le château, meilleur cadeau qu'on ait fait
        pos	La nouvelle télécommande de la Freebox est minuscule et fait tout, rien à dire
        pos	Le chargeur Anker pas cher charge plus vite que celui d'Apple
        pos	@Patagonia a réparé gratuitement ma veste de 10 ans, client à vie
        pos	Mon aspirateur robot a cartographié tout l'appart au premier passage, bluffant
        pos	Les seules chaussures qui ne me font pas mal après 12 heures de garde
        pos	L'écran OLED de la Switch redonne un coup de jeune à tous les jeux
        pos	@CanonFrance l'autofocus du R6 suit mes enfants mieux que moi
        pos	Le thermostat connecté a réduit la facture de chauffage d'un tiers cet hiver
        neg	@Apple le boîtier de mes AirPods ne charge plus une semaine après la fin de la garantie
        neg	L'enceinte coupe chaque réponse pour me vendre quelque chose
        neg	@HP l'imprimante refuse les cartouches compatibles, hors de question de payer 70 euros la cartouche
        neg	Acheté un aspirateur plus bruyant qu'un avion qui n'aspire rien
        neg	La dernière mise à jour du Galaxy fait tenir ma batterie une demi-journée
        neg	@Nike la semelle s'est décollée après deux sorties
        neg	Le clavier de la Surface ne répond plus et le SAV veut que je l'envoie en Allemagne
        neg	Ma tondeuse robot s'est coincée 6 fois sous le même buisson aujourd'hui
        neg	@Samsung la télé met 40 secondes à s'allumer et affiche des pubs sur l'accueil
        neg	Le casque sonne bien la première heure puis j'ai mal aux oreilles
        neu	Cookeo ou Thermomix pour une famille de quatre ?
        neu	L'aspirateur robot est à 399 euros ce week-end
        neu	La Chromecast fonctionne-t-elle avec une télé d'hôtel ?
        neu	Lego annonce un nouveau set Star Wars pour le 4 mai
        neu	Canon lancera le R8 au printemps
        neu	Quel chargeur est fourni avec le Pixel 8 ?
        neu	La Switch OLED coûte 349 euros en France
        neu	Les thermostats Netatmo prennent désormais en charge Matter
        neu	Patagonia ouvre une boutique à Lyon le mois prochain
        neu	Quelle est la durée de garantie des vestes Patagonia ?
        """

    /// Set GS (twenty-seventh session), written before it was scored (0.57 unseen): more crisis tweets — outages, boil-
    /// water notices, recalls, a meltdown of an airline, evacuations —, 8 / 4 / 6; 0.82 after (silence in a crisis is a
    /// complaint cue, a grievance beside a disruption is no announcement, flooded, thanks for grounding, still on the
    /// shelves).
    static let englishCrisisGS = """
        neg	@Ryanair cancelled 40 flights today and the app still says my flight is on time
        neg	Day 3 of the @Optus outage and not a single text from them
        neg	The boil water notice has been in place for a week and nobody will say when it ends
        neg	@CrowdStrike thanks for grounding every airline in the country on a Friday
        neg	Our town flooded for the second time in a year and the council is still "reviewing"
        neg	Recalled baby formula was still on the shelves at my Walmart this morning
        neg	@SouthwestAir 16,000 flights cancelled and your hold time is 7 hours
        neg	They evacuated the building and left us standing in the rain for 2 hours with no updates
        pos	@Optus service is back, thanks to the techs who worked all weekend
        pos	The Red Cross had hot meals and cots ready within hours of the flood, incredible people
        pos	@Delta handled the meltdown better than anyone, got a hotel and a rebooking in 20 minutes
        pos	Firefighters saved every house on our street, we can't thank them enough
        neu	Ryanair says 40 flights have been cancelled due to air traffic control strikes
        neu	The boil water notice for the north side remains in effect until further notice
        neu	CrowdStrike released a fix for the faulty update on Friday afternoon
        neu	The FDA expanded the formula recall to three more lots
        neu	Optus will give customers 200GB of free data after the outage
        neu	Evacuation orders were lifted for zones 3 and 4 this morning
        """

    /// Set GT (twenty-seventh session), the same in French, written before it was scored (0.79 unseen); 0.85 after (cloué
    /// au sol, encore en rayon).
    static let frenchCrisisGT = """
        neg	@Ryanair 40 vols annulés aujourd'hui et l'appli affiche toujours mon vol à l'heure
        neg	3e jour de panne chez @SFR et pas un seul message de leur part
        neg	Eau non potable depuis une semaine et personne ne sait quand ça va finir
        neg	Merci @CrowdStrike d'avoir cloué au sol toutes les compagnies un vendredi
        neg	Notre village inondé pour la deuxième fois en un an et la mairie "étudie" toujours
        neg	Le lait infantile rappelé était encore en rayon ce matin dans mon supermarché
        neg	@SNCF 300 trains supprimés et 2 heures d'attente au téléphone
        neg	On nous a évacués et laissés sous la pluie 2 heures sans aucune information
        pos	@SFR le réseau est revenu, merci aux techniciens qui ont bossé tout le week-end
        pos	La Croix-Rouge avait des repas chauds et des lits prêts en quelques heures, des gens formidables
        pos	@AirFrance a parfaitement géré la pagaille, hôtel et nouveau vol en 20 minutes
        pos	Les pompiers ont sauvé toutes les maisons de notre rue, on ne les remerciera jamais assez
        neu	Ryanair annonce 40 vols annulés en raison d'une grève des contrôleurs aériens
        neu	L'interdiction de consommer l'eau du robinet reste en vigueur jusqu'à nouvel ordre
        neu	CrowdStrike a publié un correctif vendredi après-midi
        neu	Le rappel de lait infantile est étendu à trois nouveaux lots
        neu	SFR offrira 200 Go de données aux clients touchés par la panne
        neu	Les ordres d'évacuation ont été levés ce matin pour les zones 3 et 4
        """

    /// Set GU (twenty-seventh session), written before it was scored (0.69 unseen): more French questions, after GF's rules
    /// — indignation asked, praise after the question, information asked —, 8 / 5 / 7; 0.84 after (joindre un humain, vous
    /// trouvez ça normal, qu'est-ce qu'on ferait sans).
    static let frenchQuestionsGU = """
        neg	Pourquoi c'est toujours quand on est pressé que le métro tombe en panne ?
        neg	Sérieusement, qui valide ces horaires de bus ?
        neg	Comment on fait pour joindre un humain chez Free ?
        neg	C'est normal d'attendre 3 semaines pour un remboursement ?
        neg	Vous trouvez ça normal de payer 8 euros une bière en terrasse ?
        neg	À quel moment ils ont cru que cette mise à jour était une bonne idée ?
        neg	Pourquoi personne ne répond au 3639 ?
        neg	Est-ce qu'un jour la ligne 13 fonctionnera correctement ?
        pos	Qui a dit que les lundis étaient tristes ? Meilleur brunch de ma vie ce matin
        pos	Vous avez goûté la nouvelle glace pistache de chez Berthillon ? Une tuerie
        pos	Comment ne pas aimer ce chien ? 😍
        pos	Franchement, qu'est-ce qu'on ferait sans nos infirmières ?
        pos	Qui d'autre est tombé amoureux de la saison 2 de Lupin ?
        neu	Quelqu'un sait si la piscine municipale est ouverte dimanche ?
        neu	Comment on fait pour changer d'opérateur sans perdre son numéro ?
        neu	C'est quoi le meilleur moyen d'aller de Nantes à Rennes ?
        neu	Vous savez à quelle heure commence la brocante ?
        neu	Il faut réserver pour le musée d'Orsay ?
        neu	Le marché de Noël ouvre quand cette année ?
        neu	Quel est le délai pour renouveler une carte d'identité ?
        """

    /// Set HA (twenty-eighth session), written before it was scored (0.69 unseen): reactions to products — a fault told
    /// by what the thing does, a formula changed, thanks given grudgingly, a replacement without questions, an error
    /// code asked about —, 11 / 9 / 10; 0.90 after (a stain, plastic burning, `thanks I guess`, `best before`, scare quotes).
    static let englishProductsHA = """
        neg	three weeks in and the screen on my new pixel already has a dead line down the middle
        neg	the "waterproof" watch died after one swim. one.
        neg	@dysonvigie my vacuum makes a grinding noise and loses suction after 2 minutes, it's 4 months old
        neg	downloaded the update and now my earbuds won't pair with anything. thanks I guess
        neg	the new formula of this shampoo leaves my hair like straw, bring back the old one
        neg	ordered the large, got a medium with a stain on it. return label costs £6
        neg	my car's infotainment screen reboots every time I take a left turn lol how is this legal
        neg	paid for premium and still getting ads between songs
        neg	the handle snapped off the kettle on day two and poured boiling water on the counter
        neg	this air fryer smells like burning plastic every single time
        neg	the app logs me out every 5 minutes and asks me to reset my password. every time
        pos	been using this standing desk for a year and it still doesn't wobble. worth every penny
        pos	the battery on this thing lasts literally 3 days, I keep forgetting to charge it
        pos	the new kindle's warm light is so easy on the eyes at night 📖
        pos	switched to @bankvigie and the app actually lets me freeze my card in one tap, why didn't I do this sooner
        pos	the noise cancelling on these is unreal, couldn't hear the engine the whole flight
        pos	this sunscreen doesn't leave a white cast on me for once 🙌
        pos	@shoevigie replaced my trainers that split after a month, no questions asked. that's how you keep a customer
        pos	my 8 year old laptop runs like new after the SSD swap
        pos	the robot vacuum maps the whole flat now and the dog has stopped being scared of it 😂
        neu	does the new ipad pro work with the old pencil or do I need the new one?
        neu	@phonevigie when does the trade-in offer end?
        neu	the galaxy s25 comes in four colours and starts at $799
        neu	comparing the two air purifiers, one has a HEPA 13 filter, the other HEPA 14
        neu	unboxing the new console tonight on stream, 8pm
        neu	my washing machine shows error E21, what does that mean?
        neu	the firmware update 2.3 adds a sleep tracking mode and changes the menu layout
        neu	thinking about switching from android to iphone, anything I should know?
        neu	the recall covers models made between march and june 2024
        neu	@carvigie is the hybrid version available for test drives in Leeds?
        """

    /// Set HB (twenty-eighth session), the same in French, written before it was scored (0.74 unseen); 0.97 after (une
    /// 4G qui rame, rayé, sans goût, « chapeau » seul, une seconde jeunesse, se déconnecter tout seul, hésiter à).
    static let frenchProductsHB = """
        neg	ma machine à laver neuve fuit par le hublot depuis la première semaine @electrovigie
        neg	le nouveau forfait coûte 5€ de plus et la 4G rame toujours autant
        neg	trois semaines que j'ai reçu ce canapé et le tissu bouloche déjà
        neg	l'appli de la banque plante à chaque virement, c'est devenu impossible de payer le loyer
        neg	les écouteurs se déconnectent tout seuls toutes les cinq minutes, franchement pour 200 balles
        neg	commandé une taille M, reçu un XL avec une tache. et le retour est payant
        neg	la batterie de mon téléphone tient à peine une demi-journée depuis la mise à jour
        neg	le grille-pain a grillé au sens propre, fumée partout au bout de deux mois
        neg	on m'a livré un frigo rayé sur toute la porte et le livreur est reparti sans rien signer
        neg	la nouvelle recette des biscuits n'a plus aucun goût, rendez-nous l'ancienne
        neg	toujours aucune nouvelle de ma réparation sous garantie, ça fait 6 semaines
        pos	franchement cette cafetière fait un café meilleur qu'au bistrot, je regrette pas
        pos	un an avec cette trottinette et aucune panne, je recommande les yeux fermés
        pos	le SAV de @electrovigie m'a changé l'aspirateur en 48h, chapeau
        pos	la nouvelle mise à jour règle enfin le bug du Bluetooth, merci
        pos	mon vieux PC reboote en 10 secondes depuis que j'ai mis un SSD, une seconde jeunesse
        pos	cette crème a fait disparaître mes plaques en une semaine 😍
        pos	le casque tient la charge toute la semaine, je l'oublie même
        pos	livré en avance, bien emballé, produit conforme, rien à redire
        pos	j'avais peur de passer chez @banquevigie mais l'ouverture de compte a pris dix minutes, top
        neu	quelqu'un sait si la nouvelle switch est compatible avec les anciennes manettes ?
        neu	@operateurvigie jusqu'à quand court l'offre sur la fibre ?
        neu	le nouveau modèle existe en trois coloris et sera vendu 349 euros
        neu	je compare deux robots cuiseurs, l'un a 12 programmes, l'autre 20
        neu	mon lave-vaisselle affiche le code E15, ça veut dire quoi ?
        neu	la mise à jour 4.2 ajoute un mode sombre et déplace le menu des réglages
        neu	le rappel concerne les lots fabriqués entre mars et juin
        neu	j'hésite à passer d'android à iphone, des conseils ?
        neu	déballage de la nouvelle console ce soir en live à 21h
        neu	@autovigie la version hybride est-elle disponible à l'essai à Nantes ?
        """

    /// Set HC (twenty-eighth session), written before it was scored (0.51 unseen): crisis tweets — stranded passengers,
    /// outages, a recall, a breach, brown tap water — and their news and questions, 12 / 4 / 8; 0.97 after (a claim
    /// disbelieved, a deed praised after a grievance, a misfortune supposed in a question, a cause reported, hats off).
    static let englishCrisisHC = """
        neg	@railvigie stuck outside Reading for 70 minutes, no announcements, no water, kids crying
        neg	the power's been out on our whole street since 6am and the outage map says "no known issues"
        neg	@bankvigie my salary hasn't landed and your app shows a balance of zero. rent is due today
        neg	they recalled the baby formula my son drinks and the hotline just rings out
        neg	ash cloud or not, 3 days stranded in Madrid and not one email from @airvigie
        neg	the data breach email came TWO months after it happened. great job protecting our info
        neg	my flight got cancelled and the rebooking is for next Thursday. I have a funeral on Monday
        neg	tap water has been brown all morning and the council says it's "safe". sure
        neg	payments down across the whole country and the status page still says operational
        neg	people are fainting in the queue at the festival gates and there's no staff anywhere
        neg	@postvigie strike or no strike, my passport has been "in transit" for 3 weeks
        neg	the whole network has been down since last night and I work from home
        pos	hats off to the @railvigie staff handing out water during the heatwave delays 🙏
        pos	power back on after 14 hours, huge respect to the crews working through the storm
        pos	@airvigie rebooked me on the first flight out and covered the hotel, couldn't ask for more
        pos	genuinely impressed with how quickly @bankvigie sorted the outage and refunded the fees
        neu	@airvigie are flights from Lisbon affected by the ash cloud today?
        neu	the recall concerns batches with a best-before date of 12/2025
        neu	boil water notice issued for postcodes BS1 to BS5 until further notice
        neu	@railvigie will my ticket be valid tomorrow if today's train is cancelled?
        neu	the company says the outage was caused by a faulty configuration change
        neu	strike planned at all Paris airports from Tuesday to Thursday
        neu	the airline will publish a revised schedule at 6pm
        neu	emergency services are at the scene, the road is closed in both directions
        """

    /// Set HD (twenty-eighth session), HC's twin in French, written before it was scored (0.74 unseen); 0.95 after (pas
    /// demander mieux, une panne expliquée, un contrat qui couvre).
    static let frenchCrisisHD = """
        neg	bloqués depuis 1h30 en pleine voie sans aucune annonce, pas d'eau, pas de clim @sncfvigie
        neg	coupure de courant dans tout le quartier depuis ce matin et le site dit "aucun incident"
        neg	@banquevigie mon salaire n'est toujours pas arrivé et l'appli affiche zéro, le loyer c'est aujourd'hui
        neg	ils rappellent le lait infantile de mon fils et le numéro vert sonne dans le vide
        neg	trois jours coincés à Madrid à cause du nuage de cendres et pas un mail de @airvigie
        neg	le mail sur la fuite de données arrive deux mois après. bravo pour la protection de nos infos
        neg	vol annulé et on me propose jeudi prochain. j'ai un enterrement lundi
        neg	l'eau du robinet est marron depuis ce matin et la mairie dit qu'elle est potable. bien sûr
        neg	plus aucun paiement par carte ne passe dans tout le pays et la page de statut dit que tout va bien
        neg	des gens font des malaises dans la file à l'entrée du festival et aucun agent en vue
        neg	grève ou pas, mon colis est "en cours d'acheminement" depuis trois semaines
        neg	plus de réseau depuis hier soir et je suis en télétravail
        pos	bravo aux agents de @sncfvigie qui distribuent de l'eau pendant les retards de la canicule 🙏
        pos	le courant est revenu après 14h, respect aux équipes qui ont bossé toute la nuit dans la tempête
        pos	@airvigie m'a remis sur le premier vol et a payé l'hôtel, je ne pouvais pas demander mieux
        pos	vraiment impressionné par la réactivité de @banquevigie pendant la panne, frais remboursés
        neu	@airvigie les vols au départ de Lisbonne sont-ils concernés par le nuage de cendres ?
        neu	le rappel concerne les lots avec une date limite au 12/2025
        neu	consigne de faire bouillir l'eau dans les communes du secteur jusqu'à nouvel ordre
        neu	@sncfvigie mon billet sera-t-il valable demain si le train d'aujourd'hui est supprimé ?
        neu	l'entreprise explique que la panne vient d'une erreur de configuration
        neu	grève prévue dans tous les aéroports parisiens de mardi à jeudi
        neu	la compagnie publiera un nouveau programme de vols à 18h
        neu	les secours sont sur place, la route est coupée dans les deux sens
        """

    /// Set HE (twenty-eighth session), written before it was scored (0.76 unseen): customers to brands, with retweets
    /// and links — grievances told as facts, thanks to a named agent, questions —, 12 / 7 / 11; 0.94 after (a utility
    /// cut counted in days, the third agent, a fix `sorted`, `finally a human who…` after a handle).
    static let englishCustomersHE = """
        neg	RT @travelpam: @airvigie 2nd time this month my bag didn't make the connection. 2nd. https://t.co/x8k2
        neg	@telcovigie day 4 without internet. engineer "might" come friday
        neg	@shopvigie order #44821 says delivered. it was not delivered.
        neg	been charged the cancellation fee for a booking YOU cancelled @hotelvigie
        neg	chat agent closed the conversation mid-sentence. third agent today @bankvigie
        neg	@energyvigie estimated bill of £412 for a one-bed flat. I've sent you readings every month
        neg	@airvigie the seat I paid extra for was given to someone else and nobody can say why
        neg	the "24h" support line closes at 6pm apparently @insurevigie
        neg	@foodvigie ordered at 7, it's 9:15, driver has been "2 min away" for an hour
        neg	5 emails, 3 calls, 0 answers. still waiting on my refund @ticketvigie
        neg	@railvigie paid for first class, no seats, no heating, no trolley
        neg	my claim was rejected because of a form YOUR agent filled in @insurevigie
        pos	@airvigie shoutout to Dan at gate 12 who found me a seat on the last flight home 🙌 https://t.co/aa1
        pos	RT @lucyb: never had a refund this fast, 2 hours start to finish. well done @shopvigie
        pos	@telcovigie the engineer came early, explained everything and left the place tidy. 10/10
        pos	the @bankvigie chat agent sorted my stolen card in 5 minutes at midnight, legends
        pos	@foodvigie the driver came back with the drink they forgot. didn't have to. nice touch
        pos	@hotelvigie remembered it was our anniversary and left a card in the room ❤️
        pos	@energyvigie finally a human who listens, bill corrected and credit applied
        neu	@airvigie what's the baggage allowance on the basic fare to Rome?
        neu	@telcovigie is there a planned maintenance tonight in EH3?
        neu	RT @vigienews: @shopvigie to open 40 new stores in 2027 https://t.co/k2
        neu	@bankvigie how do I add a second cardholder in the app?
        neu	@railvigie which platform does the 17:42 to York leave from?
        neu	@insurevigie does my policy cover a cracked windscreen?
        neu	@hotelvigie what time is check-out on sundays?
        neu	@foodvigie can I change the delivery address after ordering?
        neu	@energyvigie I'm moving out on the 14th, what do you need from me?
        neu	@ticketvigie are there still accessible seats for the 12 June show?
        neu	@airvigie is the lounge in terminal 2 open during the renovation?
        """

    /// Set HF (twenty-eighth session), HE's twin in French, written before it was scored (0.75 unseen); 0.90 after (ce
    /// qui manquait en liste — pas de place, pas de chauffage —, jamais remboursée aussi vite).
    static let frenchCustomersHF = """
        neg	RT @voyageuse: @airvigie deuxième fois ce mois-ci que ma valise ne suit pas la correspondance. deuxième. https://t.co/x8k2
        neg	@operateurvigie 4e jour sans internet. le technicien passera "peut-être" vendredi
        neg	@boutiquevigie commande 44821 indiquée livrée. elle n'a pas été livrée.
        neg	on me facture des frais d'annulation pour une réservation que VOUS avez annulée @hotelvigie
        neg	le conseiller du chat a fermé la conversation au milieu de ma phrase. troisième conseiller aujourd'hui @banquevigie
        neg	@energievigie facture estimée à 412€ pour un deux-pièces alors que j'envoie mes relevés tous les mois
        neg	@airvigie le siège que j'ai payé en plus a été donné à quelqu'un d'autre et personne ne sait pourquoi
        neg	la ligne "24h/24" ferme à 18h apparemment @assurvigie
        neg	@repasvigie commandé à 19h, il est 21h15, le livreur est "à 2 min" depuis une heure
        neg	5 mails, 3 appels, 0 réponse. toujours pas remboursé @billetvigie
        neg	@sncfvigie payé la première classe, pas de place, pas de chauffage, pas de voiture-bar
        neg	mon dossier est refusé à cause d'un formulaire rempli par VOTRE conseiller @assurvigie
        pos	@airvigie merci à Karim porte 12 qui m'a trouvé une place sur le dernier vol 🙌 https://t.co/aa1
        pos	RT @lucie: jamais été remboursée aussi vite, deux heures en tout. bravo @boutiquevigie
        pos	@operateurvigie le technicien est venu en avance, a tout expliqué et a laissé propre. 10/10
        pos	le conseiller de @banquevigie a bloqué ma carte volée en 5 min à minuit, au top
        pos	@repasvigie le livreur est revenu avec la boisson oubliée. il n'était pas obligé. sympa
        pos	@hotelvigie s'est souvenu de notre anniversaire de mariage et a laissé un mot dans la chambre ❤️
        pos	@energievigie enfin quelqu'un qui écoute, facture corrigée et avoir appliqué
        neu	@airvigie quelle est la franchise bagage sur le tarif basique pour Rome ?
        neu	@operateurvigie une maintenance est prévue cette nuit dans le 13e ?
        neu	RT @vigieinfo: @boutiquevigie va ouvrir 40 magasins en 2027 https://t.co/k2
        neu	@banquevigie comment ajouter un second titulaire dans l'appli ?
        neu	@sncfvigie de quel quai part le 17h42 pour Lille ?
        neu	@assurvigie mon contrat couvre-t-il un pare-brise fissuré ?
        neu	@hotelvigie à quelle heure est le départ le dimanche ?
        neu	@repasvigie je peux changer l'adresse de livraison après la commande ?
        neu	@energievigie je déménage le 14, vous avez besoin de quoi ?
        neu	@billetvigie reste-t-il des places PMR pour le concert du 12 juin ?
        neu	@airvigie le salon du terminal 2 est-il ouvert pendant les travaux ?
        """

    /// Set HG (twenty-eighth session), written before it was scored (0.55 unseen): tweets of the day in SemEval's
    /// manner — celebrities, sport, films, politics, tech, with dates and names —, 10 / 10 / 10; 0.93 after (a lead
    /// thrown away, the same story every season, spoilers, a why asked of every one, what a guy, trains that can't cope).
    static let englishTweetsHG = """
        pos	Taylor Swift dropping a surprise acoustic set at the Grammys tomorrow night? I'm not ready 😭💕
        neu	Apple will hold its next event on September 9th, invites went out this morning
        neg	Can't believe Arsenal threw away a two goal lead again. Same story every season
        pos	Just finished season 2 of The Bear and wow, that episode with the forks is a masterpiece
        neu	Obama to speak at the Democratic convention on Wednesday, according to CNN
        neg	The new Windows update deleted half my desktop icons, thanks Microsoft
        pos	Serena coming back to play doubles with Venus on Saturday, that's the tweet
        neu	Netflix is raising prices in Canada starting next month
        neg	Watching the debate and neither of them has answered a single question in 40 minutes
        pos	Shoutout to the Seattle fans tonight, that atmosphere was something else
        neu	Anyone know if the new Zelda comes out on the 12th or the 14th in Europe?
        neg	Kanye's new album is 90 minutes of filler and two decent songs. Skip
        pos	The Hunger Games prequel was way better than it had any right to be
        neu	Tesla shares closed at $242 on Friday after the earnings call
        neg	My whole timeline is spoilers for Game of Thrones and I'm 3 episodes behind. Fantastic
        pos	Murray through to the quarter final in straight sets, looking sharp today 🎾
        neu	The Fed meets on Tuesday and Wednesday to decide on interest rates
        neg	Why is every movie trailer now just the entire movie in 2 minutes
        pos	Got tickets for Coldplay in July!!! my 16 year old self is screaming
        neu	Samsung's Galaxy Note will be available in stores from Friday 19 August
        neg	That referee should never be allowed near a Champions League game again
        pos	Chris Pratt visiting the children's hospital dressed as Star-Lord, what a guy
        neu	Trump and Clinton will face each other in the second debate on Sunday in St. Louis
        neg	Amazon Prime Day was a bunch of phone chargers and kindles nobody wanted
        pos	Messi scores a free kick in the 90th minute, you simply cannot make this up
        neu	Lady Gaga confirmed as the Super Bowl halftime performer for February
        neg	iOS 10 has drained my battery twice as fast since Monday
        pos	Happy birthday to the one and only Dolly Parton, a national treasure 🎂
        neu	The Grammy nominations will be announced on December 6
        neg	Third day of the heatwave and the trains still can't cope
        """

    /// Set HH (twenty-eighth session), written before it was scored (0.90 unseen): French tweets of the day in DEFT's
    /// manner, 10 / 10 / 10; 0.97 after (voté en douce, pendant les vacances, personne ne dit rien).
    static let frenchTweetsHH = """
        neg	Encore une réforme des retraites votée en douce pendant les vacances, bravo la démocratie
        neu	Le Premier ministre s'exprimera ce soir à 20h sur TF1
        pos	Quelle belle soirée au Stade de France, les Bleus ont régalé 🇫🇷
        neg	Les trains supprimés sans prévenir, c'est devenu la norme dans le Nord
        neu	La Fête de la musique aura lieu le 21 juin comme chaque année
        pos	Le nouveau film de Kechiche est une claque, je suis sorti bouleversé
        neg	Des pesticides dans l'eau du robinet de 200 communes et personne ne dit rien
        neu	Les résultats du bac seront publiés le 4 juillet à 10h
        pos	Merci aux pompiers qui ont sauvé la forêt près de chez nous cette nuit 🙏
        neg	Le prix du gaz augmente encore de 12% au 1er janvier, on va finir à la bougie
        neu	Macron reçoit les syndicats à l'Élysée jeudi
        pos	Enfin des pistes cyclables dignes de ce nom dans ma ville, ça change la vie
        neg	L'émission d'hier soir était d'une vulgarité, j'ai éteint au bout de dix minutes
        neu	Le Tour de France passera par les Alpes la deuxième semaine
        pos	Petit-déjeuner en terrasse au soleil, le printemps est là ☀️
        neg	Trois heures de bouchons pour traverser Lyon, merci les travaux
        neu	Le débat entre les deux candidats est prévu le 2 mai
        pos	Mbappé qui signe un doublé et offre le troisième, quel joueur
        neg	La ligne 13 est encore bondée, on est serrés comme des sardines
        neu	Quelqu'un sait si les musées sont gratuits le premier dimanche du mois ?
        pos	Bravo à la mairie pour le nouveau parc, les enfants adorent
        neg	Les urgences de l'hôpital ferment la nuit faute de médecins, c'est grave
        neu	La COP se tiendra à Dubaï du 30 novembre au 12 décembre
        pos	J'ai enfin eu mon permis du premier coup !!!
        neg	Toujours pas de chauffage dans les salles de classe en plein mois de janvier
        neu	Le nouvel album de Stromae sort vendredi
        pos	Le concert d'Angèle était parfait du début à la fin
        neg	On nous parle de sobriété pendant que les jets privés tournent à vide
        neu	La grève des contrôleurs aériens est reconduite jusqu'à dimanche
        pos	Super initiative ce repair café dans mon quartier, j'ai sauvé mon grille-pain 😄
        """

    /// Set HI (twenty-eighth session), written before it was scored (0.62 unseen): products told by what they do or fail
    /// to do, 8 / 7 / 9; 0.84 after (a claim in scare quotes told flat, a thing that still works after a year, a refund
    /// named is no grievance).
    static let englishProductsHI = """
        neg	the smart lock ran out of battery and locked me out of my own flat
        neg	@spotifyvigie why did my downloaded playlists disappear after the update
        neg	bought the 2tb plan and the sync still only uploads one photo at a time
        neg	the car's lane assist tried to steer me into a cyclist this morning
        neg	my new mattress already has a dip where I sleep, it's been 5 months
        neg	the printer refuses to print in black because the yellow cartridge is empty
        neg	the "unlimited" data plan slows to 2G after 20gb
        neg	Just spent 40 minutes trying to cancel my gym membership online, there is no button
        pos	the new e-bike makes the hill to work feel flat, I actually arrive not sweaty
        pos	my 6 year old kindle still holds a charge for weeks
        pos	whoever designed the new tube map app, thank you, it actually tells you which carriage to get in
        pos	the heat pump kept the whole house at 20 degrees through the cold snap and the bill went down
        pos	two years with this backpack, daily commute, not a single loose thread
        pos	@bankvigie the new spending alerts saved me from a double charge today
        pos	this knife is the first one I've owned that still cuts tomatoes after a year
        neu	does the smart lock still work if the wifi goes down?
        neu	the new model has a 6.1 inch screen and a 4000 mAh battery
        neu	@spotifyvigie how many devices can I download playlists on?
        neu	what's the difference between the pro and the max apart from size?
        neu	the car comes with a 7 year warranty and free servicing for 3 years
        neu	@bankvigie can I set spending alerts for one card only?
        neu	my printer says the cartridge is not recognised, is there a reset?
        neu	returned the jacket in store today, refund should take 5 days
        neu	the heat pump installation takes two days and needs an outdoor unit
        """

    /// Set HJ (twenty-eighth session), HI's kind in French, written before it was scored (0.40 unseen — the weakest kind
    /// still: a fault told by what the thing does); 0.75 after (enfermé dehors, freiner tout seul, un double prélèvement
    /// évité, tenir encore la charge).
    static let frenchProductsHJ = """
        neg	la serrure connectée n'avait plus de batterie et je me suis retrouvé enfermé dehors
        neg	@musiquevigie pourquoi mes playlists téléchargées ont disparu après la mise à jour
        neg	la voiture a freiné toute seule sur l'autoroute, j'ai failli me faire emboutir
        neg	matelas acheté il y a cinq mois et déjà un creux à ma place
        neg	l'imprimante refuse d'imprimer en noir parce que la cartouche jaune est vide
        neg	le forfait "illimité" passe en 2G au bout de 20 Go
        neg	40 minutes pour résilier ma salle de sport en ligne, il n'y a aucun bouton
        neg	le lave-linge affiche encore 1 minute restante depuis une demi-heure
        pos	le vélo électrique rend la côte jusqu'au boulot ridicule, j'arrive même plus en sueur
        pos	ma liseuse a 6 ans et tient encore la charge des semaines
        pos	la pompe à chaleur a gardé la maison à 20 degrés pendant le froid et la facture a baissé
        pos	deux ans avec ce sac à dos tous les jours, pas une couture qui lâche
        pos	@banquevigie les alertes de dépenses m'ont évité un double prélèvement aujourd'hui
        pos	premier couteau qui coupe encore les tomates au bout d'un an
        pos	le nouveau plan de métro dans l'appli indique même la bonne voiture, merci à celui qui a eu l'idée
        neu	la serrure connectée marche-t-elle encore si le wifi est coupé ?
        neu	le nouveau modèle a un écran de 6,1 pouces et une batterie de 4000 mAh
        neu	@musiquevigie sur combien d'appareils je peux télécharger mes playlists ?
        neu	quelle différence entre le pro et le max à part la taille ?
        neu	la voiture est garantie 7 ans avec l'entretien offert pendant 3 ans
        neu	@banquevigie on peut mettre des alertes sur une seule carte ?
        neu	mon imprimante dit que la cartouche n'est pas reconnue, il y a une manip ?
        neu	rendu la veste en magasin aujourd'hui, le remboursement prend 5 jours
        neu	l'installation de la pompe à chaleur prend deux jours
        """

    /// Set HK (twenty-eighth session), written before it was scored (0.74 unseen): more tweets of the day in SemEval's
    /// manner, 7 / 12 / 11; 0.92 after (a wait since childhood, hours of one's life wanted back, absolute scenes, for the rich).
    static let englishTweetsHK = """
        pos	Going to see Star Wars with my dad on Saturday, been waiting for this since I was 8
        neu	Bernie Sanders will be in Iowa on Monday for two town halls
        pos	Ed Sheeran at Wembley on Friday, my sister has no idea I got us tickets 🤫
        neu	Microsoft is expected to announce the new Surface at its event on October 6
        neg	Watched the new Fantastic Four. I want those two hours of my life back
        pos	Big Sean's new track is on repeat, he really went off on the second verse
        neu	The Patriots play the Broncos on Sunday night in Denver
        pos	Just saw the trailer for the new Pixar movie, my heart 😭❤️
        neu	Bob Dylan will release a new album of Sinatra covers in May
        neg	Scott Walker dropping out was the only sensible thing his campaign did all year
        pos	Shout out to my mum who ran her first marathon at 61 this morning
        neu	Snapchat is rolling out a new update tomorrow with redesigned stories
        pos	The Foo Fighters covering Queen at the end of the show, absolute scenes
        neu	David Beckham's son Brooklyn is starting at a photography school in New York
        neg	The iPhone 6s battery is dead by 3pm every day and Apple says that's normal
        pos	Can we talk about how good Adele looked on SNL last night
        neu	Kris Jenger? No, Kris Jenner confirmed the new season starts in January
        neg	Nothing like a Monday morning tube strike to remind you why you hate London
        pos	Liverpool fans singing in the rain for 90 minutes, this is why I love football
        neu	Jeb Bush will appear on the Tonight Show on Tuesday
        pos	Finished The Martian on the plane, funniest book about almost dying I've ever read
        neu	Does anyone know what time Tomorrowland starts streaming on Friday?
        neg	The new Facebook reactions are a solution looking for a problem
        pos	Dinner at my grandma's on Sunday, she's making her lasagne 🙌
        neu	Harper Lee's second novel goes on sale July 14 in the US
        neg	Sat through the whole Grammys for Kendrick to get robbed again
        pos	Can't stop watching the Hamilton clips, Lin-Manuel is a genius
        neu	The Apple Watch will be sold in stores from April 24
        neg	Paying £9 for a pint at the Emirates on Saturday. Football is for the rich now
        pos	Woke up to 6 inches of snow and a day off school, best Tuesday ever ❄️
        """

    /// Set HL (twenty-eighth session), HK's kind in French, written before it was scored (0.73 unseen); 0.86 after
    /// (super-héros, deux heures de ma vie, un truc de riches, j'attends ça depuis).
    static let frenchTweetsHL = """
        pos	Demain je vais voir Star Wars avec mon père, j'attends ça depuis des mois
        neu	Le candidat sera à Marseille lundi pour un meeting
        pos	Concert de Stromae samedi, ma sœur ne sait pas encore que j'ai les places 🤫
        neu	Orange présentera ses nouvelles offres le 6 octobre
        neg	Vu le dernier film de super-héros, deux heures de ma vie que je ne récupérerai pas
        pos	Le nouveau son de Nekfeu tourne en boucle depuis ce matin, le deuxième couplet est énorme
        neu	Le PSG reçoit l'OM dimanche soir au Parc des Princes
        pos	La bande-annonce du prochain Pixar, mon cœur 😭❤️
        neu	Un nouvel album de Johnny sortira en mai
        neg	Son retrait de la campagne, c'est la seule décision sensée de toute son année
        pos	Ma mère a couru son premier marathon à 61 ans ce matin, trop fière d'elle
        neu	Snapchat déploie demain une mise à jour avec des stories redessinées
        pos	Les Insus qui reprennent Téléphone en rappel, moment magique
        neu	Le fils de Zidane rejoint le centre de formation du Real
        neg	La batterie de mon téléphone est morte à 15h tous les jours et le SAV dit que c'est normal
        pos	On peut parler de la prestation d'Angèle hier soir aux Victoires ?
        neu	La nouvelle saison de Koh-Lanta commencera en janvier
        neg	Rien de tel qu'une grève du RER un lundi matin pour se rappeler pourquoi on déteste Paris
        pos	Les supporters lensois ont chanté sous la pluie pendant 90 minutes, c'est pour ça que j'aime le foot
        neu	Le ministre sera l'invité de France Inter mardi matin
        pos	Fini le dernier Musso dans le train, impossible de le lâcher
        neu	Quelqu'un sait à quelle heure commence la retransmission vendredi ?
        neg	Les nouvelles réactions Facebook, une solution qui cherche un problème
        pos	Déjeuner chez ma grand-mère dimanche, elle fait ses lasagnes 🙌
        neu	Le deuxième roman de l'autrice sortira le 14 juillet
        neg	Toute la cérémonie des César pour voir mon film préféré repartir sans rien, encore
        pos	Impossible d'arrêter de regarder les extraits de la comédie musicale, génie
        neu	La montre connectée sera vendue en magasin à partir du 24 avril
        neg	9 euros la pinte au stade samedi, le foot c'est devenu un truc de riches
        pos	Réveil sous 15 cm de neige et pas d'école, meilleur mardi de l'année ❄️
        """

    /// Set HM (twenty-eighth session), written before it was scored (0.47 unseen): product reviews told mostly without
    /// a word of sentiment — a claim kept or broken, a repurchase, a smell, a picky buyer —, 12 / 11 / 7;
    /// 0.81 after (does what it says, ordered a second one, still smells, a single headache, a gift bought).
    static let englishReviewsHM = """
        pos	Bought this for my husband who is very picky about coffee. He hasn't complained once in three months, which is a first.
        neg	The zipper broke on the second use and the seller stopped replying after I sent photos.
        neu	Arrived on the expected date. Haven't opened it yet as it's a gift.
        pos	Does exactly what it says. Cleaned the grout in my bathroom in half an hour without scrubbing.
        neg	Looks nothing like the pictures. The "wood" is printed plastic and the legs wobble.
        pos	I was skeptical given the price, but this blender crushes ice better than my old Vitamix.
        neg	Returned it. The app needs an account, location access and my contacts just to turn on a light bulb.
        neu	It's a charger. It charges. Cable is a bit short.
        pos	My daughter has worn these boots every day through a Minnesota winter and her feet are still dry.
        neg	Smelled so strongly of chemicals that I had to leave it on the balcony for a week. Still smells.
        neg	Third one I've bought. The first two died just after the warranty ran out, and so has this one.
        pos	Read it in one sitting. The last chapter had me in tears on a train full of strangers.
        neu	Bought for a trip to Japan. Used it twice, hard to say yet how it holds up.
        neg	The instructions are in 6 languages and useless in all of them. Took 4 hours and two missing screws.
        pos	Fits my 15 inch laptop with room to spare and the padding survived a fall down the stairs.
        neg	Battery claims 20 hours. I get 6 on a good day.
        pos	Ordered a second one for my mother after a week with mine.
        neu	Slightly smaller than I expected, check the dimensions before ordering.
        neg	Customer service told me to reset it. I did. Four times. It still won't connect.
        pos	The kids fight over who gets to vacuum now. I never thought I'd write that sentence.
        neu	Works with the 2019 model too, in case anyone was wondering.
        neg	Cute design but the lid leaks every single time, my bag is ruined.
        pos	Cheap, sturdy and it does the job. Can't ask for more at this price.
        neg	Paid for next day delivery, arrived a week later in a crushed box.
        pos	Honestly the best purchase I've made this year and it cost less than a dinner out.
        neu	Replacement for the one that came with the house, same size and fittings.
        neg	Stopped working after the first wash. Hand wash only, apparently, which is mentioned nowhere.
        pos	Haven't had a single headache since switching to this pillow.
        neg	Half the pages were printed upside down. Quality control clearly took the day off.
        neu	The colour is more grey than blue in person.
        """

    /// Set HN (twenty-eighth session), HM's twin in French, written before it was scored (0.51 unseen); 0.82 after (fait
    /// ce qui est annoncé, plus un seul mal de tête, nulle part, pour un cadeau).
    static let frenchReviewsHN = """
        pos	Acheté pour mon mari, très difficile sur le café. Trois mois sans une remarque, c'est une première.
        neg	La fermeture éclair a lâché à la deuxième utilisation et le vendeur ne répond plus depuis que j'ai envoyé les photos.
        neu	Reçu à la date prévue. Pas encore ouvert, c'est pour un cadeau.
        pos	Fait exactement ce qui est annoncé. Les joints de la salle de bain nettoyés en une demi-heure sans frotter.
        neg	Rien à voir avec les photos. Le "bois" est du plastique imprimé et les pieds sont bancals.
        pos	J'étais sceptique vu le prix, mais ce blender pile la glace mieux que mon ancien robot haut de gamme.
        neg	Renvoyé. Il faut un compte, la localisation et mes contacts pour allumer une ampoule.
        neu	C'est un chargeur. Il charge. Le câble est un peu court.
        pos	Ma fille porte ces bottes tous les jours depuis le début de l'hiver et elle a toujours les pieds au sec.
        neg	Une odeur de produit chimique telle que je l'ai laissé une semaine sur le balcon. Ça sent encore.
        neg	Le troisième que j'achète. Les deux premiers ont lâché juste après la fin de la garantie, celui-ci aussi.
        pos	Lu d'une traite. Le dernier chapitre m'a fait pleurer dans un train plein d'inconnus.
        neu	Acheté pour un voyage au Japon. Utilisé deux fois, difficile de dire comment il vieillira.
        neg	Notice en six langues et incompréhensible dans toutes. Quatre heures de montage et deux vis manquantes.
        pos	Mon ordinateur de 15 pouces rentre sans problème et la housse a survécu à une chute dans l'escalier.
        neg	Autonomie annoncée de 20 heures. J'en ai 6 les bons jours.
        pos	J'en ai commandé un deuxième pour ma mère au bout d'une semaine.
        neu	Un peu plus petit que prévu, vérifiez les dimensions avant de commander.
        neg	Le service client m'a dit de le réinitialiser. Je l'ai fait. Quatre fois. Il ne se connecte toujours pas.
        pos	Les enfants se battent pour passer l'aspirateur. Je n'aurais jamais cru écrire ça un jour.
        neu	Compatible aussi avec le modèle 2019, pour ceux qui se posent la question.
        neg	Joli design mais le couvercle fuit à chaque fois, mon sac est fichu.
        pos	Pas cher, solide et il fait le travail. On ne peut pas demander plus à ce prix.
        neg	Livraison express payée, reçu une semaine après dans un carton écrasé.
        pos	Franchement mon meilleur achat de l'année et il a coûté moins cher qu'un resto.
        neu	Pour remplacer celui d'origine de la maison, mêmes dimensions et mêmes fixations.
        neg	Hors service après le premier lavage. Lavage à la main uniquement, paraît-il, ce qui n'est indiqué nulle part.
        pos	Plus un seul mal de tête depuis que j'ai ce coussin.
        neg	La moitié des pages imprimées à l'envers. Le contrôle qualité était en congé ce jour-là.
        neu	La couleur est plus grise que bleue en vrai.
        """

    /// Set HO (twenty-eighth session), written before it was scored (0.73 unseen with a thirtieth text, dropped as a
    /// near-copy of set CE's barista): tweets of the day — transport, TV, music, sport, weather, rent —, 10 / 9 / 10;
    /// 0.89 after (no skips, needs to explain themselves, a rough year, a weather warning announced).
    static let englishTweetsHO = """
        neg	my phone fell in the toilet this morning so that's the tone for today
        pos	finally got round to watching Inside Out 2 and I cried at a cartoon for 20 minutes, 10/10
        neu	BBC One is showing the whole Planet Earth series again from Sunday
        neg	the 8:12 is cancelled for the 4th time this week, at this point I should just walk
        pos	my nan just learned how to send voice notes and now she sends me 5 a day 😂❤️
        neu	Nintendo Direct tomorrow at 3pm UK time
        neg	spent £60 on a haircut and I look like a Lego man
        pos	the new Kendrick album has no skips. not one
        neu	Parliament votes on the bill next Wednesday
        neg	whoever decided to put the exams during Ramadan needs to explain themselves
        pos	got the job!!! start in March 🎉
        neu	Google Maps now shows air quality in 40 more countries
        neg	two hours into the Eurostar queue and it hasn't moved since we got here
        pos	sunday roast at the pub with the whole family, life is good
        neu	the Oscars ceremony starts at 1am here, anyone staying up?
        neg	my landlord raised the rent by £200 and still hasn't fixed the boiler
        pos	Bellingham with the bicycle kick in the 95th minute, I'm actually shaking
        neu	Wimbledon tickets go on sale through the public ballot in January
        neg	Spotify wrapped told me my top artist is a white noise playlist. rough year
        neu	Apple's WWDC keynote is on June 10
        neg	my flight home has been delayed 4 times and the airport Pret is closed
        pos	snow day! schools closed and the kids are already building a snowman ⛄
        neu	the match has been moved to Saturday at 12:30 for TV
        neg	Netflix cancelled the one show I actually liked after one season. of course
        pos	passed my driving test first time and only got 2 minors 😭🚗
        neu	ITV confirms a new series of Love Island this summer
        neg	the heating at work has been broken for a week and we're all in coats
        pos	Dua Lipa's Glastonbury set was unreal, she owned that stage
        neu	The Met Office has issued a yellow weather warning for wind on Thursday
        """

    /// Set HP (twenty-eighth session), HO's kind in French, written before it was scored (0.76 unseen, with the same
    /// thirtieth text dropped); 0.93 after (pas un seul titre à zapper, devoir s'expliquer, dure année, jour de neige,
    /// mettre le feu à la scène).
    static let frenchTweetsHP = """
        neg	mon téléphone est tombé dans les toilettes ce matin, la journée commence bien
        pos	enfin vu Vice-Versa 2 et j'ai pleuré devant un dessin animé pendant 20 minutes, 10/10
        neu	France 2 rediffuse toute la série Planète Terre à partir de dimanche
        neg	le TER de 8h12 supprimé pour la 4e fois cette semaine, autant y aller à pied
        pos	ma grand-mère a appris à envoyer des vocaux et maintenant j'en reçois 5 par jour 😂❤️
        neu	Nintendo Direct demain à 16h heure française
        neg	60 balles chez le coiffeur pour ressembler à un bonhomme Lego
        pos	le nouvel album d'Orelsan, pas un seul titre à zapper
        neu	Le Sénat examinera le texte mercredi prochain
        neg	celui qui a mis les examens pendant le ramadan va devoir s'expliquer
        pos	j'ai eu le poste !!! je commence en mars 🎉
        neu	Google Maps affiche maintenant la qualité de l'air dans 40 pays de plus
        neg	deux heures dans la file de l'Eurostar et on n'a pas avancé d'un mètre
        pos	repas du dimanche avec toute la famille, la vie est belle
        neu	la cérémonie des Oscars commence à 2h du matin, qui veille ?
        neg	mon proprio augmente le loyer de 200€ et n'a toujours pas réparé la chaudière
        pos	Bellingham en retourné à la 95e, j'en tremble encore
        neu	La billetterie de Roland-Garros ouvre en mars
        neg	mon Spotify Wrapped dit que mon artiste préféré est une playlist de bruit blanc. dure année
        neu	La keynote d'Apple aura lieu le 10 juin
        neg	mon vol retour est retardé pour la quatrième fois et le Relay de l'aéroport est fermé
        pos	jour de neige ! école fermée et les enfants font déjà un bonhomme ⛄
        neu	le match est décalé au samedi 12h30 pour la télé
        neg	Netflix annule la seule série que j'aimais après une saison. évidemment
        pos	permis eu du premier coup avec seulement 2 petites fautes 😭🚗
        neu	TF1 confirme une nouvelle saison de Koh-Lanta cet été
        neg	le chauffage au bureau est en panne depuis une semaine, on bosse en manteau
        pos	le concert d'Aya Nakamura était dingue, elle a mis le feu à la scène
        neu	Météo-France place 12 départements en vigilance jaune vent jeudi
        """

    /// Set HQ (twenty-eighth session), written before it was scored (0.63 unseen): crises of every kind — food
    /// poisoning, an offensive ad and its boycott, a car recall, a factory fire, a leak, a strike —, with news, apologies
    /// weighed, brands defended, 11 / 5 / 8; 0.87 after (the course not taken, credit to, fire crews,
    /// funny until, an English day after `on`).
    static let englishCrisisHQ = """
        neg	three of us got food poisoning after the @burgervigie in Leeds on Friday, never again
        neg	so @fashionvigie thought that ad was a good idea? who signs off on this stuff
        neg	#BoycottFashionVigie until they fire whoever made that campaign
        neg	my car is part of the recall and the dealer can't see me until March. I'm supposed to drive my kids in a car with faulty brakes?
        neg	the CEO's "apology" reads like it was written by a lawyer. zero accountability
        neu	@burgervigie says the Leeds restaurant is closed while the health inspection takes place
        neu	The recall affects 120,000 vehicles built between 2021 and 2023
        neu	Statement from @fashionvigie: the campaign has been withdrawn from all channels
        pos	credit to @burgervigie for closing the site straight away and paying the medical bills
        pos	honestly the way @airvigie's crew handled the emergency landing was textbook, everyone calm and safe
        neg	a factory fire and the company's first tweet is about their summer sale. read the room
        neu	Fire crews remain at the scene of the warehouse blaze in Swindon
        neg	"we take your privacy seriously" they said, after leaking 2 million passwords
        pos	I've been a customer for 15 years and one bad ad won't change that, they apologised, move on
        neu	Shares in the company fell 8% in early trading after the announcement
        neg	if this was a small business they'd be shut down by now
        neu	The airline has opened a helpline for families: 0800 123 456
        pos	massive respect to the firefighters who got everyone out of the factory
        neg	still no word from @airvigie about our cancelled flights and it's been 3 days since the strike started
        neu	what's the number for the recall helpline?
        neg	the memes about the burger place are funny until you realise people were in hospital
        pos	glad to see they recalled it early rather than waiting for someone to get hurt
        neu	Union leaders and management will meet on Monday to try to end the strike
        neg	how many more "isolated incidents" before someone actually investigates
        """

    /// Set HR (twenty-eighth session), HQ's twin in French, written before it was scored (0.70 unseen); 0.89 after
    /// (plutôt que, boycott, aucune responsabilité, qui valide ça).
    static let frenchCrisisHR = """
        neg	intoxication alimentaire pour trois d'entre nous après le @burgervigie de Lille vendredi, plus jamais
        neg	donc @modevigie a trouvé que cette pub était une bonne idée ? qui valide ces trucs
        neg	#BoycottModeVigie tant qu'ils ne virent pas le responsable de cette campagne
        neg	ma voiture est concernée par le rappel et le garage ne peut pas me prendre avant mars. je dois conduire mes enfants avec des freins défectueux ?
        neg	les "excuses" du PDG sentent l'avocat à plein nez. aucune responsabilité
        neu	@burgervigie indique que le restaurant de Lille est fermé le temps de l'inspection sanitaire
        neu	Le rappel concerne 120 000 véhicules fabriqués entre 2021 et 2023
        neu	Communiqué de @modevigie : la campagne est retirée de tous les supports
        pos	chapeau à @burgervigie qui a fermé le restaurant tout de suite et payé les frais médicaux
        pos	franchement l'équipage d'@airvigie a géré l'atterrissage d'urgence de façon exemplaire, tout le monde calme et sain et sauf
        neg	un incendie dans l'usine et leur premier tweet parle des soldes d'été. aucun sens des réalités
        neu	Les pompiers sont toujours sur place après l'incendie de l'entrepôt à Rouen
        neg	"nous prenons la protection de vos données très au sérieux", disent-ils après la fuite de 2 millions de mots de passe
        pos	client depuis 15 ans et ce n'est pas une pub ratée qui va changer ça, ils se sont excusés, on passe à autre chose
        neu	L'action a reculé de 8% en début de séance après l'annonce
        neg	une petite entreprise aurait déjà été fermée depuis longtemps
        neu	La compagnie a ouvert une cellule d'écoute pour les familles : 0800 123 456
        pos	immense respect aux pompiers qui ont fait sortir tout le monde de l'usine
        neg	toujours aucune nouvelle d'@airvigie pour nos vols annulés, ça fait 3 jours que la grève a commencé
        neu	c'est quoi le numéro pour le rappel ?
        neg	les mèmes sur le fast-food sont drôles jusqu'à ce qu'on se rappelle que des gens ont fini à l'hôpital
        pos	content qu'ils aient rappelé le produit tôt plutôt que d'attendre un accident
        neu	Syndicats et direction se réuniront lundi pour tenter de mettre fin à la grève
        neg	combien d'"incidents isolés" encore avant qu'on ouvre une vraie enquête
        """

    /// Set HS (twenty-eighth session), written before it was scored (0.30 unseen — the weakest figure of any set: products
    /// told only by what they do, a quiet dishwasher, a lid that sprays water, a mower stuck under a trampoline), 8 / 8 / 8;
    /// 0.56 after (so quiet, got me through, no blisters, every single time). Its low floor is a measure of the weakness.
    static let englishProductsHS = """
        neg	the new update moved the camera button so now I take a screenshot every time I try to take a photo
        neg	my smart tv takes 45 seconds to turn on and then asks me to accept new terms
        neg	the dishwasher leaves a layer of white powder on every glass, tried 3 different tablets
        neg	bought the "fast charging" cable and it charges slower than the one from the pound shop
        neg	the robot mower got stuck under the trampoline and ran its battery flat screaming for help
        neg	the kettle's lid pops open while it boils and sprays water everywhere
        neg	their app forgets my card every single time I order
        neg	the earbuds are so big they fall out if I turn my head
        pos	the dishwasher is so quiet I have to check it's actually running
        pos	this phone's battery got me through a 14 hour travel day with 30% left
        pos	the new mop does the whole kitchen in 5 minutes and the floor dries straight away
        pos	ordered at 11pm, delivered by 9am, in a box that wasn't 10 times too big
        pos	the camera picks up my kid's face even when he won't sit still
        pos	the thermostat learned our routine in a week and we haven't touched it since
        pos	my 10 year old Toyota just passed its MOT with no advisories
        pos	the hiking boots didn't need any breaking in, 20km on day one and no blisters
        neu	the oven has a pyrolytic cleaning mode that takes 2 hours
        neu	which robot mower handles slopes over 30%?
        neu	the tablet ships with a charger and a case in the box
        neu	the smart tv update 5.1 changes the home screen layout
        neu	my kettle is 1.7 litres and 3kW
        neu	does the new app let you split a bill with friends?
        neu	the dishwasher is 45cm wide so it fits under the sink
        neu	the phone comes in three sizes this year
        """

    /// Set HT (twenty-eighth session), HS's twin in French, written before it was scored (0.45 unseen); 0.62 after
    /// (tellement silencieux, a tenu toute la journée, sans aucune remarque).
    static let frenchProductsHT = """
        neg	la mise à jour a déplacé le bouton photo, maintenant je fais une capture d'écran à chaque fois
        neg	ma télé connectée met 45 secondes à s'allumer et me demande d'accepter de nouvelles conditions
        neg	le lave-vaisselle laisse une pellicule blanche sur tous les verres, testé 3 pastilles différentes
        neg	le câble "charge rapide" charge moins vite que celui du bazar
        neg	la tondeuse robot s'est coincée sous le trampoline et a vidé sa batterie à biper toute la nuit
        neg	le couvercle de la bouilloire s'ouvre pendant qu'elle chauffe et ça gicle partout
        neg	l'appli oublie ma carte à chaque commande
        neg	les écouteurs sont tellement gros qu'ils tombent dès que je tourne la tête
        pos	le lave-vaisselle est tellement silencieux que je vérifie qu'il tourne vraiment
        pos	la batterie a tenu une journée de voyage de 14h et il restait 30%
        pos	le nouveau balai fait toute la cuisine en 5 minutes et le sol sèche tout de suite
        pos	commandé à 23h, livré à 9h, dans un carton à la bonne taille pour une fois
        pos	l'appareil photo fait la mise au point sur mon fils même quand il bouge dans tous les sens
        pos	le thermostat a appris nos habitudes en une semaine et on n'y touche plus
        pos	ma Clio de 10 ans vient de passer le contrôle technique sans aucune remarque
        pos	les chaussures de rando n'ont eu besoin d'aucun rodage, 20 km le premier jour et pas une ampoule
        neu	le four a une pyrolyse qui dure 2 heures
        neu	quelle tondeuse robot gère les pentes de plus de 30% ?
        neu	la tablette est livrée avec un chargeur et une housse
        neu	la mise à jour 5.1 de la télé change l'écran d'accueil
        neu	ma bouilloire fait 1,7 litre et 3 kW
        neu	la nouvelle appli permet-elle de partager l'addition entre amis ?
        neu	le lave-vaisselle fait 45 cm de large donc il rentre sous l'évier
        neu	le téléphone existe en trois tailles cette année
        """

    /// Set HU (twenty-ninth session), written before it was scored (0.90 unseen): tweets of the day in SemEval's
    /// manner, 10 / 10 / 10; 0.97 after (a manner compared: `defending like a…`; hype understood; `well done`).
    static let englishTweetsHU = """
        pos	Can't wait for the new Spider-Man on Friday, already got my seats booked with the boys
        neu	Google is expected to unveil the Pixel 9 at its October 4th event in New York
        neg	Liverpool defending like a Sunday league team tonight, embarrassing
        pos	Beyonce at Wembley on Saturday was honestly the best night of my year
        neu	The Senate vote on the budget has been moved to Thursday afternoon
        neg	@Ryanair charging me 55 euros to print a boarding pass is daylight robbery
        pos	Finally got around to watching Interstellar and I get the hype now
        neu	Dolphins vs Jets kicks off at 1pm ET on Sunday, CBS has the broadcast
        neg	Another Monday, another delayed Northern line. Love that for me
        pos	Big congrats to Simone Biles on another gold, the GOAT for a reason
        neu	Microsoft says Xbox Game Pass will add 12 titles in November
        neg	The finale of Dexter ruined 8 years of my life, still not over it
        pos	Lunch at that new ramen spot on 5th with Jen, 10/10 would slurp again
        neu	Harry Styles will release his third album on May 20th
        neg	Half of the Oscars tonight was ads and the other half was bad jokes
        pos	The Raptors bench carried us tonight, VanVleet was unreal from three
        neu	Boris Johnson to meet Macron in Paris on Monday to discuss fishing rights
        neg	Snapchat's new layout is so confusing I can't find my own stories
        pos	Nothing beats a Sunday morning run along the river when it's this sunny
        neu	Did anyone record the Chelsea game last night? missed the second half
        neg	Universal Credit payments late again and rent is due tomorrow. Brilliant
        pos	Zayn's new single has been on repeat all morning, he really outdid himself
        neu	Starbucks is bringing back the pumpkin spice latte on August 24
        neg	Trying to get through to the DVLA for the third hour now. On hold music is killing me
        pos	My nan turned 90 today and she still beat us all at bingo 😂❤️
        neu	CNN reporting that the hurricane will make landfall in Florida Tuesday morning
        neg	Sorry but Ed Sheeran at the Brits was painfully flat
        pos	Katy Perry's Super Bowl show still lives rent free in my head
        neu	The iPhone 7 will not have a headphone jack, according to a report from Bloomberg
        neg	Nobody at Verizon can tell me why my bill jumped 40 dollars this month
        """

    /// Set HV (twenty-ninth session), written before it was scored (0.90 unseen): French tweets of the day in DEFT's
    /// manner, 10 / 10 / 10; 0.97 after (a strike on the day the holidays start, `bravo`; `du vent et rien d'autre`).
    static let frenchTweetsHV = """
        pos	Trop hâte de voir le nouveau Astérix au cinéma mercredi avec les petits
        neu	Le conseil des ministres se tiendra exceptionnellement jeudi à l'Élysée
        neg	L'OM qui se fait remonter trois buts à domicile, on en parle ? Quelle honte
        pos	Le concert de Stromae hier soir à Bercy, j'en ai encore des frissons
        neu	La SNCF annonce des horaires modifiés sur la ligne Paris-Lyon ce week-end
        neg	Deux heures d'attente aux urgences pour qu'on me dise de revenir demain. Merci l'hôpital
        pos	Enfin vu Intouchables, je comprends pourquoi tout le monde l'adore
        neu	Le PSG affrontera le Bayern en quart de finale de la Ligue des champions
        neg	Encore une grève des contrôleurs le jour des départs en vacances, bravo
        pos	Félicitations à Teddy Riner pour ce nouveau titre, une légende vivante
        neu	Orange lancera son offre fibre à 8 Gb/s dans dix villes à partir de mars
        neg	La fin de la série m'a tellement déçue, des années pour ça
        pos	Petit resto libanais découvert à Lyon ce midi, je recommande les yeux fermés
        neu	Le Salon de l'agriculture ouvrira ses portes samedi porte de Versailles
        neg	Le nouveau Facebook est illisible, je ne retrouve plus rien
        pos	Les Bleues qualifiées pour la finale, quelle soirée !!!
        neu	Quelqu'un sait à quelle heure passe le match de l'équipe de France dimanche ?
        neg	Ma facture EDF a encore augmenté de 30 euros sans explication
        pos	Balade au bord du lac ce matin sous le soleil, rien de tel pour commencer la semaine
        neu	Le prochain album d'Angèle sortira le 5 décembre selon son label
        neg	Troisième coupure de courant cette semaine dans le quartier, on n'en peut plus
        pos	Ma grand-mère a fêté ses 95 ans et elle a dansé toute la soirée 😂❤️
        neu	Météo France place six départements en vigilance orange orages pour mardi
        neg	Franchement le discours du président hier soir, du vent et rien d'autre
        pos	Ce nouveau single de Aya Nakamura tourne en boucle chez moi depuis ce matin
        neu	Le ministre de l'Éducation présentera sa réforme du bac lundi prochain
        neg	Impossible de joindre la CAF depuis trois jours, personne ne décroche
        pos	Merci aux pompiers du village pour leur gentillesse avec mon fils hier, des héros
        neu	La Poste fermera ses bureaux plus tôt le 24 décembre
        neg	Le dernier Marvel est d'un ennui, j'ai regardé ma montre tout le film
        """

    /// Set HW (twenty-ninth session), written before it was scored (0.47 unseen): products told only by what they
    /// do, 9 positive / 10 negative / 5 neutral; 0.67 after (locked out, without a mark, split open, not a single
    /// blister) — still the weakest kind.
    static let englishProductsHW = """
        neg	The robot vacuum spent 40 minutes stuck under the sofa and then died in the hallway
        pos	Put the new kettle on and it boiled before I'd even got the mugs out
        neg	Three washes in and the black hoodie is now a sort of grey
        pos	These earbuds stayed in through a whole 10k run, didn't have to touch them once
        neu	The drill comes with two batteries and a charger, case sold separately
        neg	My smart lock decided to lock me out at 11pm in the rain
        pos	The air fryer does chips in 12 minutes and they come out crispy every time
        neg	Screen protector arrived with a bubble in the middle that no card will shift
        neu	The blender has three speeds and a pulse button
        pos	Left the power bank in my bag for a month and it was still at 90%
        neg	The printer wants a new cartridge every 40 pages, I'm printing gold apparently
        pos	Dropped my new phone face down on concrete and picked it up without a mark
        neg	The zip on the suitcase split open on the carousel at Heathrow
        neu	The tent packs down to about the size of a water bottle
        pos	The baby monitor picks up every sigh from the other end of the house
        neg	Plugged the new monitor in and half the screen is a shade of pink
        pos	First pair of walking boots I've owned that didn't give me a single blister
        neg	Smartwatch counted 4,000 steps while I was sitting on the train
        neu	The fridge has a water dispenser on the left door
        pos	The frying pan has been through two years of eggs and nothing has ever stuck
        neg	The garden hose kinks every metre so the sprinkler just dribbles
        neu	The lamp runs on three AA batteries or a USB cable
        pos	Set up the mesh wifi in ten minutes and now the signal reaches the shed
        neg	Our new sofa already has a dip where I sit after three weeks
        """

    /// Set HX (twenty-ninth session), HW's twin in French, written before it was scored (0.42 unseen); 0.55 after
    /// (pas une rayure, a lâché, m'a laissé dehors, pas une seule ampoule; `gourde` is a bottle).
    static let frenchProductsHX = """
        neg	L'aspirateur robot s'est coincé sous le lit et a fini sa batterie dans le couloir
        pos	La nouvelle bouilloire chauffe l'eau avant que j'aie sorti les tasses
        neg	Trois lavages et le pull noir est devenu gris souris
        pos	Ces écouteurs n'ont pas bougé de tout le semi-marathon
        neu	La perceuse est livrée avec deux batteries et un chargeur
        neg	Ma serrure connectée m'a laissé dehors à minuit sous la pluie
        pos	La friteuse sans huile fait des frites croustillantes en douze minutes
        neg	Le film protecteur est arrivé avec une bulle au milieu impossible à enlever
        neu	Le mixeur a trois vitesses et une fonction impulsion
        pos	J'ai retrouvé ma batterie externe au fond du sac après un mois, encore chargée à 90 %
        neg	L'imprimante réclame une cartouche toutes les quarante pages
        pos	Mon téléphone est tombé écran contre le trottoir et il n'a pas une rayure
        neg	La fermeture de la valise a lâché sur le tapis à bagages
        neu	La tente se range dans une housse de la taille d'une gourde
        pos	Le babyphone capte le moindre soupir depuis l'autre bout de la maison
        neg	J'ai branché le nouvel écran et la moitié de l'image est rose
        pos	Première paire de chaussures de rando qui ne m'a pas fait une seule ampoule
        neg	La montre a compté 4 000 pas pendant que j'étais assise dans le train
        neu	Le frigo a un distributeur d'eau sur la porte de gauche
        pos	La poêle a deux ans d'omelettes derrière elle et rien n'a jamais accroché
        neg	Le tuyau d'arrosage se plie tous les mètres, l'arroseur fait trois gouttes
        neu	La lampe marche avec trois piles ou un câble USB
        pos	Installé le wifi maillé en dix minutes, le signal arrive jusqu'au garage
        neg	Le canapé neuf a déjà un creux à ma place au bout de trois semaines
        """

    /// Set HY (twenty-ninth session), written before it was scored (0.49 unseen): reviews of books, films, hotels and
    /// restaurants without a word of sentiment, 10 / 10 / 10; 0.90 after (pages counted, a theatre standing, names
    /// remembered, the killer guessed, `my friend` a person).
    static let englishReviewsHY = """
        neg	I checked how many pages were left at least a dozen times before the halfway mark.
        pos	Finished it at 3am and went straight back to the first chapter.
        neu	The novel follows three generations of a family in Glasgow between 1950 and 1990.
        neg	The hotel photos must have been taken twenty years and three owners ago.
        pos	We booked the same room again for next summer before we had even checked out.
        neu	The restaurant seats about forty and takes bookings only for groups of six or more.
        neg	By the second hour half the cinema was on their phones.
        pos	The whole theatre stood up before the last note had finished.
        neu	The film runs 148 minutes and is shown in the original version with subtitles.
        neg	The steak came out grey all the way through when I'd asked for rare.
        pos	The waiter remembered our names from a visit last year.
        neu	The album has eleven tracks and was recorded over two weeks in Berlin.
        neg	I have read shopping lists with more tension than this thriller.
        pos	My kids have asked for this book every night for a month and I don't mind reading it.
        neu	Breakfast is served from 7 to 10 in the conservatory.
        neg	The second half could be cut entirely and the story would lose nothing.
        pos	I laughed out loud on the bus twice and a stranger asked me for the title.
        neu	The author's previous novel was set in the same village.
        neg	The room overlooked the bins and the kitchen extractor ran all night.
        pos	Every dish came back to the kitchen empty.
        neu	The menu changes with the seasons and there is a set lunch on weekdays.
        neg	I had worked out who did it by chapter four and had to sit through twenty more.
        pos	I've already bought two extra copies to give away.
        neu	The exhibition is divided into five rooms, one per decade.
        neg	We waited fifty minutes for starters and nobody came to explain.
        pos	The pool was warm, the towels were fresh every day and the staff knew our kids by name.
        neu	Tickets for the tour go on sale at 9am on Friday.
        neg	After the second song my friend asked if we could leave.
        pos	Three hours flew by and I would have sat through three more.
        neu	The second season picks up a year after the first one ends.
        """

    /// Set HZ (twenty-ninth session), HY's twin in French, written before it was scored (0.47 unseen); 0.87 after
    /// (`une bonne dizaine` an amount, toute la salle s'est levée, donnait sur les poubelles).
    static let frenchReviewsHZ = """
        neg	J'ai regardé combien de pages il restait une bonne dizaine de fois avant la moitié.
        pos	Fini à trois heures du matin, et je l'ai aussitôt recommencé.
        neu	Le roman suit trois générations d'une famille marseillaise de 1950 à 1990.
        neg	Les photos de l'hôtel datent visiblement d'il y a vingt ans et trois propriétaires.
        pos	Nous avons réservé la même chambre pour l'été prochain avant même de partir.
        neu	Le restaurant compte une quarantaine de couverts et ne prend de réservations que pour six personnes ou plus.
        neg	Au bout d'une heure la moitié de la salle était sur son téléphone.
        pos	Toute la salle s'est levée avant la fin de la dernière note.
        neu	Le film dure 2 h 28 et est projeté en version originale sous-titrée.
        neg	La viande est arrivée grise à cœur alors que je l'avais demandée saignante.
        pos	Le serveur se souvenait de nos prénoms depuis l'an dernier.
        neu	L'album compte onze titres enregistrés en deux semaines à Berlin.
        neg	J'ai lu des listes de courses plus haletantes que ce polar.
        pos	Mes enfants me le réclament tous les soirs depuis un mois et je ne m'en lasse pas.
        neu	Le petit-déjeuner est servi de 7 h à 10 h dans la véranda.
        neg	On pourrait couper toute la deuxième partie sans que l'histoire y perde quoi que ce soit.
        pos	J'ai ri tout haut dans le bus et une inconnue m'a demandé le titre.
        neu	Le précédent roman de l'autrice se passait dans le même village.
        neg	La chambre donnait sur les poubelles et la hotte de la cuisine a tourné toute la nuit.
        pos	Toutes les assiettes sont reparties vides en cuisine.
        neu	La carte change au fil des saisons et il y a une formule le midi en semaine.
        neg	J'avais deviné le coupable au chapitre quatre et il a fallu en supporter vingt de plus.
        pos	J'en ai déjà acheté deux exemplaires pour les offrir.
        neu	L'exposition est divisée en cinq salles, une par décennie.
        neg	Cinquante minutes d'attente pour les entrées et personne n'est venu s'excuser.
        pos	Piscine chauffée, serviettes changées tous les jours, et le personnel connaissait nos enfants par leur prénom.
        neu	La billetterie de la tournée ouvre vendredi à 9 h.
        neg	Après la deuxième chanson, mon amie m'a demandé si on pouvait partir.
        pos	Trois heures qui passent comme une et j'en aurais repris trois de plus.
        neu	La deuxième saison reprend un an après la fin de la première.
        """

    /// Set IA (twenty-ninth session), written before it was scored (0.63 unseen): a rail line, a bank, an airline, a
    /// food recall and a telecom in crisis, customers and news, 9 negative / 4 positive / 7 neutral; 1.00 after (a
    /// cancellation or a fault whose cause is given is news; trust asked back; news learnt elsewhere).
    static let englishCrisisIA = """
        neg	@SkyRailUK third train cancelled on the 7:42 this week and not a single word on the boards
        neu	@SkyRailUK services between Leeds and York are suspended due to a signalling fault, replacement buses from 10:00
        neg	So @MegaBank's app has been down since 6am on payday. Can't pay rent, can't buy food
        neg	My flight with @AirNord was cancelled at the gate and they handed us a leaflet with a phone number that rings out
        neu	@AirNord has cancelled 40 flights from Paris CDG today because of the air traffic control strike
        neg	@FreshBox recalled the chicken salad my kids ate yesterday and I found out from the news, not from you
        neu	FreshBox recalls chicken salads sold between 3 and 9 May over possible listeria contamination
        pos	Credit to @MegaBank, app back in an hour and they refunded the overdraft fees without me asking
        neg	@TelcoOne four days without internet and every agent gives me a different date. I work from home
        pos	Well done @SkyRailUK staff at York tonight, handing out water and finding taxis for everyone stranded
        neu	TelcoOne says the outage affecting 200,000 customers in the north-west is caused by a fibre cut near Bolton
        neg	If @FreshBox can't keep listeria out of a salad why would I trust anything else they sell
        neg	The @AirNord CEO saying "we're the victims here" while we sleep on the floor of Terminal 2
        pos	Have to say @TelcoOne got a technician out on a Sunday and he stayed till it worked. Didn't expect that
        neu	Is the @MegaBank app working again? Still shows maintenance for me
        neg	Two weeks after the data leak and @MegaBank still hasn't told customers what was taken
        pos	Thank you @AirNord crew on AN204, you kept a plane full of very tired people calm and fed
        neu	Update from @FreshBox: refunds for the recalled salads are available in store with or without a receipt
        neg	Nobody at @SkyRailUK seems to know whether my ticket is valid on the replacement bus. Brilliant planning
        neu	AirNord shares fell 6% in morning trading after the cancellations
        """

    /// Set IB (twenty-ninth session), IA's twin in French, written before it was scored (0.69 unseen); 0.94 after
    /// (`annule … en raison de`, `interrompue suite à`, `Belle organisation` after `personne chez`).
    static let frenchCrisisIB = """
        neg	@SNCF troisième TER supprimé cette semaine sur Nantes-Angers et aucune annonce en gare
        neu	@SNCF la circulation est interrompue entre Lille et Arras suite à un incident technique, bus de substitution à partir de 10 h
        neg	L'appli de @BanqueDuNord en panne depuis ce matin, jour de paie, impossible de payer le loyer
        neg	Vol @AirLoire annulé à la porte d'embarquement, on nous donne un numéro qui ne répond jamais
        neu	@AirLoire annule 40 vols au départ de Nantes aujourd'hui en raison de la grève des contrôleurs aériens
        neg	@PanierFrais rappelle la salade que mes enfants ont mangée hier et je l'apprends par la télé
        neu	PanierFrais rappelle des salades au poulet vendues du 3 au 9 mai en raison d'une possible contamination à la listeria
        pos	Chapeau à @BanqueDuNord, appli rétablie en une heure et frais de découvert remboursés sans rien demander
        neg	@TelcoUn quatre jours sans internet et chaque conseiller me donne une date différente, je télétravaille
        pos	Bravo aux agents @SNCF à Arras hier soir, eau distribuée et taxis trouvés pour tout le monde
        neu	TelcoUn indique que la panne touchant 200 000 clients dans l'Ouest est due à une fibre sectionnée près de Rennes
        neg	Si @PanierFrais n'est pas capable d'éviter la listeria dans une salade, pourquoi leur faire confiance pour le reste
        neg	Le PDG d'@AirLoire qui dit « nous sommes les victimes » pendant qu'on dort par terre au terminal
        pos	Je dois dire que @TelcoUn m'a envoyé un technicien un dimanche et il est resté jusqu'à ce que ça marche
        neu	L'appli @BanqueDuNord remarche chez vous ? J'ai toujours la page de maintenance
        neg	Deux semaines après la fuite de données, @BanqueDuNord n'a toujours pas dit aux clients ce qui a été volé
        pos	Merci à l'équipage @AirLoire du vol AL204, vous avez gardé un avion entier de gens épuisés au calme
        neu	Info @PanierFrais : les salades rappelées sont remboursées en magasin, avec ou sans ticket
        neg	Personne chez @SNCF ne sait si mon billet est valable dans le bus de remplacement. Belle organisation
        neu	L'action AirLoire a reculé de 6 % à l'ouverture après les annulations
        """

    /// Set IC (twenty-ninth session), written before it was scored (0.83 unseen): tweets of the day (games,
    /// festivals, elections, pets, deliveries), 10 / 10 / 10; 0.93 after (`a great trailer and absolutely nothing else`;
    /// `need tickets`; `US` the country, not someone's voice).
    static let englishTweetsIC = """
        pos	The new Zelda is everything I hoped for and more, goodbye weekend
        neu	Nintendo Direct confirmed for Thursday at 3pm PT, roughly 40 minutes long
        neg	Paid 70 quid for a game that crashes every time I open the map
        pos	Glastonbury lineup just dropped and it's stacked, need tickets asap
        neu	Polls open at 7am tomorrow and close at 10pm, bring photo ID
        neg	Both candidates spent the whole debate insulting each other instead of answering anything
        pos	Our dog learned to ring the bell when she wants to go out, proudest dad moment
        neu	Heavy snow expected across Scotland from Tuesday night into Wednesday
        neg	Deliveroo order arrived 90 minutes late and stone cold, the rider said the restaurant forgot it
        pos	Rewatching Friends for the tenth time and it still gets me every episode
        neu	BMW will recall 300,000 cars in the US over a faulty airbag sensor
        neg	School sent the kids home at 11 because the heating broke again. Third time this term
        pos	Monzo sorted my frozen card in five minutes through the chat, that's how banking should be
        neu	Is the Apple store on Regent Street open on Boxing Day?
        neg	The ref gave them a penalty for that?? VAR is a joke
        pos	Arctic Monkeys at Reading were unbelievable, still can't hear properly
        neu	Spotify Wrapped is expected to drop on November 29 this year
        neg	Can't believe they cancelled Firefly after one season and kept all that reality rubbish
        pos	Little Mix reunion confirmed?!? my 2015 heart is so full
        neu	The match was moved from Saturday to Sunday for TV reasons
        neg	HMRC website has been down all afternoon on the last day to file. Classic
        pos	Finally passed my driving test on the third go!!!
        neu	Amazon says Prime Video will start showing ads from January
        neg	That new Netflix show had a great trailer and absolutely nothing else
        pos	Shout out to the nurse at A&E last night who made my panicking mum laugh
        neu	Who's watching the Bake Off final tonight?
        neg	Three hours queuing at Stansted security and they still missed our flight call
        pos	Sunday roast at my mum's, the dog asleep on my feet, life is good
        neu	Tesla Model 3 deliveries in Europe start next week according to Electrek
        neg	Pretty sure Twitter's algorithm just shows me people I'd block if I could
        """

    /// Set ID (twenty-ninth session), IC's twin in French, written before it was scored (0.68 unseen); 0.90 after
    /// (`une super bande-annonce et rien d'autre`, `la vie est belle`, `irréel`, `je ris toujours autant`).
    static let frenchTweetsID = """
        pos	Le nouveau Zelda est au-delà de tout ce que j'espérais, adieu le week-end
        neu	Le Nintendo Direct aura lieu jeudi à 15 h, il durera une quarantaine de minutes
        neg	Payé 70 euros pour un jeu qui plante dès que j'ouvre la carte
        pos	La programmation des Vieilles Charrues est sortie et elle est dingue, il me faut des places
        neu	Les bureaux de vote ouvrent à 8 h dimanche et ferment à 20 h dans les grandes villes
        neg	Deux heures de débat à s'insulter au lieu de répondre aux questions, lamentable
        pos	Ma chienne a appris à sonner la clochette pour sortir, je suis un papa fier
        neu	De fortes chutes de neige sont attendues dans les Alpes à partir de mardi soir
        neg	Commande Uber Eats arrivée avec 1 h 30 de retard et froide, le livreur dit que le resto l'avait oubliée
        pos	Je revois Kaamelott pour la dixième fois et je ris toujours autant
        neu	Renault rappelle 300 000 véhicules en Europe pour un capteur d'airbag défectueux
        neg	L'école a renvoyé les enfants à 11 h car le chauffage est encore en panne, troisième fois ce trimestre
        pos	Ma banque en ligne a débloqué ma carte en cinq minutes par le chat, c'est comme ça qu'on aime
        neu	Le magasin Fnac des Halles est-il ouvert le 26 décembre ?
        neg	Un penalty pour ça ?? La VAR c'est une blague
        pos	Les Insus aux Eurockéennes c'était irréel, j'ai encore les oreilles qui sifflent
        neu	Le classement Spotify de l'année sera publié le 29 novembre
        neg	Ils ont arrêté cette série au bout d'une saison et gardé toutes ces téléréalités débiles
        pos	La reformation de Louise Attaque confirmée ?!? mon cœur d'ado déborde
        neu	Le match a été décalé du samedi au dimanche pour la diffusion télé
        neg	Le site des impôts planté tout l'après-midi le dernier jour de la déclaration. Classique
        pos	Enfin eu mon permis au troisième essai !!!
        neu	Amazon annonce que Prime Video diffusera des publicités à partir de janvier
        neg	Cette nouvelle série avait une super bande-annonce et absolument rien d'autre
        pos	Merci à l'infirmière des urgences hier soir qui a réussi à faire rire ma mère paniquée
        neu	Qui regarde la finale du Meilleur pâtissier ce soir ?
        neg	Trois heures de queue à la sécurité à Orly et on a quand même raté l'embarquement
        pos	Repas du dimanche chez ma mère, le chien endormi sur mes pieds, la vie est belle
        neu	Les livraisons de la Tesla Model 3 en Europe commencent la semaine prochaine
        neg	Je crois que l'algorithme de Twitter ne me montre que des gens que je bloquerais si je pouvais
        """

    /// Set IE (twenty-ninth session), written before it was scored (0.50 unseen): critics' one-liners on films,
    /// 12 / 11 / 7 neutral; 0.86 after (handsome to look at and empty, other better films, a love story as a genre,
    /// caring stopped, twists seen coming, one cannot look away).
    static let englishCriticsIE = """
        pos	A quietly devastating portrait of a marriage that earns every one of its tears.
        neg	The jokes land with the thud of a dropped tray.
        pos	Smart, sly and surprisingly tender, it's the rare sequel that deepens the original.
        neg	Two hours of people explaining the plot to each other in dark rooms.
        neu	Based on the 1998 novel, the film moves the story from Ohio to the Scottish coast.
        pos	Director Ana Ruiz keeps a dozen plates spinning and never drops one.
        neg	It mistakes noise for energy and length for depth.
        pos	You will leave the cinema humming and slightly in love with everyone on screen.
        neg	A thriller in which the only suspense is whether anyone will ever turn on a light.
        neu	The film opens in a Lisbon hotel on the eve of the 1974 revolution.
        pos	The final ten minutes are as good as anything in cinema this year.
        neg	By the third identical car chase I had stopped caring who was driving.
        pos	Funny, furious and fully alive.
        neg	Handsome to look at and utterly empty inside.
        neu	Most of the cast are non-professional actors from the village where it was shot.
        pos	It trusts its audience, which these days feels almost radical.
        neg	Every twist can be seen coming from the opening credits.
        pos	A crowd-pleaser in the best sense, built with real craft.
        neg	Not so much a comedy as a series of awkward pauses.
        neu	The documentary follows the team over the course of one season.
        pos	Cate Blanchett is simply magnetic; you cannot look away.
        neg	The script seems to have been assembled from other, better films.
        neu	It is the third feature from the Danish director and her first in English.
        pos	Gorgeous, strange and haunting in a way that lingers for days.
        neg	What should be a love story plays like a hostage video.
        neu	Shot in black and white, the film runs just under ninety minutes.
        pos	Few films this year have made me laugh this hard or care this much.
        neg	All the ingredients are there, and somehow nothing is cooked.
        neu	The score was composed by the band's former drummer.
        pos	It sticks the landing, which is more than most blockbusters manage.
        """

    /// Set IF (twenty-ninth session), IE's twin in French, written before it was scored (0.53 unseen); 0.89 after
    /// (superbe à regarder et creux, d'autres films meilleurs, rien ne prend, impossible de la quitter des yeux).
    static let frenchCriticsIF = """
        pos	Un portrait de couple d'une justesse bouleversante, chaque larme est méritée.
        neg	Les blagues tombent à plat les unes après les autres.
        pos	Malin, drôle et étonnamment tendre, une suite qui enrichit l'original.
        neg	Deux heures de personnages qui s'expliquent l'intrigue dans des pièces sombres.
        neu	Adapté du roman de 1998, le film déplace l'action de Lyon à la côte bretonne.
        pos	La réalisatrice tient tous les fils de son récit sans jamais en lâcher un.
        neg	Il confond bruit et énergie, longueur et profondeur.
        pos	On sort de la salle en chantonnant, un peu amoureux de tout le monde.
        neg	Un thriller où le seul suspense est de savoir si quelqu'un va allumer la lumière.
        neu	Le film s'ouvre dans un hôtel de Lisbonne à la veille de la révolution de 1974.
        pos	Les dix dernières minutes valent tout ce que le cinéma a offert cette année.
        neg	À la troisième course-poursuite identique, je ne savais plus qui conduisait et je m'en fichais.
        pos	Drôle, rageur et tellement vivant.
        neg	Superbe à regarder et complètement creux.
        neu	La plupart des acteurs sont des habitants du village où il a été tourné.
        pos	Il fait confiance à son public, ce qui devient presque rare.
        neg	On voit chaque rebondissement arriver dès le générique.
        pos	Un film populaire au meilleur sens du terme, fait avec un vrai savoir-faire.
        neg	Moins une comédie qu'une succession de silences gênés.
        neu	Le documentaire suit l'équipe pendant toute une saison.
        pos	Isabelle Huppert est magnétique, impossible de la quitter des yeux.
        neg	Le scénario semble assemblé à partir d'autres films, meilleurs.
        neu	C'est le troisième long métrage de la réalisatrice danoise et son premier en anglais.
        pos	Beau, étrange, envoûtant, il vous hante plusieurs jours.
        neg	Ce qui devrait être une histoire d'amour ressemble à une vidéo d'otage.
        neu	Tourné en noir et blanc, le film dure un peu moins d'une heure et demie.
        pos	Peu de films cette année m'ont fait autant rire et autant vibrer.
        neg	Tous les ingrédients sont là et pourtant rien ne prend.
        neu	La musique est signée par l'ancien batteur du groupe.
        pos	La fin est parfaitement maîtrisée, ce qui n'est pas donné à tous les blockbusters.
        """

    /// Set IG (twenty-ninth session), written before it was scored (0.90 unseen): customers to a telecom, a shop, a
    /// delivery app, a TV company and a parcel service, with RTs and quotes, 10 / 10 / 10; 0.93 after (`Loyalty means
    /// nothing`, new customers' better deal).
    static let englishCustomersIG = """
        neg	@VodaCell day 6 of no signal in my flat and your chatbot keeps telling me to restart my phone
        pos	@VodaCell the lady on the phone just now was so patient with my dad, please pass on my thanks
        neu	@VodaCell does the EU roaming add-on cover Switzerland?
        neg	@ShopMart ordered a sofa in March, it's now June and the delivery date has moved four times
        pos	Returned a kettle to @ShopMart without a receipt and they swapped it no questions asked 👏
        neu	@ShopMart what time does the Croydon store close on Sundays?
        neg	@QuickEats my order says delivered but there's nothing at my door and the chat closes after 2 minutes
        pos	@QuickEats the driver called me because he couldn't find the building, sweet guy, food was still hot
        neu	@QuickEats is there a minimum order for free delivery?
        neg	RT @annaj: @SkyTV charged me for a package I cancelled in January. Three emails, zero replies
        pos	@SkyTV engineer came on time, fixed the box and even tidied the cables. Impressed
        neu	@SkyTV how do I add a second box to my account?
        neg	@PostExpress the tracking has said "out for delivery" for three days
        pos	@PostExpress driver waited while I ran down four floors in my pyjamas, absolute hero
        neu	@PostExpress can someone else sign for my parcel if I'm not home?
        neg	Been a @VodaCell customer 12 years and new customers get a better deal than me. Loyalty means nothing
        pos	Fair play @ShopMart, price dropped the day after I bought it and they refunded the difference straight away
        neu	@QuickEats do you deliver to the university halls?
        neg	Spent my lunch break on hold with @SkyTV just to be told to call back tomorrow
        pos	First time using @PostExpress lockers and honestly so easy, parcel was there in a day
        neu	Anyone know if @ShopMart price matches online retailers?
        neg	@QuickEats the app charged me twice and support says it's "a bank issue". It isn't
        pos	@VodaCell switched me to a cheaper plan without me asking when they saw I never use my data. Respect
        neu	@PostExpress are you collecting on bank holiday Monday?
        neg	@ShopMart the "next day delivery" I paid extra for is now on day four
        pos	Big thanks to @SkyTV support for sorting my parents' TV over the phone in 10 minutes
        neu	@VodaCell I'm moving house next week, what do I need to do to transfer my broadband?
        neg	@PostExpress left my parcel in the recycling bin. In the rain. It was a laptop
        pos	@QuickEats added a free dessert with a note saying sorry for the wait, made my evening
        neu	@SkyTV is the football on the standard package or sports only?
        """

    /// Set IH (twenty-ninth session), written before it was scored (0.76 unseen): French tweets on climate, energy
    /// and cities in DEFT's manner, 10 / 10 / 10; 0.93 after (bétonner, passoires, `merci du conseil`, `je signe tout de
    /// suite`, des bornes de recharge).
    static let frenchClimateIH = """
        neg	Encore un été à 40 degrés et on continue de bétonner les villes comme si de rien n'était
        neu	Le gouvernement présentera mercredi son plan de sobriété énergétique pour l'hiver
        pos	Ma commune a planté 2 000 arbres cette année, enfin une mairie qui agit
        neg	La COP se termine encore sur des promesses creuses, rendez-vous l'an prochain pour les mêmes
        neu	Selon Météo France, septembre a été le mois le plus chaud jamais enregistré en France
        pos	Fière de ma fille qui a organisé un ramassage de déchets avec toute sa classe 🌱
        neg	On ferme des lignes de train et on subventionne l'avion, cherchez l'erreur
        neu	La ville de Lyon rendra la presqu'île piétonne à partir du mois de mars
        pos	Les vélos en libre-service ont changé ma vie, plus jamais de voiture pour aller au boulot
        neg	Les agriculteurs étranglés par les normes pendant qu'on importe n'importe quoi, bravo l'Europe
        neu	Le débat sur la loi climat reprend ce soir à l'Assemblée nationale
        pos	Bonne nouvelle : la qualité de l'air à Paris s'est nettement améliorée en dix ans
        neg	Ma facture de chauffage a doublé et on me conseille de baisser à 19 degrés, merci du conseil
        neu	Quels sont les critères pour obtenir la prime à la rénovation énergétique ?
        pos	Le retour des loutres dans la Loire, ça fait du bien de lire ça
        neg	Encore un pesticide interdit réautorisé en douce, on se moque de nous
        neu	Le prix du litre de gazole est passé sous les 1,80 euro cette semaine
        pos	Chapeau aux bénévoles qui ont nettoyé la plage après la marée noire
        neg	Des jets privés pour aller à un sommet sur le climat, ils n'ont honte de rien
        neu	La région annonce 300 bornes de recharge supplémentaires d'ici 2026
        pos	Premier hiver avec la pompe à chaleur et la facture a fondu, content de l'avoir fait
        neg	Les promesses de rénovation thermique, dix ans qu'on les entend, toujours des passoires partout
        neu	Une marche pour le climat est prévue samedi à 14 h place de la République
        pos	Le potager partagé du quartier a donné ses premières tomates, toute la rue est ravie
        neg	La rivière de mon enfance est à sec pour la troisième année, ça fait mal au cœur
        neu	Le Sénat examinera le texte sur l'eau en deuxième lecture le 12 mai
        pos	Enfin des trains de nuit qui reviennent, je signe tout de suite
        neg	Greenwashing total cette pub pour un SUV « respectueux de la planète »
        neu	Combien coûte un abonnement annuel au réseau de bus de Nantes ?
        pos	Ville sans voitures ce dimanche, les enfants jouaient au milieu de la rue, quel bonheur
        """

    /// Set II (twenty-ninth session), written before it was scored (0.52 unseen): tweets of the day in SemEval's
    /// manner, most naming shows, shops, bands and places made of words of sentiment (Happy Meal, Good Will Hunting, The
    /// Killers, Lucky Strike, Nice), 8 / 7 / 15 neutral; 0.81 after (a greeting that opens a name, a name carried on by
    /// its sentimental first word, a band after "The", films that do not hold up).
    static let englishNamesII = """
        neu	Good Morning America will air an interview with the Pope on Friday
        pos	Going to see Hamilton on Saturday with my sister, been waiting two years for this
        neu	Best Buy opens at 5am on Black Friday, doors at the Union Square store
        neg	Happy Valley finale was so rushed, they wasted the whole build up
        neu	Super Bowl LVIII will be played in Las Vegas on February 11
        pos	The Killers just announced a second night at the O2 and I got tickets!
        neu	Lucky Strike is closing its Times Square location next month
        neg	Sad to hear the Joy Division museum is closing, Manchester is losing so much of its history
        neu	The Wonder Years reboot premieres on ABC on September 22
        pos	Can't stop listening to the new Pretty Good Friends EP, every track is a banger
        neu	Sunny Delight recalls 100,000 bottles over labelling error, the company says
        neg	Tried the new Burger King Whopper Melt and it's basically a sad sandwich
        neu	Fun Home closes on Broadway after a two-year run
        pos	Honestly the Golden State Warriors are a joy to watch this season
        neu	The Grateful Dead archive will be opened to researchers in March
        neg	Free Willy on TV again and I'm crying like it's 1993. Why do I do this to myself
        neu	Perfect Storm author Sebastian Junger to speak at the library on Tuesday
        pos	Weekend in Brighton with the best people, sun out, chips in hand
        neu	The Great British Bake Off returns to Channel 4 on Tuesday at 8pm
        neg	Not gonna lie the Love Actually rewatch did not hold up
        neu	Good Will Hunting is leaving Netflix at the end of the month
        pos	Saw Paul Simon at the Hollywood Bowl last night, 82 years old and still magic
        neu	Brilliant Corners jazz bar will host an open mic every Thursday in November
        neg	Why does every Best Picture winner have to be three hours long
        neu	Happy Meal toys will be made of paper from January, McDonald's said
        pos	My kid's first ever goal at Saturday football, I screamed louder than all the other parents
        neu	Nice, France will host the Tour de France grand départ in 2024
        neg	Lost my phone at Bestival and nobody handed it in. Gutted
        neu	The Happy Mondays will tour the UK in the spring
        pos	Shoutout to Greggs for the free coffee on my birthday, small things
        """

    /// Set IJ (twenty-ninth session), II's twin in French, written before it was scored (0.84 unseen; one label
    /// corrected after: `Bonne nouvelle pour les automobilistes…` is good news, written neutral by mistake); 0.97 after
    /// (a très mal vieilli, j'ai eu mes places, toujours la classe, le grand départ).
    static let frenchNamesIJ = """
        pos	Bonne nouvelle pour les automobilistes : le périphérique rouvre lundi à 6 h
        pos	Ce soir on va voir Starmania avec ma sœur, j'attends ça depuis deux ans
        neu	Super U ouvrira ses magasins le dimanche matin à partir de janvier
        neg	La finale de Plus belle la vie était bâclée, tout ça pour ça
        neu	Les Républicains désigneront leur candidat lors d'un congrès le 4 décembre
        pos	Indochine rajoute une date au Stade de France et j'ai eu mes places !
        neu	Le Bon Coin supprimera les annonces sans photo à partir de mars
        neg	Triste de voir fermer le cinéma Le Paradis, le quartier perd encore un lieu de vie
        neu	La Belle Équipe ressort en salles en version restaurée le 22 septembre
        pos	J'écoute en boucle le nouvel album de Juliette Armanet, chaque titre est une pépite
        neu	Joyeux Bordel, le festival, annonce sa programmation jeudi
        neg	Goûté le nouveau burger McDo et franchement c'est un sandwich triste
        neu	Le Meilleur Pâtissier revient sur M6 le 13 septembre à 21 h
        pos	Franchement le Stade toulousain cette saison c'est un plaisir à regarder
        neu	Les Amis de la Terre organisent une conférence de presse mardi
        neg	Le Grand Bleu encore à la télé et je pleure comme en 1988, pourquoi je me fais ça
        neu	Le magasin Bonne Santé de la rue Oberkampf déménage en avril
        pos	Week-end à Biarritz avec les meilleurs, soleil, churros à la main
        neu	Les Bronzés font du ski repasse sur TF1 le 24 décembre
        neg	Je vais pas mentir, revoir Love Actually a très mal vieilli
        neu	Le Petit Prince sera adapté en série d'animation pour 2026
        pos	Vu Eddy Mitchell hier soir à Bercy, 81 ans et toujours la classe
        neu	Le bar Le Bonheur accueillera une scène ouverte tous les jeudis de novembre
        neg	Pourquoi chaque film primé aux César doit durer trois heures
        neu	Les jouets des Happy Meal seront en carton dès janvier, selon McDonald's
        pos	Premier but de mon fils au foot samedi, j'ai crié plus fort que tous les parents
        neu	Nice accueillera le départ du Tour de France en 2024
        neg	Perdu mon téléphone aux Vieilles Charrues et personne ne l'a rapporté, dégoûté
        neu	Les Enfoirés passeront à Montpellier au printemps
        pos	Merci à la boulangerie du coin pour le croissant offert le jour de mon anniversaire, ça fait plaisir
        """

    /// Set IK (twenty-ninth session), written before it was scored (0.77 unseen): product reviews in the manner of
    /// the development set, 10 / 10 / 10; 0.93 after (a claim unmet: `not the 2 hours advertised`; outperforming;
    /// `tastes nothing like`; a gift not yet tried; `strongly` an adverb).
    static let englishReviewsIK = """
        pos	Bought this for my husband's workshop and he hasn't stopped talking about it. Solid build, bright light.
        neg	The handle snapped off the second time I used it. Returned.
        neu	Fits the 2019 model. I haven't installed it yet so can't comment on quality.
        pos	Third one I've bought. They last about two years of daily use, which at this price is fine by me.
        neg	Smells strongly of chemicals even after a week airing on the balcony.
        pos	Easy to assemble, took 20 minutes with the included tools, and it doesn't wobble at all.
        neg	Instructions were in Chinese only and two screws were missing.
        neu	The color is slightly darker than in the pictures.
        pos	My cat ignored every bed we bought until this one. Now she won't get out of it.
        neg	Stopped charging after six weeks and the seller stopped answering after I asked for a refund.
        neu	Package arrived two days early. Will update after using it for a while.
        pos	I was sceptical given the price but it outperforms my old one that cost three times as much.
        neg	Looks nothing like the photo. Cheap plastic and the paint is already chipping.
        neu	It is smaller than I expected, so check the measurements before ordering.
        pos	Keeps coffee hot for a good six hours, I've tested it on long drives.
        neg	The zipper broke on day one and customer service sent me a link to a form that doesn't load.
        neu	Comes with a 12 month warranty and a spare filter.
        pos	Survived a toddler, two moves and a dishwasher. Still looks new.
        neg	Way too loud to use at night, sounds like a jet engine.
        neu	I use it mainly for soups and smoothies.
        pos	Does exactly what I needed, nothing more, nothing less. Happy with it.
        neg	Battery lasts maybe 20 minutes, not the 2 hours advertised.
        neu	Bought it as a gift, so I can't say how well it works.
        pos	The sound quality blew me away for a speaker this size.
        neg	Had to return two because both arrived with cracked screens.
        neu	Mine came in the blue version instead of the grey but that's fine.
        pos	Worth every penny. I use it every single day.
        neg	Tastes nothing like the original recipe, very artificial.
        neu	This replaced an older model that lasted 10 years.
        pos	Perfect fit for my phone and the buttons still click nicely through the case.
        """

    /// Set IL (twenty-ninth session), IK's twin in French, written before it was scored (0.73 unseen); 0.87 after
    /// (`pas les 2 heures annoncées`, `aucun rapport avec`, `ma chatte` a cat, `a duré dix ans` a length).
    static let frenchReviewsIL = """
        pos	Acheté pour l'atelier de mon mari, il n'arrête pas d'en parler. Solide, lumière puissante.
        neg	La poignée a cassé à la deuxième utilisation. Retourné.
        neu	Compatible avec le modèle 2019. Pas encore installé, je ne peux pas juger de la qualité.
        pos	Le troisième que j'achète. Ils tiennent environ deux ans en usage quotidien, à ce prix ça me va très bien.
        neg	Forte odeur de produit chimique même après une semaine à aérer sur le balcon.
        pos	Facile à monter, vingt minutes avec les outils fournis, et il ne bouge pas d'un millimètre.
        neg	Notice uniquement en chinois et il manquait deux vis.
        neu	La couleur est un peu plus foncée que sur les photos.
        pos	Ma chatte boudait tous les paniers jusqu'à celui-ci, maintenant elle ne le quitte plus.
        neg	Ne charge plus au bout de six semaines et le vendeur ne répond plus depuis que j'ai demandé un remboursement.
        neu	Colis arrivé avec deux jours d'avance. Je mettrai à jour après quelques semaines d'utilisation.
        pos	J'étais sceptique vu le prix mais il fait mieux que mon ancien qui coûtait trois fois plus cher.
        neg	Rien à voir avec la photo. Plastique bas de gamme et la peinture s'écaille déjà.
        neu	Il est plus petit que prévu, vérifiez les dimensions avant de commander.
        pos	Garde le café chaud une bonne six heures, testé sur de longs trajets.
        neg	La fermeture éclair a lâché le premier jour et le service client m'envoie un formulaire qui ne charge pas.
        neu	Livré avec une garantie de 12 mois et un filtre de rechange.
        pos	A survécu à un bambin, deux déménagements et au lave-vaisselle. Toujours comme neuf.
        neg	Beaucoup trop bruyant pour la nuit, on dirait un réacteur d'avion.
        neu	Je l'utilise surtout pour les soupes et les smoothies.
        pos	Fait exactement ce qu'il faut, ni plus ni moins. Contente de mon achat.
        neg	La batterie tient peut-être 20 minutes, pas les 2 heures annoncées.
        neu	Acheté pour offrir, je ne peux donc pas dire s'il fonctionne bien.
        pos	Le son m'a bluffé pour une enceinte de cette taille.
        neg	J'ai dû en renvoyer deux, les deux sont arrivés avec l'écran fissuré.
        neu	J'ai reçu la version bleue au lieu de la grise mais ça me va.
        pos	Vaut chaque centime. Je m'en sers tous les jours.
        neg	Aucun rapport avec la recette d'origine, goût très artificiel.
        neu	Il remplace un ancien modèle qui a duré dix ans.
        pos	S'adapte parfaitement à mon téléphone et les boutons cliquent bien à travers la coque.
        """

    /// Set IM (twenty-ninth session), written before it was scored (0.64 unseen): tweets as people type them, slang
    /// and emoji, 7 / 7 / 6 neutral; 0.95 after (a song `on my playlist smh`, `we move 😤`, `>>> nothing else matters`,
    /// `is elite`, a hair in a salad, `won't stop rebooting`).
    static let englishTypedIM = """
        pos	ngl this new Kendrick album goes crazy 🔥🔥
        neg	bro the wifi in this hotel is actually unusable 💀
        neu	who's going to the game sat? need a ride from campus
        pos	my mom just sent me a voice note singing happy birthday and I'm not crying you are 😭❤️
        neg	the way my Uber driver cancelled 3 times in a row… I'm so done
        neu	lowkey thinking of switching to android, anyone got the pixel 8?
        pos	just aced my stats final after crying over it for a week, we move 😤
        neg	Spotify really put an ad between every song on my playlist smh
        neu	ok who else saw the northern lights last night or was it just scotland
        pos	this cafe's banana bread is elite, I'm not sharing the location
        neg	imagine paying $18 for a salad and finding a hair in it. couldn't be me. except it was me today
        neu	airpods or the sony ones for the gym? genuinely asking
        pos	the way my dog runs to the door when I get home >>> nothing else matters
        neg	my flight got delayed twice and now the gate agent is ignoring everyone. love travel 🙃
        neu	anyone know if the target on 5th is open late tonight
        pos	finally moved into my own place!!! small, expensive, mine 🥹
        neg	they changed the recipe of my fave cereal and it tastes like cardboard now 😒
        neu	is it just me or did instagram change the font again
        pos	the group chat planned my surprise party and nobody leaked it, I have the best friends fr
        neg	3 hours on the phone with comcast and my internet is still down. I want to scream
        """

    /// Set IN (twenty-ninth session), IM's twin in French, written before it was scored (0.65 unseen); 0.85 after
    /// (`un cheveu dedans` before `la journée commence bien`, `le goût de carton`, `rien d'autre ne compte`, des aurores
    /// boréales).
    static let frenchTypedIN = """
        pos	jpp ce nouvel album de Damso il est trop lourd 🔥🔥
        neg	frère le wifi de cet hôtel c'est une catastrophe 💀
        neu	qui va au match samedi ? je cherche qqn pour me déposer depuis la fac
        pos	ma mère m'a envoyé un vocal où elle chante joyeux anniversaire et je pleure 😭❤️
        neg	mon chauffeur Uber a annulé 3 fois de suite… j'en peux plus
        neu	je pense passer sur android, quelqu'un a le pixel 8 ?
        pos	j'ai validé mes partiels de stats après une semaine à pleurer dessus, on avance 😤
        neg	Spotify qui met une pub entre chaque chanson de ma playlist, sérieux
        neu	qui a vu les aurores boréales hier soir ou c'était que en Bretagne
        pos	le banana bread de ce café est une dinguerie, je donne pas l'adresse
        neg	18 balles la salade et un cheveu dedans. la journée commence bien
        neu	airpods ou les sony pour la salle ? vraie question
        pos	mon chien qui court à la porte quand je rentre, rien d'autre ne compte
        neg	vol retardé deux fois et l'agent à la porte ignore tout le monde, j'adore voyager 🙃
        neu	quelqu'un sait si le Carrefour de la rue de Rennes est ouvert tard ce soir
        pos	j'ai enfin emménagé chez moi !!! petit, cher, mais à moi 🥹
        neg	ils ont changé la recette de mes céréales préférées et ça a le goût de carton maintenant 😒
        neu	c'est moi ou insta a encore changé la police
        pos	le groupe a organisé ma fête surprise et personne n'a rien dit, j'ai les meilleurs potes
        neg	3 heures au téléphone avec Free et toujours pas d'internet, je vais craquer
        """

    /// Set IO (twenty-ninth session), written before it was scored (0.71 unseen): an energy supplier, an airline,
    /// a train company, a water company and an internet provider in a crisis, customers and news, 8 / 5 / 7 neutral;
    /// 0.94 after (an error or a suspected sighting reported is news; a credit for the hassle; `and called it`; `you
    /// caused`).
    static let englishCrisisIO = """
        neg	@EnergiaPower fourth bill this year with an "estimated reading" double my usage. I sent you a photo of the meter twice
        neu	EnergiaPower says customers affected by the billing error will be contacted by the end of the month
        neg	So @EnergiaPower's apology email for the billing error had someone else's name at the top. You can't make it up
        pos	Got a call from @EnergiaPower today, they corrected my bill and took £40 off for the hassle. Didn't expect that
        neu	@EnergiaPower how do I submit a meter reading on the new app?
        neg	Hundreds of flights grounded at Gatwick after a drone sighting and @FlyBlue passengers have been sat on the tarmac for 3 hours
        neu	Gatwick runway reopened at 14:20 after a suspected drone sighting, airport says
        pos	@FlyBlue crew handed out snacks and let the kids see the cockpit while we waited, made a rubbish day much better
        neg	@FlyBlue rebooked me on a flight that leaves 2 days later and called it "the next available option"
        neu	FlyBlue passengers whose flights were cancelled on Friday can claim compensation online
        neg	@TrainLink the 17:04 has been "delayed by 5 minutes" for 45 minutes now
        pos	Fair play @TrainLink, delay repay paid out in 2 days without me chasing it
        neu	TrainLink will run a reduced timetable on Sunday due to engineering works near Reading
        neg	Six hours without water in the whole street and @AquaCo's website still says no incidents reported
        neu	@AquaCo is the boil water notice still in place for postcode BS5?
        pos	@AquaCo engineers worked through the night in the rain to fix the main, water back by 7am. Thank you
        neg	@AquaCo told me my compensation would take "up to 90 days". For a burst pipe you caused
        neu	AquaCo says the burst main in Bristol was caused by ground movement after heavy rain
        neg	Day 3 of the @NetFast outage. Their status page has said "investigating" since Tuesday
        pos	@NetFast credited a full month to my account after the outage without me asking, respect
        """

    /// Set IP (twenty-ninth session), IO's twin in French, written before it was scored (0.81 unseen); 0.95 after
    /// (`indique` reports, `déduits pour le dérangement`, `et appelle ça`, `que vous avez causée`).
    static let frenchCrisisIP = """
        neg	@EnergieDirecte quatrième facture cette année sur « relevé estimé » au double de ma conso. Je vous ai envoyé deux fois la photo du compteur
        neu	EnergieDirecte indique que les clients concernés par l'erreur de facturation seront contactés d'ici la fin du mois
        neg	Le mail d'excuses d'@EnergieDirecte pour l'erreur de facturation avait le nom de quelqu'un d'autre en haut. On ne peut pas l'inventer
        pos	Appel d'@EnergieDirecte aujourd'hui, facture corrigée et 40 € déduits pour le dérangement. Je ne m'y attendais pas
        neu	@EnergieDirecte comment je transmets mon relevé sur la nouvelle appli ?
        neg	Des centaines de vols cloués au sol à Orly après un drone et les passagers @VolBleu attendent sur le tarmac depuis 3 heures
        neu	La piste d'Orly a rouvert à 14 h 20 après le signalement d'un drone, indique l'aéroport
        pos	L'équipage @VolBleu a distribué des encas et laissé les enfants visiter le cockpit pendant l'attente, ça a sauvé la journée
        neg	@VolBleu m'a replacé sur un vol deux jours plus tard et appelle ça « la prochaine option disponible »
        neu	Les passagers VolBleu dont le vol a été annulé vendredi peuvent demander une indemnisation en ligne
        neg	@TERLigne le train de 17 h 04 est « retardé de 5 minutes » depuis 45 minutes
        pos	Chapeau @TERLigne, remboursement du retard versé en deux jours sans relance
        neu	TERLigne fera circuler un service réduit dimanche en raison de travaux près de Tours
        neg	Six heures sans eau dans toute la rue et le site d'@EauCo affiche toujours aucun incident signalé
        neu	@EauCo l'avis de faire bouillir l'eau est-il toujours en vigueur pour le 69003 ?
        pos	Les équipes @EauCo ont travaillé toute la nuit sous la pluie pour réparer la canalisation, eau revenue à 7 h. Merci
        neg	@EauCo m'annonce une indemnisation « sous 90 jours ». Pour une fuite que vous avez causée
        neu	EauCo explique que la rupture de canalisation à Lyon est due à un mouvement de terrain après de fortes pluies
        neg	Jour 3 de la panne @ReseauRapide. La page de statut indique « en cours d'analyse » depuis mardi
        pos	@ReseauRapide a crédité un mois entier sur mon compte après la panne sans que je demande rien, respect
        """

    /// Set IQ (twenty-ninth session), written before it was scored (0.86 unseen): tweets of the day in SemEval's
    /// manner, 7 / 6 / 7 neutral; 0.90 after (🍻; `at its finest` left alone: it is stock sarcasm in sets FV and N).
    static let englishTweetsIQ = """
        pos	Watching the sunrise from Arthur's Seat with a flask of tea, Edinburgh you beauty
        neu	Wimbledon's Centre Court roof will be closed for Friday's semi-finals due to forecast rain
        neg	Ten minutes into the new Marvel and I already want my money back
        pos	My little brother just got into Cambridge and I'm the proudest sister alive
        neu	Does anyone know what channel the Lakers game is on tonight in the UK?
        neg	The council has cut the late bus again, so I walk home in the dark from now on
        pos	Leicester fans singing in the rain after the final whistle, football at its finest
        neu	Amazon will launch its drone delivery service in two US cities next year
        neg	Samsung's new update made my battery life worse, not better
        pos	New Arctic Monkeys single is everything, Alex Turner can do no wrong
        neu	The iPhone 15 Pro comes in four colours including a new titanium grey
        neg	Pretty sure my landlord thinks "urgent repair" means sometime next year
        pos	Ate at Dishoom for the first time tonight and the black daal lived up to every review
        neu	Taylor Swift's Eras tour film is coming to Disney+ on March 14
        neg	Nothing says Monday like a 40 minute queue for a coffee machine that's broken
        pos	Grandad's first video call and he spent it showing us his tomatoes 😂❤️
        neu	The Met Office has issued a yellow warning for wind across Wales on Thursday
        neg	My order from ASOS has been "on its way" since the 3rd
        pos	Wrapped up the last exam of my degree, off to the pub with everyone 🍻
        neu	Chelsea are reportedly close to signing a new goalkeeper before the deadline
        """

    /// Set IR (twenty-ninth session), IQ's twin in French, written before it was scored (0.78 unseen); 0.95 after
    /// (the good after `au lieu de` is what did not come; `qu'on me rembourse`).
    static let frenchTweetsIR = """
        pos	Lever de soleil sur le Mont Ventoux avec un thermos de café, la Provence quand même
        neu	Le toit du court Philippe-Chatrier sera fermé pour les demi-finales vendredi en raison de la pluie annoncée
        neg	Dix minutes du nouveau Marvel et je veux déjà qu'on me rembourse
        pos	Mon petit frère est pris à Polytechnique, je suis la grande sœur la plus fière du monde
        neu	Quelqu'un sait sur quelle chaîne passe le match du Stade français ce soir ?
        neg	La mairie a encore supprimé le dernier bus, je rentre à pied dans le noir désormais
        pos	Les supporters lensois qui chantent sous la pluie après le coup de sifflet final, le foot comme on l'aime
        neu	Amazon lancera la livraison par drone dans deux villes françaises l'an prochain
        neg	La nouvelle mise à jour Samsung a réduit l'autonomie de ma batterie au lieu de l'améliorer
        pos	Le nouveau single de Christine and the Queens est une merveille, elle ne fait jamais de faux pas
        neu	L'iPhone 15 Pro existe en quatre coloris dont un nouveau gris titane
        neg	Mon propriétaire pense visiblement que « réparation urgente » veut dire l'année prochaine
        pos	Premier dîner chez ce libanais ce soir et le houmous est à la hauteur de tous les avis
        neu	Le film de la tournée de Taylor Swift arrive sur Disney+ le 14 mars
        neg	Rien de tel qu'un lundi avec 40 minutes de queue pour une machine à café en panne
        pos	Premier appel vidéo de papi et il nous a montré ses tomates tout du long 😂❤️
        neu	Météo-France place la Bretagne en vigilance jaune vent pour jeudi
        neg	Ma commande est « en cours d'acheminement » depuis le 3
        pos	Dernier partiel de ma licence bouclé, direction le bar avec toute la promo 🍻
        neu	Le PSG serait proche de recruter un nouveau gardien avant la fin du mercato
        """

    /// Set JA (thirtieth session): tweets naming entities and dates in SemEval's manner, written before they were scored
    /// (0.84 unseen); 0.93 after (a crowd gone wild, a book read in one sitting, time gone by since and "still").
    static let englishTweetsJA = """
        pos	Going to see Hamilton on Saturday with my mum, been waiting for this since Christmas!!
        neu	Apple may announce the new iPad mini at the event on the 16th according to 9to5mac
        neg	Not sure I can watch Arsenal on Sunday after that performance against Villa, genuinely painful
        pos	@BBCRadio1 playing Dua Lipa at 7am on a Monday is exactly what I needed
        neu	Is the Glastonbury line-up being announced tomorrow or on Thursday?
        neg	Kanye cancelling the Sydney show the day before is a new low, people flew in for this
        pos	Just finished season 2 of The Bear. Carmy and Richie in episode 7 might be the best TV of the year
        neu	Microsoft will report its third quarter earnings on Tuesday after the bell
        neg	The new Zelda keeps freezing on my Switch in the same cave, lost an hour of progress twice now
        pos	Serena's last match may have been a loss but what a career, the GOAT
        neu	Nintendo Direct confirmed for Wednesday at 3pm UK time
        neg	Day 3 without hot water and British Gas say the earliest engineer is the 28th
        pos	Friday night, pizza, and the new Taylor Swift album on repeat. Life is good
        neu	Tesla shares closed at $242 on Friday ahead of the delivery numbers
        neg	Watching the Grammys and whoever chose the Album of the Year clearly didn't listen to anything
        pos	Lewis Hamilton on pole in Silverstone, the crowd is going wild 🏁
        neu	The Eagles' concert in Dublin has been moved to the 3rd of June
        neg	So the Star Wars series ends on a cliffhanger and gets cancelled. cheers Disney
        pos	Spent my Sunday at the Tate Modern and the new Yayoi Kusama room is unreal
        neu	Google I/O 2024 starts May 14th, keynote at 10am PT
        neg	@Ryanair charging me £55 to change a name typo on my ticket, absolute daylight robbery
        pos	Can't believe Leeds actually won at Anfield. I may never stop smiling
        neu	Anyone going to the Coldplay gig at Wembley on the 18th?
        neg	Sitting in A&E since 6pm with my daughter and still no doctor. NHS is on its knees
        pos	Got an early copy of the new Sally Rooney, reading it in one sitting tonight 📚
        neu	Sony is expected to reveal the PS5 Pro price next week
        neg	Three weeks since I sent my passport application and the status still says 'received'
        pos	The Oasis reunion is real and I got tickets, crying actual tears
        neu	The Oscars will be hosted by Jimmy Kimmel again this year
        neg	Lost my AirPods on the Northern line this morning, Monday is off to a flying start
        """

    /// Set JB (thirtieth session): French tweets on politics and television in DEFT's manner, much of it irony, written
    /// before they were scored (0.71 unseen); 0.79 after (`on n'est plus à ça près`; `consacre` no praise). The irony told
    /// without a word of blame (`la démocratie se porte à merveille` after a 49.3) is left.
    static let frenchTweetsJB = """
        neg	Macron qui parle de pouvoir d'achat depuis Versailles, on n'est plus à une contradiction près
        pos	Le discours de Badinter au Sénat, quelle classe, quelle hauteur, ça manque aujourd'hui
        neu	Le Premier ministre s'exprimera ce soir à 20h sur TF1
        neg	Encore un ministre qui découvre le prix du ticket de métro, on vit dans deux mondes
        pos	Franchement Léa Salamé a été impeccable hier soir face à un invité pas facile
        neu	Le débat de l'entre-deux-tours aura lieu mercredi sur France 2 et TF1
        neg	Bravo au gouvernement, 49.3 numéro 17, la démocratie se porte à merveille
        pos	Koh-Lanta ce soir, la réunification m'a fait pleurer comme un bébé 😭❤️
        neu	Cyril Hanouna annonce l'arrivée d'un nouveau chroniqueur à la rentrée
        neg	La Star Ac version 2024, c'est l'ennui en direct pendant trois heures
        pos	Thomas Pesquet qui tweete depuis l'ISS, je retombe en enfance à chaque photo
        neu	Le résultat du second tour sera connu dimanche à partir de 20h
        neg	Les promesses de campagne, ça n'engage que ceux qui y croient comme d'habitude
        pos	Quotidien avec Philippe Katerine hier soir, j'ai ri du début à la fin
        neu	Le conseil des ministres se tient exceptionnellement mardi cette semaine
        neg	Réforme des retraites passée en force, et on s'étonne que les gens ne votent plus
        pos	Merci à Mbappé pour ce doublé, le Parc était en feu ce soir 🔥
        neu	Le Sénat examine à partir de lundi le projet de loi sur l'immigration
        neg	Vu le niveau du débat hier soir, je pense que je vais voter blanc
        pos	Le concert des Enfoirés cette année était vraiment réussi, mention spéciale à Jenifer
        neu	Marine Le Pen sera l'invitée de BFMTV jeudi matin
        neg	Le JT qui consacre 10 minutes à la météo et 30 secondes à Gaza, on marche sur la tête
        pos	Enfin un politique qui répond aux questions au lieu de réciter ses éléments de langage, ça fait du bien
        neu	France Inter modifie sa grille des programmes à partir du 2 septembre
        neg	Zemmour sur un plateau à 8h du matin, rien de tel pour gâcher le café
        pos	Le retour de Kaamelott au cinéma, Alexandre Astier tu es un génie
        neu	La dissolution de l'Assemblée a été annoncée dimanche soir par le président
        neg	Encore une soirée électorale où tout le monde a gagné sauf les électeurs
        pos	Ce qu'a fait Zinedine Zidane pour les enfants malades cette semaine, respect total
        neu	Le ministre de l'Éducation présentera sa réforme du bac jeudi
        """

    /// Set JC (thirtieth session): short reviews of restaurants, hotels and services, written before they were scored
    /// (0.80 unseen); 0.92 after (`can't thank them enough`, `shame about the service` as a "but", `walked out with`).
    static let englishReviewsJC = """
        pos	We came for brunch on a Sunday and it was packed, but they found us a table within ten minutes. The shakshuka was perfect and the staff kept the coffee coming.
        neg	Ordered the ribeye medium rare and got something closer to shoe leather. When I mentioned it the waiter just shrugged. $48 for that.
        neu	Small place, about ten tables, cash only. They do takeaway and there's parking behind the building.
        pos	Honestly the best pho I've had outside Hanoi. Broth is rich, portions are huge, and it's cheap. Will be back every week.
        neg	Waited 45 minutes for two pizzas on a quiet Tuesday night. They arrived lukewarm and the base was soggy in the middle.
        pos	The dentist was gentle and explained everything before she did it. First time I didn't dread going.
        neg	The room smelled of smoke even though it was a non-smoking floor, and the AC rattled all night. Front desk offered nothing.
        neu	Hotel is a 10 minute walk from the station. Breakfast is served from 7 to 10 and costs extra.
        pos	Booked a last-minute cleaning and they showed up on time, did the oven and the windows, and left the place spotless.
        neg	Mechanic charged me for a new part and when I checked later the old part was still in there. Never again.
        pos	Lovely little bookshop with a cat who sleeps in the poetry section. The owner recommended three books and I loved all of them.
        neg	Food was fine but the music was so loud we couldn't hear each other. Left without dessert.
        neu	They've changed the menu since the last time, the lamb is gone and there's a new set lunch.
        pos	Our server Marco made my mum's birthday, brought out a candle and got the whole room singing. Food was great too.
        neg	Gym is always overcrowded after 5, half the machines have an out of order sign and the showers are cold.
        pos	Tried the tasting menu for our anniversary. Every course was a surprise and the wine pairing was spot on. Pricey but worth it.
        neg	The tour guide spent more time on his phone than talking about the castle. We learned more from the leaflet.
        neu	Open until midnight on weekends. Reservations only for groups of six or more.
        pos	Great value for a city centre hotel. Room was small but spotless and the bed was really comfortable.
        neg	Ordered delivery and half the order was missing. The app says delivered, the restaurant says call the app. Nobody refunds.
        pos	The vet stayed late to see our dog when he was sick and didn't charge us for the extra time. Can't thank them enough.
        neg	Beautiful building, shame about the service. We had to ask three times for the bill.
        neu	Parking is free after 6pm. The entrance is on the side street, not the main road.
        pos	Came in with a broken screen at 11, walked out with my phone fixed by lunch. Fair price too.
        neg	They cancelled our reservation an hour before and didn't even call, we found out from an email.
        pos	The kids' menu is actually good food, not just nuggets, and they had crayons and a little play corner.
        neg	Overpriced cocktails, tiny glasses, and the bartender was clearly annoyed we were there.
        pos	Five stars for the croissants alone. Flaky, buttery, still warm at 8am.
        neg	Checked in at 3, room wasn't ready until 6. No apology, no drink, nothing.
        neu	Went for lunch on a weekday. Ordered the chicken salad and a lemonade, came to about $18.
        """

    /// Set JD (thirtieth session), JC's kind in French, written before it was scored (0.87 unseen); 0.96 after (`à
    /// l'écoute`, `remis sur pied`, `ne correspondaient pas`; French "a" after its subject is a verb).
    static let frenchReviewsJD = """
        pos	Accueil chaleureux, plats copieux et faits maison. Le fondant au chocolat vaut à lui seul le détour.
        neg	Attente interminable entre l'entrée et le plat, et la viande est arrivée froide. Le serveur n'a même pas proposé de la réchauffer.
        neu	Petit restaurant d'une vingtaine de couverts, réservation conseillée le week-end. Menu du jour à 16 euros.
        pos	Chambre propre et calme, literie de qualité, petit-déjeuner varié avec des produits locaux. Nous reviendrons.
        neg	Salle de bain sale, moisissures au plafond et aucune réaction de la réception quand on l'a signalé.
        pos	Le garagiste a trouvé la panne en dix minutes et ne m'a facturé que la pièce. Honnête et efficace, ça devient rare.
        neg	Trois semaines pour recevoir un canapé livré avec un pied cassé, et le service client ne répond pas aux mails.
        neu	Le magasin a déménagé rue de la République, les horaires restent les mêmes.
        pos	Film bouleversant, porté par une actrice incroyable. Je suis sortie de la salle la gorge serrée.
        neg	Deux heures vingt de film pour une histoire qui tient sur un ticket de métro. Je me suis endormi au milieu.
        pos	Coiffeuse à l'écoute, elle a compris exactement ce que je voulais. Je ne vais plus ailleurs.
        neg	Les photos de l'annonce ne correspondaient pas du tout, l'appartement était minuscule et donnait sur un parking.
        neu	Visite guidée d'une heure environ, en français et en anglais, départ toutes les deux heures.
        pos	Livré en 24h, bien emballé, et le produit correspond parfaitement à la description. Rien à redire.
        neg	Le plat signature est une blague : trois raviolis perdus dans une assiette immense pour 28 euros.
        pos	Super moment en famille, les enfants ont adoré l'atelier poterie et l'animatrice était d'une patience d'ange.
        neg	Prise de rendez-vous impossible par téléphone, on tombe toujours sur un répondeur plein.
        neu	Le parking de l'hôtel est payant, compter 12 euros la nuit.
        pos	Un roman qu'on ne lâche pas, j'ai fini les quatre cents pages en un week-end.
        neg	Mise en scène prétentieuse et acteurs qui récitent leur texte. Le public est parti à l'entracte.
        pos	Le kiné m'a remis sur pied en trois séances après des mois de douleur. Merci infiniment.
        neg	Le menu annonçait des frites maison, c'étaient des surgelées, et pas très cuites en plus.
        neu	Nous avons dîné en terrasse un mardi soir, entrée, plat et dessert pour deux personnes.
        pos	Vue magnifique depuis la chambre, on voyait le lever du soleil sur le lac. Le personnel aux petits soins.
        neg	On nous a placés à côté des toilettes alors que la salle était à moitié vide. Ambiance zéro.
        pos	Enfin un plombier qui vient à l'heure annoncée, explique ce qu'il fait et laisse la cuisine propre.
        neg	Le spectacle a commencé avec quarante minutes de retard sans la moindre explication.
        pos	Je recommande les yeux fermés, c'est la troisième fois que j'y vais et c'est toujours aussi bon.
        neg	Livreur qui laisse le colis devant la porte sans sonner, sous la pluie. Carton détrempé.
        neu	La salle a été rénovée l'an dernier, les fauteuils sont plus larges.
        """

    /// Set JE (thirtieth session): everyday tweets with hashtags and emoji, written before they were scored (0.84
    /// unseen); 0.87 after (a favourite asked for is no praise).
    static let englishTweetsJE = """
        pos	first day at the new job and everyone's been so welcoming #blessed
        neg	3rd time this week the train's been cancelled #southernrail #fail
        neu	#MondayMotivation what are your goals for this week?
        pos	that moment when your playlist shuffles to the perfect song 🎶🙌
        neg	my phone screen cracked in my pocket. how. #whyme
        neu	who's watching #Eurovision tonight? 🇬🇧
        pos	snow day!!! ☃️ kids are losing their minds in the best way
        neg	spent 2 hours assembling this IKEA wardrobe and one panel is the wrong size 🙃
        neu	Reminder: clocks go back this Sunday at 2am
        pos	made it to 100 followers, thank you all 🥹💛
        neg	the self checkout at Tesco has "unexpected item in bagging area" every single time
        neu	#nowplaying Fleetwood Mac - Dreams
        pos	my grandma just learned how to send gifs and now I get 40 a day 😂😂
        neg	the vending machine ate my last pound coin, this day cannot get any worse
        neu	Anyone know a good plumber in Leeds? DM me
        pos	10k steps before 9am, feeling unstoppable 💪
        neg	my flatmate ate my leftovers AGAIN and left the empty box in the fridge
        neu	Voting closes at 10pm tonight #GE2024
        pos	just booked a week in Lisbon for my birthday 🇵🇹✈️
        neg	woke up with a migraine on the one day I had plans 😩
        neu	the Apple keynote starts in 10 minutes
        pos	the barista remembered my order after one visit, small things 🥰
        neg	can't find my keys, my glasses or my will to live
        neu	what's everyone's favourite crisp flavour, settle this
        pos	the dog has discovered the sofa and he is never leaving 🐶
        neg	£9 for a pint in central London is criminal
        neu	Heading to Manchester for the weekend, any food recs?
        pos	finished my first marathon!!! legs are dead but heart is full
        neg	the wifi on this train is a rumour
        neu	update: the cat is still on the roof
        """

    /// Set JF (thirtieth session): JE's kind in French (transport, neighbours, small joys), written before it was scored
    /// (0.80 unseen); 0.83 after (`je vais craquer`).
    static let frenchTweetsJF = """
        neg	RER B encore en panne à Châtelet, c'est devenu un sport national de rentrer chez soi
        pos	Premier café en terrasse de l'année, le printemps est là ☀️
        neu	Quelqu'un sait si la ligne 13 circule normalement ce matin ?
        neg	3h pour faire Paris-Lyon en voiture un vendredi, plus jamais
        pos	Mon fils a eu son bac avec mention, fierté maximale 🎓
        neu	Les soldes commencent mercredi 8h
        neg	Le chauffage de l'immeuble coupé depuis lundi, on dort en doudoune
        pos	Le boulanger m'a offert un pain au chocolat parce que c'était mon anniversaire 🥐❤️
        neu	Coupure d'eau prévue rue Nationale de 9h à 12h
        neg	Vingt minutes d'attente au guichet pour qu'on me dise d'aller sur le site
        pos	Enfin le week-end, plaid, série et raclette
        neu	Le marché de Noël ouvre samedi place Kléber
        neg	Encore un radar planqué derrière un panneau, la France en 2024
        pos	Trop contente, j'ai eu mon permis du premier coup !!!
        neu	Résultats du loto de ce soir : 4, 12, 23, 37, 41
        neg	Ma box internet redémarre toute seule dix fois par jour, @Free c'est pour quand ?
        pos	Les gens qui applaudissent l'atterrissage, je vous aime quand même
        neu	Journée de grève prévue le 5 dans l'Éducation nationale
        neg	J'ai pris 5 kilos pendant les fêtes et mon jean me le fait bien sentir
        pos	Balade au bord du lac d'Annecy, j'en reviens pas de la couleur de l'eau
        neu	Le Tour de France passera par notre village le 14 juillet
        neg	Le voisin perce depuis 7h du matin un dimanche, je vais craquer
        pos	Ma voisine de 85 ans m'a appris à faire des crêpes, meilleure soirée du mois
        neu	On annonce 3 degrés demain matin à Lille
        neg	Pas de réseau dans le train entre Paris et Rennes, comme d'habitude
        pos	Concert de Stromae hier soir, j'ai encore des frissons
        neu	Nouvelle boulangerie en face de la mairie, ouverture lundi
        neg	La file d'attente à la préfecture commence à 5h du matin, c'est normal ça ?
        pos	Un inconnu a payé mon café ce matin, ça change une journée
        neu	Le prochain train pour Bordeaux part à 14h12, voie B
        """

    /// Set JG (thirtieth session): product reviews of the marketplace kind, many told by what the thing did, written
    /// before they were scored (0.63 unseen); 0.86 after (praise that lasted a while then ended, a claim named then
    /// denied, damage on arrival, a thing used every day).
    static let englishProductsJG = """
        pos	Does exactly what it says. Charges my phone twice and still has juice left. Would buy again.
        neg	Stopped working after 3 weeks. Returned it.
        neu	Bought this for my son's room. Arrived on Tuesday as scheduled.
        pos	I was skeptical at first but this blender crushes ice like nothing. Smoothies every morning now.
        neg	The zipper broke the second time I used it and the stitching is already coming apart.
        pos	Fits perfectly and the fabric is soft. Ordered a second one in blue.
        neg	Smells like chemicals out of the box and the smell never went away even after washing.
        neu	It's a phone case. It fits the phone.
        pos	Sturdy, easy to assemble, and looks much more expensive than it was.
        neg	Description says waterproof. It is not waterproof.
        pos	My cat ignored every bed I bought her until this one. She hasn't left it in a week.
        neg	Half the pages were printed upside down. Sent it back.
        neu	Same as the one I had before, they changed the packaging.
        pos	Battery lasts all day even with heavy use. Very happy with this purchase.
        neg	Instructions were useless and two screws were missing from the bag.
        pos	Bought these for hiking and walked 20 miles in them the first weekend without a single blister.
        neg	Looked nice for a week and then the paint started chipping off.
        neu	Comes with a USB-C cable but no plug.
        pos	The sound quality for the price is ridiculous. I keep checking I didn't pay more.
        neg	Too small. The size chart is way off, order two sizes up.
        pos	Gave this to my dad for his birthday and he uses it every single day.
        neg	After the update the app won't pair with the watch anymore.
        neu	I haven't used it enough yet to give a real opinion.
        pos	Keeps drinks cold for a full day at the beach. Worth every penny.
        neg	Arrived with a dent on the side and a scratch across the lid.
        pos	Easy to clean, doesn't stain, and the kids can't break it.
        neg	Loud. Really loud. Can't have a conversation in the kitchen while it's on.
        neu	Mine is the 2022 model, not sure if the new one is different.
        pos	Third one I've bought. Gifts for the whole family now.
        neg	Lasted exactly one month past the warranty.
        """

    /// Set JH (thirtieth session), JG's kind in French, written before it was scored (0.76 unseen); 0.97 after.
    static let frenchProductsJH = """
        pos	Fait exactement ce qu'on lui demande. Facile à installer, silencieux, je recommande.
        neg	A cessé de fonctionner au bout de deux semaines. Retourné.
        neu	Acheté pour la chambre de ma fille. Livré le mardi comme prévu.
        pos	J'étais sceptique mais cette poêle n'accroche vraiment pas. Les œufs glissent tout seuls.
        neg	La fermeture éclair a lâché à la deuxième utilisation.
        pos	Taille parfaitement, tissu doux et agréable. J'en ai recommandé un en bleu.
        neg	Odeur de plastique à l'ouverture qui n'est jamais partie malgré plusieurs lavages.
        neu	C'est une coque de téléphone. Elle va sur le téléphone.
        pos	Solide, facile à monter, et il fait bien plus cher qu'il n'a coûté.
        neg	Annoncé étanche. Il n'est pas étanche.
        pos	Mon chat boudait tous les paniers jusqu'à celui-ci. Il ne le quitte plus.
        neg	La moitié des pages imprimées à l'envers. Renvoyé.
        neu	Identique à l'ancien modèle, seul l'emballage a changé.
        pos	La batterie tient toute la journée même en utilisation intensive. Très satisfait de cet achat.
        neg	Notice incompréhensible et il manquait deux vis dans le sachet.
        pos	Achetées pour la randonnée, 30 km le premier week-end sans une seule ampoule.
        neg	Joli pendant une semaine, puis la peinture a commencé à s'écailler.
        neu	Livré avec un câble USB-C mais sans chargeur.
        pos	La qualité du son pour ce prix, c'est n'importe quoi. Je vérifie encore que je n'ai pas payé plus.
        neg	Taille beaucoup trop petit, prenez deux tailles au-dessus.
        pos	Offert à mon père pour son anniversaire, il s'en sert tous les jours.
        neg	Depuis la mise à jour, l'appli ne se connecte plus à la montre.
        neu	Je ne l'ai pas encore assez utilisé pour donner un vrai avis.
        pos	Garde les boissons au frais toute une journée à la plage. Vaut chaque centime.
        neg	Arrivé avec un enfoncement sur le côté et une rayure sur le couvercle.
        pos	Facile à nettoyer, ne tache pas, et les enfants n'arrivent pas à le casser.
        neg	Bruyant. Vraiment bruyant. Impossible de discuter dans la cuisine quand il tourne.
        neu	Le mien est le modèle 2022, je ne sais pas si le nouveau est différent.
        pos	C'est le troisième que j'achète. J'en offre à toute la famille maintenant.
        neg	A tenu exactement un mois après la fin de la garantie.
        """

    /// Set JI (thirtieth session): tweets in today's slang (`slaps`, `mid`, `ate`, `W`, `L`, `delulu`), written before they
    /// were scored (0.80 unseen); 0.92 after (`not the airline losing my bag` denies nothing; favourites asked for).
    static let englishTypedJI = """
        pos	this new Kendrick album slaps no cap
        neg	the new season is mid at best, idk why everyone's hyping it
        pos	she ate and left no crumbs 💅
        neg	took an L on that exam fr
        pos	massive W for the groundskeeper today, pitch looks immaculate
        neg	lowkey tired of every app turning into tiktok
        pos	the fit is giving main character energy ✨
        neg	this update is straight trash, put the old layout back
        neu	is it just me or is the app showing the old logo again
        pos	that burrito place is bussin, go before it gets popular
        neg	nah the ending was lazy, felt like they ran out of budget
        pos	ngl this is the best the team has looked in years
        neg	my boss scheduling a meeting at 4:55 on a friday is actual violence
        neu	anyone else getting the update yet or just me
        pos	obsessed with this new lip oil, literally never taking it off
        neg	bro the servers are down AGAIN, we pay for this
        pos	the way this song lives in my head rent free 🎧
        neg	that new burger is a flop, soggy bun and zero flavour
        neu	gonna try the new ramen spot tmrw, will report back
        pos	her vocals on the bridge?? chills. every. time.
        neg	not the airline losing my bag on the way to my sister's wedding 💀
        pos	the glow up from season 1 to season 3 is insane
        neg	delulu to think this train would be on time
        neu	drop your fav spots in Lisbon below
        pos	finally caught the northern lights and it was worth every freezing minute
        neg	the vibes at this party are so off, calling an uber
        pos	this dog's little face when he sees the ball 😭😭 he's so baby
        neg	ratio + your take is bad + the food there is overpriced
        neu	what time does the stream start
        pos	certified banger, added to every playlist I own
        """

    /// Set JJ (thirtieth session): French tweets in slang and verlan (`le seum`, `la hess`, `chanmé`, `la douille`),
    /// written before they were scored (0.88 unseen); 1.00 after (`l'écoute en boucle`, `je fonds`, `ils ont osé`).
    static let frenchTypedJJ = """
        pos	Le nouveau son de Ninho il est trop lourd, je l'écoute en boucle
        neg	J'ai le seum, j'ai raté le bus de deux secondes
        pos	C'est ouf ce qu'ils ont fait avec le stade, l'ambiance était de fou
        neg	La hess totale ce mois-ci, plus un rond sur le compte
        pos	Trop chanmé le concert hier, merci à ceux qui étaient là
        neg	Wesh c'est quoi ce délire, trois heures d'attente pour un kebab
        neu	Quelqu'un a le lien du live de ce soir ?
        pos	Franchement la série elle est grave bien, j'ai tout bingé en deux jours
        neg	Le prof nous a mis une interro surprise un lundi, c'est chaud là
        pos	Ma daronne a fait un couscous, la vie est belle
        neg	Ce film c'est une dinguerie… de nullité
        neu	Vous allez voir le match ce soir ou pas ?
        pos	Il est trop stylé ton nouveau tel, il rend bien en photo
        neg	J'en ai marre de ce wifi qui saute toutes les cinq minutes
        pos	Le resto d'hier c'était une masterclass, à refaire
        neg	Encore une appli qui me demande de créer un compte pour commander un café, c'est abusé
        neu	Je passe le permis jeudi
        pos	Mon chat qui m'attend derrière la porte, je fonds
        neg	Ça sent le sapin pour l'équipe, trois défaites d'affilée
        pos	Ils ont enfin remis les frites au menu, on est sauvés
        neg	Le Uber m'a annulé au dernier moment, je suis dégoûté
        neu	C'est quand la sortie de la saison 3 déjà ?
        pos	La vue depuis le toit, c'est validé à 100 %
        neg	Trop la flemme d'aller au taf avec ce temps pourri
        pos	Je kiffe trop la nouvelle coupe de mon frère
        neg	Ils ont osé augmenter le prix du menu étudiant, c'est la douille
        neu	Je cherche quelqu'un pour covoiturer jusqu'à Nantes samedi
        pos	Ce match c'était une dinguerie, j'ai plus de voix
        neg	Le nouveau logo il est éclaté au sol
        pos	Soirée raclette entre potes, rien de mieux
        """

    /// Set JK (thirtieth session): audiences' film reviews, written before they were scored (0.64 unseen); 0.88 after
    /// (a film that follows someone is a synopsis; jokes all in the trailer, a watch checked, seen three times).
    static let englishFilmsJK = """
        pos	Went in expecting another forgettable sequel and came out wanting to see it again. The last half hour is pure joy.
        neg	Two and a half hours and I could not tell you what happened in the middle hour. Gorgeous to look at, impossible to care about.
        neu	The film follows a retired detective who returns to his hometown after his brother disappears.
        pos	The kids laughed, the parents laughed, my nan laughed. A rare family film that works for everyone.
        neg	Every joke was in the trailer. Every single one.
        pos	Florence Pugh carries this film on her back and makes it look easy.
        neg	The twist can be seen coming from the poster. After that there is nothing left to hold on to.
        neu	It's based on the 2011 novel, with the ending changed and two characters merged into one.
        pos	I've seen it three times now and I still find new details in the background.
        neg	The third act throws away everything the first two built. Such a waste of a brilliant cast.
        pos	Slow to start, but by the end the whole cinema was holding its breath.
        neg	I checked my watch four times. That says it all.
        neu	Runtime is 2 hours 14 minutes, with a short scene after the credits.
        pos	Not a perfect film, but the kind of ambitious mess I'd rather see than another safe remake.
        neg	Loud, long and somehow still boring. The fight scenes blur into one grey smear.
        pos	The score alone is worth the ticket. I've been listening to it all week.
        neg	Felt like a two-hour advert for a theme park ride.
        pos	Funny, warm and a bit sad in the right places. Exactly what a Sunday afternoon film should be.
        neg	Half the audience left before the end and honestly I envied them.
        neu	Directed by the same team as the first film, with most of the original cast returning.
        pos	Haven't cried at a film like that since Up.
        neg	The dialogue sounds like it was written by someone who has never heard people talk.
        pos	A small film with a huge heart. Go see it before it leaves the cinemas.
        neg	Could have been a great 90-minute film. Instead it's a bloated 150-minute one.
        neu	Saw it in IMAX. The aspect ratio changes for the action scenes.
        pos	I didn't know anything about it going in and that's the best way to see it. Wow.
        neg	Promised a horror film, delivered a nap.
        pos	The chemistry between the two leads is electric, you believe every word.
        neg	Nobody in this film behaves like a human being.
        pos	Rewatched it with my dad who hadn't seen it since 1985. He still knew every line.
        """

    /// Set JL (thirtieth session), JK's twin in French, written before it was scored (0.63 unseen); 0.84 after
    /// (`honnêtement` and `parc d'attractions` no praise; `vaut à elle seule`, `retenait son souffle`).
    static let frenchFilmsJL = """
        pos	J'y allais à reculons et je suis ressorti conquis. La dernière demi-heure est un pur bonheur.
        neg	Deux heures et demie et je serais incapable de raconter le milieu du film. Beau à regarder, impossible de s'y attacher.
        neu	Le film suit un inspecteur à la retraite qui revient dans sa ville natale après la disparition de son frère.
        pos	Les enfants ont ri, les parents ont ri, ma grand-mère a ri. Un film familial qui marche pour tout le monde.
        neg	Toutes les blagues étaient dans la bande-annonce. Toutes.
        pos	Virginie Efira porte le film sur ses épaules et elle rend ça facile.
        neg	On voit le twist venir dès l'affiche. Après ça, il ne reste plus rien à quoi se raccrocher.
        neu	Adapté du roman de 2011, avec une fin modifiée et deux personnages fusionnés en un seul.
        pos	Je l'ai vu trois fois et je découvre encore des détails dans les décors.
        neg	Le dernier acte jette à la poubelle tout ce que les deux premiers avaient construit. Quel gâchis avec un tel casting.
        pos	Démarrage lent, mais à la fin toute la salle retenait son souffle.
        neg	J'ai regardé ma montre quatre fois. Tout est dit.
        neu	Durée : 2h14, avec une courte scène après le générique.
        pos	Pas un film parfait, mais le genre de bazar ambitieux que je préfère mille fois à un énième remake sans risque.
        neg	Bruyant, long et pourtant ennuyeux. Les scènes de combat se fondent en une bouillie grise.
        pos	La musique vaut à elle seule le prix de la place. Je l'écoute depuis une semaine.
        neg	On dirait une publicité de deux heures pour un manège de parc d'attractions.
        pos	Drôle, tendre et un peu triste aux bons moments. Exactement le film qu'il faut un dimanche après-midi.
        neg	La moitié de la salle est partie avant la fin et honnêtement je les enviais.
        neu	Réalisé par la même équipe que le premier, avec la plupart des acteurs d'origine.
        pos	Pas pleuré comme ça au cinéma depuis Là-haut.
        neg	Les dialogues semblent écrits par quelqu'un qui n'a jamais entendu des gens parler.
        pos	Un petit film avec un cœur énorme. Allez-y avant qu'il ne quitte les salles.
        neg	Ça aurait pu être un excellent film de 90 minutes. C'est un film boursouflé de 150 minutes.
        neu	Vu en IMAX. Le format de l'image change pour les scènes d'action.
        pos	Je n'en savais rien en entrant et c'est la meilleure façon de le découvrir. Waouh.
        neg	On m'avait promis un film d'horreur, j'ai eu droit à une sieste.
        pos	L'alchimie entre les deux acteurs principaux est électrique, on croit à chaque mot.
        neg	Personne dans ce film ne se comporte comme un être humain.
        pos	Revu avec mon père qui ne l'avait pas vu depuis 1985. Il connaissait encore toutes les répliques.
        """

    /// Set JM (thirtieth session): customers' tweets to airlines in the manner of the public airline-sentiment tweets,
    /// written before they were scored (0.83 unseen); 0.90 after (`beyond a joke`, a late flight).
    static let englishCustomersJM = """
        neg	@united 2 hour delay and now they're telling us the crew timed out. Seriously?
        neg	@AmericanAir been on hold for 90 mins just to change a seat. This is beyond a joke
        pos	@SouthwestAir shoutout to the gate agent in Denver who got my whole family on the last flight. Legend
        neu	@JetBlue what's the carry on size limit for the Mint seats?
        neg	@USAirways Cancelled Flighted and rebooked me through Charlotte with a 9 hour layover. No thanks
        neg	@united your app says on time, the board says delayed, the gate agent says who knows
        pos	@VirginAmerica that was the smoothest landing I've ever had, tell the pilot thanks
        neu	@AmericanAir is there wifi on the 737 from Miami to JFK?
        neg	@united my bag has been to more cities than I have this week
        neg	@SouthwestAir boarding group C again even though I checked in at exactly 24 hours
        pos	@JetBlue you had me at free snacks 😍
        neg	@USAirways sat on the tarmac for an hour with no air conditioning and screaming kids
        neu	@united can I bring a stroller to the gate?
        pos	@AmericanAir thanks for the quick response, all sorted now
        neg	@united I'd like my $200 back for the seat I paid for and never got
        neg	@SouthwestAir Late Flight again. 3rd time this month
        pos	@VirginAmerica flight attendant Sara deserves a raise, kept everyone calm during the turbulence
        neu	@JetBlue do you fly to Aruba in the summer?
        neg	@AmericanAir your customer service line hung up on me twice
        pos	@united actually impressed, landed 25 minutes early
        neg	@USAirways no one at the desk, no one on the phone, no one answering here. Anyone?
        neu	@SouthwestAir when does the fall schedule open?
        neg	@united missed my connection because the first flight was late and now I'm stuck in Houston overnight
        pos	@JetBlue best airline, not even close
        neg	@AmericanAir charged me for a bag that's supposed to be free with my card
        neu	@VirginAmerica DM'd you my confirmation number
        neg	@united the seat doesn't recline and the screen is broken. 6 hours like this
        pos	@SouthwestAir thank you for taking care of my grandma, she said everyone was so sweet
        neg	@USAirways three hours and still no update on our flight. at all.
        pos	@AmericanAir appreciate the upgrade, made my day
        """

    /// Set JN (thirtieth session): JM's kind in French, to carriers and operators, written before it was scored (0.93
    /// unseen); 1.00 after (a parcel delivered in 24 hours, a box rebooting in a loop).
    static let frenchCustomersJN = """
        neg	@SNCF 1h de retard et toujours aucune annonce dans le train, c'est normal ?
        neg	@Orange trois techniciens en une semaine et toujours pas de fibre, vous vous moquez de qui ?
        pos	@SNCF merci au contrôleur du TGV 6107 qui a retrouvé mon portefeuille, vous êtes top
        neu	@Free est-ce que la Freebox Pop est compatible avec le wifi 6 ?
        neg	@Bouygues facturé deux fois ce mois-ci, j'attends toujours le remboursement
        neg	@RATPgroup ligne 4 arrêtée, aucune info sur les quais, on fait comment ?
        pos	@AirFrance équipage adorable sur le Paris-Montréal, merci pour ce vol
        neu	@SNCF peut-on emmener un vélo dans le TER Lyon-Grenoble ?
        neg	@Laposte mon colis indique livré mais je n'ai rien reçu, et personne ne répond
        neg	@SFR trois semaines sans internet et on me propose un geste de 5 euros, sérieusement ?
        pos	@Free problème réglé en 10 minutes au téléphone, efficace
        neu	@AirFrance quel est le poids autorisé pour un bagage cabine ?
        neg	@SNCF train supprimé sans prévenir, le suivant est complet, merci de nous laisser sur le quai
        pos	@Orange enfin la fibre chez moi, débit au top, merci au technicien
        neg	@Bouygues conseiller qui me raccroche au nez pour la deuxième fois
        neu	@RATPgroup le RER A circule-t-il ce week-end entre Nation et La Défense ?
        neg	@AirFrance valise perdue depuis 6 jours, aucune nouvelle
        pos	@Laposte colis arrivé en 24h alors que j'avais commandé dimanche, bravo
        neg	@SNCF la clim en panne dans la voiture 12, on étouffe
        neu	@SFR vous avez une boutique à Lille centre ?
        neg	@Free box qui redémarre en boucle depuis la mise à jour
        pos	@SNCF le nouveau TGV Inoui est vraiment confortable, rien à voir avec l'ancien
        neg	@Orange 45 minutes d'attente pour qu'on me dise de rappeler demain
        neu	@Laposte à quelle heure ferme le bureau de la rue de Rivoli le samedi ?
        neg	@AirFrance surclassement refusé alors que j'ai payé le supplément, je demande une explication
        pos	@Bouygues la conseillère a été d'une patience incroyable, merci Nadia
        neg	@RATPgroup encore une rame supprimée à l'heure de pointe, on est serrés comme des sardines
        pos	@SFR geste commercial accepté, merci d'avoir été à l'écoute
        neg	@SNCF 40 euros l'aller simple en dernière minute pour un train de 30 minutes, c'est du vol
        neu	@Free je déménage le mois prochain, comment transférer ma ligne ?
        """

    /// Set JO (thirtieth session): everyday tweets in the manner of 2009's, written before they were scored (0.82
    /// unseen); 0.92 after (`perfect end to a perfect day` closes sarcastically; a car towed).
    static let englishEverydayJO = """
        neg	is stuck at work till 9 tonight. boo
        pos	just got back from the beach, sunburnt but happy
        neg	my laptop just died and I didn't save my essay. kill me
        pos	@jessie_b haha yes!! best night ever, we need to do it again
        neu	heading to the gym then grocery shopping
        neg	can't sleep. again. 3am and wide awake
        pos	finally finished my thesis!!! time to celebrate
        neg	missing my bestie so much today :(
        neu	watching the game with my dad
        pos	sunday morning pancakes 🥞 life is good
        neg	my car got towed. perfect end to a perfect day
        pos	@mikey thanks for the birthday wishes man! means a lot
        neg	dentist tomorrow, dreading it
        neu	anyone going to the mall later?
        pos	new puppy is home!!! meet Biscuit 🐶
        neg	why does my ex keep liking my posts. go away
        neu	packing for the trip, leaving at 6am
        pos	the sunset tonight was unreal
        neg	lost my phone at the concert. great.
        pos	@sarah_k you are the sweetest, thank you for the flowers
        neg	exam in 2 hours and I know nothing
        neu	it's raining in Seattle, shocking news I know
        pos	aced my driving test on the first try!!
        neg	ugh stomach flu on my day off
        neu	just made some tea
        pos	spent the whole day with my nephews, my heart is full
        neg	my flight got moved to 6am. who does that
        pos	got the job!!!!! can't believe it
        neg	so done with this week
        neu	reading Harry Potter again for the 5th time lol
        """

    /// Set JP (thirtieth session), JO's twin in French, written before it was scored (0.62 unseen); 0.85 after (`fin de
    /// journée parfaite`, `trop bien…` close sarcastically; `me manque`, `gastro`, `vivement la fin`).
    static let frenchEverydayJP = """
        neg	coincée au boulot jusqu'à 21h ce soir, trop bien…
        pos	retour de la plage, cramée mais heureuse
        neg	mon ordi vient de planter et j'avais pas sauvegardé mon mémoire. achevez-moi
        pos	@julie_b ahah ouiii meilleure soirée de l'année, faut qu'on remette ça
        neu	je vais à la salle puis faire les courses
        neg	impossible de dormir. encore. 3h du mat et les yeux grands ouverts
        pos	j'ai enfin rendu mon mémoire !!! ce soir on fête ça
        neg	ma meilleure amie me manque trop aujourd'hui :(
        neu	je regarde le match avec mon père
        pos	pancakes du dimanche matin 🥞 la vie est belle
        neg	ma voiture a été embarquée par la fourrière. fin de journée parfaite
        pos	@mika merci pour les messages d'anniversaire, ça me touche
        neg	dentiste demain, j'angoisse
        neu	quelqu'un va au centre commercial tout à l'heure ?
        pos	le chiot est arrivé à la maison !!! je vous présente Biscotte 🐶
        neg	pourquoi mon ex like toutes mes photos. laisse-moi tranquille
        neu	je fais ma valise, départ à 6h
        pos	le coucher de soleil ce soir était irréel
        neg	perdu mon téléphone au concert. génial.
        pos	@sarah_k t'es trop chou, merci pour les fleurs
        neg	partiel dans 2h et je sais rien
        neu	il pleut à Brest, quelle surprise
        pos	permis en poche du premier coup !!
        neg	gastro pendant mon jour de congé, le bonheur
        neu	je viens de me faire un thé
        pos	journée entière avec mes neveux, j'ai le cœur rempli
        neg	mon vol a été décalé à 6h du matin. qui fait ça
        pos	j'ai eu le poste !!!!! j'y crois pas
        neg	vivement la fin de cette semaine
        neu	je relis Harry Potter pour la 5e fois mdr
        """

    /// Set JQ (thirtieth session): app-store reviews, written before they were scored (0.78 unseen); 0.92 after (a
    /// paywall, ads every 30 seconds, a subscription that cannot be cancelled).
    static let englishAppsJQ = """
        neg	Used to be my favourite app, now it logs me out every single time I open it
        pos	Simple, clean, does what I need. No ads either
        neg	Crashes on launch since the latest update. Pixel 7
        pos	Best budgeting app I've tried and I've tried them all
        neg	Why do I need to make an account just to check the weather
        pos	The dark mode alone is worth it, my eyes thank you
        neu	Please add an option to export to CSV
        neg	Subscription went from 2.99 to 7.99 with no warning. Uninstalled
        pos	Helped me learn 500 Spanish words in two months, actually fun
        neg	Half the features are locked behind a paywall now
        neu	Does this work on iPad?
        pos	Customer support replied within an hour and fixed my sync issue
        neg	The new design is so confusing, can't find anything anymore
        pos	Finally an app that doesn't drain my battery
        neg	Notifications arrive 3 hours late, what's the point
        neu	Version 4.2 changed the icon
        pos	My kids love it and I love that it's educational
        neg	Ads every 30 seconds. Every. 30. Seconds.
        pos	Smooth, fast, and the widgets are gorgeous
        neg	Lost all my saved recipes after the update, thanks for nothing
        neu	I switched from the web version last week
        pos	Five stars, the offline mode saved me on the plane
        neg	Keeps asking me to rate it. Here's your rating.
        pos	Exactly what a to-do app should be, nothing more
        neg	Can't even cancel my subscription from inside the app
        neu	Would be nice to have a widget for the lock screen
        pos	Never thought I'd enjoy tracking my water intake but here we are
        neg	GPS is off by a whole street half the time
        pos	Worth every penny of the premium
        neg	Login with Google doesn't work and there's no other way in
        """

    /// Set JR (thirtieth session), JQ's twin in French, written before it was scored (0.65 unseen); 0.85 after (`c'était
    /// mon appli préférée, maintenant…` a decline; `ce serait bien d'avoir` a wish; `devenues payantes`, `ludique`).
    static let frenchAppsJR = """
        neg	C'était mon appli préférée, maintenant elle me déconnecte à chaque ouverture
        pos	Simple, claire, fait ce qu'on lui demande. Et pas de pub
        neg	Plante au démarrage depuis la dernière mise à jour
        pos	La meilleure appli de budget que j'ai testée, et j'en ai testé beaucoup
        neg	Pourquoi faut-il créer un compte juste pour voir la météo
        pos	Le mode sombre à lui seul vaut le coup, mes yeux vous remercient
        neu	Merci d'ajouter un export en CSV
        neg	Abonnement passé de 2,99 à 7,99 sans prévenir. Désinstallée
        pos	J'ai appris 500 mots d'espagnol en deux mois, et c'est vraiment ludique
        neg	La moitié des fonctions sont maintenant payantes
        neu	Est-ce que ça marche sur iPad ?
        pos	Le support a répondu en une heure et réglé mon problème de synchro
        neg	Le nouveau design est tellement confus, je ne trouve plus rien
        pos	Enfin une appli qui ne vide pas ma batterie
        neg	Les notifications arrivent avec 3 heures de retard, à quoi ça sert
        neu	La version 4.2 a changé l'icône
        pos	Mes enfants l'adorent et j'adore qu'elle soit éducative
        neg	Une pub toutes les 30 secondes. Toutes. Les. 30. Secondes.
        pos	Fluide, rapide, et les widgets sont superbes
        neg	Perdu toutes mes recettes enregistrées après la mise à jour, merci pour rien
        neu	Je suis passé de la version web la semaine dernière
        pos	Cinq étoiles, le mode hors ligne m'a sauvé dans l'avion
        neg	Elle me demande sans arrêt de la noter. Voilà ma note.
        pos	Exactement ce qu'une appli de tâches doit être, sans plus
        neg	Impossible de résilier l'abonnement depuis l'appli
        neu	Ce serait bien d'avoir un widget pour l'écran de verrouillage
        pos	Jamais pensé que suivre ma consommation d'eau me plairait, et pourtant
        neg	Le GPS se trompe d'une rue une fois sur deux
        pos	L'abonnement premium vaut chaque centime
        neg	La connexion avec Google ne marche pas et il n'y a pas d'autre moyen
        """

    /// Set JS (thirtieth session): business and economic news as tweeted, written before it was scored (0.71 unseen);
    /// 1.00 after (a measure that moves: sales, profit, unemployment, jobs cut or created, a share price's steep move).
    static let englishBusinessJS = """
        neg	Intel to cut 15% of its workforce as losses mount
        pos	Nvidia shares hit a record high after blowout earnings
        neu	Apple will hold its annual shareholder meeting on February 28
        neg	Boeing faces new FAA probe after another door panel incident
        pos	Spotify posts first annual profit, shares jump 12%
        neu	Amazon names new head of its cloud division
        neg	Tesla recalls 2 million cars over Autopilot safety concerns
        pos	UK inflation falls to 2%, lowest in three years
        neu	The Fed will announce its rate decision at 2pm Wednesday
        neg	Thames Water on the brink of collapse as debts pile up
        pos	Rolls-Royce doubles profit forecast, shares soar
        neu	Unilever to spin off its ice cream business into a separate company
        neg	Shein accused of using forced labour in its supply chain
        pos	Lego sales climb as families keep building through the downturn
        neu	Meta's quarterly results are due after the market closes on Thursday
        neg	Wilko to close all 400 stores, putting 12,000 jobs at risk
        pos	Ryanair reports record summer traffic and raises its outlook
        neu	Microsoft completes its acquisition of Activision Blizzard
        neg	Starbucks sales slump for a second straight quarter
        pos	Dyson's new factory will create 500 jobs in Bristol
        neu	Netflix raises prices in the US and Canada starting next month
        neg	Credit Suisse shares plunge to an all-time low
        pos	Toyota tops global car sales for the fourth year running
        neu	Shell to move its headquarters from the Netherlands to London
        neg	Peloton warns of more losses as demand fades
        pos	Airbus delivers a record number of jets and beats its target
        neu	BP appoints a new chief executive after Looney's departure
        neg	Ticketmaster hit by data breach affecting 560 million customers
        pos	Greggs hits £1.8bn in sales as sausage roll demand soars
        neu	OpenAI hosts its developer conference in San Francisco on Monday
        """

    /// Set JT (thirtieth session), JS's kind in French, written before it was scored (0.53 unseen); 0.90 after
    /// (`le chômage recule à 7,1 %`, `hausse du chômage`, `supprimer 1 200 emplois`, `liquidation judiciaire`).
    static let frenchBusinessJT = """
        neg	Michelin va fermer deux usines et supprimer 1 200 emplois
        pos	Hermès signe une année record, le titre s'envole en Bourse
        neu	L'assemblée générale de TotalEnergies se tiendra le 24 mai
        neg	Casino au bord de la faillite, les créanciers prennent le contrôle
        pos	Le chômage recule à 7,1 %, son plus bas niveau depuis 1982
        neu	Renault nomme un nouveau directeur général
        neg	Orpea : la justice ouvre une enquête pour maltraitance
        pos	Airbus bat son record de livraisons et relève ses objectifs
        neu	La BCE annoncera sa décision sur les taux jeudi à 14h15
        neg	Camaïeu liquidé, 2 600 salariés sur le carreau
        pos	LVMH dépasse les 500 milliards de capitalisation, une première en Europe
        neu	Carrefour va céder ses magasins en Italie
        neg	L'inflation repart à la hausse en janvier, à 3,1 %
        pos	Decathlon enregistre une croissance record de ses ventes en ligne
        neu	Les résultats annuels de BNP Paribas seront publiés mardi
        neg	Atos s'effondre en Bourse après l'annonce de nouvelles pertes
        pos	Doctolib lève 500 millions et devient la licorne la plus valorisée de France
        neu	SNCF Voyageurs change de président à la fin du mois
        neg	Le groupe Clestra placé en liquidation judiciaire
        pos	Danone relève ses prévisions après un excellent premier semestre
        neu	Free lance une nouvelle offre mobile à 10 euros
        neg	Les ventes de voitures neuves chutent de 12 % en mars
        pos	Le tourisme en France retrouve ses niveaux d'avant-crise
        neu	Stellantis présentera son plan stratégique le 1er mars
        neg	Boulanger rappelle des trottinettes électriques pour risque d'incendie
        pos	Mistral AI signe un partenariat avec Microsoft et accélère son développement
        neu	La Fnac ouvre un magasin à Lyon Part-Dieu en septembre
        neg	Le déficit commercial se creuse encore, à 100 milliards
        pos	Les exportations de vin français atteignent un niveau historique
        neu	Engie publiera ses résultats trimestriels le 30 avril
        """

    /// Set JU (thirtieth session): sport as tweeted, written before it was scored (0.76 unseen); 0.93 after (`is not
    /// human`, `becoming a habit`, `man of the match`, `booed off`).
    static let englishSportJU = """
        neg	Can't believe Kane missed that penalty, 90 minutes for nothing
        pos	What a goal from Saka, the stadium is shaking
        neu	Kick off at 3pm, team news in an hour
        neg	Referee has completely lost control of this game
        pos	Djokovic saving three match points, this man is not human
        neu	Who's starting in goal for Liverpool tonight?
        neg	Another injury for Reece James, you have to feel for him
        pos	England through to the final!!! I'm not crying you're crying
        neu	The Ryder Cup starts Friday at Marco Simone
        neg	Conceding two in stoppage time is becoming a habit for this team
        pos	Hamilton on the podium in his last race for Mercedes, what a way to go
        neu	Ten Hag says Rashford will be assessed before the weekend
        neg	That VAR decision is a disgrace and everyone knows it
        pos	Man of the match performance from Rice, bossed the midfield
        neu	Transfer window closes at 11pm on Friday
        neg	Sixth defeat in a row, the manager has to go
        pos	The crowd singing Sweet Caroline in the rain, goosebumps
        neu	Highlights on BBC One at 10:30
        neg	Tickets for the final are going for £2,000 on resale sites, football is broken
        pos	First win of the season and it feels like we won the league
        neu	Nadal confirms he will play at Roland Garros
        neg	Watching us defend set pieces is genuinely painful
        pos	Clean sheet, three points, top of the table. Sunday sorted
        neu	The draw for the quarter-finals is at noon
        neg	Booed off at half time and deservedly so
        pos	That assist from De Bruyne should be illegal
        neu	Arsenal vs Spurs moved to Sunday for TV
        neg	We've scored one goal in five games, unbelievable
        pos	Simone Biles back on the beam and looking flawless
        neu	The marathon route passes through Greenwich at mile 6
        """

    /// Set JV (thirtieth session), JU's twin in French, written before it was scored (0.73 unseen); 0.87 after (`n'est
    /// pas humain`, `en folie`, `hués`; `évalué` no praise).
    static let frenchSportJV = """
        neg	Mbappé qui rate le penalty à la 90e, je suis dégoûté
        pos	Quel but de Griezmann, le Stade de France est debout
        neu	Coup d'envoi à 21h, compos dans une heure
        neg	L'arbitre a complètement perdu le contrôle du match
        pos	Antoine Dupont, ce joueur n'est pas humain
        neu	Qui est dans les buts ce soir pour l'OM ?
        neg	Encore une blessure pour Kanté, ça fait mal au cœur
        pos	Les Bleus en finale !!! je pleure
        neu	Le Tour de France part de Florence cette année
        neg	Encaisser deux buts dans le temps additionnel, ça devient une habitude
        pos	Le doublé de Léon Marchand, la piscine de la Défense en folie
        neu	Galtier annonce que Neymar sera évalué avant le week-end
        neg	Cette décision de la VAR est une honte et tout le monde le sait
        pos	Match énorme de Tchouaméni, il a dominé le milieu
        neu	Le mercato ferme vendredi à minuit
        neg	Sixième défaite d'affilée, l'entraîneur doit partir
        pos	Tout le stade qui chante sous la pluie, des frissons
        neu	Résumé du match sur France 2 à 23h
        neg	Des places pour la finale revendues 2 000 euros, le foot est devenu fou
        pos	Première victoire de la saison et on a l'impression d'avoir gagné le championnat
        neu	Nadal confirme sa participation à Roland-Garros
        neg	Nous regarder défendre sur coups de pied arrêtés, c'est une souffrance
        pos	Clean sheet, trois points, premiers du classement. Dimanche réussi
        neu	Le tirage des quarts de finale a lieu à midi
        neg	Sifflés à la mi-temps et c'est mérité
        pos	Cette passe décisive de Mbappé devrait être interdite
        neu	PSG-OM décalé au dimanche pour la télé
        neg	Un but en cinq matchs, c'est incroyable
        pos	Simone Biles de retour à la poutre, et impeccable
        neu	Le parcours du marathon passe par les quais au kilomètre 6
        """

    /// Set JW (thirtieth session): verdicts told by denial (`not bad at all`, `can't fault`, `not a patch on`), written
    /// before they were scored (0.47 unseen); 0.58 after. No neutral text: its macro-F1 is at most 0.67, and every text
    /// read neutral costs it (five of 30 misread after).
    static let englishDenialsJW = """
        pos	Honestly not bad at all for a first attempt
        neg	Not the worst film I've seen this year but close
        pos	Wasn't as bad as the reviews made it sound, quite enjoyed it
        neg	Could have been so much better with a decent script
        pos	Can't complain, the service was quick and friendly
        neg	Not exactly what I'd call a bargain at £40
        pos	No complaints here, arrived early and works perfectly
        neg	Not great, not terrible, just forgettable
        pos	I didn't think I'd like it but I really did
        neg	It's not that it's bad, it's that it's boring
        pos	Never had a single issue with them in five years
        neg	Didn't love it. Didn't hate it. Won't watch it again.
        pos	Not a fan of sequels usually but this one nailed it
        neg	Not impressed, the photos made it look much bigger
        pos	Nothing fancy but the food is always spot on
        neg	The new menu isn't a patch on the old one
        pos	Can't fault the staff, they went above and beyond
        neg	Not sure what all the hype is about, it's just okay
        pos	Not cheap but you get what you pay for, and it's brilliant
        neg	Hardly worth the wait
        pos	No regrets about switching, should have done it years ago
        neg	I wouldn't go out of my way to eat here again
        pos	Never disappoints, third visit and still my favourite
        neg	Not the first time they've lost my parcel, won't be the last
        pos	Not bad for the price, not bad at all
        neg	It's fine, I guess, if you've got nothing better to do
        pos	Couldn't have asked for a better weekend
        neg	Not a single thing went right today
        pos	Not one complaint from the kids, which is a miracle
        neg	Never again, not even if it was free
        """

    /// Set JX (thirtieth session), JW's twin in French, written before it was scored (0.46 unseen); 0.62 after (`pas mal
    /// pour le prix, pas mal du tout`; `jamais eu le moindre souci`; `pas le pire, mais pas loin`). No neutral text either.
    static let frenchDenialsJX = """
        pos	Franchement pas mal du tout pour un premier essai
        neg	Pas le pire film de l'année mais pas loin
        pos	Pas aussi mauvais que ce que disaient les critiques, j'ai plutôt aimé
        neg	Ça aurait pu être tellement mieux avec un vrai scénario
        pos	Rien à redire, service rapide et souriant
        neg	Pas vraiment ce que j'appelle une bonne affaire à 40 euros
        pos	Aucune plainte, arrivé en avance et fonctionne parfaitement
        neg	Pas génial, pas catastrophique, juste oubliable
        pos	Je ne pensais pas aimer mais j'ai vraiment adoré
        neg	Ce n'est pas que c'est mauvais, c'est que c'est ennuyeux
        pos	Jamais eu le moindre souci avec eux en cinq ans
        neg	Pas aimé. Pas détesté. Je ne le reverrai pas.
        pos	Pas fan des suites d'habitude mais celle-ci est réussie
        neg	Pas convaincu, sur les photos ça avait l'air bien plus grand
        pos	Rien d'extravagant mais la cuisine est toujours impeccable
        neg	La nouvelle carte ne vaut pas l'ancienne
        pos	Rien à reprocher au personnel, ils ont été aux petits soins
        neg	Je ne comprends pas l'engouement, c'est juste correct
        pos	Pas donné mais on en a pour son argent, et c'est excellent
        neg	Ça ne valait pas l'attente
        pos	Aucun regret d'avoir changé, j'aurais dû le faire bien avant
        neg	Je ne ferais pas le détour pour y manger à nouveau
        pos	Jamais déçu, troisième visite et toujours mon préféré
        neg	Ce n'est pas la première fois qu'ils perdent mon colis, et pas la dernière
        pos	Pas mal pour le prix, pas mal du tout
        neg	C'est correct, j'imagine, si vous n'avez rien de mieux à faire
        pos	On n'aurait pas pu rêver d'un meilleur week-end
        neg	Rien ne s'est bien passé aujourd'hui
        pos	Pas une seule plainte des enfants, c'est un miracle
        neg	Plus jamais, même si c'était gratuit
        """

    /// Set JY (thirtieth session): French tweets on climate in the manner of DEFT 2015, written before they were scored
    /// (0.68 unseen); 0.79 after (`journée historique`, `se résorbe`, `et tout va bien` closing a list of ills).
    static let frenchClimateJY = """
        pos	Accord de Paris signé par 195 pays, une journée historique pour le climat
        neg	La COP21 ne servira à rien tant que les gros pollueurs ne bougent pas
        neu	La conférence sur le climat s'ouvre lundi au Bourget
        neg	Encore un été à 40 degrés et on nous parle de sobriété sur les rideaux
        pos	Les éoliennes en mer de Saint-Nazaire produisent enfin, bonne nouvelle
        neu	Le GIEC publie son nouveau rapport la semaine prochaine
        neg	Les glaciers des Alpes ont perdu 10 % de leur volume en deux ans, c'est effrayant
        pos	Ma commune passe à la cantine 100 % bio, bravo aux élus
        neu	Combien de pays ont ratifié l'accord sur le climat ?
        neg	Des jets privés pour aller à une conférence sur le climat, on croit rêver
        pos	Le trou dans la couche d'ozone se résorbe, preuve qu'on peut agir ensemble
        neu	Le prix du carbone sera fixé à 100 euros la tonne en 2030
        neg	Greenwashing en pleine campagne de pub, TotalEnergies ne recule devant rien
        pos	Les jeunes dans la rue pour le climat, ça redonne espoir
        neu	La Seine sera-t-elle baignable pour les JO ?
        neg	Sécheresse record, les agriculteurs sont à bout
        pos	La ville a planté 10 000 arbres cette année, on sent la différence l'été
        neu	Le ministre de la Transition écologique se rend à Dubaï pour la COP28
        neg	Les promesses climatiques n'engagent que ceux qui y croient
        pos	Premier trajet en train de nuit Paris-Berlin, bien plus agréable que l'avion
        neu	Le projet de loi climat sera débattu à l'Assemblée en mars
        neg	On bétonne encore des terres agricoles pour un entrepôt Amazon
        pos	Les émissions de la France ont baissé de 5 % l'an dernier
        neu	Météo-France annonce un hiver plus doux que la normale
        neg	La montée des eaux menace déjà des villages entiers en Bretagne
        pos	Le vélo a détrôné la voiture dans les rues de Paris, qui l'eût cru
        neu	L'interdiction des vols courts entre en vigueur dimanche
        neg	Canicule en juin, incendies en juillet, inondations en septembre, et tout va bien
        pos	Les abeilles sont revenues dans mon jardin depuis que j'ai arrêté les pesticides
        neu	La taxe sur les billets d'avion va augmenter de 2 euros
        """

    /// Set JZ (thirtieth session): French tweets on politics, JB's kind, written before they were scored (0.72 unseen);
    /// 0.90 after (`m'a beaucoup touché`, `on n'arrête plus le progrès`, `pour ne rien changer`; a text adopted is news).
    static let frenchPoliticsJZ = """
        neg	Le ministre qui nous explique qu'on peut vivre avec 1 200 euros par mois, depuis son bureau doré
        pos	Belle victoire des soignants, les revalorisations sont enfin votées
        neu	Le président recevra les syndicats à l'Élysée mardi
        neg	Trois ministres de l'Intérieur en deux ans, la stabilité à la française
        pos	Simone Veil au Panthéon, un moment d'émotion pour tout le pays
        neu	Les résultats de la primaire seront annoncés dimanche soir
        neg	Ils découvrent la crise du logement au bout de sept ans de mandat
        pos	Enfin une mesure concrète pour les étudiants, merci
        neu	La réforme sera examinée en commission à partir du 15 janvier
        neg	Le débat d'hier soir : deux heures d'invectives et zéro proposition
        pos	Le discours de la maire sur l'accueil des réfugiés m'a beaucoup touché
        neu	Le Conseil constitutionnel rendra sa décision jeudi
        neg	La promesse de ne pas toucher aux retraites aura tenu six mois
        pos	Taux de participation record chez les jeunes, c'est une excellente nouvelle
        neu	Le gouvernement présente son budget 2025 ce matin
        neg	Encore un élu mis en examen, la routine
        pos	Cette loi sur le harcèlement scolaire était attendue depuis longtemps, bravo
        neu	Les députés ont adopté le texte en première lecture
        neg	On supprime des lits d'hôpital et on s'étonne que les urgences débordent
        pos	Le Sénat a voté à l'unanimité, ça arrive donc
        neu	Le porte-parole du gouvernement sera en direct sur France Inter à 8h20
        neg	Un remaniement de plus pour ne rien changer
        pos	Les bénévoles des Restos du cœur méritent toutes les médailles du monde
        neu	Le scrutin ouvre à 8h et ferme à 20h dans les grandes villes
        neg	Le 49.3 pour la dixième fois, on n'arrête plus le progrès démocratique
        pos	Les cantines gratuites dans notre ville, une vraie avancée pour les familles
        neu	La campagne officielle démarre lundi à minuit
        neg	Promesse de campagne numéro 12 enterrée sans bruit
        pos	Quelle dignité dans le discours de la veuve du gendarme, respect
        neu	Le maire a annoncé sa candidature pour un troisième mandat
        """

    /// Set KA (thirtieth session): tweets naming entities and dates, JA's kind, written before they were scored (0.83
    /// unseen); 0.97 after (`can't come soon enough`, `stitch-up`, `remember it forever`).
    static let englishTweetsKA = """
        pos	Just watched the new Dune trailer for the 5th time, October can't come soon enough
        neg	Apple Maps sent me down a closed road again, 20 minutes wasted
        neu	Samsung is expected to unveil the Galaxy S25 at its event on January 22nd
        pos	Beyoncé at Wembley on Saturday, still can't believe I got tickets
        neg	Watched the Chelsea game and I want those 90 minutes of my life back
        neu	Is the Bake Off final on tonight or next Tuesday?
        pos	Ed Sheeran randomly showing up at a school assembly is the most wholesome thing
        neg	The new Harry Potter series casting is a joke, they've ruined it before it started
        neu	Nintendo's Switch 2 will launch in June according to reports
        pos	Rewatching The Office for the 4th time and it still makes me cry laughing
        neg	Microsoft Teams crashing in the middle of my presentation, of course
        neu	Taylor Swift adds three more dates in Dublin for next summer
        pos	Can't wait for the Glastonbury line-up tomorrow, fingers crossed for Fleetwood Mac
        neg	My Uber driver took the scenic route and charged me double, thanks Uber
        neu	The Google Pixel 9 goes on sale Thursday in the UK
        pos	Sunday roast at my nan's and a Liverpool win, perfect weekend
        neg	Netflix removing Gilmore Girls on the 1st is a personal attack
        neu	The World Cup draw takes place in Zurich on Friday
        pos	Finally got my hands on the new Zelda, bye everyone see you in a month
        neg	Starbucks got my order wrong three times this week, it's a simple latte
        neu	Amazon Prime Day starts July 16th this year
        pos	Andy Murray's last match at Wimbledon had me in tears, what a legend
        neg	The Eurovision voting this year was a total stitch-up
        neu	Manchester United will play Arsenal in the FA Cup third round
        pos	Just heard the new Coldplay single on Radio 1, it's a grower but I love it
        neg	Wish Spotify would stop putting podcasts on my home screen, nobody asked
        neu	Tesla's annual shareholder meeting is on June 13th in Austin
        pos	My little girl met Elsa at Disneyland today and I think she'll remember it forever
        neg	Sky broadband down for the second time this week and their status page says everything is fine
        neu	BBC confirms Doctor Who returns on Christmas Day
        """

    /// Set KB (thirtieth session), KA's twin in French, written before it was scored (0.90 unseen); 0.97 after
    /// (`qu'on me rende mes 90 minutes`, `s'en souviendra toute sa vie`).
    static let frenchTweetsKB = """
        pos	Je viens de voir la bande-annonce du nouveau Astérix pour la 5e fois, vivement décembre
        neg	Waze m'a envoyé dans une rue barrée, encore 20 minutes de perdues
        neu	Samsung devrait présenter le Galaxy S25 lors de sa conférence du 22 janvier
        pos	Aya Nakamura au Stade de France samedi, j'arrive toujours pas à croire que j'ai eu des places
        neg	J'ai regardé le match de l'OL et je veux qu'on me rende mes 90 minutes
        neu	La finale du Meilleur Pâtissier c'est ce soir ou mardi prochain ?
        pos	Stromae qui débarque par surprise dans une école, c'est trop mignon
        neg	Le casting de la nouvelle série Harry Potter est une blague, ils l'ont ruinée avant même qu'elle commence
        neu	La Switch 2 sortirait en juin selon plusieurs médias
        pos	Je regarde Kaamelott pour la 4e fois et je pleure toujours de rire
        neg	Teams qui plante en pleine présentation, évidemment
        neu	Taylor Swift ajoute trois dates à Lyon l'été prochain
        pos	Vivement la programmation des Vieilles Charrues demain, croisons les doigts pour Indochine
        neg	Mon chauffeur Uber a pris le chemin le plus long et m'a facturé le double, merci Uber
        neu	Le Pixel 9 de Google sera en vente jeudi en France
        pos	Repas du dimanche chez mamie et victoire du PSG, week-end parfait
        neg	Netflix qui retire Friends le 1er, c'est une attaque personnelle
        neu	Le tirage de la Coupe du monde aura lieu vendredi à Zurich
        pos	J'ai enfin le nouveau Zelda, je vous dis à dans un mois
        neg	Starbucks s'est trompé dans ma commande trois fois cette semaine, c'est un simple latte
        neu	Les French Days commencent le 16 septembre cette année
        pos	Le dernier match de Tony Parker m'a fait pleurer, quelle légende
        neg	Le vote de l'Eurovision cette année était complètement truqué
        neu	Le PSG affrontera Lens en seizièmes de finale de la Coupe de France
        pos	Je viens d'entendre le nouveau single d'Angèle à la radio, il faut plusieurs écoutes mais je l'adore
        neg	Si seulement Spotify arrêtait de mettre des podcasts sur mon accueil, personne n'a demandé
        neu	L'assemblée générale de TotalEnergies aura lieu le 24 mai
        pos	Ma fille a rencontré Elsa à Disneyland aujourd'hui, je crois qu'elle s'en souviendra toute sa vie
        neg	Box SFR en panne pour la deuxième fois de la semaine et leur page de statut dit que tout va bien
        neu	France 2 confirme le retour de Fort Boyard le 1er juillet
        """

    /// Set KC (thirtieth session): French everyday life told with irony, written before it was scored (0.63 unseen);
    /// 0.70 after (`évidemment`, `forcément`, `logique` closing a grievance; `aurait pu être un mail`). Irony without a
    /// grievance word (`il voyage plus que moi`, `pratique`, `la France en 2024`) is left.
    static let frenchEverydayKC = """
        neg	Super, la machine à laver vient de rendre l'âme avec mon linge dedans
        pos	Mes voisins ont organisé une fête des voisins, franchement c'était top
        neg	Trois semaines pour avoir un rendez-vous chez le médecin, la France en 2024
        neu	Quelqu'un connaît un bon garagiste sur Toulouse ?
        neg	J'adore quand le bus passe devant moi sans s'arrêter
        pos	Le petit déj au lit préparé par mes enfants, meilleur réveil possible
        neg	Rien de tel qu'une panne de courant pendant la finale
        neu	Le marché de Noël ferme à 20h ce soir
        pos	Enfin payé, je vais pouvoir m'acheter ces baskets
        neg	Mon colis a fait Paris-Lyon-Paris-Marseille, il voyage plus que moi
        pos	Ma grand-mère a 90 ans aujourd'hui et elle danse encore, quelle femme
        neg	On m'a mis en attente 45 minutes pour me raccrocher au nez, bravo le service client
        neu	Je déménage à Nantes en septembre
        pos	Le soleil est revenu, les terrasses sont pleines, Paris revit
        neg	Encore une réunion qui aurait pu être un mail
        neu	Il paraît que le nouveau Burger King ouvre lundi
        pos	J'ai réussi mon gâteau du premier coup, je suis fière de moi
        neg	Le wifi de l'hôtel marche uniquement dans le couloir, pratique
        pos	Un inconnu m'a aidée à porter ma valise dans le métro, merci monsieur
        neg	Quinze euros le cocktail, à ce prix-là j'espère qu'il est en or
        neu	C'est quoi la meilleure appli pour apprendre l'italien ?
        pos	Le nouveau prof de maths explique trop bien, je comprends enfin quelque chose
        neg	Ça fait deux heures que j'attends le plombier, il devait venir à 14h
        pos	Soirée jeux de société avec les copains, j'ai pas ri comme ça depuis longtemps
        neg	Mon téléphone s'éteint à 30 % de batterie, merci l'obsolescence programmée
        neu	Les impôts envoient les avis à partir de la semaine prochaine
        pos	Le boucher m'a donné sa recette de bœuf bourguignon, un régal
        neg	Ils ont fermé la piscine municipale pour l'été, logique
        pos	Premier jour de vacances, réveil sans alarme, le bonheur
        neg	Il pleut sur mon seul jour de congé, évidemment
        """

    /// Set KD (thirty-first session): French political tweets in DEFT 2017's manner, written before they were scored
    /// (0.72 unseen); 0.87 after (`merci pour ce moment`, `n'écoute personne`, `on l'attend toujours`, what is fought —
    /// `une loi contre le gaspillage`). Irony with no word of blame (`un record`, `Bravo l'écologie` after trees cut) is left.
    static let frenchPoliticsKD = """
        neg	Encore une réforme des retraites votée en force, merci pour ce moment de démocratie #493
        neg	Le ministre explique que tout va bien pendant que les urgences ferment une à une. Magnifique.
        neg	Franchement le débat d'hier soir c'était un concours de mauvaise foi, j'ai éteint au bout de 20 min
        neg	Les promesses de campagne ont tenu trois mois, un record
        neg	Quand tu vois le prix du plein et qu'on te parle de pouvoir d'achat en hausse… on se fout de nous
        neg	Encore un scandale étouffé, personne ne démissionnera évidemment
        neg	La ville a coupé les arbres de la place pour faire un parking. Bravo l'écologie
        neg	Toujours pas de médecin dans le village depuis 2 ans, mais on a eu un nouveau rond-point
        neg	Ce gouvernement n'écoute personne, ni les syndicats ni les maires
        neg	J'ai honte de voir des élus s'insulter comme ça à l'Assemblée
        neg	La cantine bio promise en 2022 ? On l'attend toujours
        pos	Belle victoire des habitants : la maternité reste ouverte ! 👏
        pos	Enfin une mesure concrète pour les étudiants, le repas à 1€ pour tous, il était temps
        pos	Très beau discours de la maire ce soir, sobre et juste
        pos	Bravo aux bénévoles des Restos du cœur, toujours là quand l'État n'y est pas
        pos	Le vélo en ville c'est devenu un vrai plaisir depuis les nouvelles pistes 🚲
        pos	Fier de ma ville qui accueille les réfugiés dignement
        pos	Débat très intéressant hier avec des gens qui s'écoutaient, ça fait du bien
        pos	Le nouveau tram est génial, 12 minutes pour traverser la ville
        pos	Enfin une loi contre le gaspillage alimentaire, on avance !
        neu	Le conseil municipal se réunira jeudi à 18h pour voter le budget
        neu	Le projet de loi sera examiné au Sénat la semaine prochaine
        neu	Qui regarde le débat ce soir sur France 2 ?
        neu	Les résultats du second tour seront connus vers 20h
        neu	Le Premier ministre s'exprimera demain matin sur RTL
        neu	La préfecture a publié la liste des communes concernées par les restrictions d'eau
        neu	Réunion publique sur le PLU mardi à la salle des fêtes
        neu	Le taux de participation à midi est de 25,4 %
        neu	Quelqu'un sait si les bureaux de vote ferment à 19h ou 20h à Lyon ?
        neu	Le président recevra les partenaires sociaux lundi à l'Élysée
        """

    /// Set KE (thirty-first session): English everyday tweets in the manner of VADER's tweets, written before they were
    /// scored (0.93 unseen, unchanged: `Legs dead, heart full`, `curious what they'll say` left).
    static let englishTweetsKE = """
        pos	omg this new album is EVERYTHING 😭😭 on repeat all day
        pos	Had the best time at the beach today with my fam ☀️
        pos	Congrats to my bestie on the new job!! So proud of u 🎉
        pos	this weather is perfect for a long walk, feeling blessed
        pos	Just finished my first half marathon. Legs dead, heart full 🏃‍♀️
        pos	lmao my dog learned to open the fridge, he's a genius
        pos	The new coffee shop downtown is sooo cozy, definitely coming back
        pos	Nothing beats a lazy Sunday with pancakes and Netflix
        pos	That game last night was insane, what a comeback!!
        pos	Shoutout to the nurse who stayed late to help my mom, real hero
        neg	My flight got delayed 4 hours and now I'm missing my connection. Great.
        neg	can't sleep again, this insomnia is killing me
        neg	So tired of people who don't return shopping carts smh
        neg	My phone screen cracked on day 2. fml
        neg	That ending was such a letdown, 3 seasons for THAT?
        neg	Traffic is a nightmare today, 1 hour to go 5 miles
        neg	Why does my internet always die right before a deadline 🙄
        neg	Really disappointed in how they treated their employees
        neg	ugh got a parking ticket for being 2 minutes late
        neg	Worst haircut of my life, I look like a mushroom
        neu	Anyone know what time the parade starts tomorrow?
        neu	Heading to Chicago for a conference next week
        neu	The store will be closed on Monday for inventory
        neu	Watching the debate tonight, curious what they'll say about taxes
        neu	New episode drops Friday at 9pm EST
        neu	Is it just me or is the app showing the old version?
        neu	Reading a book about the history of salt, it's 400 pages
        neu	We moved the meeting to 3pm, room B
        neu	Apple will announce the new iPhone on September 12
        neu	Just changed my profile pic
        """

    /// Set KF (thirty-first session): French climate and ecology tweets in DEFT 2015's manner, written before they were
    /// scored (0.83 unseen); 0.93 after (`bétonnent`, `du tonnerre`, `entrée libre`). `…, on en parle ?` asked in indignation
    /// is left.
    static let frenchClimateKF = """
        neg	Encore une canicule en juin, et on nous dit que le climat change « lentement »…
        neg	Les glaciers des Alpes fondent à vue d'œil, ça me fait mal au cœur
        neg	Interdire les jets privés ? Jamais de la vie, il ne faudrait pas déranger les riches
        neg	La sécheresse tue nos récoltes et personne ne fait rien
        neg	Trop de plastique sur la plage ce matin, c'est désolant
        neg	Le greenwashing de Total est insupportable
        neg	COP28 à Dubaï, organisée par un pétrolier. On ne peut pas inventer mieux
        neg	Ils bétonnent encore des terres agricoles pour un entrepôt Amazon
        neg	Les pesticides dans l'eau du robinet, on en parle ?
        neg	J'en ai marre des étés à 40°C
        pos	Super initiative de la mairie : des fontaines à eau gratuites partout en ville
        pos	Les vélos en libre-service ont changé ma vie, plus jamais le bus bondé
        pos	Bonne nouvelle : le loup revient dans les Vosges 🐺
        pos	J'ai installé des panneaux solaires, ma facture a fondu de moitié ☀️
        pos	Magnifique balade en forêt ce matin, l'air était pur
        pos	Fière de mon lycée qui a supprimé le plastique à la cantine
        pos	Le compost collectif du quartier marche du tonnerre
        pos	Enfin des trains de nuit vers l'Italie, je vais pouvoir éviter l'avion
        pos	Le retour des abeilles dans mon jardin, quel bonheur 🐝
        pos	Excellent documentaire sur les océans hier soir sur Arte
        neu	La COP29 se tiendra en novembre à Bakou
        neu	Météo-France annonce des températures de saison pour la semaine prochaine
        neu	Quelle est la différence entre un véhicule hybride et un hybride rechargeable ?
        neu	Le rapport du GIEC sera publié lundi
        neu	Conférence sur le climat à la fac jeudi, entrée libre
        neu	La région lance une consultation sur les transports en commun
        neu	Le prix du litre de gazole est de 1,79 € en moyenne cette semaine
        neu	Quelqu'un a déjà essayé les couches lavables ?
        neu	La marche pour le climat partira de la place de la République à 14h
        neu	Selon l'ADEME, un Français produit environ 350 kg de déchets par an
        """

    /// Set KG (thirty-first session): English tweets naming entities and dates (SemEval's manner), written before they
    /// were scored (0.97 unseen); 1.00 after (`it's fire`).
    static let englishEntitiesKG = """
        pos	Serena Williams is still the GOAT, that match on Sunday was a masterclass
        pos	Can't believe how good the new Zelda is, 40 hours in and still amazed
        pos	Obama's speech tonight gave me chills. Miss him.
        pos	The Nintendo Switch might be the best gift I ever bought my kids
        pos	Going to see Coldplay on Saturday, I'm so excited!!!
        pos	Big thanks to Amazon for the same-day delivery, lifesaver
        pos	Netflix finally added the new season of The Crown, weekend sorted
        pos	Kendrick dropped a new song and it's fire 🔥
        pos	Messi with another hat trick tonight, unreal player
        pos	Tesla's customer service actually called me back within an hour, impressed
        neg	Samsung still hasn't fixed the battery issue, I'm done with them
        neg	Comcast outage for the 3rd time this week. unbelievable
        neg	Trump's comments on Sunday were disgusting, no other word for it
        neg	The new Star Wars movie was a mess, I want my 2 hours back
        neg	Uber charged me $60 for a 10 minute ride on Friday night. Never again
        neg	iOS 11 drained my battery in half a day, thanks Apple
        neg	United lost my bag AGAIN. 3rd time this year
        neg	The Lakers looked lost out there tonight, embarrassing
        neg	Facebook keeps showing me ads for things I already bought
        neg	Windows update restarted my PC in the middle of a presentation 😤
        neu	Apple event on Tuesday, new iPads expected
        neu	Google is rolling out the update to Pixel phones this week
        neu	Kanye West to perform at the Grammys on Sunday
        neu	Does anyone know if Target is open on Thanksgiving?
        neu	The Fed will announce its decision on rates Wednesday
        neu	Game of Thrones season 7 premieres July 16
        neu	Microsoft is reportedly buying a gaming studio, details tomorrow
        neu	Watching the Patriots game at my uncle's on Sunday
        neu	Amazon Prime Day starts at midnight
        neu	Michelle Obama will be on Ellen on Friday
        """

    /// Set KH (thirty-first session): English critics' snippets in the manner of movie-review sentence sets, written
    /// before they were scored (0.77 unseen); 0.97 after (ironic comparisons — `all the grace of a dropped piano` —, a
    /// story that centres on something, `taut`, `talks down to`, `best-selling`).
    static let englishCriticsKH = """
        pos	a smart, funny and ultimately moving look at growing up in a small town .
        pos	the performances are uniformly excellent , and the script has wit to spare .
        pos	a gorgeous , haunting film that stays with you long after the credits roll .
        pos	it's a quiet triumph , modest in scope but rich in feeling .
        pos	the director keeps the tension taut from the first frame to the last .
        pos	few films this year have been as generous with their characters .
        pos	a sly , subversive comedy that never talks down to its audience .
        pos	by the end you may find yourself unexpectedly in tears .
        pos	an old-fashioned adventure told with real craft and heart .
        pos	delivers exactly the thrills it promises , and then some .
        neg	the plot is so thin you could read a newspaper through it .
        neg	a tedious exercise in style over substance .
        neg	the jokes land with all the grace of a dropped piano .
        neg	it's hard to care about characters this thinly drawn .
        neg	overlong , overwrought and under-written .
        neg	the film mistakes noise for energy and volume for emotion .
        neg	what should have been a lark becomes a slog .
        neg	even the talented cast can't save this muddled mess .
        neg	a sequel nobody asked for , made with no discernible reason to exist .
        neg	the last act collapses under the weight of its own twists .
        neu	the film follows a retired detective who returns to solve one last case .
        neu	set in 1970s detroit , the story centers on two brothers and a failing car plant .
        neu	the movie is based on the best-selling novel by the same author .
        neu	running at just under two hours , it is the director's fourth feature .
        neu	it opens in theaters nationwide on friday .
        neu	the cast includes several first-time actors from the region .
        neu	much of the film was shot on location in morocco .
        neu	it's a remake of a 1962 french thriller .
        neu	the second half shifts from comedy to courtroom drama .
        neu	the soundtrack features songs from the era .
        """

    /// Set KI (thirty-first session): French critics' sentences, written before they were scored (0.83 unseen); 0.90
    /// after (`interminablement`, `sans jamais décoller`, `alchimie`, `on rit`). `bouleversé` after a film (moved, not
    /// upset) is left.
    static let frenchCriticsKI = """
        pos	Un film lumineux, porté par une actrice au sommet de son art.
        pos	Une comédie irrésistible qui ne faiblit jamais.
        pos	Le réalisateur signe un thriller haletant, d'une redoutable efficacité.
        pos	On sort de la salle bouleversé, et reconnaissant.
        pos	Une mise en scène d'une grande élégance, au service d'un scénario sans faille.
        pos	Drôle, tendre et jamais mièvre : une vraie réussite.
        pos	Un premier film d'une maturité étonnante.
        pos	Ce documentaire passionnant se regarde comme un polar.
        pos	La photographie est somptueuse et la musique envoûtante.
        pos	On rit beaucoup, on s'émeut souvent.
        neg	Un scénario cousu de fil blanc et des dialogues d'une platitude affligeante.
        neg	Le film s'étire interminablement sans jamais décoller.
        neg	Une suite paresseuse qui recycle les gags du premier volet.
        neg	Les acteurs semblent s'ennuyer autant que nous.
        neg	Un naufrage complet, de la première à la dernière minute.
        neg	Tout sonne faux dans ce mélo appuyé.
        neg	Le réalisateur se regarde filmer et oublie de raconter une histoire.
        neg	Deux heures de vide habillées d'effets spéciaux.
        neg	On peine à croire à cette romance sans alchimie.
        neg	La fin, bâclée, gâche ce qui aurait pu être un bon film.
        neu	Le film raconte l'histoire d'une famille d'agriculteurs dans les années 1950.
        neu	Il s'agit de l'adaptation du roman de Marguerite Duras.
        neu	Le tournage s'est déroulé à Marseille pendant l'été 2022.
        neu	Le film sort en salles le 14 février.
        neu	C'est le troisième long métrage de la réalisatrice.
        neu	L'action se situe dans un lycée de banlieue parisienne.
        neu	Le film dure 2h15 et est présenté en version originale sous-titrée.
        neu	Il a été présenté en compétition au festival de Cannes.
        neu	Le casting réunit des acteurs professionnels et des amateurs.
        neu	La musique est signée par un compositeur islandais.
        """

    /// Set KJ (thirty-first session): French political and local tweets, written before they were scored (0.82 unseen);
    /// 0.93 after (a public service closed or reopened, `promet` neutral, `on nous promet`, `un recommandé` a letter,
    /// `d'un niveau tellement bas`). `on y croit très fort` after a promise, and a closure after praise of a purpose (`pour
    /// améliorer l'école, logique implacable`) are left.
    static let frenchPoliticsKJ = """
        neg	Le candidat qui promet de baisser les impôts pour la 4e élection d'affilée, on y croit très fort
        neg	Les députés absents au vote mais présents pour la photo, la routine
        neg	Ah oui, supprimer des postes d'enseignants pour améliorer l'école, logique implacable
        neg	Ça fait 10 ans qu'on nous promet le RER, j'aurai la retraite avant
        neg	Discours creux, zéro annonce, circulez y'a rien à voir
        neg	Encore un ministre qui découvre le prix de la baguette à la télé 🙄
        neg	Ils ont fermé la poste du quartier, maintenant faut prendre la voiture pour un recommandé
        neg	Le débat était d'un niveau tellement bas que j'ai changé de chaîne
        neg	Quand le préfet annonce un « dialogue » et envoie les CRS le lendemain
        neg	Les élus locaux se votent une augmentation en pleine crise, chapeau
        pos	Ma députée a répondu à mon mail en 48h, avec une vraie réponse. Respect.
        pos	Belle initiative du département : la cantine à 1€ pour les familles modestes
        pos	Le débat de ce soir était de très bonne tenue, ça change
        pos	Enfin un budget pour rénover les écoles de la ville !
        pos	Les bénévoles du bureau de vote étaient adorables ce matin
        pos	La mairie a rouvert la piscine, les enfants sont ravis 🏊
        pos	Bravo aux jeunes qui sont allés voter en masse dimanche 👏
        pos	Je ne suis pas d'accord avec elle sur tout, mais son discours était remarquable
        pos	Très content que le projet de parc soit enfin voté
        pos	Merci au maire d'être venu écouter les riverains, ça compte
        neu	Le vote du budget aura lieu le 15 décembre
        neu	Les bureaux de vote ouvriront à 8h dimanche
        neu	Qui sera invité à l'émission politique de jeudi ?
        neu	La commission d'enquête rendra son rapport en mars
        neu	Le sondage donne les deux candidats à égalité
        neu	Le maire a présenté le nouveau plan de circulation en conseil municipal
        neu	Le texte passe en deuxième lecture à l'Assemblée mardi
        neu	Les candidats ont jusqu'à vendredi pour déposer leurs listes
        neu	Le gouvernement présentera sa réforme en conseil des ministres
        neu	Est-ce que quelqu'un a le lien du live du débat ?
        """

    /// Set KK (thirty-first session): English everyday tweets with emoticons, capitals and slang (VADER's tweets' manner),
    /// written before they were scored (0.97 unseen); 1.00 after (`shocking absolutely no one`).
    static let englishTweetsKK = """
        pos	HAPPY BIRTHDAY to the best brother in the world!!! love u :D
        pos	omg omg omg I got the job!!! 😭🙌
        pos	this is literally the cutest puppy I've ever seen <3
        pos	just aced my exam, celebrating tonight :)
        pos	Sunday brunch with the girls = perfection 🥂
        pos	YES!!! We won the championship!!!
        pos	lol my grandma just discovered emojis and it's the best thing ever 😂
        pos	feeling so grateful for my friends right now
        pos	new haircut and I'm LOVING it
        pos	the sunset tonight was unreal 😍
        neg	my car got towed. today sucks :(
        neg	I HATE when people talk during movies
        neg	sick in bed on my birthday... awesome 😒
        neg	lost my wallet AND my keys today. worst day ever
        neg	why is everyone so rude today ugh
        neg	missing my dad so much today 💔
        neg	this headache won't go away :-(
        neg	so done with this semester, I can't anymore
        neg	the wifi at this hotel is a joke
        neg	got stood up again. fantastic.
        neu	heading to the gym then work
        neu	what's everyone doing this weekend?
        neu	just landed in Denver
        neu	reading the new Stephen King book
        neu	is the post office open on saturdays?
        neu	my cat is sleeping on my keyboard again
        neu	watching the game with my roommates tonight
        neu	need to buy groceries after class
        neu	New phone, who dis
        neu	it's raining in Seattle, shocking absolutely no one
        """

    /// Set KL (thirty-first session): French everyday life, ironic and grateful, written before it was scored (0.71
    /// unseen); 0.82 after (a success at a bad thing, a counted wait loved, `personne` after a determiner is someone,
    /// `m'a offert`). Irony with no word of blame (`expérience inoubliable` after a wifi that works one minute in two, `va
    /// très bien merci`, `service cinq étoiles`, `Sympa le nouveau forfait :`) is left.
    static let frenchIronyKL = """
        neg	Trois heures d'attente aux urgences pour une entorse, le système de santé va très bien merci
        neg	Génial, le train est encore supprimé, ça me manquait
        neg	Le wifi de l'hôtel marche une minute sur deux, expérience inoubliable
        neg	Mon propriétaire a enfin répondu… pour m'annoncer une hausse du loyer
        neg	J'adore quand l'appli de la banque plante pile le jour du salaire
        neg	Ah bah bravo, ils ont réussi à rendre le site encore plus lent
        neg	On a attendu 40 minutes pour une pizza froide, service cinq étoiles
        neg	Sympa le nouveau forfait : plus cher et moins de données
        neg	Mon vol a 5h de retard, au moins j'ai eu le temps de lire un livre entier
        neg	Quelle surprise, le colis est arrivé ouvert et vide
        pos	Le contrôleur nous a laissés monter sans billet avec le bébé, un amour
        pos	Incroyable, le service client a tout réglé en 5 minutes !
        pos	Mon voisin m'a rapporté mon chat perdu, je suis aux anges
        pos	La boulangère m'a offert un croissant parce que c'était mon anniversaire 🥐
        pos	Franchement chapeau à l'équipe de la piscine, toujours souriants
        pos	Premier jour sans cigarette depuis 10 ans, je suis fier de moi
        pos	Ma fille a eu son bac avec mention !! 🎓
        pos	Le nouveau médecin du village prend le temps d'écouter, ça fait du bien
        pos	Retrouvé mon portefeuille au commissariat avec tout dedans, merci à la personne honnête
        pos	Les voisins ont organisé une fête de quartier, super ambiance
        neu	Le train de 8h12 partira voie B aujourd'hui
        neu	Je déménage à Nantes le mois prochain
        neu	Quelqu'un connaît un bon plombier sur Lille ?
        neu	Les soldes commencent mercredi
        neu	La boulangerie sera fermée pour congés du 1er au 15 août
        neu	J'ai changé d'opérateur la semaine dernière
        neu	Mon fils commence le judo en septembre
        neu	Il paraît qu'il va neiger ce week-end
        neu	La réunion de copropriété est repoussée à jeudi
        neu	Je me demande si les magasins sont ouverts le 1er mai
        """

    /// Set KM (thirty-first session): English everyday sarcasm and its sincere twins, written before it was scored (0.67
    /// unseen); 0.87 after (eagerness whose clause blames, `managed to`, a counted wait loved, consolations after a
    /// grievance, `landed the interview`, `living the dream` closing a grievance). Sarcasm by a date (`fixed the heater…
    /// in May`) and scare quotes around a plain word (`"express" shipping`) are left.
    static let englishSarcasmKM = """
        neg	Oh great, another software update that moves every button I use
        neg	Love waiting 45 minutes for a bus that never shows up
        neg	Nothing says customer appreciation like a 2 hour hold time
        neg	My landlord finally fixed the heater… in May
        neg	Wow, thanks for the 6am construction noise, really needed that sleep
        neg	So glad I paid extra for "express" shipping that took 12 days
        neg	The airline lost my bag but hey, at least the peanuts were free
        neg	Another Monday, another train cancellation, living the dream
        neg	Cool, my phone died at 40% battery again
        neg	Can't wait to spend my whole weekend fixing what the update broke
        pos	The barista remembered my name and my order, small things make my day
        pos	Stranger paid for my coffee this morning, faith in humanity restored
        pos	Finally finished the puzzle, 1000 pieces of pure satisfaction
        pos	My flight was early AND my bag came out first. Is this real life?
        pos	Grandpa learned to video call and now he calls every day ❤️
        pos	The new bike lane made my commute so much better
        pos	Landed the interview!! Fingers crossed for next week
        pos	Best customer support ever, fixed in one call
        pos	Got upgraded to first class for free, not complaining 😎
        pos	Our team hit its goal a month early, so proud of everyone
        neu	Flight AA123 is now boarding at gate 12
        neu	Does anyone know if the museum is free on Sundays?
        neu	Switching from Android to iPhone, any tips?
        neu	The meeting has been moved to Thursday
        neu	Picking up my sister from the airport at 5
        neu	Trying the new Thai place on Main Street tonight
        neu	My package is out for delivery
        neu	They're repaving the road outside my house this week
        neu	Is the 405 still closed this morning?
        neu	Gonna watch the game at Mike's
        """

    /// Set KN (thirty-first session): French spectators' film reviews, written before they were scored (0.97 unseen);
    /// 1.00 after (`je n'en pouvais plus`, `suis sorti au bout de`).
    static let frenchSpectatorsKN = """
        pos	Un film qui fait du bien, on ressort avec le sourire. Je recommande !
        pos	J'y suis allée sans attente et j'ai passé un super moment, les acteurs sont top
        pos	Scénario original, rebondissements à gogo, je n'ai pas vu le temps passer
        pos	Ma fille de 8 ans a adoré et moi aussi, parfait pour un dimanche en famille
        pos	Omar Sy est impeccable comme d'habitude, film touchant et drôle
        pos	Une claque visuelle, à voir absolument sur grand écran
        pos	Je l'ai vu deux fois et je le reverrais bien une troisième
        pos	Enfin une comédie française qui fait vraiment rire !
        pos	Les effets spéciaux sont bluffants et l'histoire tient la route
        pos	Très belle surprise, je ne m'attendais pas à être autant ému
        neg	Ennuyeux à mourir, j'ai regardé ma montre toutes les dix minutes
        neg	Quel gâchis avec un tel casting, le scénario ne tient pas debout
        neg	Les blagues tombent à plat, pas ri une seule fois
        neg	Beaucoup trop long, on aurait pu couper une heure
        neg	Le pire film que j'ai vu cette année, remboursez-nous
        neg	Je suis sorti au bout de 45 minutes, je n'en pouvais plus
        neg	Bande-annonce trompeuse, le film n'a rien à voir
        neg	Des personnages caricaturaux et une fin bâclée, dommage
        neg	J'ai failli m'endormir, l'intrigue est inexistante
        neg	Déçue, je m'attendais à beaucoup mieux vu les critiques
        neu	Vu en avant-première au Grand Rex hier soir
        neu	Film vu en VF, je tenterai la VO la prochaine fois
        neu	Le film est sorti mercredi dans 400 salles
        neu	Vu avec mon frère, séance de 20h
        neu	C'est l'adaptation d'une BD des années 80
        neu	Le film dure 1h50 sans le générique
        neu	Il y a une scène après le générique de fin
        neu	Je l'ai vu sur Netflix, il est sorti en streaming cette semaine
        neu	Le réalisateur était présent pour un débat après la séance
        neu	Deuxième film de la saga, il faut avoir vu le premier
        """

    /// Set KO (thirty-first session): English marketplace reviews, written before they were scored (0.90 unseen); 0.94
    /// after (`smaller than it looks`, with `Does what it needs to.` as a middling verdict of its own). `Louder than my old
    /// one` (a comparison with no word of blame) and `replaced it within a week, no questions asked` (neutral in the
    /// lexicon since set BU) are left.
    static let englishMarketplaceKO = """
        pos	Works exactly as described, setup took 5 minutes.
        pos	The battery easily lasts two days with heavy use.
        pos	I bought a second one for my parents, that says it all.
        pos	Sturdy, quiet and easy to clean. Highly recommend.
        pos	Sound quality blew me away for the price.
        pos	My kids use it every day and it still looks new.
        pos	Customer service replaced it within a week, no questions asked.
        pos	This is my third one, never had a problem.
        pos	Fits perfectly and the material feels premium.
        pos	Does the job and then some, very happy with this purchase.
        neg	Stopped charging after three weeks.
        neg	The lid doesn't close properly and it leaks everywhere.
        neg	Returned it the next day, the screen had dead pixels.
        neg	Way smaller than it looks in the pictures.
        neg	Instructions were useless and two screws were missing.
        neg	It worked fine until the first update, now it won't connect.
        neg	Cheap plastic that cracked on the first drop.
        neg	The app is required and it asks for way too many permissions.
        neg	Louder than my old one and it vibrates across the counter.
        neg	Save your money and buy the name brand.
        neu	I bought this for my husband's birthday.
        neu	It comes in three colors, I chose the grey one.
        neu	The box includes the charger and a USB-C cable.
        neu	I have only had it for a day, so I will update later.
        neu	It is about the size of a paperback book.
        neu	I use it mostly in the kitchen.
        neu	The package arrived on Tuesday.
        neu	Compared it with the older model before buying.
        neu	It needs four AA batteries, not included.
        neu	I ordered the 64 GB version.
        """

    /// Set KP (thirty-first session): English customers to airlines, written before they were scored (1.00 unseen).
    static let englishAirlineCustomersKP = """
        neg	@united 2 hours on hold and then the call dropped. unreal.
        neg	@AmericanAir your gate agent in DFW was incredibly rude to an elderly passenger
        neg	@SouthwestAir Cancelled Flightled again, third time this month. I'm switching airlines
        neg	@JetBlue my seat doesn't recline and the tv is broken. 5 hour flight.
        neg	@USAirways where is my bag? it's been 3 days
        neg	@delta charged me $200 to change a flight that you delayed
        neg	@united why do you keep overbooking flights??
        neg	@AmericanAir no crew for our plane, we've been sitting here for an hour
        neg	@VirginAmerica website keeps crashing when I try to check in
        neg	@SouthwestAir the app logged me out mid-booking and the fare went up $80
        pos	@JetBlue best crew ever on flight 1123, thank you for taking care of my son
        pos	@SouthwestAir thanks for getting me home early, you guys rock
        pos	@delta upgraded to comfort+ for free, made my day
        pos	@VirginAmerica love the mood lighting and the snacks 😍
        pos	@united your agent Maria fixed everything in 10 minutes, give her a raise
        pos	@AmericanAir smooth flight and landed 20 min early, well done
        pos	@JetBlue the free wifi on this flight is amazing
        pos	@USAirways thank you for holding the connection for us!
        pos	@SouthwestAir your customer service team was so helpful today
        pos	@delta pilot gave us a great tour of the cockpit, kids loved it
        neu	@united do I need to print my boarding pass or is mobile ok?
        neu	@AmericanAir what's the baggage allowance for international flights?
        neu	@SouthwestAir when will you release the schedule for March?
        neu	@JetBlue is there a direct flight from Boston to Austin?
        neu	@delta can I change my seat after check-in?
        neu	@VirginAmerica do you fly to Portland?
        neu	@USAirways flying to Charlotte tomorrow morning
        neu	@united is the lounge in Newark open 24 hours?
        neu	@AmericanAir how early should I arrive for a domestic flight?
        neu	@SouthwestAir Can I bring my guitar as a carry-on?
        """

    /// Set KQ (thirty-first session): French customers to carriers and operators, written before they were scored (0.86
    /// unseen); 1.00 after (`merci de rien`, `ça dépote`, `trop-perçu`, `sans engagement`, `prix correct`).
    static let frenchCarrierCustomersKQ = """
        neg	@SNCF 1h30 de retard et aucune info dans le train, c'est inadmissible
        neg	@Free ma box redémarre toute seule toutes les 10 minutes depuis hier
        neg	@Orange 4 appels au service client et toujours pas de connexion
        neg	@RATP ligne 13 encore saturée, on est serrés comme des sardines
        neg	@SFR vous m'avez facturé une option que je n'ai jamais demandée
        neg	@Bouygues 3 semaines que j'attends le technicien, je suis à bout
        neg	@laposte colis marqué livré alors que je n'ai rien reçu
        neg	@SNCF le TGV supprimé sans remboursement automatique, merci de rien
        neg	@EDF une facture de 400€ pour un studio, vous vous moquez de qui ?
        neg	@Free débit ridicule ce soir, impossible de regarder un film
        pos	@SNCF merci au contrôleur du TGV 6201 pour sa gentillesse
        pos	@Orange problème réglé en 10 minutes par téléphone, bravo
        pos	@laposte colis arrivé en 24h, rien à redire
        pos	@Free la fibre est enfin installée et ça dépote 🚀
        pos	@RATP merci aux agents qui ont aidé ma mère avec sa valise
        pos	@SFR conseillère très patiente et efficace, merci Sarah
        pos	@EDF remboursement du trop-perçu reçu rapidement, merci
        pos	@Bouygues technicien ponctuel et super sympa
        pos	@SNCF TER à l'heure toute la semaine, ça mérite d'être dit
        pos	@Orange enfin un forfait sans engagement à un prix correct
        neu	@SNCF le train de 18h04 est-il maintenu demain ?
        neu	@Free comment changer le mot de passe du wifi ?
        neu	@Orange quelle est la différence entre les deux offres fibre ?
        neu	@laposte peut-on envoyer un colis en Suisse depuis un bureau de poste ?
        neu	@RATP le RER B circule-t-il ce week-end ?
        neu	@SFR je déménage le mois prochain, comment transférer ma box ?
        neu	@EDF où trouver mon numéro de compteur ?
        neu	@Bouygues je voudrais passer au forfait 100 Go
        neu	@SNCF peut-on voyager avec un vélo dans le TGV ?
        neu	@laposte quels sont les horaires du bureau de Lyon 3 ?
        """

    /// Set KR (thirty-first session): English tweets naming entities and dates (SemEval's manner), written before they
    /// were scored (0.83 unseen; its `May the 4th` tweet is close to set EO's, written from memory); 0.90 after (`didn't know
    /// I needed`, `may the 4th be with you`). `honestly ridiculous` as praise, `blew a 14 point lead` are left.
    static let englishEntitiesKR = """
        pos	Going to see Hamilton on Friday, been waiting for this since March!
        pos	Can't believe Federer is still playing at this level, what a legend
        pos	The new iPhone camera is honestly ridiculous, night shots look like daytime
        pos	Super Bowl party at my place tomorrow, wings are ready 🏈
        pos	Just watched the Adele concert on TV, that voice gives me goosebumps every time
        pos	May the 4th be with you! Rewatching the original trilogy today
        pos	Snoop Dogg cooking with Martha Stewart is the crossover I didn't know I needed
        pos	Really enjoyed the new Pixar movie with my nephew on Sunday
        pos	Kudos to Microsoft for finally fixing the update bug
        pos	That Beyoncé halftime show tho 🔥🔥
        neg	Not sure why anyone would pay $1000 for the new Galaxy when it overheats like that
        neg	The Walking Dead has really lost its way this season, might stop watching
        neg	Another delay for the new Zelda, I'm starting to lose hope
        neg	Cowboys blew a 14 point lead on Sunday, unbelievable
        neg	Spotify raised its prices again and the shuffle is still broken
        neg	The Oscars on Sunday were painfully long and boring
        neg	Why does Windows 10 keep reinstalling apps I deleted
        neg	Sad to hear about Carrie Fisher, a true icon gone too soon
        neg	Netflix cancelled Sense8 after two seasons, I'm heartbroken
        neg	Google Maps sent me down a closed road twice today
        neu	Tesla will release its earnings report on Wednesday
        neu	The Brexit vote is scheduled for June 23
        neu	Who's watching the Warriors game tonight?
        neu	Pokemon Go update coming this Thursday according to Niantic
        neu	Apple's WWDC keynote starts at 10am PT on Monday
        neu	Going to the Coldplay concert tomorrow with my sister
        neu	Trump and Clinton will meet for the second debate on Sunday
        neu	Is the new Harry Potter book out in paperback yet?
        neu	Jurassic World 2 is filming in Hawaii this summer
        neu	Samsung will announce the Note 8 on August 23
        """

    /// Set KS (thirty-first session): French tweets on sport and television, written before they were scored (0.94
    /// unseen); 1.00 after (`Merci Netflix pour…` is thanks addressed to a name, not a name; `prix délirants`).
    static let frenchSportAndTelevisionKS = """
        pos	Quel match des Bleus hier soir, j'en ai encore des frissons
        pos	Le nouvel album d'Angèle tourne en boucle chez moi, trop bien
        pos	Koh-Lanta ce soir, j'ai hâte de voir la réunification
        pos	La Star Ac était top hier, les élèves ont tout donné
        pos	Merci Netflix pour la saison 3, enfin !
        pos	Mbappé encore décisif, ce joueur est incroyable
        pos	Le Tour de France qui passe dans mon village demain, trop content
        pos	Belle soirée au concert d'Indochine, ambiance de folie
        pos	Le dernier Astérix est vraiment réussi, on a bien ri
        pos	Bravo à Léon Marchand, quelle fierté !
        neg	Encore une défaite du PSG en Ligue des champions, on a l'habitude
        neg	Le final de la série était complètement raté, quelle déception
        neg	Les pubs toutes les 5 minutes sur TF1, c'est insupportable
        neg	L'arbitrage était une honte ce soir, on nous a volé le match
        neg	Plus de 3h de queue pour le concert et on n'a rien vu
        neg	Les prix des places pour la finale sont délirants
        neg	Cette émission devient de pire en pire chaque année
        neg	Déçu par le nouveau James Bond, trop long et sans saveur
        neg	Le streaming a coupé pendant les tirs au but, j'ai la rage
        neg	Encore une blessure pour Pogba, ça devient ridicule
        neu	La cérémonie des César aura lieu le 28 février
        neu	Qui regarde la finale ce soir ?
        neu	Le match est diffusé sur Canal+ à 21h
        neu	Le Tour de France partira de Lille cette année
        neu	Nouvelle saison de Top Chef à partir de mercredi
        neu	Les billets pour les JO seront mis en vente en mars
        neu	Le concert est complet depuis hier
        neu	L'Eurovision se déroulera à Bâle en mai
        neu	La finale de Roland-Garros est prévue dimanche à 15h
        neu	Le film sera diffusé sur France 2 jeudi soir
        """

    @Test(arguments: [
        ("en", english, 160, 0.88), ("fr", french, 160, 0.88), ("en", englishC, 260, 0.88), ("fr", frenchC, 300, 0.88),
        ("en", englishD, 74, 0.80), ("fr", frenchD, 80, 0.88), ("en", englishE, 82, 0.88), ("fr", frenchE, 50, 0.88),
        ("en", englishF, 51, 0.88), ("fr", frenchF, 30, 0.78), ("fr", frenchG, 40, 0.80), ("en", englishH, 50, 0.85),
        ("en", englishI, 40, 0.88), ("en", englishJ, 30, 0.85), ("fr", frenchK, 30, 0.88), ("en", englishL, 60, 0.88),
        ("fr", frenchM, 40, 0.85), ("en", englishN, 60, 0.88), ("fr", frenchO, 40, 0.88), ("fr", frenchReviewsP, 40, 0.85),
        ("en", englishReviewsQ, 40, 0.82), ("en", englishReviewsR, 40, 0.88),
        ("fr", frenchReviewsS, 40, 0.88), ("en", englishT, 40, 0.88),
        ("en", englishU, 40, 0.88), ("en", englishV, 60, 0.88), ("fr", frenchW, 40, 0.88),
        ("en", englishReviewsX, 40, 0.85), ("fr", frenchReviewsY, 40, 0.88),
        ("en", englishZ, 60, 0.88), ("fr", frenchAA, 60, 0.88), ("fr", frenchReviewsAB, 30, 0.60), ("en", englishReviewsAC, 40, 0.80),
        ("fr", frenchAD, 40, 0.88), ("en", englishAE, 40, 0.88), ("fr", frenchReviewsAF, 30, 0.60),
        ("en", englishReviewsAG, 40, 0.70), ("en", englishAH, 40, 0.88), ("fr", frenchAI, 30, 0.88),
        ("en", englishAJ, 84, 0.85), ("fr", frenchAK, 72, 0.82),
        ("en", englishAL, 61, 0.88), ("fr", frenchAM, 61, 0.85),
        ("fr", frenchReviewsAN, 36, 0.75), ("en", englishReviewsAO, 30, 0.70),
        ("en", englishAP, 40, 0.85), ("fr", frenchAQ, 40, 0.85),
        ("en", englishAR, 60, 0.85), ("fr", frenchAS, 60, 0.88),
        ("en", englishReviewsAT, 40, 0.75), ("fr", frenchReviewsAU, 40, 0.88),
        ("en", englishAV, 60, 0.88), ("fr", frenchAW, 60, 0.85),
        ("en", englishReviewsAX, 40, 0.88), ("fr", frenchReviewsAY, 40, 0.80),
        ("fr", frenchAZ, 30, 0.85), ("en", englishBA, 30, 0.88), ("fr", frenchBB, 30, 0.88),
        ("en", englishReviewsBC, 40, 0.65), ("fr", frenchReviewsBD, 40, 0.75),
        ("fr", frenchBE, 30, 0.88), ("en", englishBF, 30, 0.88), ("en", englishBG, 40, 0.88),
        ("fr", frenchBH, 40, 0.85), ("fr", frenchBI, 30, 0.85), ("en", englishBJ, 30, 0.85),
        ("fr", frenchBK, 30, 0.85), ("en", englishBL, 30, 0.85),
        ("en", englishReviewsBM, 20, 0.78), ("fr", frenchReviewsBN, 20, 0.85),
        ("fr", frenchReviewsBO, 20, 0.85), ("en", englishBP, 20, 0.80),
        ("fr", frenchBQ, 20, 0.85), ("en", englishBR, 20, 0.85),
        ("en", englishReviewsBS, 45, 0.85), ("fr", frenchReviewsBT, 45, 0.88),
        ("en", englishBU, 40, 0.85), ("fr", frenchBV, 40, 0.85),
        ("en", englishReviewsBW, 40, 0.80), ("fr", frenchReviewsBX, 40, 0.90),
        ("fr", frenchBY, 40, 0.85), ("en", englishBZ, 40, 0.88),
        ("en", englishCA, 30, 0.88), ("fr", frenchCB, 30, 0.85),
        ("fr", frenchReviewsCC, 30, 0.90), ("en", englishReviewsCD, 30, 0.80),
        ("en", englishCE, 30, 0.82), ("fr", frenchCF, 30, 0.85),
        ("en", englishReviewsCG, 30, 0.80), ("fr", frenchReviewsCH, 30, 0.80),
        ("fr", frenchCI, 30, 0.88), ("en", englishCJ, 30, 0.90),
        ("en", englishReviewsCK, 30, 0.82), ("fr", frenchReviewsCL, 30, 0.72),
        ("en", englishReviewsCM, 20, 0.88), ("fr", frenchReviewsCN, 20, 0.88),
        ("en", englishReviewsCO, 24, 0.78), ("fr", frenchReviewsCP, 24, 0.82),
        ("en", englishCQ, 30, 0.9), ("fr", frenchCR, 30, 0.9),
        ("en", englishReviewsCS, 24, 0.82), ("fr", frenchReviewsCT, 24, 0.78),
        ("en", englishCU, 30, 0.92), ("fr", frenchCV, 30, 0.9),
        ("en", englishCW, 40, 0.85), ("fr", frenchCX, 40, 0.9),
        ("en", englishReviewsCY, 30, 0.88), ("fr", frenchReviewsCZ, 30, 0.85),
        ("en", englishDA, 30, 0.9), ("fr", frenchDB, 30, 0.9),
        ("en", englishDC, 30, 0.88), ("fr", frenchDD, 30, 0.9),
        ("fr", frenchDE, 30, 0.9), ("en", englishDF, 30, 0.9),
        ("en", englishReviewsDG, 24, 0.9), ("fr", frenchReviewsDH, 24, 0.85),
        ("en", englishReviewsDI, 24, 0.9), ("fr", frenchReviewsDJ, 24, 0.9),
        ("fr", frenchDK, 24, 0.9), ("en", englishDL, 24, 0.85),
        ("en", englishDM, 30, 0.9), ("fr", frenchDN, 30, 0.9),
        ("en", englishReviewsDO, 24, 0.82), ("fr", frenchReviewsDP, 24, 0.85),
        ("en", englishDQ, 30, 0.88), ("fr", frenchDR, 30, 0.85),
        ("en", englishDS, 60, 0.9), ("fr", frenchDT, 60, 0.85),
        ("fr", frenchDU, 60, 0.82), ("en", englishDV, 60, 0.85),
        ("fr", frenchDW, 59, 0.82), ("en", englishDX, 60, 0.8),
        ("fr", frenchDY, 60, 0.88), ("en", englishDZ, 60, 0.88),
        ("fr", frenchReviewsEA, 40, 0.9), ("en", englishReviewsEB, 40, 0.85),
        ("en", englishReviewsEC, 50, 0.85), ("fr", frenchReviewsED, 40, 0.9),
        ("fr", frenchEE, 40, 0.88), ("en", englishReviewsEF, 40, 0.9),
        ("en", englishPostsEG, 20, 0.85), ("fr", frenchPostsEH, 20, 0.85),
        ("en", englishEI, 40, 0.58), ("fr", frenchEJ, 30, 0.58),
        ("en", englishNewsEK, 30, 0.85), ("fr", frenchNewsEL, 30, 0.82),
        ("en", englishGuardsEM, 20, 0.88), ("fr", frenchGuardsEN, 10, 0.88),
        ("en", englishTweetsEO, 60, 0.90),
        ("fr", frenchTweetsEP, 60, 0.93),
        ("en", englishTweetsEQ, 59, 0.91),
        ("fr", frenchTweetsER, 56, 0.95),
        ("en", englishTweetsES, 40, 0.80),
        ("fr", frenchTweetsET, 30, 0.76),
        ("en", englishNamesEU, 31, 0.84),
        ("fr", frenchNamesEV, 18, 0.80),
        ("en", englishSlangEW, 15, 0.58),
        ("fr", frenchSlangEX, 15, 0.62),
        ("en", englishBrandsEY, 50, 0.80),
        ("fr", frenchBrandsEZ, 50, 0.94),
        ("en", englishBrandsFA, 42, 0.85),
        ("en", englishEventsFB, 40, 0.85),
        ("en", englishImplicitFD, 30, 0.57),
        ("fr", frenchImplicitFC, 25, 0.52),
        ("fr", frenchIronyFE, 15, 0.40),
        ("en", englishIronyFF, 12, 0.43),
        ("en", englishTweetsFG, 60, 0.88),
        ("fr", frenchTweetsFH, 60, 0.88),
        ("en", englishCustomersFI, 30, 0.75),
        ("fr", frenchCustomersFJ, 30, 0.80),
        ("en", englishEventsFK, 45, 0.88),
        ("fr", frenchEventsFL, 45, 0.85),
        ("en", englishIronyFM, 20, 0.66),
        ("fr", frenchIronyFN, 20, 0.75),
        ("en", englishHashtagsFO, 45, 0.88),
        ("fr", frenchHashtagsFP, 45, 0.88),
        ("en", englishFactsFQ, 30, 0.62),
        ("fr", frenchFactsFR, 30, 0.66),
        ("fr", frenchPoliticsFS, 45, 0.88),
        ("en", englishTopicsFT, 45, 0.88),
        ("fr", frenchIronyFU, 20, 0.52),
        ("en", englishIronyFV, 20, 0.62),
        ("en", englishTypedFastFW, 30, 0.88),
        ("fr", frenchTypedFastFX, 30, 0.88),
        ("en", englishAnnouncementsFY, 22, 0.85),
        ("fr", frenchAnnouncementsFZ, 17, 0.82),
        ("fr", frenchSocietyGA, 45, 0.88),
        ("en", englishSocietyGB, 45, 0.88),
        ("en", englishLongGC, 30, 0.88),
        ("fr", frenchLongGD, 30, 0.85),
        ("en", englishQuestionsGE, 30, 0.88),
        ("fr", frenchQuestionsGF, 30, 0.85),
        ("en", englishLiveTvGG, 30, 0.85),
        ("fr", frenchLiveTvGH, 30, 0.85),
        ("en", englishSportGI, 30, 0.75),
        ("fr", frenchSportGJ, 30, 0.88),
        ("en", englishNegationsGK, 30, 0.82),
        ("fr", frenchNegationsGL, 30, 0.88),
        ("en", englishCrisisGM, 25, 0.68),
        ("fr", frenchCrisisGN, 25, 0.80),
        ("en", englishProductsGO, 30, 0.70),
        ("fr", frenchProductsGP, 30, 0.70),
        ("en", englishProductsGQ, 30, 0.75),
        ("fr", frenchProductsGR, 30, 0.82),
        ("en", englishCrisisGS, 18, 0.75),
        ("fr", frenchCrisisGT, 18, 0.80),
        ("fr", frenchQuestionsGU, 20, 0.78),
        ("en", englishProductsHA, 30, 0.85),
        ("fr", frenchProductsHB, 30, 0.9),
        ("en", englishCrisisHC, 24, 0.88),
        ("fr", frenchCrisisHD, 24, 0.88),
        ("en", englishCustomersHE, 30, 0.88),
        ("fr", frenchCustomersHF, 30, 0.85),
        ("en", englishTweetsHG, 30, 0.88),
        ("fr", frenchTweetsHH, 30, 0.9),
        ("en", englishProductsHI, 24, 0.8),
        ("fr", frenchProductsHJ, 24, 0.7),
        ("en", englishTweetsHK, 30, 0.88),
        ("fr", frenchTweetsHL, 30, 0.82),
        ("en", englishReviewsHM, 30, 0.78),
        ("fr", frenchReviewsHN, 30, 0.78),
        ("en", englishTweetsHO, 29, 0.85),
        ("fr", frenchTweetsHP, 29, 0.88),
        ("en", englishCrisisHQ, 24, 0.82),
        ("fr", frenchCrisisHR, 24, 0.85),
        ("en", englishProductsHS, 24, 0.52),
        ("fr", frenchProductsHT, 24, 0.58),
        ("en", englishTweetsHU, 30, 0.88),
        ("fr", frenchTweetsHV, 30, 0.88),
        ("en", englishProductsHW, 24, 0.62),
        ("fr", frenchProductsHX, 24, 0.5),
        ("en", englishReviewsHY, 30, 0.85),
        ("fr", frenchReviewsHZ, 30, 0.82),
        ("en", englishCrisisIA, 20, 0.88),
        ("fr", frenchCrisisIB, 20, 0.85),
        ("en", englishTweetsIC, 30, 0.88),
        ("fr", frenchTweetsID, 30, 0.85),
        ("en", englishCriticsIE, 30, 0.8),
        ("fr", frenchCriticsIF, 30, 0.85),
        ("en", englishCustomersIG, 30, 0.88),
        ("fr", frenchClimateIH, 30, 0.88),
        ("en", englishNamesII, 30, 0.72),
        ("fr", frenchNamesIJ, 30, 0.9),
        ("en", englishReviewsIK, 30, 0.88),
        ("fr", frenchReviewsIL, 30, 0.82),
        ("en", englishTypedIM, 20, 0.85),
        ("fr", frenchTypedIN, 20, 0.78),
        ("en", englishCrisisIO, 20, 0.88),
        ("fr", frenchCrisisIP, 20, 0.85),
        ("en", englishTweetsIQ, 20, 0.85),
        ("fr", frenchTweetsIR, 20, 0.88),
        ("en", englishTweetsJA, 30, 0.88),
        ("fr", frenchTweetsJB, 30, 0.72),
        ("en", englishReviewsJC, 30, 0.85),
        ("fr", frenchReviewsJD, 30, 0.88),
        ("en", englishTweetsJE, 30, 0.8),
        ("fr", frenchTweetsJF, 30, 0.78),
        ("en", englishProductsJG, 30, 0.8),
        ("fr", frenchProductsJH, 30, 0.9),
        ("en", englishTypedJI, 30, 0.85),
        ("fr", frenchTypedJJ, 30, 0.9),
        ("en", englishFilmsJK, 30, 0.8),
        ("fr", frenchFilmsJL, 30, 0.8),
        ("en", englishCustomersJM, 30, 0.85),
        ("fr", frenchCustomersJN, 30, 0.9),
        ("en", englishEverydayJO, 30, 0.85),
        ("fr", frenchEverydayJP, 30, 0.8),
        ("en", englishAppsJQ, 30, 0.85),
        ("fr", frenchAppsJR, 30, 0.8),
        ("en", englishBusinessJS, 30, 0.9),
        ("fr", frenchBusinessJT, 30, 0.85),
        ("en", englishSportJU, 30, 0.88),
        ("fr", frenchSportJV, 30, 0.8),
        ("en", englishDenialsJW, 30, 0.52),
        ("fr", frenchDenialsJX, 30, 0.55),
        ("fr", frenchClimateJY, 30, 0.72),
        ("fr", frenchPoliticsJZ, 30, 0.85),
        ("en", englishTweetsKA, 30, 0.9),
        ("fr", frenchTweetsKB, 30, 0.9),
        ("fr", frenchEverydayKC, 30, 0.62),
        ("fr", frenchPoliticsKD, 30, 0.83),
        ("en", englishTweetsKE, 30, 0.9),
        ("fr", frenchClimateKF, 30, 0.9),
        ("en", englishEntitiesKG, 30, 0.96),
        ("en", englishCriticsKH, 30, 0.93),
        ("fr", frenchCriticsKI, 30, 0.86),
        ("fr", frenchPoliticsKJ, 30, 0.86),
        ("en", englishTweetsKK, 30, 0.96),
        ("fr", frenchIronyKL, 30, 0.78),
        ("en", englishSarcasmKM, 30, 0.79),
        ("fr", frenchSpectatorsKN, 30, 0.96),
        ("en", englishMarketplaceKO, 30, 0.9),
        ("en", englishAirlineCustomersKP, 30, 0.96),
        ("fr", frenchCarrierCustomersKQ, 30, 0.96),
        ("en", englishEntitiesKR, 30, 0.86),
        ("fr", frenchSportAndTelevisionKS, 30, 0.93),
    ])
    func macroF1StaysAboveTheFloor(language: String, set: String, count: Int, floor: Double) {
        #expect(set.split(separator: "\n").count == count)
        let (f1, errors) = Self.macroF1(set, language: language)
        // Unseen macro-F1 of each set when written (README): sets A and B 0.91 (en) and 0.92 (fr); C 0.43–0.97 part by part; D 0.62 and
        // 0.96; E 0.86 and 0.92; F 0.86 and 0.76; G (fr) 0.68; H (en) 0.79; I (en) 0.75; J (en) 0.63; K (fr) 0.83; L (en) 0.89; M (fr)
        // 0.83; N (en) 0.83; O (fr) 0.82; reviews P (fr) 0.81, Q (en) 0.69, R (en) 0.75, S (fr) 0.75; T (en) 0.72; U (en) 0.80; V (en)
        // 0.95; W (fr) 0.90; X (en) 0.80; Y (fr) 0.73; Z (en) 0.98; AA (fr) 0.85; AB (fr) 0.55 (no neutral text: at most
        // 0.67); AC (en) 0.64; AD (fr) 0.90; AE (en) 0.87; AF (fr) 0.52 (no neutral text); AG (en) 0.50; AH (en) 0.80; AI (fr) 0.80; AJ (en) 0.79; AK (fr)
        // 0.81; AL (en) 0.90; AM (fr) 0.88; AN (fr) 0.69;
        // AO (en) 0.67; AP (en) 0.73; AQ (fr) 0.80; AR (en) 0.78; AS (fr) 0.85; AT (en) 0.69; AU (fr) 0.92.
        // AV (en) 0.85; AW (fr) 0.83; AX (en) 0.72; AY (fr) 0.64; AZ (fr) 0.80; BA (en) 0.93; BB (fr) 0.84.
        // BC (en) 0.67; BD (fr) 0.69; BE (fr) 0.77; BF (en) 0.93; BG (en) 0.90; BH (fr) 0.83; BI (fr) 0.77;
        // BJ (en) 0.86; BK (fr) 0.73; BL (en) 0.80; BM (en) 0.69; BN (fr) 0.75;
        // BO (fr) 0.80; BP (en) 0.75; BQ (fr) 0.90; BR (en) 0.90.
        // The floor leaves
        // room for a few texts, not for a rule family; French F and G and English D keep news and political irony read
        // through one word, hence their lower floors.
        #expect(f1 >= floor, "macro-F1 \(f1) in \(language); misread: \(errors.joined(separator: " | "))")
    }
}
