// Marsad page strings in the three interface languages (French, Arabic,
// English), the human names of the tools, and the labels shown inside an
// answer, which follow the answer's language rather than the interface's.
// Loaded first, it exports window.marsadI18n.
(function () {
  'use strict';

  var STRINGS = {
    fr: {
      'skip': 'Aller à la question',
      'tagline': 'Chômage, emploi, métiers et formations au Maroc, chiffres sourcés.',
      'status.connecting': 'Connexion…',
      'status.open': 'Connecté',
      'status.closed': 'Connexion perdue, nouvel essai…',
      'examples': 'Exemples',
      'conversation': 'Conversation',
      'question': 'Votre question',
      'placeholder': 'Posez votre question en français, en arabe, en darija ou en anglais…',
      'send': 'Envoyer',
      'hint': 'Entrée pour envoyer, Maj+Entrée pour aller à la ligne.',
      'new': 'Nouvelle conversation',
      'export': 'Exporter (Markdown)',
      'print': 'Imprimer',
      'lang': 'Langue de l’interface',
      'you': 'Vous : ',
      'copy': 'Copier',
      'copied': 'Copié',
      'stop': 'Arrêter',
      'stopped': 'Réponse arrêtée.',
      'regenerate': 'Reposer la question',
      'up': 'Réponse utile',
      'down': 'Réponse pas utile',
      'comment': 'Un commentaire ? (facultatif)',
      'feedback.send': 'Envoyer l’avis',
      'feedback.cancel': 'Annuler',
      'feedback.thanks': 'Merci pour votre avis.',
      'feedback.failed': 'L’avis n’a pas pu être envoyé.',
      'cut': 'La connexion a été coupée. Reposez la question.',
      'error': 'Erreur',
      'running': 'en cours…',
      'rows': '{n} ligne(s)',
      'arguments': 'Arguments',
      'result': 'Résultat',
      'loaded': 'Données chargées : ',
      'print.title': 'Marsad — conversation du {date}'
    },
    ar: {
      'skip': 'انتقل إلى السؤال',
      'tagline': 'البطالة والشغل والمهن والتكوين في المغرب، بأرقام ومصادر.',
      'status.connecting': 'جار الاتصال…',
      'status.open': 'متصل',
      'status.closed': 'انقطع الاتصال، إعادة المحاولة…',
      'examples': 'أمثلة',
      'conversation': 'المحادثة',
      'question': 'سؤالك',
      'placeholder': 'اكتب سؤالك بالعربية أو بالدارجة أو بالفرنسية أو بالإنجليزية…',
      'send': 'أرسل',
      'hint': 'اضغط Enter للإرسال و Shift+Enter لسطر جديد.',
      'new': 'محادثة جديدة',
      'export': 'تصدير (Markdown)',
      'print': 'طباعة',
      'lang': 'لغة الواجهة',
      'you': 'أنت: ',
      'copy': 'نسخ',
      'copied': 'تم النسخ',
      'stop': 'إيقاف',
      'stopped': 'تم إيقاف الجواب.',
      'regenerate': 'أعد طرح السؤال',
      'up': 'جواب مفيد',
      'down': 'جواب غير مفيد',
      'comment': 'تعليق؟ (اختياري)',
      'feedback.send': 'أرسل الرأي',
      'feedback.cancel': 'إلغاء',
      'feedback.thanks': 'شكرا على رأيك.',
      'feedback.failed': 'تعذر إرسال الرأي.',
      'cut': 'انقطع الاتصال، أعد طرح السؤال.',
      'error': 'خطأ',
      'running': 'جار التنفيذ…',
      'rows': '{n} سطر',
      'arguments': 'المعطيات',
      'result': 'النتيجة',
      'loaded': 'المعطيات المحملة: ',
      'print.title': 'مرصد — محادثة بتاريخ {date}'
    },
    en: {
      'skip': 'Skip to the question',
      'tagline': 'Unemployment, jobs, occupations and training in Morocco, with sourced figures.',
      'status.connecting': 'Connecting…',
      'status.open': 'Connected',
      'status.closed': 'Connection lost, retrying…',
      'examples': 'Examples',
      'conversation': 'Conversation',
      'question': 'Your question',
      'placeholder': 'Ask in French, Arabic, Darija or English…',
      'send': 'Send',
      'hint': 'Enter to send, Shift+Enter for a new line.',
      'new': 'New chat',
      'export': 'Export (Markdown)',
      'print': 'Print',
      'lang': 'Interface language',
      'you': 'You: ',
      'copy': 'Copy',
      'copied': 'Copied',
      'stop': 'Stop',
      'stopped': 'Answer stopped.',
      'regenerate': 'Ask again',
      'up': 'Helpful answer',
      'down': 'Unhelpful answer',
      'comment': 'A comment? (optional)',
      'feedback.send': 'Send feedback',
      'feedback.cancel': 'Cancel',
      'feedback.thanks': 'Thank you for your feedback.',
      'feedback.failed': 'The feedback could not be sent.',
      'cut': 'The connection was cut. Ask the question again.',
      'error': 'Error',
      'running': 'running…',
      'rows': '{n} row(s)',
      'arguments': 'Arguments',
      'result': 'Result',
      'loaded': 'Data loaded: ',
      'print.title': 'Marsad — conversation of {date}'
    }
  };

  // Tool names as a user reads them; the raw name stays in a title.
  var TOOLS = {
    fr: {
      indicator_series: 'Série d’un indicateur', compare_indicator: 'Comparaison d’un indicateur',
      top_occupations: 'Métiers les plus demandés', occupation_profile: 'Fiche métier',
      skills_in_demand: 'Compétences demandées', training_paths: 'Formations',
      search_documents: 'Recherche dans les notes', search_job_ads: 'Offres d’emploi'
    },
    ar: {
      indicator_series: 'سلسلة مؤشر', compare_indicator: 'مقارنة مؤشر',
      top_occupations: 'المهن الأكثر طلبا', occupation_profile: 'بطاقة مهنة',
      skills_in_demand: 'المهارات المطلوبة', training_paths: 'مسارات التكوين',
      search_documents: 'بحث في المذكرات', search_job_ads: 'عروض الشغل'
    },
    en: {
      indicator_series: 'Indicator series', compare_indicator: 'Indicator comparison',
      top_occupations: 'Most demanded occupations', occupation_profile: 'Occupation profile',
      skills_in_demand: 'Skills in demand', training_paths: 'Training paths',
      search_documents: 'Document search', search_job_ads: 'Job ads'
    }
  };

  // Labels inside an answer, in the answer's language.
  var ANSWER = {
    fr: {
      sources: 'Sources', via: 'relayé par', supports: 'appuie', demo: 'démo',
      official_statistic: 'statistique officielle', job_ads_count: 'comptage d’offres d’emploi',
      document: 'document', projection: 'projection (pas un constat)', reference_sheet: 'fiche de référence',
      charts: 'Tableaux et graphiques'
    },
    ar: {
      sources: 'المصادر', via: 'نقلا عن', supports: 'يسند', demo: 'تجريبي',
      official_statistic: 'إحصاء رسمي', job_ads_count: 'عدد عروض الشغل',
      document: 'وثيقة', projection: 'توقع (ليس واقعا)', reference_sheet: 'بطاقة مرجعية',
      charts: 'جداول ورسوم'
    },
    en: {
      sources: 'Sources', via: 'reported by', supports: 'supports', demo: 'demo',
      official_statistic: 'official statistic', job_ads_count: 'count of job ads',
      document: 'document', projection: 'projection (not a fact)', reference_sheet: 'reference sheet',
      charts: 'Tables and charts'
    }
  };

  var LANGS = ['fr', 'ar', 'en'];
  var current = 'fr';

  // uiLang maps an answer's language tag to one of the label languages:
  // Darija in Arabic script reads Arabic labels, Arabizi reads French ones
  // (the Latin-script language Moroccan readers share).
  function uiLang(tag) {
    tag = String(tag || '').toLowerCase();
    if (tag === 'ar' || tag === 'ary') return 'ar';
    if (tag === 'en') return 'en';
    if (tag === 'fr' || tag === 'ary-latn') return 'fr';
    return current;
  }

  function fill(s, vars) {
    return s.replace(/\{(\w+)\}/g, function (m, k) { return vars && k in vars ? vars[k] : m; });
  }

  window.marsadI18n = {
    LANGS: LANGS,
    uiLang: uiLang,
    lang: function () { return current; },
    setLang: function (l) { if (LANGS.indexOf(l) >= 0) current = l; return current; },
    dir: function () { return current === 'ar' ? 'rtl' : 'ltr'; },
    // t returns the interface string key in the current language.
    t: function (key, vars) { return fill(STRINGS[current][key] || STRINGS.fr[key] || key, vars); },
    // tool returns the human name of a tool, or the raw name when unknown.
    tool: function (name) { return TOOLS[current][name] || name; },
    // answer returns a label shown inside an answer written in lang.
    answer: function (lang, key) { var l = uiLang(lang); return (ANSWER[l] || ANSWER.fr)[key] || key; }
  };
})();
