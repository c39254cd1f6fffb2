package occupation

import "slices"

// publicServiceTitles are the posts of responsibility of the Moroccan
// public service as its calls name them, in Arabic and French, with the
// ISCO-08 unit group of the work: Marsad's table, written from the
// public service's organisation (ministries, prefectures and communes
// are divided into directions, divisions — أقسام — and services —
// مصالح) and ISCO-08's definitions. It was added on 2026-12-07 after
// the dev half (odd ids) of a labelled set of real titles (set 11, a
// third of it from emploi-public.ma) showed these titles placed in a
// shop ("رئيس قسم في متجر" for a head of division), a repair trade
// (مصلحة, a service, folds onto مصلح, a repairer) or nowhere; its test
// half was not read.
//
//   - A head of a division or a service manages a unit of an
//     administration: 1219 when the title names no function that
//     ISCO-08 gives its own managers (finance 1211, human resources
//     1212, sales and marketing 1221, communication 1222, production
//     1321, purchasing and logistics 1324, computing 1330), which the
//     rule of manager.go reads with the Arabic names of the functions
//     below.
//   - A cadre (إطار) is a graduate employee of a field: the professional
//     of that field ("cadre en gestion", "إطار مالي"), not its manager.
//   - The higher education's ranks (أستاذ محاضر, maître de conférences,
//     professeur assistant, professeur agrégé, professeur habilité) teach at a university
//     (2310), a dean manages a faculty (1345).
//   - A commune's director of services, an inspector general and a
//     secretary general of a ministry are senior government officials
//     (1112).
var publicServiceTitles = []Label{
	// 1112 Senior government officials
	{Code: "1112", Name: "مدير المصالح"},
	{Code: "1112", Name: "المدير العام للمصالح"},
	{Code: "1112", Name: "directeur des services"},
	{Code: "1112", Name: "directeur général des services"},
	{Code: "1112", Name: "مفتش عام"},
	{Code: "1112", Name: "inspecteur général"},
	{Code: "1112", Name: "كاتب عام"},
	// 1211 Finance managers
	{Code: "1211", Name: "مدير الشؤون المالية"},
	{Code: "1211", Name: "رئيس قسم الشؤون المالية"},
	{Code: "1211", Name: "مسؤول مالي"},
	// 1212 Human resource managers
	{Code: "1212", Name: "مدير الموارد البشرية"},
	{Code: "1212", Name: "رئيس قسم الموارد البشرية"},
	{Code: "1212", Name: "مسؤول الموارد البشرية"},
	// 1219 Business services and administration managers n.e.c.
	{Code: "1219", Name: "رئيس قسم"},
	{Code: "1219", Name: "رئيس مصلحة"},
	{Code: "1219", Name: "chef de division"},
	{Code: "1219", Name: "chef de service"},
	{Code: "1219", Name: "مدير الشؤون الإدارية"},
	{Code: "1219", Name: "رئيس قسم الشؤون الإدارية"},
	{Code: "1219", Name: "مسؤول إداري"},
	// 1221 Sales and marketing managers
	{Code: "1221", Name: "مدير تجاري"},
	{Code: "1221", Name: "رئيس قسم التسويق"},
	{Code: "1221", Name: "مسؤول تجاري"},
	// 1222 Advertising and public relations managers
	{Code: "1222", Name: "مدير التواصل"},
	{Code: "1222", Name: "رئيس قسم التواصل"},
	{Code: "1222", Name: "مسؤول التواصل"},
	// 1321 Manufacturing managers
	{Code: "1321", Name: "مدير الإنتاج"},
	{Code: "1321", Name: "رئيس قسم الإنتاج"},
	{Code: "1321", Name: "مسؤول الإنتاج"},
	// 1324 Supply, distribution and related managers
	{Code: "1324", Name: "مدير المشتريات"},
	{Code: "1324", Name: "رئيس قسم المشتريات"},
	{Code: "1324", Name: "مسؤول المشتريات"},
	// 1330 Information and communications technology service managers
	{Code: "1330", Name: "مدير نظم المعلومات"},
	{Code: "1330", Name: "رئيس قسم المعلوميات"},
	{Code: "1330", Name: "مسؤول المعلوميات"},
	// 1345 Education managers
	{Code: "1345", Name: "doyen"},
	{Code: "1345", Name: "عميد كلية"},
	// 2310 University and higher education teachers
	{Code: "2310", Name: "أستاذ محاضر"},
	{Code: "2310", Name: "أستاذ التعليم العالي"},
	{Code: "2310", Name: "أستاذ مؤهل"},
	{Code: "2310", Name: "professeur agrégé"},
	{Code: "2310", Name: "professeur habilité"},
	{Code: "2310", Name: "professeur de l'enseignement supérieur"},
	{Code: "2310", Name: "professeur assistant"}, // the first rank of a university's teachers (enseignant-chercheur)
	{Code: "2310", Name: "أستاذ مساعد"},
	// 2411 Accountants (a finance cadre)
	{Code: "2411", Name: "إطار مالي"},
	{Code: "2411", Name: "cadre financier"},
	{Code: "2411", Name: "مكلف بالمراقبة الداخلية"},
	// 2421 Management and organisation analysts (a management cadre)
	{Code: "2421", Name: "cadre en gestion"},
	{Code: "2421", Name: "cadre en sciences économiques"},
	{Code: "2421", Name: "إطار في التسيير"},
	{Code: "2421", Name: "إطار في التدبير"},
	{Code: "2421", Name: "إطار في العلوم الاقتصادية"},
	// 2619 Legal professionals n.e.c. (a legal cadre)
	{Code: "2619", Name: "cadre juridique"},
	{Code: "2619", Name: "إطار قانوني"},
	// 2621 Archivists and curators
	{Code: "2621", Name: "مكلف بتدبير الأرشيف"},
	{Code: "2621", Name: "مكلف بالأرشيف"},
	// 3112 Civil engineering technicians (a technician of public works)
	{Code: "3112", Name: "تقني أشغال"},
	{Code: "3112", Name: "تقني الأشغال العمومية"},
	// 3259 Health associate professionals n.e.c. (the health ministry's
	// technicians of no named branch)
	{Code: "3259", Name: "technicien de santé"},
	{Code: "3259", Name: "تقني الصحة"},
	// 3313 Accounting associate professionals (a financial agent of an
	// administration)
	{Code: "3313", Name: "عون مالي"},
	// 3411 Legal and related associate professionals (a court's clerks
	// of the judicial secretariat)
	{Code: "3411", Name: "منتدب قضائي"},
}

// marsadTitles are Marsad's own names of the thesaurus: the Moroccan
// titles and the public service's posts.
var marsadTitles = slices.Concat(moroccanTitles, publicServiceTitles)
