package gen

// French phrase banks. Tokens: {E} employer, {D} sector description with its
// article, {C} city, {N} number of openings, {R} reference.
var (
	introFR = []string{
		"{E}, {D} à {C}, recrute.",
		"Dans le cadre de son développement, {E} renforce ses équipes à {C}.",
		"{E} ({D}) recherche de nouveaux talents pour son site de {C}.",
		"Nous sommes {D} installé(e) à {C} et nous recrutons !",
		"URGENT : {E} recrute pour un démarrage immédiat à {C}.",
		"Notre client, {D} situé(e) à {C}, recrute dans le cadre d'une création de poste.",
		"Rejoignez {E} à {C} !",
		"{E} recrute {N} collaborateurs pour son site de {C}.",
		"Pour accompagner sa croissance, {E}, {D}, ouvre plusieurs postes à {C}.",
		"{E} est {D} reconnu(e) pour la qualité de ses services. Nous recrutons à {C}.",
		"Vous cherchez un emploi stable à {C} ? {E} vous attend.",
		"Important : {E} lance une campagne de recrutement à {C}.",
	}
	introAnonFR = []string{
		"{D} à {C} recrute.",
		"{D} basé(e) à {C} recherche de nouveaux collaborateurs.",
		"Pour le compte de {D} situé(e) à {C}, nous recrutons.",
		"Poste basé à {C}.",
	}
	missionHeadsFR   = []string{"Missions", "Vos missions", "MISSIONS PRINCIPALES", "Description du poste", "Tâches", "Le poste", "Vos responsabilités", "Missions principales", "Activités"}
	profileHeadsFR   = []string{"Profil recherché", "PROFIL", "Votre profil", "Exigences", "Qualifications requises", "Profil", "Vous avez le profil ?", "Conditions requises"}
	offerHeadsFR     = []string{"Nous offrons", "Avantages", "Ce que nous vous proposons", "Conditions", "NOUS VOUS OFFRONS", "Pourquoi nous rejoindre ?", "Rémunération et avantages"}
	practicalHeadsFR = []string{"Informations pratiques", "Infos", "Détails", "Lieu et contrat"}
	missionLeadsFR   = []string{"Vous serez chargé(e) de", "Votre mission consistera à", "Rattaché(e) au responsable de site, vous aurez pour mission de", "Au sein d'une équipe dynamique, vous devrez", "Vous aurez notamment à"}
	skillLinesFR     = []string{"Maîtrise {de}", "Bonne connaissance {de}", "{S} : indispensable", "{S} souhaité(e)", "Connaissances en {s}", "Expérience en {s} appréciée", "{S} exigé(e)", "La maîtrise {de} est un plus"}
	traitsFR         = []string{"Rigueur et sens de l'organisation", "Esprit d'équipe", "Ponctualité et assiduité", "Bonne présentation", "Dynamisme et motivation", "Autonomie", "Sens de la communication", "Capacité à travailler sous pression", "Sérieux et honnêteté", "Disponibilité immédiate", "Résistance au stress", "Bon relationnel"}
	languageLinesFR  = []string{"Français courant exigé", "Bonne maîtrise du français et de l'arabe", "Anglais : un plus", "Arabe et français (lu, écrit, parlé)", "Français niveau B2 minimum", "L'espagnol est un atout"}
	perksFR          = []string{"CNSS + AMO", "Mutuelle", "Prime de rendement", "Formation continue", "Évolution de carrière", "Environnement de travail stimulant", "Tickets restaurant", "Prime d'ancienneté", "Congés payés", "Assurance maladie complémentaire", "Prime de fin d'année"}
	startFR          = []string{"Démarrage immédiat", "Prise de poste dès que possible", "Début : le mois prochain", "Date de démarrage : à convenir", "Disponibilité immédiate souhaitée"}
	closingsFR       = []string{
		"Merci d'envoyer votre CV à [email protected] en précisant la référence {R}.",
		"Envoyez votre CV + photo par WhatsApp au 06 XX XX XX XX.",
		"Pour postuler, cliquez sur « Postuler » ou déposez votre CV à notre agence de {C}.",
		"Les candidatures retenues seront contactées pour un entretien.",
		"Seules les candidatures correspondant au profil seront traitées.",
		"Entretiens tous les jours de 9h à 12h à l'adresse de l'entreprise (se présenter avec CV et CIN).",
		"Postulez dès maintenant !",
		"CV et lettre de motivation à adresser au service RH : [email protected]",
		"Candidature via le formulaire en ligne uniquement, réf. {R}.",
		"Intéressé(e) ? Contactez-nous au 05 22 XX XX XX.",
	}
	extrasFR = []string{ // sentences a repost adds
		"Poste à pourvoir immédiatement.",
		"Merci de mentionner la référence de l'annonce dans l'objet de votre mail.",
		"Annonce mise à jour.",
		"Les candidatures féminines sont encouragées.",
		"Nous recrutons !",
		"Offre valable jusqu'à fin du mois.",
	}
)
