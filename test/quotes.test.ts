import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractQuotes, quotesToRows, toLatin } from '../src/index.js'
import type { Quote } from '../src/index.js'

const direct = (text: string): Quote[] => extractQuotes(text).filter((q) => q.kind === 'direct')
const brief = (q: Quote): [string, string | null, string | null] => [q.text, q.cue?.text ?? null, q.speaker?.name ?? null]

describe('extractQuotes: direct quotations, by convention', () => {
  const cases: [string, string, [string, string | null, string | null][]][] = [
    ['«…», деді X.', '«Біз дайынбыз», деді Қасым-Жомарт Тоқаев.', [['Біз дайынбыз', 'деді', 'Қасым-Жомарт Тоқаев']]],
    ['«…», – деді X.', '«Жұмыс жалғасады», – деді министр Ерлан Ақкенженов.', [['Жұмыс жалғасады', 'деді', 'Ерлан Ақкенженов']]],
    ['«…» деп атап өтті X.', '«Экономика өсіп келеді» деп атап өтті Премьер-министр Олжас Бектенов.', [['Экономика өсіп келеді', 'деп атап өтті', 'Олжас Бектенов']]],
    ['X: «…».', 'Әкім былай деді: «Жол жөнделеді».', [['Жол жөнделеді', 'деді', 'Әкім']]],
    ['X «…» деп мәлімдеді.', 'Қаржы министрлігі «салық өзгермейді» деп мәлімдеді.', [['салық өзгермейді', 'деп мәлімдеді', 'Қаржы министрлігі']]],
    ['a final period inside the marks stays out', '«Біз келдік.», – деді ол.', [['Біз келдік', 'деді', 'ол']]],
    ['? and ! stay', '«Неге кешіктіңдер?» деп сұрады Айгүл Сейітова.', [['Неге кешіктіңдер?', 'деп сұрады', 'Айгүл Сейітова']]],
    ['straight quotes', '"Бәрі дайын", – деді Айдос Серікұлы.', [['Бәрі дайын', 'деді', 'Айдос Серікұлы']]],
    ['„…“ quotes', '„Мектеп ашылды“, – деді Айдос Серікұлы.', [['Мектеп ашылды', 'деді', 'Айдос Серікұлы']]],
    [
      'interrupted by its attribution',
      '«Біз дайынбыз, – деді Айдос Серікұлы, – бәрі жақсы болады».',
      [
        ['Біз дайынбыз', 'деді', 'Айдос Серікұлы'],
        ['бәрі жақсы болады', 'деді', 'Айдос Серікұлы'],
      ],
    ],
    ['dash paragraph', 'Кездесу өтті.\n\n– Жоба биыл аяқталады, – деді Айдос Серікұлы.', [['Жоба биыл аяқталады', 'деді', 'Айдос Серікұлы']]],
    ['dash paragraph in Latin', '- Joba bıyl aıaqtalady, - dep atap ótti Aıdos Serikuly.', [['Joba bıyl aıaqtalady', 'dep atap ótti', 'Aıdos Serikuly']]],
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(direct(text).map(brief)).toEqual(expected)
  })
})

describe('extractQuotes: quotations over paragraphs', () => {
  it('reads a quotation that opens « in one paragraph and closes » later as one quote', () => {
    const text = 'Министр сөз сөйледі.\n\n«Бірінші абзац осында.\n\nЕкінші абзац та бар», деді Ерлан Ақкенженов.'
    const [q] = direct(text)
    expect(q!.text).toBe('Бірінші абзац осында.\n\nЕкінші абзац та бар')
    expect(q!.speaker!.name).toBe('Ерлан Ақкенженов')
  })
  it('gives dash paragraphs that continue a speaker the same speaker (and no cue of their own)', () => {
    const text = '– Жоба биыл аяқталады, – деді Айдос Серікұлы.\n\n– Қаржы бөлінді.'
    expect(direct(text).map(brief)).toEqual([
      ['Жоба биыл аяқталады', 'деді', 'Айдос Серікұлы'],
      ['Қаржы бөлінді', null, 'Айдос Серікұлы'],
    ])
  })
  it('goes on with the speaker after a paragraph about them ("Оның айтуынша, …")', () => {
    const text = '– Кодекс ауыр тиеді, – дейді кәсіпкер Ерлан Жұмабаев.\n\nОның айтуынша, кәсіпорындар жабылуы мүмкін.\n\n– Біз бағаны көтереміз.'
    expect(direct(text).map(brief)).toEqual([
      ['Кодекс ауыр тиеді', 'дейді', 'Ерлан Жұмабаев'],
      ['Біз бағаны көтереміз', null, 'Ерлан Жұмабаев'],
    ])
    // … but not after a paragraph about something else
    expect(direct(text.replace('Оның айтуынша', 'Сарапшылардың айтуынша'))).toHaveLength(1)
  })
  it('reads a dash quotation whose attribution comes paragraphs later as one quote', () => {
    const text = '– Бірінші ой осы.\n\nЕкінші ой да бар, – дейді шебер Болат Қалиев.'
    const [q] = direct(text)
    expect(q!.text).toBe('Бірінші ой осы.\n\nЕкінші ой да бар')
  })
  it('does not read a dash list after a colon as speech', () => {
    const text = 'Ірі жобалар қатарында:\n\n- Қарағандыдағы кешен;\n\n- Павлодардағы зауыт.'
    expect(direct(text)).toEqual([])
  })
  it('keeps names in nested guillemets inside the quote', () => {
    const text = '«Армения жасағы «Ақсай» нан зауытын күзетті», деді Президент.'
    expect(direct(text).map((q) => q.text)).toEqual(['Армения жасағы «Ақсай» нан зауытын күзетті'])
  })
})

describe('extractQuotes: interviews (dash questions and answers with no reporting verb)', () => {
  // written for these tests; each turn is its own paragraph
  const interview = (lead: string, turns: string[], after = ''): string => [lead, ...turns.map((t) => `– ${t}`), after].filter(Boolean).join('\n\n')
  const turns = ['Байқауға қалай қатыстыңыз?', 'Әріптестерім көндірді. Бастапқыда қатысқым келмеді.', 'Ауылда қандай қиындықтар бар?', 'Ең басты мәселе – кадр тапшылығы.', 'Жоспарларыңызбен бөлісіңіз.', 'Келесі жылы оқушыларды олимпиадаға дайындаймын.']
  const cases: [string, string, [string, string | null, string | null][]][] = [
    [
      'the one the lead names with the interview word answers; questions have no speaker',
      interview('Биыл «Жыл мұғалімі» атанған мұғалім Гүлнар Сейітовамен сұхбаттастық.', turns),
      [
        ['Байқауға қалай қатыстыңыз?', null, null],
        ['Әріптестерім көндірді. Бастапқыда қатысқым келмеді', null, 'Гүлнар Сейітова'],
        ['Ауылда қандай қиындықтар бар?', null, null],
        ['Ең басты мәселе – кадр тапшылығы', null, 'Гүлнар Сейітова'],
        // a request is a question by its place
        ['Жоспарларыңызбен бөлісіңіз', null, null],
        ['Келесі жылы оқушыларды олимпиадаға дайындаймын', null, 'Гүлнар Сейітова'],
      ],
    ],
    [
      'a question that addresses the one who answers names them (resolved to the full name)',
      interview('Мектеп директоры Ерлан Сапаров «Egemen Qazaqstan» тілшісінің сұрақтарына жауап берді.', ['Ерлан мырза, мектеп қашан ашылады?', 'Қыркүйекте ашылады.', 'Мұғалімдер жеткілікті ме?', 'Жеткілікті.']),
      [
        ['Ерлан мырза, мектеп қашан ашылады?', null, null],
        ['Қыркүйекте ашылады', null, 'Ерлан Сапаров'],
        ['Мұғалімдер жеткілікті ме?', null, null],
        ['Жеткілікті', null, 'Ерлан Сапаров'],
      ],
    ],
    [
      'an address by patronymic with no full name in the text is the name',
      interview('Бүгін біздің қонағымыз – белгілі ақын.', ['Гүлнар Әбдірахманқызы, өлеңді қашан жаза бастадыңыз?', 'Мектепте оқып жүргенде.', 'Сізге кім әсер етті?', 'Әжем.']),
      [
        ['Гүлнар Әбдірахманқызы, өлеңді қашан жаза бастадыңыз?', null, null],
        ['Мектепте оқып жүргенде', null, 'Гүлнар Әбдірахманқызы'],
        ['Сізге кім әсер етті?', null, null],
        ['Әжем', null, 'Гүлнар Әбдірахманқызы'],
      ],
    ],
    [
      'an answer runs on over paragraphs without a dash in which its speaker speaks of themselves, up to the next question; the last answer does not',
      interview('Сарапшы Ержан Тұрсынбековпен әңгімелестік.', ['Тарифтер өсе ме?', 'Жоқ.\n\nБиыл біз оларды өсірмейміз.', 'Неге?', 'Станция жаңа.'], 'Айта кетейік, станция былтыр ашылған.'),
      [
        ['Тарифтер өсе ме?', null, null],
        ['Жоқ.\n\nБиыл біз оларды өсірмейміз', null, 'Ержан Тұрсынбеков'],
        ['Неге?', null, null],
        ['Станция жаңа', null, 'Ержан Тұрсынбеков'],
      ],
    ],
    [
      'a journalist’s note between the turns is no part of the answer before it',
      interview('Кітапханашы Марат Омаровпен әңгімелестік.', ['Оқырман көп пе?', 'Екі есе өсті.\n\nКітапхана ғимараты 1968 жылы салынған.', 'Не оқиды?', 'Классиктерді оқиды.']),
      [
        ['Оқырман көп пе?', null, null],
        ['Екі есе өсті', null, 'Марат Омаров'],
        ['Не оқиды?', null, null],
        ['Классиктерді оқиды', null, 'Марат Омаров'],
      ],
    ],
    [
      'an elder addressed by "аға" with the given name; the lead names them the sentence before the interview word; a byline names the journalist',
      interview('Жазушы Смағұл Елубай жаңа романын аяқтады. Біз қаламгермен әдебиет туралы әңгімелестік.', ['Смағұл аға, роман не туралы?', 'Ауылдың тағдыры туралы.', 'Жастар кітап оқи ма?', 'Оқиды.'], 'Әңгімелескен Айгерім Сәрсенова'),
      [
        ['Смағұл аға, роман не туралы?', null, 'Айгерім Сәрсенова'],
        ['Ауылдың тағдыры туралы', null, 'Смағұл Елубай'],
        ['Жастар кітап оқи ма?', null, 'Айгерім Сәрсенова'],
        ['Оқиды', null, 'Смағұл Елубай'],
      ],
    ],
    [
      'the one the lead names in the sentence before the interview word, which names no one, answers',
      interview('Жазушы Смағұл Елубай жаңа романын аяқтады. Біз қаламгермен әдебиет туралы әңгімелестік.', ['Роман не туралы?', 'Ауылдың тағдыры туралы.', 'Жастар кітап оқи ма?', 'Оқиды.']),
      [
        ['Роман не туралы?', null, null],
        ['Ауылдың тағдыры туралы', null, 'Смағұл Елубай'],
        ['Жастар кітап оқи ма?', null, null],
        ['Оқиды', null, 'Смағұл Елубай'],
      ],
    ],
    ['no one named: turns without a speaker', interview('Оқырман сұрақтарына жауап береміз.', ['Жол қашан ашылады?', 'Көктемде.', 'Ақысы бар ма?', 'Жоқ.']), [['Жол қашан ашылады?', null, null], ['Көктемде', null, null], ['Ақысы бар ма?', null, null], ['Жоқ', null, null]]],
    // no rhythm of questions and answers: only one question, a list, a list after a colon
    ['one question is no interview', interview('Жиналыс өтті.', ['Не істеу керек?', 'Жұмыс істеу керек.', 'Жоспар дайын.']), []],
    ['a dash list is no interview', 'Жиналыста мына мәселелер қаралды:\n\n– бюджет жобасы;\n\n– мектеп құрылысы?\n\n– жол жөндеу;\n\n– саябақ?', []],
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(direct(text).map(brief)).toEqual(expected)
  })
  it('gives the same turns and speakers in Latin script', () => {
    const text = interview('Мұғалім Гүлнар Сейітовамен сұхбаттастық.', turns)
    const latin = toLatin(text).text
    expect(direct(latin).map((q) => [q.speaker?.name ?? null])).toEqual(direct(text).map((q) => [q.speaker ? toLatin(q.speaker.name).text : null]))
    expect(direct(latin)).toHaveLength(6)
  })
  it('ends a run of turns at a paragraph that introduces a list', () => {
    const text = interview('Ержан Тұрсынбековпен сұхбаттастық.', ['Тарифтер өсе ме?', 'Жоқ.', 'Неге?', 'Станция жаңа.']) + '\n\nЖиналыста мына мәселелер қаралды:\n\n– Бюджет.'
    expect(direct(text).at(-1)!.text).toBe('Станция жаңа')
  })
})

describe('extractQuotes: a name in guillemets that opens the speaker after the cue', () => {
  it.each([
    // the company's name is the speaker's, not another quotation
    ['«Дайындық аяқталды», – деді «Астана-Теплотранзит» АҚ басқарма төрағасы Ерлан Жақсылықов.', '«Астана-Теплотранзит» АҚ басқарма төрағасы Ерлан Жақсылықов', 'Ерлан Жақсылықов'],
    ['«Дайындық аяқталды», – деді «Қазақтелеком» компаниясының басшысы Ерлан Жақсылықов.', '«Қазақтелеком» компаниясының басшысы Ерлан Жақсылықов', 'Ерлан Жақсылықов'],
    ['«Дайындық аяқталды», – деді «Қазақтелеком» өкілі.', '«Қазақтелеком» өкілі', '«Қазақтелеком» өкілі'],
    // after a word it is where the speaker spoke: "деді ол | «Хабар» арнасына"
    ['«Дайындық аяқталды», – деді ол «Хабар» арнасына берген сұхбатында.', 'ол', 'ол'],
  ])('%s', (text, speaker, name) => {
    expect(direct(text).map((q) => [q.speaker?.text, q.speaker?.name])).toEqual([[speaker, name]])
  })
})

describe('extractQuotes: said in a statement ("делінген X хабарламасында")', () => {
  it.each([
    // the statement's owner speaks, up to its genitive
    ['«Биыл елімізде 15 мың шақырым жол жөнделеді», – делінген Көлік министрлігінің хабарламасында.', 'делінген', 'Көлік министрлігінің', 'Көлік министрлігі'],
    ['«Биыл жол жөнделеді», – делінген ҚР Көлік министрлігінің ресми сайтында.', 'делінген', 'ҚР Көлік министрлігінің', 'ҚР Көлік министрлігі'],
    ['«Биыл жол жөнделеді», – делінген Ақорданың Telegram-арнасында.', 'делінген', 'Ақорданың', 'Ақорда'],
    // a participle before the statement is not the owner's; a name in guillemets is
    ['«Биыл жол жөнделеді», – делінген министрліктің таратқан хабарламасында.', 'делінген', 'министрліктің', 'министрлік'],
    ['«Таулы аймақтарға баруды шектеуді сұраймыз», – делінген «Қазгидромет» таратқан хабарламада.', 'делінген', '«Қазгидромет»', '«Қазгидромет»'],
    ['«Биыл жол жөнделеді», – деп жазылған ведомство хабарламасында.', 'деп жазылған', 'ведомство', 'ведомство'],
    // no owner, no speaker: the quotation stands
    ['«Биыл жол жөнделеді», – делінген хабарламада.', 'делінген', null, null],
    ['«Қажетті шараларды қабылдасын» делінген.', 'делінген', null, null],
    // in Latin too
    ['«Biyl jol jöndeledi», – delingen Kölik ministrliginiñ habarlamasında.', 'delingen', 'Kölik ministrliginiñ', 'Kölik ministrligi'],
  ])('%s', (text, cue, speaker, name) => {
    expect(direct(text).map((q) => [q.cue?.text, q.speaker?.text ?? null, q.speaker?.name ?? null])).toEqual([[cue, speaker, name]])
  })
})

describe('extractQuotes: a headline «…»: X', () => {
  it.each([
    ['«Ауыл мектебіне жас мамандар келуі керек»: Гүлнар Сейітова ұстаздық туралы\n\nМұғалім Гүлнар Сейітова сөйледі.', [['Ауыл мектебіне жас мамандар келуі керек', null, 'Гүлнар Сейітова']]],
    // a name of a show, an exhibition … is no quotation: no person after the colon
    ['«Алтын адам»: көрме ашылды\n\nМұражайда көрме ашылды.', []],
  ])('%j', (text, expected) => {
    expect(direct(text).map(brief)).toEqual(expected)
  })
})

describe('extractQuotes: a headline "X: «…»" before a line that opens with a body\'s name', () => {
  it('is a quotation: the body\'s head is the next line\'s, not a name for the guillemets', () => {
    const [q] = extractQuotes('Ғалым Нұрлан Әмірханов: «Жасанды интеллект қазақ тілін үйрене алады»\n\nНазарбаев Университетінің профессоры Нұрлан Әмірханов сұхбат берді.')
    expect([q?.kind, q?.text, q?.speaker?.name]).toEqual(['direct', 'Жасанды интеллект қазақ тілін үйрене алады', 'Нұрлан Әмірханов'])
  })
})

describe('extractQuotes: a headline "X: …" without guillemets', () => {
  it.each([
    // a surname alone, resolved to the person the text names
    ['Головкин: Бокс федерациясы жаңа чемпиондарды тәрбиелейді\n\nФедерация президенті Геннадий Головкин Астанада сөйледі.', [['Бокс федерациясы жаңа чемпиондарды тәрбиелейді', null, 'Геннадий Головкин']]],
    ['Министр: Бағалар биыл өспейді деп күтеміз\n\nЖиын өтті.', [['Бағалар биыл өспейді деп күтеміз', null, 'Министр']]],
    // a place is a dateline and a label is chrome: neither speaks
    ['Алматы: жаңа мектеп биыл ашылды\n\nЖиын өтті.', []],
    ['Фото: Ақорда баспасөз қызметі\n\nЖиын өтті.', []],
  ])('%j', (text, expected) => {
    expect(direct(text).map(brief)).toEqual(expected)
  })
})

describe('extractQuotes: guillemets that are not quotes', () => {
  it.each([
    '«Egemen Qazaqstan» газетіне берген сұхбатында айтты.',
    '«Қазақ газеттері» ЖШС Бас директоры келді.',
    '«Біз озық ойлы ұлт ретінде алға қарауымыз керек» атты сұхбатында жауап берді.',
    'Армения жасағы «Ақсай» нан зауытын күзетті.',
    '«Fern» дауылы соғып жатыр.',
    'Оларды «сарапшылар» деп атайды екен.',
  ])('%s', (text) => {
    expect(direct(text)).toEqual([])
  })
})

describe('extractQuotes: speakers', () => {
  const text =
    'Мемлекет басшысы Қасым-Жомарт Тоқаев ҰҚШҰ туралы айтты.\n\n' +
    '«Біз Ресейге емес, ұйымға жүгіндік», деді Президент.\n\n' +
    'Энергетика министрі Ерлан Ақкенженов та сөз алды.\n\n' +
    '– Хат жіберілді, – деді министр.\n\n' +
    '– Жауап күтеміз, – деп қосты ол.\n\n' +
    '«Жоба жалғасады», – деді Тоқаевтың кеңесшісі Айбек Серіков.'
  const qs = direct(text)
  it('resolves a title to the person the article names with it', () => {
    expect(qs.map((q) => [q.speaker!.text, q.speaker!.name])).toEqual([
      ['Президент', 'Қасым-Жомарт Тоқаев'],
      ['министр', 'Ерлан Ақкенженов'],
      ['ол', 'Ерлан Ақкенженов'],
      ['Тоқаевтың кеңесшісі Айбек Серіков', 'Айбек Серіков'],
    ])
  })
  it('knows a listed given name read back from Latin letters, which write э as e ("Emmanıýel" → Емманюел)', () => {
    const [q] = extractQuotes('Qasym-Jomart Toqaev sóz sóıledi. Emmanıýel Makron óz kezeginde Qazaqstannyń rólin joǵary baǵalady. Onyń aıtýynsha, kompanıalar ınvestıtsıa salýǵa daıyn.')
    expect([q?.kind, q?.speaker?.name]).toEqual(['according_to', 'Emmanıýel Makron'])
  })
  it('finds the person after a body\'s name and its title, though someone else was named just before', () => {
    const qs = extractQuotes('Ұлттық экономика министрінің орынбасары Әзамат Әмрин заңды таныстырды. Мәжіліс Төрағасы Ерлан Қошанов заң жобасын екінші оқылымда қарау 17 желтоқсанға жоспарланғанын хабарлады.')
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Ерлан Қошанов'])
  })
  it('keeps a given name that reads as "my …" in the name ("Досым" is дос + -ым to the lemmatizer)', () => {
    const qs = extractQuotes('Бұл туралы баспасөз хатшысы Руслан Желдібай жазды. Сарапшы Досым Сәтпаев бұл қадамды саясаттың жалғасы деп санайды. «Токио біз үшін маңызды», – деді ол.')
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Досым Сәтпаев', 'Досым Сәтпаев'])
  })
  it('finds the subject before a converb\'s clause and its comma in "X … алып, былай деді: «…»"', () => {
    expect(extractQuotes('Ерлан Қарин сөз алып, былай деді: «Жоба жалғасады».').map((q) => q.speaker?.text)).toEqual(['Ерлан Қарин'])
    // (and the converb's clause before the subject stays out, as before)
    expect(extractQuotes('Сапарды қорытындылап, Президент былай деді: «Жоба жалғасады».').map((q) => q.speaker?.text)).toEqual(['Президент'])
  })
  it('knows a foreign name after a title that only reads as inflected ("Ямада" is Яма + -да to the lemmatizer)', () => {
    const [q] = extractQuotes('Компания президенті Питер Фостер сөйледі. Жапонияның Қазақстандағы елшісі Ямада Дзюнъити бұл шешімді құптады. Елшінің сөзінше, әуе қатынасы екі халықты жақындастырады.')
    expect([q?.kind, q?.speaker?.name]).toEqual(['according_to', 'Ямада Дзюнъити'])
  })
  it('resolves a title after a long quotation to the one named near its start, not the last speaker', () => {
    const text =
      'Комитет төрағасы Ерлан Қиясов ақпарат берді. «Шекті деңгей асқан жоқ», – деді Ерлан Қиясов.\n\nТерапевт Гүлнар Мұқанова тұрғындарды антибиотик ішпеуге шақырды.\n\n– Тұмау – вирустық ауру. Антибиотик вирусқа әсер етпейді. Ол ағзаға зиян келтіреді. Қызу түспесе, дәрігерге қаралу керек, – дейді дәрігер.'
    expect(direct(text).map((q) => q.speaker?.name)).toEqual(['Ерлан Қиясов', 'Гүлнар Мұқанова'])
  })
  it.each([
    ['Кеше Н.Ә. Назарбаев келді. «Біз дайынбыз», – деді Назарбаев.', 'Н.Ә. Назарбаев'],
    ['Президент Қ.Тоқаев келді. «Біз дайынбыз», – деді Тоқаев.', 'Қ.Тоқаев'],
  ])('resolves a surname to the name with initials: %s', (text, name) => {
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual([name])
  })
  it('lemmatizes inflected speaker names and short names', () => {
    const [q] = direct('Қасым-Жомарт Тоқаев келді.\n\n«Бәрі жақсы», деді Тоқаев.')
    expect(q!.speaker!.name).toBe('Қасым-Жомарт Тоқаев')
  })
  it.each([
    // a place in a case after a name is where, not the name's last word (the name was "Қасым-Жомарт Тоқаев Астана")
    ['Мемлекет басшысы Қасым-Жомарт Тоқаев Астанада инвесторлармен кездесті. «Міндетіміз – халыққа қызмет ету», – деді Президент.', 'Қасым-Жомарт Тоқаев'],
    ['Министр Ерлан Ақкенженов Алматыға барды. «Жоба жалғасады», – деді министр.', 'Ерлан Ақкенженов'],
    // a Russian-style surname ends a name ("Абай" after it is the poet of the next words), and the
    // given name before it stays though it looks inflected ("Аида" is read as Аи + -да)
    ['Мәдениет министрі Аида Балаева Абай мұрасының маңызы зор екенін айтты. «Аудармалар көбейді», – деді министр.', 'Аида Балаева'],
    // a listed given name makes a person with no surname ending or title
    ['Дональд Трамп Ақ үйде сөйледі. «Біз келісеміз», – деді ол.', 'Дональд Трамп'],
    // a sportsman as news calls him after naming him
    ['Боксшы Сәкен Бибосынов әлем чемпионы атанды.\n\n– Бұл жеңіске бес жыл дайындалдым, – деді чемпион.', 'Сәкен Бибосынов'],
    // … and keeps the capital after it though it looks inflected ("Давиде" is read as Дави + -де)
    ['Театр Ғабдолла Құрманғалиевтің операсын ұсынды. Оны режиссер Давиде Ливермор қойды. «Қазақ музыкасы мені баурап алды», – дейді режиссер.', 'Давиде Ливермор'],
    // a title before a dash is the holder's who ends the sentence: "Қойылымның режиссері – … Давиде Ливермор."
    [
      'Театр Ғабдолла Құрманғалиевтің операсын ұсынды. Қойылымның режиссері – Италиядан келген Давиде Ливермор. Ол бұған дейін Миланда жұмыс істеген. «Қазақ музыкасы мені бірден баурап алды. Біз жаңа көрініс әкелдік», – дейді режиссер.',
      'Давиде Ливермор',
    ],
    // a state body after a name is no part of it
    ['Ғылым және жоғары білім министрі Саясат Нұрбек Мәжіліс депутаттарымен кездесті. «Ең жоғары балл есепке алынады», – деді Саясат Нұрбек.', 'Саясат Нұрбек'],
    // a title is the one named before the quotation, not the one it speaks of
    ['Мұхтар Әуезовтің туғанына 129 жыл толды. Конференцияны Абай облысының әкімі Берик Уәли ашты.\n\n«Әуезов мұрасын зерттеу – біздің парызымыз», – деді өңір басшысы.', 'Берик Уәли'],
    // a place's name that is a given name, or a surname, stays in the name
    ['Орал Мұхамеджанов кітап жазды. «Ол ұлы тұлға еді», – деді Мұхамеджанов.', 'Орал Мұхамеджанов'],
    // a title with a soft sign is a title in Latin script too, which does not write it (Premer-mınıstr)
    ['Премьер-министр Олжас Бектенов: «Біз жаңа жол саламыз», – деді.', 'Олжас Бектенов'],
  ])('%s → %s', (text, name) => {
    expect(direct(text).map((q) => q.speaker?.name)).toEqual([name])
    expect(direct(toLatin(text).text).map((q) => q.speaker?.name)).toEqual([toLatin(name).text])
    expect(direct(toLatin(text, { alphabet: '2021' }).text).map((q) => q.speaker?.name)).toEqual([toLatin(name, { alphabet: '2021' }).text])
  })
  it.each([
    // where, to whom, on which channel: the words after the speaker's head are not the speaker
    ['«Біз бұл мәселені шешеміз», – деп жазды ол Telegram-арнасында.', 'ол'],
    ['«Баға өседі», – деді Ұлттық банктің төрағасы Тимур Сүлейменов брифингте.', 'Ұлттық банктің төрағасы Тимур Сүлейменов'],
    ['«Жоқ», – деп жауап берді министр журналистердің сұрағына.', 'министр'],
    ['Әкім өз Facebook парақшасында «Жол жөнделеді» деп жазды.', 'Әкім'],
    // … and when: an adjunct with a postposition after it
    ['«Бұл жеңіс – бүкіл халқымыздың жеңісі», – деді спортшы жарыстан кейін.', 'спортшы'],
    // … and a possessed adjunct with its possessor ("at the government's meeting")
    ['– Иә, – деді министр Үкімет отырысында.', 'министр'],
    // a place adjective before the head stays
    ['– Иә, – деді Астанадағы тұрғын.', 'Астанадағы тұрғын'],
  ])('leaves the adjunct out of the speaker in %j', (text, speaker) => {
    expect(extractQuotes(text)[0]?.speaker?.text).toBe(speaker)
  })
  it.each([
    // where it was said, between the cue and the speaker
    ['– Біз жеңісті ұзақ күттік, – деді ойыннан кейінгі баспасөз мәслихатында құраманың бас бапкері Станислав Черчесов.', 'құраманың бас бапкері Станислав Черчесов'],
    ['«Жол салынады», – деді Ақордада Мемлекет басшысы.', 'Мемлекет басшысы'],
    // an adjunct after the head too: the span keeps its start, and the head before that adjunct ends it
    ['«Келісім бар», – деді Президент Ақордада Қытай Төрағасымен кездесуде.', 'Президент'],
  ])('leaves a leading adjunct out of the speaker in %j', (text, speaker) => {
    expect(extractQuotes(text)[0]?.speaker?.text).toBe(speaker)
  })
  it.each([
    // "ол" is the person named as a subject since the last speaker spoke …
    ['«Біз дайынбыз», – деді Станислав Черчесов.\n\nҚарсылас бапкері Вилли Саньоль жеңілісті мойындады. «Олар күштірек болды», деді ол.', ['Станислав Черчесов', 'Вилли Саньоль']],
    // … not one named in another case, and not one named before the last speaker spoke
    ['«Біз дайынбыз», – деді Станислав Черчесов.\n\nОл Вилли Саньольмен кездесті. «Олар күштірек болды», деді ол.', ['Станислав Черчесов', 'Станислав Черчесов']],
    ['Вилли Саньоль келді.\n\n«Біз дайынбыз», – деді Станислав Черчесов. «Олар күштірек болды», деді ол.', ['Станислав Черчесов', 'Станислав Черчесов']],
    // … nor a word inside the quotation itself that looks like a surname
    ['Дәрігер Айжан Есмағамбетова халықты егілуге шақырды.\n\n– Вакцина – ең тиімді жол, – деді ол брифингте.', ['Айжан Есмағамбетова']],
  ])('resolves "ол" in %j', (text, names) => {
    expect(direct(text).map((q) => q.speaker?.name)).toEqual(names)
  })
  it.each([
    // a title no one in the article holds is the one just named as a subject …
    ['Ұлттық банк төрағасы Тимур Сүлейменов: «Баға тұрақты», – деді.\n\nТалдау орталығының басшысы Мұрат Темірханов мөлшерлеме өзгермейтінін болжады.\n\n– Нарық дайын болды, – дейді сарапшы.', ['Тимур Сүлейменов', 'Мұрат Темірханов']],
    // … not a name three sentences back (a byline), where the article's main person stays
    ['Тимур Сүлейменов келді. Тимур Сүлейменов сөйледі.\n\nАйгүл Серікова, Дәурен Жұрхабаев, «Жаңалықтар». Биыл жиырма аумақ анықталды. Жұмыс жалғасады.\n\n– Нарық дайын болды, – дейді сарапшы.', ['Тимур Сүлейменов']],
  ])('resolves a title no one holds in %j', (text, names) => {
    expect(direct(text).map((q) => q.speaker?.name)).toEqual(names)
  })
  it.each([
    // a news outlet speaks as itself, whoever writes for it …
    ['Форум өтті, деп хабарлайды ҚазАқпарат тілшісі.', 'source', 'ҚазАқпарат тілшісі', 'ҚазАқпарат'],
    ['Форум өтті, деп хабарлайды ТАСС ақпарат агенттігі.', 'source', 'ТАСС ақпарат агенттігі', 'ТАСС'],
    // … and "басылым" (the publication) is the outlet named last
    ['Дауыл соқты, деп хабарлайды DW. Басылымның мәліметінше, мыңдаған рейс тоқтады.', 'according_to', 'Басылымның', 'DW'],
    // "Мемлекет басшысы" is the head of state, not another "басшы" the text names
    ['Мемлекет басшысы Қасым-Жомарт Тоқаев Израиль сыртқы істер ведомствосының басшысы Гидеон Саарды қабылдады. Мемлекет басшысы бизнес-форумның өтуін құптап, ынтымақтастық кеңейетініне сенім білдірді.', 'indirect', 'Мемлекет басшысы', 'Қасым-Жомарт Тоқаев'],
    // an ambassador after a country in the genitive and a place adjective
    ['ҚХР-дың Қазақстандағы елшісі Хань Чуньлинь екі елдің ынтымақтастығы жаңа деңгейге көтерілгенін атап өтті.', 'indirect', 'ҚХР-дың Қазақстандағы елшісі Хань Чуньлинь', 'Хань Чуньлинь'],
    // a body's name in lower case runs on up to seven words to its head
    ['Ақмола облыстық энергетика және тұрғын үй-коммуналдық шаруашылық басқармасының басшысы Ерлан Ғалымжанов облыста 47 ауылдың сумен қамтамасыз етілмегенін айтты.', 'indirect', 'Ақмола облыстық энергетика және тұрғын үй-коммуналдық шаруашылық басқармасының басшысы Ерлан Ғалымжанов', 'Ерлан Ғалымжанов'],
    // a name of joined words in a case ends the subject: "Саясат Нұрбек | ҚазҰУ-ды құттықтап"
    ['Ғылым және жоғары білім министрі Саясат Нұрбек ҚазҰУ-ды құттықтап, елдегі тағы бес университеттің рейтингке енгенін жеткізді.', 'indirect', 'Ғылым және жоғары білім министрі Саясат Нұрбек', 'Саясат Нұрбек'],
    // "мәлім етті" (made known) and "сендірді" (assured) with its clause in the dative
    ['Ұлттық банк өкілі Алия Молдабекова реттеуші валюта нарығына араласпайтынын мәлім етті.', 'indirect', 'Ұлттық банк өкілі Алия Молдабекова', 'Алия Молдабекова'],
    ['Қаржы министрі Мәди Тәкиев бюджет тапшылығы жоспарланған деңгейден аспайтынына сендірді.', 'indirect', 'Қаржы министрі Мәди Тәкиев', 'Мәди Тәкиев'],
    // a listed place after a name of two words begins the report: "Хакан Фидан | Анкара …"
    ['Түркия Сыртқы істер министрі Хакан Фидан Анкара келіссөздерді ұйымдастыруға дайын екенін мәлімдеді.', 'indirect', 'Түркия Сыртқы істер министрі Хакан Фидан', 'Хакан Фидан'],
    // a title "as" which someone was appointed, on to the name (the report began with "болып")
    ['Шараға әкім Ғабит Сыздықбеков қатысты. Мектеп директоры болып тағайындалған Лаура Есенова ұжым толық жасақталғанын айтты.', 'indirect', 'Мектеп директоры болып тағайындалған Лаура Есенова', 'Лаура Есенова'],
    // a hyphenated title whose first part is a title ("дәрігер-инфекционисі"): the speaker is not the body's first word
    ['Ұлттық ғылыми педиатрия орталығының дәрігер-инфекционисі Гүлнар Омарова балаларға да екпе салдырудың маңызды екенін атап өтті.', 'indirect', 'Ұлттық ғылыми педиатрия орталығының дәрігер-инфекционисі Гүлнар Омарова', 'Гүлнар Омарова'],
  ])('%s', (text, kind, speaker, name) => {
    expect(extractQuotes(text).filter((q) => q.kind === kind).at(-1)).toMatchObject({ speaker: { text: speaker, name } })
  })
  it('resolves "дипломат" to the ambassador just named', () => {
    const text = 'Министр Арман Шаққалиев сөйледі. «Біз дайынбыз», – деді министр.\n\nҚытай елшісі Хань Чуньлинь ынтымақтастық жаңа деңгейге көтерілгенін атап өтті.\n\n– Біз жалғастырамыз, – деді дипломат.'
    expect(direct(text).map((q) => q.speaker?.name)).toEqual(['Арман Шаққалиев', 'Хань Чуньлинь'])
  })
  it.each([
    // a country after a name is not part of it, and what the subject did first is not the report
    ['Тоқаев Қытай басшысымен телефон арқылы сөйлесіп, екі ел арасындағы ынтымақтастықты нығайту қажет екенін айтты.', 'indirect', 'Тоқаев', 'Тоқаев', 'екі ел арасындағы ынтымақтастықты нығайту қажет екенін'],
    // a converb inside the report stays in it
    ['Синоптиктер қалың мұз қатып, апатты жағдайлар болуы мүмкін екенін ескертті.', 'indirect', 'Синоптиктер', 'Синоптиктер', 'қалың мұз қатып, апатты жағдайлар болуы мүмкін екенін'],
    // a particle after the speaker is not part of it
    ['Парк мамандары да: «Талап күшті», – дейді.', 'direct', 'Парк мамандары', 'Парк мамандары', 'Талап күшті'],
    ['Сарапшы Арман Бейсенбаевтың пайымынша, теңге нығаяды.', 'according_to', 'Сарапшы Арман Бейсенбаевтың', 'Арман Бейсенбаев', 'теңге нығаяды'],
    // "өз сөзінде" after the subject says where it was said, not what
    ['Министр Арман Шаққалиев өз сөзінде тауар айналымы өскенін айтты.', 'indirect', 'Министр Арман Шаққалиев', 'Арман Шаққалиев', 'тауар айналымы өскенін'],
    // a body speaks as itself, whatever form of its head the lexicon lists ("департаменті"), and
    // a title word inside its name ("Полиция") makes it no one's title
    ['Алматы облысы Полиция департаментінің мәліметінше, оқиға кеше Қонаев қаласында болған.', 'according_to', 'Алматы облысы Полиция департаментінің', 'Алматы облысы Полиция департаменті', 'оқиға кеше Қонаев қаласында болған'],
    // "өсіп келе жатқанын" is one verb ("has been growing"), no adverbial clause that ends at "келе"
    ['Мемлекет басшысы сауда байланысының өсіп келе жатқанын атап өтті.', 'indirect', 'Мемлекет басшысы', 'Мемлекет басшысы', 'сауда байланысының өсіп келе жатқанын'],
    // a long clause before the colon: its subject speaks, its verb is the cue
    ['Жергілікті тұрғын Бауыржан Есенов те жаңалыққа қуанышты екенін айтты: «Немерелерім осы мектепте оқиды».', 'direct', 'Жергілікті тұрғын Бауыржан Есенов', 'Бауыржан Есенов', 'Немерелерім осы мектепте оқиды'],
    // "дейді ол": the cue, then the speaker
    ['Мектеп директоры Гүлмира Абдуллаева сөйледі.\n\n– Енді бір ауысымға көшеміз, – дейді ол.', 'direct', 'ол', 'Гүлмира Абдуллаева', 'Енді бір ауысымға көшеміз'],
    // what someone wrote is reported too, and "өзінің Telegram-арнасында" is where
    ['Министрдің орынбасары Жандос Нұрмағамбетов өзінің Telegram-арнасында жөндеу жұмыстары аяқталғанын жазды.', 'indirect', 'Министрдің орынбасары Жандос Нұрмағамбетов', 'Жандос Нұрмағамбетов', 'жөндеу жұмыстары аяқталғанын'],
    // a forecast is reported speech too
    ['Сарапшы Мұрат Темірханов мөлшерлеме өзгермейтінін болжады.', 'indirect', 'Сарапшы Мұрат Темірханов', 'Мұрат Темірханов', 'мөлшерлеме өзгермейтінін'],
  ])('%s', (text, kind, speaker, name, content) => {
    expect(extractQuotes(text)[0]).toMatchObject({ kind, text: content, speaker: { text: speaker, name } })
  })
  it('does not take a sentence opener, a country or the word after a name in a case for part of a person', () => {
    const text = 'Бүгін Қасым-Жомарт Тоқаевтың Президент ретіндегі сапары басталды. Сонымен Украина туралы сөз болды. «Бәрі жақсы», – деді Президент.'
    expect(extractQuotes(text)[0]?.speaker?.name).toBe('Қасым-Жомарт Тоқаев')
  })
  it('takes a lone word that says to whom for no speaker ("оларға айтады: «…»")', () => {
    const [q] = direct('Облысқа барсақ, оларға айтады: «Біздің аумақта емессіңдер».')
    expect([q?.text, q?.speaker, q?.cue?.text]).toEqual(['Біздің аумақта емессіңдер', null, 'айтады'])
  })
  it('marks an unnamed group of one plural word anonymous, and no group of more words', () => {
    const [a] = extractQuotes('Сарапшылардың пікірінше, теңге нығаяды.')
    expect(a?.speaker).toMatchObject({ name: 'Сарапшылар', anonymous: true })
    const [b] = extractQuotes('Синоптиктер аяз күшейетінін ескертті.')
    expect(b?.speaker).toMatchObject({ name: 'Синоптиктер', anonymous: true })
    const [c] = direct('Парк мамандары да: «Талап күшті», – дейді.')
    expect(c?.speaker?.anonymous).toBeUndefined()
  })
  it('resolves a court role to the person named before, and leaves someone’s title to its holder', () => {
    const [q] = direct('Бекзат Оспанов сотталды.\n\n– Мен ешкімнен ақша сұрамадым, – деді сотталушы.')
    expect([q!.speaker!.text, q!.speaker!.name]).toEqual(['сотталушы', 'Бекзат Оспанов'])
    const [a] = extractQuotes('Әнуарбек Мырзатайұлы сотқа келді. Оның адвокатының айтуынша, бала жолды рұқсат етілмеген жерден өткен.')
    expect([a!.kind, a!.speaker!.name]).toEqual(['according_to', 'Оның адвокаты'])
  })
  it('resolves a surname in a case the lexicon lists whole to the person named before ("Жақыпованың айтуынша")', () => {
    const [, a] = extractQuotes('Светлана Жақыпова жаңа тәртіп енгізілетінін түсіндірді. Жақыпованың айтуынша, аударым мөлшері 1 пайыздан басталады.')
    expect([a!.kind, a!.speaker!.text, a!.speaker!.name]).toEqual(['according_to', 'Жақыпованың', 'Светлана Жақыпова'])
  })
  it('resolves an institution\'s head alone to the institution named before', () => {
    const text = '«Қазселденқорғау» мемлекеттік мекемесі қар көшкіні қаупі бар екенін ескертті. Мекеменің мәліметінше, таулы аймақта 60 сантиметр қар жауған.'
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name])).toEqual([['indirect', '«Қазселденқорғау» мемлекеттік мекемесі'], ['according_to', '«Қазселденқорғау» мемлекеттік мекемесі']])
  })
  it('resolves "олардың" to the group the sentence before names as its subject', () => {
    const text = 'Роскосмос корпорациясының өкілдері де тұсаукесерге келді. Олардың айтуынша, екі ел арасындағы ынтымақтастық жалғасады.'
    const [q] = extractQuotes(text)
    expect([q!.kind, q!.speaker!.text, q!.speaker!.name]).toEqual(['according_to', 'Олардың', 'Роскосмос корпорациясының өкілдері'])
    // (with no group there, it stays as it was)
    expect(extractQuotes('Жаңбыр жауды. Олардың айтуынша, баға өседі.')[0]?.speaker?.name).toBe('Олар')
  })
  it('leaves a body\'s representative no one named unresolved, not the last speaker', () => {
    const text = 'Облыс әкімінің орынбасары Марат Нұрғазиев жағдайды бақылауда ұстап отырғанын айтты.\n\nПавлодар облыстық прокуратурасы тексеріс бастады. Прокуратураның ресми өкілінің сөзінше, тексеріс нәтижесі 10 күнде белгілі болады.'
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Марат Нұрғазиев', 'Прокуратураның ресми өкілі'])
  })
  it('takes a title\'s apposition through its body\'s name to the person named after it', () => {
    const text = 'Сот отырысында сотталушының адвокаты Дина Оспанова үкімге шағым түсіретінін айтты. Мемлекеттік айыптаушы, Алматы қаласы прокуратурасының прокуроры Нұрбол Әбдірахманов үкімнің заңды екенін атап өтті.'
    expect(extractQuotes(text).map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Дина Оспанова', 'үкімге шағым түсіретінін'],
      ['Нұрбол Әбдірахманов', 'үкімнің заңды екенін'],
    ])
    // (with no person named after the body's role, the subject ends at the comma as before)
    expect(extractQuotes('Мемлекеттік айыптаушы, Алматы қаласы прокуратурасының өкілі үкімнің заңды екенін атап өтті.')[0]?.speaker?.text).toBe('Мемлекеттік айыптаушы')
  })
  it.each([
    ['Прокурор', 'Прокурор'],
    ['Мемлекеттік айыптаушы', 'Мемлекеттік айыптаушы'],
    ['Судья', 'Судья'],
  ])('does not give one side of a trial the words of another: %s after a lawyer spoke', (title, speaker) => {
    const text = `Сотталушының адвокаты Дина Оспанова үкімге шағым түсіретінін айтты. ${title} үкімнің заңды екенін атап өтті.`
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Дина Оспанова', speaker])
  })
  it('resolves a trial side\'s other title to the holder named with one of its titles', () => {
    // (қорғаушы, the defender, is the адвокат named before; an unrelated title still falls back as before)
    const text = 'Сотталушының адвокаты Дина Оспанова үкімге шағым түсіретінін айтты.\n– Біз келіспейміз, – деді қорғаушы.'
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Дина Оспанова', 'Дина Оспанова'])
    expect(extractQuotes(text.replace('қорғаушы', 'маман')).map((q) => q.speaker?.name)).toEqual(['Дина Оспанова', 'Дина Оспанова'])
  })
  it.each([
    // a body's name of capitals after the whole name begins the report
    ['БҰҰ Бас хатшысы Антониу Гутерриш Қауіпсіздік Кеңесінің отырысында жағдай ушығып бара жатқанын мәлімдеді.', 'Антониу Гутерриш', 'Қауіпсіздік Кеңесінің отырысында жағдай ушығып бара жатқанын'],
    // so does a capital before a possessed noun in a case
    ['Ал Ресейдің тұрақты өкілі Василий Небензя Батыс елдерін екіжүзділік танытты деп айыптады.', 'Василий Небензя', 'Батыс елдерін екіжүзділік танытты'],
    // an acronym's place adjective before a title is where the subject works
    ['АҚШ-тың БҰҰ-дағы тұрақты өкілі Майк Уолц Вашингтон келіссөздерді жалғастыруға дайын екенін айтты.', 'Майк Уолц', 'Вашингтон келіссөздерді жалғастыруға дайын екенін'],
    ['Қазақстанның БҰҰ-дағы тұрақты өкілі Қайрат Өмаров келіссөздерді жалғастыруға дайын екенін айтты.', 'Қайрат Өмаров', 'келіссөздерді жалғастыруға дайын екенін'],
  ])('ends the subject at its name: %s', (text, name, reported) => {
    const [q] = extractQuotes(text)
    expect([q?.speaker?.name, q?.text]).toEqual([name, reported])
  })
  it('takes a profession no list holds through its apposition to the person named after the title', () => {
    const [q] = extractQuotes('Гидролог, география ғылымдарының кандидаты Айжан Бекішева жағдайды алаңдатарлық деп санайды.')
    expect([q?.speaker?.name, q?.text]).toEqual(['Айжан Бекішева', 'жағдайды алаңдатарлық'])
  })
  it('resolves a headline\'s title to the holder the lead names, not the most named person', () => {
    const text = 'Премьер-министр: Тарифтер өспеуі тиіс\n\nҮкімет отырысында Премьер-министр Олжас Бектенов тапсырма берді.\n\nКомитет төрағасы Тимур Ахметов парақшасында жазды. «Тұтынушы көре алады», – деп жазды Ахметов.'
    expect(extractQuotes(text)[0]?.speaker?.name).toBe('Олжас Бектенов')
  })
  it('gives a dash paragraph after a person\'s reported words to that person, and runs it over no narration', () => {
    const text = [
      'Халық банкінің бас экономисі Мұрат Темірханов жақын айларда бағам тұрақтанады деп есептейді.',
      '– Ұлттық Банк нарыққа араласпайды. Бұл теңгені қолдайды.',
      'Ол сондай-ақ инфляцияның 11 пайыз деңгейінде қалатынын болжады.',
      'Ал тәуелсіз қаржыгер Ерлан Абдрахманов басқаша пікірде.',
      '«Бюджет тапшылығы үлкен», – дейді Абдрахманов.',
    ].join('\n\n')
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ['indirect', 'Мұрат Темірханов', 'жақын айларда бағам тұрақтанады'],
      ['direct', 'Мұрат Темірханов', 'Ұлттық Банк нарыққа араласпайды. Бұл теңгені қолдайды'],
      ['indirect', 'Мұрат Темірханов', 'сондай-ақ инфляцияның 11 пайыз деңгейінде қалатынын'],
      ['direct', 'Ерлан Абдрахманов', 'Бюджет тапшылығы үлкен'],
    ])
  })
  it('ends a name before the capitals of a thing named after someone', () => {
    const text = 'Ұйымның директоры Алессандра Приянте Қожа Ахмет Ясауи кесенесін аралады.\n\n– Мен тарихты көрдім, – деді ол журналистерге.'
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Алессандра Приянте'])
  })
  it.each([
    ['Мұрат Әбенов сөз алды. «Біз жоспарды орындадық, – деді ол. – Келесі жылы жаңа зауыт саламыз».'],
    ['Мұрат Әбенов сөз алды.\n\n– Біз жоспарды орындадық, – деді ол. – Келесі жылы жаңа зауыт саламыз.'],
  ])('takes both parts of a quotation its attribution interrupts with a full stop: %s', (text) => {
    expect(extractQuotes(text).map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Мұрат Әбенов', 'Біз жоспарды орындадық'],
      ['Мұрат Әбенов', 'Келесі жылы жаңа зауыт саламыз'],
    ])
  })
  it('ends a speaker after the cue before a place named by capitals and its head in a case', () => {
    const [q] = extractQuotes('«Біз дайынбыз», – деп мәлімдеді Дональд Трамп Ақ үйде өткен брифингте.')
    expect([q?.speaker?.text, q?.speaker?.name]).toEqual(['Дональд Трамп', 'Дональд Трамп'])
  })
  it.each([
    ['«Бағдарлама жалғасады», – деп еске алды Асқар Жұмағалиев.', 'Бағдарлама жалғасады'],
    // (a quotation within the quotation stays in its text)
    ['«Президент маған: «Жұмысты жалғастыр» деді», – деп еске алды Асқар Жұмағалиев.', 'Президент маған: «Жұмысты жалғастыр» деді'],
    ['– Біз дайынбыз, – деп сөзін жалғастырды Асқар Жұмағалиев.', 'Біз дайынбыз'],
  ])('reads remembering and going on as verbs of saying: %s', (text, quoted) => {
    const [q] = extractQuotes(text)
    expect([q?.kind, q?.speaker?.name, q?.text]).toEqual(['direct', 'Асқар Жұмағалиев', quoted])
  })
  it('keeps a pilgrim\'s honorific inside the name it resolves a title to', () => {
    const text = 'Бас мүфти Наурызбай қажы Тағанұлы Әли Ербаспен кездесті.\n\n«Түркия – біздің бауырлас елміз», – деді Бас мүфти.'
    expect(extractQuotes(text).at(-1)?.speaker?.name).toBe('Наурызбай қажы Тағанұлы')
  })
  it('finds a foreign name after a title whose surname reads as a locative, and no person in a university named after one', () => {
    const text = 'Назарбаев Университеті рейтингте көтерілді. Университет провосты Илесанми Адесида жетістікті ғалымдармен байланыстырды.\n\n«Біз жұмысты жалғастырамыз», – деді ол.'
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Илесанми Адесида'])
  })
  it('leaves a company\'s representative no one named unresolved, its name in guillemets', () => {
    const text = 'Эколог Нұрлан Сейітқали көмір пеші екенін айтады.\n\n«Самұрық-Энерго» компаниясының өкілі жоба 2027 жылдың күзіне шегерілгенін растады.'
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Нұрлан Сейітқали', '«Самұрық-Энерго» компаниясының өкілі'])
  })
  it('ends a body\'s subject after its bracketed letters before a place of two words', () => {
    const [q] = extractQuotes('Азық-түлік және ауыл шаруашылығы ұйымы (ФАО) Орталық Азия елдерінде шегіртке таралуы күшейгенін ескертті.')
    expect([q?.speaker?.name, q?.text]).toEqual(['Азық-түлік және ауыл шаруашылығы ұйымы (ФАО)', 'Орталық Азия елдерінде шегіртке таралуы күшейгенін'])
  })
  it('reads a dep clause that holds a name in guillemets as indirect speech', () => {
    const [q] = extractQuotes('Директор Әлібек Тәжібаев сапар «Бір белдеу, бір жол» бастамасының жаңа кезеңін ашады деп санайды.')
    expect([q?.kind, q?.speaker?.name, q?.text]).toEqual(['indirect', 'Әлібек Тәжібаев', 'сапар «Бір белдеу, бір жол» бастамасының жаңа кезеңін ашады'])
  })
  it('takes a body\'s long name as a "Бұл туралы" speaker', () => {
    const text = 'Палеонтологтар динозавр қаңқасының сынықтарын тапты. Бұл туралы Қазақстан Республикасы Ғылым және жоғары білім министрлігінің Зоология институты хабарлады.'
    expect(extractQuotes(text)[0]?.speaker?.name).toBe('Қазақстан Республикасы Ғылым және жоғары білім министрлігінің Зоология институты')
  })
  it('reads "деп болжады" as a cue, and a pronoun with "сондай-ақ" before a colon as the pronoun', () => {
    const text = 'Комитеттің бас хатшысы Андрей Крюков 60 спортшы жолдама алады деп болжады. «Бізде мықты команда бар», – деді Крюков. Ол сондай-ақ: «Биыл 20 миллиард теңге бөлінді», – деп қосты.'
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.name])).toEqual([
      ['indirect', 'Андрей Крюков'],
      ['direct', 'Андрей Крюков'],
      ['direct', 'Андрей Крюков'],
    ])
    // (and before a colon with no cue after the quotation)
    expect(extractQuotes('Комитет төрағасы Андрей Крюков сөйледі. Ол сондай-ақ былай деді: «Биыл 20 миллиард теңге бөлінді».')[0]?.speaker?.name).toBe('Андрей Крюков')
  })
  it('resolves a department\'s chief to the one named with the title', () => {
    const text = 'ІІМ Есірткі бизнесіне қарсы іс-қимыл департаментінің бастығы Ерлан Тұрғымбаев зертхананың бір жыл жұмыс істегенін айтты.\n\n«Есірткі арна арқылы сатылған», – деді департамент бастығы.'
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Ерлан Тұрғымбаев', 'Ерлан Тұрғымбаев'])
  })
  it('resolves a forecaster to the one named with the title before', () => {
    const text = '«Қазгидромет» синоптигі Ләззат Иманбаева жұртшылықты абай болуға шақырды.\n\n«Жолдарда көктайғақ болады», – деді синоптик.'
    expect(extractQuotes(text).at(-1)?.speaker?.name).toBe('Ләззат Иманбаева')
  })
  it('resolves "his" to the person named, not to the surname a university is named after', () => {
    const text = 'Ғарышкер Айдын Айымбетов Сәтбаев университетінің студенттерімен кездесті. Оның айтуынша, ғарыштан дала ерекше көрінеді.'
    expect(extractQuotes(text).find((q) => q.kind === 'according_to')?.speaker?.name).toBe('Айдын Айымбетов')
  })
  it('resolves a title and a name whose given name reads as inflected to the person named, not to the last speaker', () => {
    // ("Айда" reads as Ай + -да and is no part of the name found: the name is "Балаева")
    const text = 'Экспедиция жетекшісі Ерболат Смағұлов олжа туралы айтты.\n\n«Монша жақсы сақталған», – деді ғалым.\n\nМәдениет министрі Айда Балаеваның айтуынша, қазбаға 150 миллион теңге бөлінеді.'
    const q = extractQuotes(text).find((x) => x.kind === 'according_to')
    expect(q?.speaker?.name).toBe('Балаева')
    // (a listed given name is part of it)
    expect(extractQuotes(text.replace('Айда', 'Аида')).find((x) => x.kind === 'according_to')?.speaker?.name).toBe('Аида Балаева')
  })
  it('takes a pronoun after the cue for the whole speaker, whatever names the place after it', () => {
    const [q] = extractQuotes('Украина Президенті Владимир Зеленский алмасуды растады. «Біздің азаматтарымыз үйге оралды», – деп жазды ол X әлеуметтік желісіндегі парақшасында.')
    expect([q!.kind, q!.speaker!.text, q!.speaker!.name]).toEqual(['direct', 'ол', 'Владимир Зеленский'])
  })
  it('resolves a president\'s title with no holder before it to Tokayev, not to another country\'s president named after it', () => {
    const text = 'Мемлекет басшысы Қасым-Жомарт Тоқаев Қытай Премьерін қабылдады. Президенттің айтуынша, тауар айналымы 43,8 млрд долларға жеткен.\n\nКездесуде Оңтүстік Корея Президенті Ли Чжэ Мённың шақыруы талқыланды.'
    const q = extractQuotes(text).find((x) => x.kind === 'according_to')
    expect(q?.speaker?.name).toBe('Қасым-Жомарт Тоқаев')
  })
  it('resolves "the deputy prime minister" to the one named before, in either script', () => {
    const text = 'Премьер-министрдің орынбасары Қанат Бозымбаев Қазақстан көшбасшы болуға ұмтылатынын айтты.\n\n«Біз экспортты арттырамыз», – деді вице-премьер.'
    for (const t of [text, toLatin(text).text]) expect(extractQuotes(t).find((q) => q.kind === 'direct')?.speaker?.name).toMatch(/^(Қанат Бозымбаев|Qanat Bozymbaev)$/u)
  })
  it('resolves "the entrepreneur" to the company founder named before', () => {
    const [, q] = extractQuotes('Компанияның негізін қалаушы Нұржан Әбдірахманов қосымшаны 500 мың адам жүктеп алғанын айтты.\n\n«Біз қазақ тілін цифрлық әлемде дамытқымыз келеді», – деді кәсіпкер.')
    expect([q!.kind, q!.speaker!.text, q!.speaker!.name]).toEqual(['direct', 'кәсіпкер', 'Нұржан Әбдірахманов'])
  })
  it('keeps a title with no named person as the title', () => {
    const [q] = direct('«Тексеру жүріп жатыр», – деді ведомство.')
    expect(q!.speaker!.name).toBe('ведомство')
  })
  describe('marks a source the text does not identify as anonymous, and "ол" after it is that source', () => {
    const text =
      '«Әуежай кешке дейін рейстерді қабылдамайды», – деп нақтылады агенттік дереккөзі. Ол әуежай ертең ашылатынын айтты. ' +
      '«Біз дайынбыз», – деді Қасым-Жомарт Тоқаев. Ақпарат көзінің айтуынша, рейстер кешіктірілді.'
    const cases: [string, string, string, Record<string, unknown>][] = [
      ['Cyrillic', 'direct', text, { text: 'агенттік дереккөзі', name: 'агенттік дереккөзі', anonymous: true }],
      ['Cyrillic', 'indirect', text, { text: 'Ол', name: 'агенттік дереккөзі', anonymous: true }],
      ['Cyrillic', 'according_to', text, { text: 'Ақпарат көзінің', name: 'Ақпарат көзі', anonymous: true }],
      ['Latin 2018', 'direct', toLatin(text).text, { text: 'agenttik derekkózi', anonymous: true }],
    ]
    it.each(cases)('%s, %s', (_, kind, input, speaker) => {
      expect(extractQuotes(input).find((q) => q.kind === kind)?.speaker).toMatchObject(speaker)
    })
    it.each([
      ['«Келіссөздер ұзаққа созылады», – деді атын атамауды өтінген шенеунік.', 'атын атамауды өтінген шенеунік'],
      ['Есімін атамауды сұраған дипломаттың айтуынша, кездесу кейінге қалдырылды.', 'Есімін атамауды сұраған дипломаттың'],
    ])('and a speaker whose name the text withholds: %s', (input, mention) => {
      expect(extractQuotes(input)[0]?.speaker).toMatchObject({ text: mention, anonymous: true })
    })
    it('leaves a named speaker without the field', () => {
      const named = extractQuotes(text).find((q) => q.speaker?.name === 'Қасым-Жомарт Тоқаев')
      expect(named?.speaker).not.toHaveProperty('anonymous')
    })
  })
  it('gives speaker names in the input’s script', () => {
    const [q] = direct('Memleket basshysy Qasym-Jomart Toqaev keldi.\n\n«Bári jaqsy», - dedi Prezıdent.')
    expect(q!.speaker).toMatchObject({ text: 'Prezıdent', name: 'Qasym-Jomart Toqaev' })
  })
})

describe('extractQuotes: the speaker before the quotation marks', () => {
  it.each([
    // the sentence's subject, not its last six words, and not the object named
    ['Ақ үйдің баспасөз хатшысы Кэролайн Ливитт келісімді «тарихи қадам» деп атады.', 'Ақ үйдің баспасөз хатшысы Кэролайн Ливитт', 'Кэролайн Ливитт'],
    // a participle's clause before the speaker is no part of it
    ['Комитет отырысына шақырылған Ұлттық қоғамдық сенім мүшелері болса: «Қаражатты қысқарту керек», — дейді.', 'Ұлттық қоғамдық сенім мүшелері', 'Ұлттық қоғамдық сенім мүшелері'],
    ['Барлық кедергілерге төтеп берген Анардың өзі: «Алдыңнан он есік жабылса, он біріншісі ашылады», — дейді.', 'Анардың', 'Анар'],
  ])('%s', (text, speaker, name) => {
    expect(extractQuotes(text).map((q) => [q.speaker?.text, q.speaker?.name])).toEqual([[speaker, name]])
  })
  it.each([
    // a time, and what is spoken of, are no one
    'Одан кейін «Үй кезегіне тұрыңыздар» деді.',
    'Бақытжан Сағынтаев бастаған Үкіметтің бұрынғы құрамының жұмысын «жеткіліксіз» деді.',
  ])('names no speaker in %s', (text) => {
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker])).toEqual([['direct', null]])
  })
})

describe('extractQuotes: indirect, according to, source', () => {
  it('finds indirect speech with its named subject', () => {
    const [q] = extractQuotes('Мемлекет басшысы осы сауалға жауап бере келе ұйым операцияға қатыспағанын баса айтты.')
    expect(q).toMatchObject({ kind: 'indirect', text: 'ұйым операцияға қатыспағанын', cue: { text: 'баса айтты' }, speaker: { text: 'Мемлекет басшысы' } })
  })
  it.each([
    // a body's name runs to its head past a title word (полиция) and past five small words, and
    // its people after the head in the genitive speak
    ['Алматы қаласы Полиция департаменті топтың ұсталғанын хабарлады.', 'топтың ұсталғанын', 'хабарлады', 'Алматы қаласы Полиция департаменті', 'Алматы қаласы Полиция департаменті'],
    ['Еңбек және халықты әлеуметтік қорғау министрлігінің қызметкерлері кей тұрғындар көмекті алып қалғысы келетінін айтты.', 'кей тұрғындар көмекті алып қалғысы келетінін', 'айтты', 'Еңбек және халықты әлеуметтік қорғау министрлігінің қызметкерлері', 'Еңбек және халықты әлеуметтік қорғау министрлігінің қызметкерлері'],
    // what someone had said before ("айтқан болатын"), by a long title and a name whose given name
    // ends like a Russian surname (Мәдина)
    ['Салтанат Әзірбек келді. Қаржы нарығын реттеу және дамыту агенттігінің төрағасы Мәдина Әбілқасымова бұған дейін банктердің жауапкершілігін арттыру қажет екенін айтқан болатын.', 'бұған дейін банктердің жауапкершілігін арттыру қажет екенін', 'айтқан болатын', 'Қаржы нарығын реттеу және дамыту агенттігінің төрағасы Мәдина Әбілқасымова', 'Мәдина Әбілқасымова'],
    ['Министр Ерлан Ақкенженов бюджет тапшылығы өсіп отырғанын атап өткен еді.', 'бюджет тапшылығы өсіп отырғанын', 'атап өткен еді', 'Министр Ерлан Ақкенженов', 'Ерлан Ақкенженов'],
    // a title that opens the sentence is no part of the name
    ['Айгүл Сейітқызы мектепте. Педагог Айгүл Сейітқызы бұл шешімді қолдайтынын жеткізді.', 'бұл шешімді қолдайтынын', 'жеткізді', 'Педагог Айгүл Сейітқызы', 'Айгүл Сейітқызы'],
    // an institution named after a person, and a title after it (профессор)
    ['Назарбаев Университетінің профессоры Дәурен Қасымов өзгеріс қиын тиетінін ескертті.', 'өзгеріс қиын тиетінін', 'ескертті', 'Назарбаев Университетінің профессоры Дәурен Қасымов', 'Дәурен Қасымов'],
    // a time before the subject, and a club's name in guillemets in it
    ['Ойыннан кейін «Қайраттың» бас бапкері Рафаэль Уразбахтин командасының ойынына көңілі толатынын айтты.', 'командасының ойынына көңілі толатынын', 'айтты', '«Қайраттың» бас бапкері Рафаэль Уразбахтин', 'Рафаэль Уразбахтин'],
    ['Кездесу соңында Елбасы Нұрсұлтан Әбішұлы жастарға үлкен сенім артатынын айтты.', 'жастарға үлкен сенім артатынын', 'айтты', 'Елбасы Нұрсұлтан Әбішұлы', 'Нұрсұлтан Әбішұлы'],
    // a group named after a name speaks as itself, and the particle after it is no part of the report
    ['«МузАрт» тобының әншілері де мұндай туындылар қажет екенін айтады.', 'мұндай туындылар қажет екенін', 'айтады', '«МузАрт» тобының әншілері', '«МузАрт» тобының әншілері'],
    ['Сарапшы Олжас Байділдинов болса бағасы бәрібір өсетінін болжады.', 'бағасы бәрібір өсетінін', 'болжады', 'Сарапшы Олжас Байділдинов', 'Олжас Байділдинов'],
    // a place after the surname is where the person acts; a noun in apposition goes on to the name
    // a participle with "they" ("шағымданатындарын"), and a lawyer who is "the defender" after
    ['Сотталушының адвокаты Айгүл Төлеуова үкімге шағымданатындарын айтты.', 'үкімге шағымданатындарын', 'айтты', 'Сотталушының адвокаты Айгүл Төлеуова', 'Айгүл Төлеуова'],
    // a place after a plural noun that opens the sentence is what they speak of ("Ғалымдар Арал" spoke)
    ['Ғалымдар Арал теңізінің солтүстік бөлігінде су деңгейі көтерілгенін хабарлады.', 'Арал теңізінің солтүстік бөлігінде су деңгейі көтерілгенін', 'хабарлады', 'Ғалымдар', 'Ғалымдар'],
    // a subject ends at a person's name, not through it to a body's head ("компания" was the speaker's)
    ['Freedom Finance талдаушысы Ерден Нұрланов компания акциялары 3 пайызға қымбаттағанын атап өтті.', 'компания акциялары 3 пайызға қымбаттағанын', 'атап өтті', 'Freedom Finance талдаушысы Ерден Нұрланов', 'Ерден Нұрланов'],
    // (but a country in the genitive and "in X" after it open a title: an ambassador speaks)
    ['Түркияның Қазақстандағы елшісі Мехмет Секерджи Түркия тарапы жобаға 30 миллион доллар бөлгенін атап өтті.', 'Түркия тарапы жобаға 30 миллион доллар бөлгенін', 'атап өтті', 'Түркияның Қазақстандағы елшісі Мехмет Секерджи', 'Мехмет Секерджи'],
    // a possessed title the lexicon keeps as a word of its own ("ректоры")
    ['Университет ректоры Жандос Серікбаев жаңа ғимаратта 40 зертхана бар екенін айтты.', 'жаңа ғимаратта 40 зертхана бар екенін', 'айтты', 'Университет ректоры Жандос Серікбаев', 'Жандос Серікбаев'],
    // a club's whole name in the nominative ends before the clause it reports
    ['«Астана» футбол клубы серб маманы Никола Станкович бас бапкер болып тағайындалғанын хабарлады.', 'серб маманы Никола Станкович бас бапкер болып тағайындалғанын', 'хабарлады', '«Астана» футбол клубы', '«Астана» футбол клубы'],
    // the comment given to journalists is where it was said, not what
    ['Министр Серік Жұманғарин журналистерге берген түсініктемесінде Үкіметтің бұған дайын екенін жеткізді.', 'Үкіметтің бұған дайын екенін', 'жеткізді', 'Министр Серік Жұманғарин', 'Серік Жұманғарин'],
    // a country after a subject that is a country is what it speaks of (a CLDR name or the press's spelling)
    ['Қазақстан Әзербайжан мен Армения арасындағы бейбіт келісімді қолдайтынын мәлімдеді.', 'Әзербайжан мен Армения арасындағы бейбіт келісімді қолдайтынын', 'мәлімдеді', 'Қазақстан', 'Қазақстан'],
    // a listed organization's name, whatever its words, and a legal form after a name in guillemets
    ['Қазақстан темір жолы жолаушылар пойыздары кестеге сай жүретінін хабарлады.', 'жолаушылар пойыздары кестеге сай жүретінін', 'хабарлады', 'Қазақстан темір жолы', 'Қазақстан темір жолы'],
    ['«Қазгидромет» РМК ауа температурасы төмендейтінін ескертті.', 'ауа температурасы төмендейтінін', 'ескертті', '«Қазгидромет» РМК', '«Қазгидромет» РМК'],
    // … and a place after a body's whole name is what the body speaks of
    ['Дүниежүзілік денсаулық сақтау ұйымы Еуропа мен Орталық Азияда тұмау маусымы ерте басталғанын ескертті.', 'Еуропа мен Орталық Азияда тұмау маусымы ерте басталғанын', 'ескертті', 'Дүниежүзілік денсаулық сақтау ұйымы', 'Дүниежүзілік денсаулық сақтау ұйымы'],
    ['Облыстық Төтенше жағдайлар департаментінің бастығы Нұрлан Мақсұтов Өскемен мен Семей қалаларында бөгет салынатынын айтты.', 'Өскемен мен Семей қалаларында бөгет салынатынын', 'айтты', 'Облыстық Төтенше жағдайлар департаментінің бастығы Нұрлан Мақсұтов', 'Нұрлан Мақсұтов'],
    ['Өскемен тұрғыны Гүлжан Бекова жергілікті билікке сенетінін жеткізді.', 'жергілікті билікке сенетінін', 'жеткізді', 'Өскемен тұрғыны Гүлжан Бекова', 'Гүлжан Бекова'],
    // an outlet's head after its name
    ['Bloomberg басылымы мұнай бағасы 2 пайызға өскенін жазды.', 'мұнай бағасы 2 пайызға өскенін', 'жазды', 'Bloomberg басылымы', 'Bloomberg'],
    // a place adjective after a name goes on to a title
    ['Денисов ауданындағы «Ақжар» ЖШС директоры Виктор Ким жанармай бағасының өсуі ауыр тигенін айтты.', 'жанармай бағасының өсуі ауыр тигенін', 'айтты', 'Денисов ауданындағы «Ақжар» ЖШС директоры Виктор Ким', 'Виктор Ким'],
    // a founder is a title, and a ministry's name may hold a list's comma
    ['Компанияның негізін қалаушы Айдана Төлеуова инвестиция көмектесетінін айтты.', 'инвестиция көмектесетінін', 'айтты', 'Компанияның негізін қалаушы Айдана Төлеуова', 'Айдана Төлеуова'],
    ['Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрі Жаслан Мәдиев жобаны қолдауға дайын екенін жеткізді.', 'жобаны қолдауға дайын екенін', 'жеткізді', 'Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрі Жаслан Мәдиев', 'Жаслан Мәдиев'],
    // a court's roles are titles
    ['Мемлекеттік айыптаушы Ерлан Садықов үкімнің әділ екенін айтты.', 'үкімнің әділ екенін', 'айтты', 'Мемлекеттік айыптаушы Ерлан Садықов', 'Ерлан Садықов'],
    // verbs of warning and criticism, in the present too
    ['Синоптиктер ауа температурасы күрт көтерілетінін ескертеді.', 'ауа температурасы күрт көтерілетінін', 'ескертеді', 'Синоптиктер', 'Синоптиктер'],
    ['Мәжіліс депутаты Аида Балаева кәсіпкерлердің пікірі ескерілмегенін сынады.', 'кәсіпкерлердің пікірі ескерілмегенін', 'сынады', 'Мәжіліс депутаты Аида Балаева', 'Аида Балаева'],
    // a pronoun is the whole subject, and "ол" after "also" speaks when the sentence before has no subject
    ['Министр Серік Жұманғарин келді. Ол ҚҚС мөлшерлемесі сақталатынын жеткізді.', 'ҚҚС мөлшерлемесі сақталатынын', 'жеткізді', 'Ол', 'Серік Жұманғарин'],
    ['Министр Серік Жұманғарин келді.\n\nМинистрдің сөзінше, салық азаяды. Сонымен қатар ол ҚҚС мөлшерлемесі сақталатынын жеткізді.', 'ҚҚС мөлшерлемесі сақталатынын', 'жеткізді', 'ол', 'Серік Жұманғарин'],
    // a person's name ends the subject before a name in a case or a body's in the genitive
    ['Экономист Айдархан Құсайынов Ұлттық банктің шешімін дұрыс деп санайды.', 'Ұлттық банктің шешімін дұрыс', 'деп санайды', 'Экономист Айдархан Құсайынов', 'Айдархан Құсайынов'],
    ['Қасым-Жомарт Тоқаев Түркі мемлекеттері ұйымының Анкарада өтетін саммитіне қатысатынын растады.', 'Түркі мемлекеттері ұйымының Анкарада өтетін саммитіне қатысатынын', 'растады', 'Қасым-Жомарт Тоқаев', 'Қасым-Жомарт Тоқаев'],
    // a title's apposition after a comma, and a police rank as a title
    ['Департамент бастығының орынбасары, полиция майоры Ғалымжан Ахметов топтың төрт мүшесі қамауға алынғанын айтты.', 'топтың төрт мүшесі қамауға алынғанын', 'айтты', 'Департамент бастығының орынбасары, полиция майоры Ғалымжан Ахметов', 'Ғалымжан Ахметов'],
    // a company's name of two words in guillemets; a participle's clause before the subject
    ['«Астана LRT» ЖШС бас директоры Талғат Сәрсенбаев жол ақысы 100 теңге болатынын хабарлады.', 'жол ақысы 100 теңге болатынын', 'хабарлады', '«Астана LRT» ЖШС бас директоры Талғат Сәрсенбаев', 'Талғат Сәрсенбаев'],
    ['Форумды ашқан Цифрлық даму министрі Жаслан Мәдиев заң жобасы әзірленіп жатқанын айтты.', 'заң жобасы әзірленіп жатқанын', 'айтты', 'Цифрлық даму министрі Жаслан Мәдиев', 'Жаслан Мәдиев'],
    // an airline's head after its Latin name is the speaker's (the quote began with "авиакомпаниясы")
    ['Air Astana авиакомпаниясы 15 наурыздан бастап Токиоға рейс ашатынын мәлімдеді.', '15 наурыздан бастап Токиоға рейс ашатынын', 'мәлімдеді', 'Air Astana авиакомпаниясы', 'Air Astana авиакомпаниясы'],
    // a title "at" a body's letters: the speaker runs through it (it was "Қазақстанның" alone)
    ['Қазақстанның БҰҰ жанындағы тұрақты өкілі Қайрат Өмаров Қазақстан қарарды қолдағанын мәлімдеді.', 'Қазақстан қарарды қолдағанын', 'мәлімдеді', 'Қазақстанның БҰҰ жанындағы тұрақты өкілі Қайрат Өмаров', 'Қайрат Өмаров'],
    // (but a given name that ends like a participle is the name: "Сәкен" is no "-кен" clause)
    ['Жекпе-жектен кейін Сәкен Бибосынов жеңісін Қазақстан халқына арнайтынын айтты.', 'жеңісін Қазақстан халқына арнайтынын', 'айтты', 'Сәкен Бибосынов', 'Сәкен Бибосынов'],
    // a title's first word alone is no title: the subject runs on to the title and the name
    ['Бас мемлекеттік санитарлық дәрігер Айжан Есмағамбетова тұмаудың ауыр түрі қауіпті екенін айтты.', 'тұмаудың ауыр түрі қауіпті екенін', 'айтты', 'Бас мемлекеттік санитарлық дәрігер Айжан Есмағамбетова', 'Айжан Есмағамбетова'],
    // whom it was told to is no part of the report, nor what the subject welcomed first
    ['Кездесуден кейін Мединский журналистерге тараптар тұтқын алмасу туралы уағдаласқанын айтты.', 'тараптар тұтқын алмасу туралы уағдаласқанын', 'айтты', 'Мединский', 'Мединский'],
    ['БҰҰ Бас хатшысы Антониу Гутерриш кездесуді құптап, бейбіт келісім маңызды екенін атап өтті.', 'бейбіт келісім маңызды екенін', 'атап өтті', 'БҰҰ Бас хатшысы Антониу Гутерриш', 'Антониу Гутерриш'],
    // a verb of accusing after "деп"; a name in guillemets with its head is no quotation
    ['Кәсіподақ төрағасы Ерлан Рахымжанов компанияны талаптарды сақтамады деп айыптады.', 'компанияны талаптарды сақтамады', 'деп айыптады', 'Кәсіподақ төрағасы Ерлан Рахымжанов', 'Ерлан Рахымжанов'],
    ['Си Цзиньпин Қытай «Бір белдеу, бір жол» бастамасы аясында жобаларды жалғастыруға дайын екенін жеткізді.', 'Қытай «Бір белдеу, бір жол» бастамасы аясында жобаларды жалғастыруға дайын екенін', 'жеткізді', 'Си Цзиньпин', 'Си Цзиньпин'],
    // a title after a person's name begins what they spoke of
    ['Ұлттық құрылтай мүшесі Ерлан Сайров Президент ұсыныстарын қолдайтынын жеткізді.', 'Президент ұсыныстарын қолдайтынын', 'жеткізді', 'Ұлттық құрылтай мүшесі Ерлан Сайров', 'Ерлан Сайров'],
    // a capitalized name after a group's noun begins what they spoke of
    ['«Қазгидромет» РМК синоптиктері Алматы облысының таулы аудандарында сел қаупі бар екенін ескертті.', 'Алматы облысының таулы аудандарында сел қаупі бар екенін', 'ескертті', '«Қазгидромет» РМК синоптиктері', '«Қазгидромет» РМК синоптиктері'],
    // (a person's name after a resident's noun is in apposition, the subject's own)
    ['Сарыағаш ауданының тұрғыны Мақпал Исаева ауылға әлі күнге дейін газ тартылмағанын айтты.', 'ауылға әлі күнге дейін газ тартылмағанын', 'айтты', 'Сарыағаш ауданының тұрғыны Мақпал Исаева', 'Мақпал Исаева'],
    // … and is the subject's head before anything else: a date, a time
    ['«Қазгидромет» РМК синоптиктері 6-8 желтоқсан аралығында қатты боран болатынын ескертті.', '6-8 желтоқсан аралығында қатты боран болатынын', 'ескертті', '«Қазгидромет» РМК синоптиктері', '«Қазгидромет» РМК синоптиктері'],
    ['Әзербайжан тарапы келесі жылы порт салынатынын айтты.', 'келесі жылы порт салынатынын', 'айтты', 'Әзербайжан тарапы', 'Әзербайжан тарапы'],
    // a side's noun, and a name and a place adjective after it
    ['Әзербайжан тарапы Алат портындағы терминалдарды кеңейтуге дайын екенін жеткізді.', 'Алат портындағы терминалдарды кеңейтуге дайын екенін', 'жеткізді', 'Әзербайжан тарапы', 'Әзербайжан тарапы'],
    // a name that ends like an accusative stays in the subject, in either script
    ['Түркістан облысының әкімі Дархан Сатыбалды жобаға компаниялар тартылатынын айтты.', 'жобаға компаниялар тартылатынын', 'айтты', 'Түркістан облысының әкімі Дархан Сатыбалды', 'Дархан Сатыбалды'],
    ['Türkistan oblysynyń ákimi Darhan Satybaldy jobaǵa kompanııalar tartylatynyn aıtty.', 'jobaǵa kompanııalar tartylatynyn', 'aıtty', 'Türkistan oblysynyń ákimi Darhan Satybaldy', 'Darhan Satybaldy'],
    // a member is a title
    ['Орталық сайлау комиссиясының мүшесі Ләззат Сүлеймен қазақстандықтар сайлауға белсенді қатысып жатқанын айтты.', 'қазақстандықтар сайлауға белсенді қатысып жатқанын', 'айтты', 'Орталық сайлау комиссиясының мүшесі Ләззат Сүлеймен', 'Ләззат Сүлеймен'],
    // a company named by its domain opens a subject; a body's head in no case after a person's
    // name begins what they spoke of (a body after a name would be possessed: "компаниясы")
    ['Kaspi.kz басқарма төрағасы Михаил Ломтадзе компания жобаларға 10 млн доллар бөлетінін айтты.', 'компания жобаларға 10 млн доллар бөлетінін', 'айтты', 'Kaspi.kz басқарма төрағасы Михаил Ломтадзе', 'Михаил Ломтадзе'],
    // a name in guillemets of capitals and a dash is no quotation
    ['Премьер-министр Сигэру Исиба Токиода «Орталық Азия – Жапония» диалогының саммитін өткізетінін мәлімдеді.', 'Токиода «Орталық Азия – Жапония» диалогының саммитін өткізетінін', 'мәлімдеді', 'Премьер-министр Сигэру Исиба', 'Сигэру Исиба'],
    // a name ends before a title with a capital, the next person's; what the subject conveyed
    // first, no report, goes before the content
    ['Ли Цян Төраға Си Цзиньпиннің сәлемін жеткізіп, Қытай серіктестікті тереңдетуге мүдделі екенін айтты.', 'Қытай серіктестікті тереңдетуге мүдделі екенін', 'айтты', 'Ли Цян', 'Ли Цян'],
    // a field's plural noun listed on with "and" is no group of people
    ['Су ресурстары және ирригация министрі Нұржан Нұржігітов жоба 2028 жылы аяқталатынын айтты.', 'жоба 2028 жылы аяқталатынын', 'айтты', 'Су ресурстары және ирригация министрі Нұржан Нұржігітов', 'Нұржан Нұржігітов'],
    // a verbal noun's object in the accusative inside a ministry's field
    ['Еңбек және халықты әлеуметтік қорғау министрі Светлана Жақыпова жаңа тәртіп енгізілетінін түсіндірді.', 'жаңа тәртіп енгізілетінін', 'түсіндірді', 'Еңбек және халықты әлеуметтік қорғау министрі Светлана Жақыпова', 'Светлана Жақыпова'],
    // where it was said, in the locative, before the title or the name
    ['Сот отырысында прокурор Мақсат Жүсіпов айыпталушының кінәсі толық дәлелденгенін айтты.', 'айыпталушының кінәсі толық дәлелденгенін', 'айтты', 'прокурор Мақсат Жүсіпов', 'Мақсат Жүсіпов'],
    ['Кездесуден кейін өткен брифингте СІМ ресми өкілі Айбек Смадияров тауар айналымы 44 млрд долларға жеткенін атап өтті.', 'тауар айналымы 44 млрд долларға жеткенін', 'атап өтті', 'СІМ ресми өкілі Айбек Смадияров', 'Айбек Смадияров'],
    // a centre, an embassy, a theatre speak as bodies
    ['Ұлттық тестілеу орталығы 2026 жылғы ҰБТ-ның негізгі кезеңі 20 маусымда басталатынын хабарлады.', '2026 жылғы ҰБТ-ның негізгі кезеңі 20 маусымда басталатынын', 'хабарлады', 'Ұлттық тестілеу орталығы', 'Ұлттық тестілеу орталығы'],
    ['Қазақстанның Түркиядағы елшілігі азаматтарға көмек көрсетілетінін хабарлады.', 'азаматтарға көмек көрсетілетінін', 'хабарлады', 'Қазақстанның Түркиядағы елшілігі', 'Қазақстанның Түркиядағы елшілігі'],
    ['Абай атындағы театр жаңа маусым 1 қыркүйекте ашылатынын хабарлады.', 'жаңа маусым 1 қыркүйекте ашылатынын', 'хабарлады', 'Абай атындағы театр', 'Абай атындағы театр'],
    // capitals after a title that go on to the genitive are what the title's holder acts on
    ['Мемлекет басшысы Түркі мемлекеттері ұйымының Анкарада өтетін саммитіне қатысатынын растады.', 'Түркі мемлекеттері ұйымының Анкарада өтетін саммитіне қатысатынын', 'растады', 'Мемлекет басшысы', 'Мемлекет басшысы'],
    ['Министр Ұлттық банктің шешімін қолдайтынын айтты.', 'Ұлттық банктің шешімін қолдайтынын', 'айтты', 'Министр', 'Министр'],
    ['Министр Ұлттық экономика министрлігінің жоспары орындалатынын айтты.', 'Ұлттық экономика министрлігінің жоспары орындалатынын', 'айтты', 'Министр', 'Министр'],
    // "announced" reports
    ['Қала әкімі Дархан Сатыбалды гранттар көлемі 2 млрд теңгеге ұлғайтылатынын жариялады.', 'гранттар көлемі 2 млрд теңгеге ұлғайтылатынын', 'жариялады', 'Қала әкімі Дархан Сатыбалды', 'Дархан Сатыбалды'],
    ['Qala ákimi Darhan Satybaldy granttar kólemi 2 mlrd teńgege ulǵaıtylatynyn jarııalady.', 'granttar kólemi 2 mlrd teńgege ulǵaıtylatynyn', 'jarııalady', 'Qala ákimi Darhan Satybaldy', 'Darhan Satybaldy'],
    // what the subject did first ends at its comma, but only before the subject
    ['Министр театр ұжымын құттықтап, мемлекет қолдау көрсете беретінін жеткізді.', 'мемлекет қолдау көрсете беретінін', 'жеткізді', 'Министр', 'Министр'],
    // a capital before a possessed noun of its own, after a person's whole name, is what they speak of
    // a body's head after a title word in the plural goes on to the chamber's chair
    ['«Атамекен» Ұлттық кәсіпкерлер палатасының төрағасы Райымбек Баталов салық жеңілдіктерін сақтау қажет екенін айтты.', 'салық жеңілдіктерін сақтау қажет екенін', 'айтты', '«Атамекен» Ұлттық кәсіпкерлер палатасының төрағасы Райымбек Баталов', 'Райымбек Баталов'],
    // a country after a whole name found as a person begins the report; a body's management speaks
    // as the body; a converb of speaking ends with its comma
    ['Францияның жаңа елшісі Сильвен Гиоже Қазақстан мен Франция арасындағы әріптестікті дамытуға күш салатынын жеткізді.', 'Қазақстан мен Франция арасындағы әріптестікті дамытуға күш салатынын', 'жеткізді', 'Францияның жаңа елшісі Сильвен Гиоже', 'Сильвен Гиоже'],
    ['Зауыт басшылығы өндіріс тоқтамағанын мәлімдеді.', 'өндіріс тоқтамағанын', 'мәлімдеді', 'Зауыт басшылығы', 'Зауыт басшылығы'],
    ['Мемлекет басшысы Қасым-Жомарт Тоқаев сөз сөйлеп, Қазақстан бейбітшілікті қолдайтынын айтты.', 'Қазақстан бейбітшілікті қолдайтынын', 'айтты', 'Мемлекет басшысы Қасым-Жомарт Тоқаев', 'Қасым-Жомарт Тоқаев'],
    // a possessed noun an unknown stem lets read as an accusative, between a place and a title, is
    // the body's: "Алматы метрополитені" (not метрополите + -ні)
    ['Алматы метрополитені басшысының орынбасары Ержан Қасымов бекеттің құрылысына 48 миллиард теңге жұмсалғанын айтты.', 'бекеттің құрылысына 48 миллиард теңге жұмсалғанын', 'айтты', 'Алматы метрополитені басшысының орынбасары Ержан Қасымов', 'Ержан Қасымов'],
    // (not before a noun in a case: "шағын" reads as шағ + -ы + -н)
    ['Сенатор Нұртөре Жүсіп шағын кәсіпкерлікке қатысты нормаларды қайта қарау қажет екенін айтты.', 'шағын кәсіпкерлікке қатысты нормаларды қайта қарау қажет екенін', 'айтты', 'Сенатор Нұртөре Жүсіп', 'Нұртөре Жүсіп'],
    ['Облыс әкімі Нұрдәулет Қилыбай Каспий теңізі суын тұщыландыратын зауыт салынатынын айтты.', 'Каспий теңізі суын тұщыландыратын зауыт салынатынын', 'айтты', 'Облыс әкімі Нұрдәулет Қилыбай', 'Нұрдәулет Қилыбай'],
    // a capital after a whole name is what is reported, as is a place adjective after one (whose
    // "басты" reads as a title's "бас")
    ['Көрменің ашылуында Мәдениет және ақпарат министрі Аида Балаева Алтын адамның табылуы маңызды оқиға екенін айтты.', 'Алтын адамның табылуы маңызды оқиға екенін', 'айтты', 'Мәдениет және ақпарат министрі Аида Балаева', 'Аида Балаева'],
    ['Облыс әкімі Нұрдәулет Қилыбай өңірдегі су тапшылығының басты себебі құбырдың тозуы екенін мәлімдеді.', 'өңірдегі су тапшылығының басты себебі құбырдың тозуы екенін', 'мәлімдеді', 'Облыс әкімі Нұрдәулет Қилыбай', 'Нұрдәулет Қилыбай'],
    // a noun in no case after a place's people, before a person's name, is what the person is
    ['Жапониялық аудармашы Мақпал Исаева Абайдың кітабын аударғанын айтты.', 'Абайдың кітабын аударғанын', 'айтты', 'Жапониялық аудармашы Мақпал Исаева', 'Мақпал Исаева'],
    // a capital in a case after a body's whole name is what the body acts on
    ['Туризм және спорт министрлігі Рыпаковаға орден беру туралы ұсыныс жасайтынын хабарлады.', 'Рыпаковаға орден беру туралы ұсыныс жасайтынын', 'хабарлады', 'Туризм және спорт министрлігі', 'Туризм және спорт министрлігі'],
    // a participle's clause with an unmarked object before a title and a name; a pupil is a title
    ['Стипендия алған 9-сынып оқушысы Аружан Серікқызы олимпиадаға дайындалып жүргенін айтты.', 'олимпиадаға дайындалып жүргенін', 'айтты', '9-сынып оқушысы Аружан Серікқызы', 'Аружан Серікқызы'],
    // a participle's clause and the noun it describes, in the locative, before the subject; "own"
    // after the subject begins what it says
    ['Саммитте сөйлеген сөзінде Президент көлік әлеуетін арттыру маңызды екенін атап өтті.', 'көлік әлеуетін арттыру маңызды екенін', 'атап өтті', 'Президент', 'Президент'],
    ['Аня Хайдук өз кезегінде неміс компаниялары инвестиция салуға мүдделі екенін жеткізді.', 'неміс компаниялары инвестиция салуға мүдделі екенін', 'жеткізді', 'Аня Хайдук', 'Аня Хайдук'],
    // a part of a body in the genitive before a title goes on to the title and its holder; a loan
    // title that dropped its т (экономисі) is a title
    ['«Ақ жол» партиясы фракциясының жетекшісі Азат Перуашев жобаны қолдайтынын айтты.', 'жобаны қолдайтынын', 'айтты', '«Ақ жол» партиясы фракциясының жетекшісі Азат Перуашев', 'Азат Перуашев'],
    ['Halyk Finance талдау орталығының экономисі Мұрат Темірханов реттеушінің шешімі күтілгендей болғанын атап өтті.', 'реттеушінің шешімі күтілгендей болғанын', 'атап өтті', 'Halyk Finance талдау орталығының экономисі Мұрат Темірханов', 'Мұрат Темірханов'],
    // a body's head in lower case after an opener opens the subject; a given name that is a title
    // word too, before a surname alone, is the name
    ['Алайда кәсіподақ жетекшісі Ғалым Жұмабаев бұл ұсыныс жеткіліксіз деп санайды.', 'бұл ұсыныс жеткіліксіз', 'деп санайды', 'кәсіподақ жетекшісі Ғалым Жұмабаев', 'Ғалым Жұмабаев'],
    // a place after a body's short name in brackets is what the body speaks of
    ['Дүниежүзілік денсаулық сақтау ұйымы (ДДСҰ) Еуропа мен Орталық Азияда қызылша көбейгенін хабарлады.', 'Еуропа мен Орталық Азияда қызылша көбейгенін', 'хабарлады', 'Дүниежүзілік денсаулық сақтау ұйымы (ДДСҰ)', 'Дүниежүзілік денсаулық сақтау ұйымы (ДДСҰ)'],
    // a body's short name in brackets is the subject's, and a title after it too
    ['Қазақстан футбол федерациясы (ҚФФ) ұлттық құраманың жаңа бас бапкері болып Паоло Николато тағайындалғанын хабарлады.', 'ұлттық құраманың жаңа бас бапкері болып Паоло Николато тағайындалғанын', 'хабарлады', 'Қазақстан футбол федерациясы (ҚФФ)', 'Қазақстан футбол федерациясы (ҚФФ)'],
    ['Қазақстан футбол федерациясы (ҚФФ) президенті Әділет Бармаңқұлов жаңа маман келетінін айтты.', 'жаңа маман келетінін', 'айтты', 'Қазақстан футбол федерациясы (ҚФФ) президенті Әділет Бармаңқұлов', 'Әділет Бармаңқұлов'],
    // a body's head after its name in guillemets, through an adjective
    ['«Қазселденқорғау» мемлекеттік мекемесі таулы аудандарда қар көшкіні қаупі бар екенін ескертті.', 'таулы аудандарда қар көшкіні қаупі бар екенін', 'ескертті', '«Қазселденқорғау» мемлекеттік мекемесі', '«Қазселденқорғау» мемлекеттік мекемесі'],
    // a degree is a title, alone and in a title's apposition after a comma
    ['Тарих ғылымдарының докторы Ерболат Смағұлов олжаның кесенеден 300 метр жерде табылғанын айтты.', 'олжаның кесенеден 300 метр жерде табылғанын', 'айтты', 'Тарих ғылымдарының докторы Ерболат Смағұлов', 'Ерболат Смағұлов'],
    ['Экспедиция жетекшісі, тарих ғылымдарының докторы Ерболат Смағұлов олжаның кесенеден 300 метр жерде табылғанын айтты.', 'олжаның кесенеден 300 метр жерде табылғанын', 'айтты', 'Экспедиция жетекшісі, тарих ғылымдарының докторы Ерболат Смағұлов', 'Ерболат Смағұлов'],
    ['Экономика ғылымдарының кандидаты Марат Сейітов бағаның өсетінін айтты.', 'бағаның өсетінін', 'айтты', 'Экономика ғылымдарының кандидаты Марат Сейітов', 'Марат Сейітов'],
  ])('finds indirect speech by a long subject: %s', (text, quote, cue, speaker, name) => {
    const indirect = extractQuotes(text).filter((q) => q.kind === 'indirect')
    expect(indirect.map((q) => [q.text, q.cue?.text, q.speaker?.text, q.speaker?.name])).toEqual([[quote, cue, speaker, name]])
  })
  it('finds no report in a noun in the accusative: "… сауда аймағын бірлесіп салу жоспарын айтты" names a topic', () => {
    expect(extractQuotes('Ол шекара маңындағы сауда аймағын бірлесіп салу жоспарын айтты.')).toEqual([])
  })
  it('ends a "Бұл туралы" speaker before the occasion, its bare possessor and "өзінің"', () => {
    const text = 'Банк мөлшерлемені 16,5 пайызда қалдырды. Бұл туралы Ұлттық банк төрағасы Тимур Сүлейменов баспасөз конференциясында мәлімдеді.\n\nЕл басшылары сөйлесті. Бұл туралы Ақорданың баспасөз хатшысы Руслан Желдібай өзінің Telegram-арнасында жазды.'
    expect(extractQuotes(text).map((q) => [q.text, q.speaker?.text])).toEqual([
      ['Банк мөлшерлемені 16,5 пайызда қалдырды', 'Ұлттық банк төрағасы Тимур Сүлейменов'],
      ['Ел басшылары сөйлесті', 'Ақорданың баспасөз хатшысы Руслан Желдібай'],
    ])
  })
  it('takes a "Бұл туралы" speaker of eight words with its short name in brackets', () => {
    const text = 'Бауыржан Сейітов сотталды. Бұл туралы Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің (Антикор) баспасөз қызметі хабарлады.'
    expect(extractQuotes(text).map((q) => [q.text, q.speaker?.text])).toEqual([['Бауыржан Сейітов сотталды', 'Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің (Антикор) баспасөз қызметі']])
  })
  it('finds no report in a feeling expressed ("ризашылығын білдірді")', () => {
    expect(extractQuotes('Науқас Гүлсім Ахметова емделіп жатыр. Ол дәрігерлерге ризашылығын білдірді.')).toEqual([])
  })
  it('reads a headline «…»: with a title after the colon, resolved to the holder the text names', () => {
    const text = '«Біз үшін ең бастысы – адамдардың денсаулығы»: облыс әкімі ауруханаға барды\n\nПавлодар облысының әкімі Асайын Байханов ауруханаға барды.'
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.text, q.speaker?.name])).toEqual([['direct', 'облыс әкімі', 'Асайын Байханов']])
  })
  it('resolves "қаламгер" to the writer named before', () => {
    const text = 'Жазушы Смағұл Елубай оқырмандармен кездесіп, жаңа романын таныстырды.\n\n– Бұл кітапты он жыл жаздым, – деді қаламгер.'
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Смағұл Елубай'])
  })
  it('ends a subject before another person\'s surname in the genitive, and resolves that surname to its own person', () => {
    const text = 'Қазақстандық боксшы Геннадий Головкин сайланды. Ұйым басшысы Гилберто Мендоса Головкиннің тәжірибесі жас боксшыларға үлгі болатынын атап өтті.\n\n«Мен бокстың дамуына үлес қосқым келеді», – деді Головкин.'
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.text, q.speaker?.name])).toEqual([
      ['indirect', 'Ұйым басшысы Гилберто Мендоса', 'Гилберто Мендоса'],
      ['direct', 'Головкин', 'Геннадий Головкин'],
    ])
  })
  it('resolves a body\'s head alone to the body named last with that head, in either script', () => {
    const text = 'Бұл туралы Денсаулық сақтау министрлігінің баспасөз қызметі хабарлады. Тұмау көбейді.\n\nМинистрліктің дерегінше, биыл 2,3 миллион адам екпе алды.'
    expect(extractQuotes(text).map((q) => [q.speaker?.text, q.speaker?.name])).toEqual([['Министрліктің', 'Денсаулық сақтау министрлігі']])
    expect(extractQuotes(toLatin(text).text).map((q) => q.speaker?.name)).toEqual(['Densaýlyq saqtaý mınıstrligi'])
    // (not a head that only qualifies another's: "полиция | департаментінің"; with none named, itself)
    expect(extractQuotes('Ақтөбе облысы полиция департаментінің қызметкерлері келді.\n\nПолицияның мәліметінше, қой ұрланған.').map((q) => q.speaker?.name)).toEqual(['Полиция'])
  })
  it('resolves a title no one in the text holds to the one who spoke last, in the paragraph before, not to the most named person', () => {
    const text = 'Министр Серік Жұманғарин заң жобасын таныстырды. Министр Серік Жұманғарин салықтың азаятынын айтты.\n\nМәжіліс депутаты Азат Перуашев кейбір нормаларды пысықтау қажет екенін атап өтті.\n\n– Біз бюджетті қадағалауымыз керек, – деді «Ақ жол» партиясы фракциясының жетекшісі.'
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Серік Жұманғарин', 'Азат Перуашев', 'Азат Перуашев'])
  })
  it('resolves a body\'s head alone to a name in guillemets before it', () => {
    const text = 'Бұл туралы «ҚазМұнайГаз» ұлттық компаниясы АҚ хабарлады. Зауыт тоқтады.\n\nКомпания мәліметінше, жөндеу 20 күнге созылады.'
    expect(extractQuotes(text).filter((q) => q.kind === 'according_to').map((q) => q.speaker?.name)).toEqual(['«ҚазМұнайГаз» ұлттық компаниясы'])
  })
  it('lemmatizes a Latin-script speaker\'s name in the text\'s own alphabet (2021 "Fiydan" alone reads as 2018 Fiy + -dan)', () => {
    const text = toLatin('Түркия Сыртқы істер министрі Хакан Фидан келіссөздерді ұйымдастыруға дайын екенін мәлімдеді.', { alphabet: '2021' }).text
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Hakan Fiydan'])
  })
  it('resolves "ведомство" (the office) to the state body named last, whatever its head', () => {
    const text = 'Төтенше жағдайлар министрлігі құтқарушылар күшейтілген режимде жұмыс істейтінін мәлімдеді. Ведомство мәліметінше, 60 жылыту пункті ашылады.'
    expect(extractQuotes(text).map((q) => [q.speaker?.text, q.speaker?.name])).toEqual([
      ['Төтенше жағдайлар министрлігі', 'Төтенше жағдайлар министрлігі'],
      ['Ведомство', 'Төтенше жағдайлар министрлігі'],
    ])
  })
  it('reads "X-тың болжамы бойынша" as according to X, and "Қорғаушының сөзінше" as the lawyer named before', () => {
    expect(extractQuotes('Ұлттық банктің болжамы бойынша, 2027 жылы инфляция 9–11 пайыз дәлізінде болады.').map((q) => [q.kind, q.speaker?.name, q.cue?.text])).toEqual([['according_to', 'Ұлттық банк', 'болжамы бойынша']])
    expect(extractQuotes('Заң бойынша, бұл рұқсат етілмейді.')).toEqual([])
    const qs = extractQuotes('Сотталушының адвокаты Айгүл Төлеуова үкімге шағымданатындарын айтты. Қорғаушының сөзінше, іс материалдары толық зерттелмеген.')
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Айгүл Төлеуова', 'Айгүл Төлеуова'])
  })
  it('takes no number word at a sentence\'s start for the subject ("Жүз жетпіс тоғызыншы үйдің тұрғындары …")', () => {
    expect(extractQuotes('Жүз жетпіс тоғызыншы үйдің тұрғындары мереке күндерін пәтер іздеумен өткізгендерін айтады.').map((q) => q.speaker?.text)).not.toContain('Жүз')
  })
  it('takes no listed organization in a case, nor its first words, for the subject', () => {
    // ("Қазақстан халқы" was the speaker of "Ассамблеясының алдағы … жылдығын …")
    expect(extractQuotes('Қазақстан халқы Ассамблеясының алдағы 25 жылдығын мерекелеуге дайындық жұмыстарын жүргізу керектігін айтты.')).toEqual([])
  })
  it('names an outlet by its domain without the case ending ("Zakon.kz-тің хабарлауынша")', () => {
    expect(extractQuotes('Zakon.kz-тің хабарлауынша, баға тағы өсті.')).toMatchObject([{ kind: 'according_to', speaker: { text: 'Zakon.kz-тің', name: 'Zakon.kz' } }])
  })
  it('finds a report in a quotation\'s last sentence, by the person its first sentence names, beside the quotation', () => {
    // (written for this test: a press service quotes its own text, which reports what a guest said)
    const text = 'Жапония Сыртқы істер министрі Такэси Ивая Астанаға келді. «Такэси Ивая Орталық Азия елдерімен ынтымақтастықты маңызды деп бағалады. Бұл екі елдің сауда байланысын нығайтуға мүмкіндік беретінін атап өтті», – деп жазды Ақорда.'
    expect(extractQuotes(text).map((q) => [q.kind, q.text.slice(0, 30), q.speaker?.text])).toEqual([
      ['direct', 'Такэси Ивая Орталық Азия елдер', 'Ақорда'],
      ['indirect', 'Бұл екі елдің сауда байланысын', 'Такэси Ивая'],
    ])
    // (not by a subject the text names as no person: the quotation alone)
    const unnamed = '«Жаңа жоба биыл басталады. Бұл өңірдің дамуына ықпал ететінін атап өтті», – деп жазды басылым.'
    expect(extractQuotes(unnamed).map((q) => q.kind)).toEqual(['direct'])
  })
  it('ends a person\'s name before a place and its head ("Дархан Сатыбалды | Шымкент қаласындағы …")', () => {
    const text = 'Түркістан облысының әкімі Дархан Сатыбалды Шымкент қаласындағы мәдениет үйінде тұрғындармен кездесті.\n\n– Құрылыс көктемде басталады, – деді Дархан Сатыбалды.'
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Дархан Сатыбалды'])
  })
  it('finds a report of doubt ("… -атынына күмән келтірді") and resolves "халық қалаулысы" to the deputy named before', () => {
    const text = 'Депутат Ерлан Саиров айыппұлдың өсуі жүргізушілердің тәртібін жақсартатынына күмән келтірді.\n\n«Айыппұлды көбейту жеткіліксіз», – деп атап өтті халық қалаулысы.'
    expect(extractQuotes(text).map((q) => [q.kind, q.cue?.text, q.speaker?.name])).toEqual([
      ['indirect', 'күмән келтірді', 'Ерлан Саиров'],
      ['direct', 'деп атап өтті', 'Ерлан Саиров'],
    ])
    // ("келтірді" alone reports nothing: "мысал келтірді")
    expect(extractQuotes('Ол компанияның зиян келтіргенін мысал ретінде келтірді.')).toEqual([])
  })
  it('resolves a headline\'s "Ұстаз: «…»" to the teacher the interview is with', () => {
    const text = 'Ұстаз: «Балаларға кітап оқуды мектепте үйрету керек»\n\nЖамбыл облысындағы №12 мектептің мұғалімі Айгүл Нұрлыбекқызымен балалар әдебиеті туралы сұхбаттастық.'
    expect(extractQuotes(text).map((q) => [q.speaker?.text, q.speaker?.name])).toEqual([['Ұстаз', 'Айгүл Нұрлыбекқызы']])
  })
  it('resolves an artist\'s trade to the artist named before ("дейді әнші")', () => {
    const text = 'Басты партияны Қазақстанның еңбек сіңірген әртісі Талғат Мұсабаев орындады.\n\n«Бұл рөлге үш жыл дайындалдым», – дейді әнші.'
    expect(extractQuotes(text).map((q) => [q.speaker?.text, q.speaker?.name])).toEqual([['әнші', 'Талғат Мұсабаев']])
  })
  it('resolves a police rank and an expert\'s trade to the person named with them, and the police to no one', () => {
    const text = 'Полиция мәліметінше, күдіктілер 120 қой ұрлаған. Полиция майоры Ғалымжан Ахметов келді. Алайда эколог Максим Вознесенский келіспейді.\n\n– Мал Ресейге өткізілмек болған, – деді майор.\n\n– Мұны табиғатпен түсіндіру дұрыс емес, – дейді эколог.'
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker?.text, q.speaker?.name])).toEqual([
      ['according_to', 'Полиция', 'Полиция'],
      ['direct', 'майор', 'Ғалымжан Ахметов'],
      ['direct', 'эколог', 'Максим Вознесенский'],
    ])
  })
  it('finds a quotation in guillemets reported with "екенін айтқан еді", said by the sentence\'s subject after an opener', () => {
    const text = 'Түркия Сыртқы істер министрі Хакан Фиданмен кездесті. Сол кезде Фидан «Қазақстан – Түркияның басты серіктесі» екенін айтқан еді.'
    expect(extractQuotes(text).map((q) => [q.kind, q.text, q.cue?.text, q.speaker?.text, q.speaker?.name])).toEqual([['direct', 'Қазақстан – Түркияның басты серіктесі', 'екенін айтқан еді', 'Фидан', 'Хакан Фидан']])
  })
  it('finds the speaker of a quotation after a converb\'s clause and a participle\'s', () => {
    const [q] = extractQuotes('Сапарды қорытындылап, журналистердің сұрақтарына жауап берген Нұрсұлтан Назарбаев «Әрбір салынған қала — Қазақстанның байлығы» екенін айтты.')
    expect([q?.speaker?.text, q?.cue?.text]).toEqual(['Нұрсұлтан Назарбаев', 'екенін айтты'])
  })
  it('ends a "Бұл туралы" speaker before a capitalized occasion after the name, and lets a body with a name inside it speak as itself', () => {
    const text = 'Биыл 22,7 миллион тонна астық жиналды. Бұл туралы Ауыл шаруашылығы министрі Айдарбек Сапаров Мәжілістегі Үкімет сағатында мәлімдеді.\n\nАлматыда жер сілкінісі сезілді. Бұл туралы Төтенше жағдайлар министрлігі Сейсмологиялық тәжірибе-әдістемелік экспедициясы хабарлады.'
    expect(extractQuotes(text).map((q) => [q.speaker?.text, q.speaker?.name])).toEqual([
      ['Ауыл шаруашылығы министрі Айдарбек Сапаров', 'Айдарбек Сапаров'],
      ['Төтенше жағдайлар министрлігі Сейсмологиялық тәжірибе-әдістемелік экспедициясы', 'Төтенше жағдайлар министрлігі Сейсмологиялық тәжірибе-әдістемелік экспедициясы'],
    ])
  })
  it('ends a "Бұл туралы" speaker at the person\'s name', () => {
    const text = 'Биыл 20 мың отбасы баспаналы болды. Бұл туралы банк басқармасының төрағасы Ләззат Ибрагимова Орталық коммуникациялар қызметінде өткен брифингте айтты.'
    expect(extractQuotes(text).map((q) => [q.speaker?.text, q.speaker?.name])).toEqual([['банк басқармасының төрағасы Ләззат Ибрагимова', 'Ләззат Ибрагимова']])
  })
  it('finds the person who opens a short clause before a colon with no verb of saying', () => {
    const [q] = extractQuotes('Педиатр Гүлжан Омарова ата-аналарға кеңес берді: «Дәрігерге жүгініңіздер».')
    expect([q?.speaker?.text, q?.speaker?.name]).toEqual(['Педиатр Гүлжан Омарова', 'Гүлжан Омарова'])
  })
  it('finds the person who opens a clause before a colon with no verb of saying', () => {
    const [q] = extractQuotes('Гүлнар Сәтбаева келді. Көрермен Гүлнар Сәтбаева қойылымнан алған әсерімен бөлісті: «Жібектің әні жүрегімді тербетті».')
    expect([q?.speaker?.text, q?.speaker?.name, q?.cue]).toEqual(['Көрермен Гүлнар Сәтбаева', 'Гүлнар Сәтбаева', null])
  })
  it('splits two reports joined by a verb of saying as a converb, each with its cue', () => {
    const found = extractQuotes('Президент бұл мәселе баяндамашылардың сөзінде қамтылғанын атап өтіп, идеяларды қолдайтынын жеткізді.')
    expect(found.map((q) => [q.kind, q.text, q.cue?.text, q.speaker?.text])).toEqual([
      ['indirect', 'бұл мәселе баяндамашылардың сөзінде қамтылғанын', 'атап өтіп', 'Президент'],
      ['indirect', 'идеяларды қолдайтынын', 'жеткізді', 'Президент'],
    ])
  })
  it('finds according-to quotes', () => {
    const [q] = extractQuotes('Министрдің айтуынша, биыл бюджет өседі.')
    expect(q).toMatchObject({ kind: 'according_to', text: 'биыл бюджет өседі', cue: { text: 'айтуынша' }, speaker: { text: 'Министрдің' } })
  })
  it('takes a long body\'s name with an according-to speaker, after the openers, but keeps "оның" with its title', () => {
    const [q] = extractQuotes('Айгүл Жұмабаева келді. Сонымен қатар Каспий табиғатын қорғау қоғамдық қорының директоры Айгүл Жұмабаеваның мәліметінше, итбалықтар саны азайған.')
    expect([q?.speaker?.text, q?.speaker?.name]).toEqual(['Каспий табиғатын қорғау қоғамдық қорының директоры Айгүл Жұмабаеваның', 'Айгүл Жұмабаева'])
    expect(extractQuotes('Оның адвокатының айтуынша, бала жолды рұқсат етілмеген жерден өткен.')[0]?.speaker?.text).toBe('Оның адвокатының')
  })
  it('leaves a lead\'s dateline out of an according-to speaker', () => {
    expect(extractQuotes('Астана. 4 желтоқсан. KAZINFORM – Ұлттық статистика бюросының деректеріне сәйкес, инфляция 9,8 пайызды құрады.')[0]?.speaker?.text).toBe('Ұлттық статистика бюросының')
    expect(extractQuotes('Астана, 12 наурыз 2025 ж. Денсаулық сақтау министрлігінің мәліметінше, тұмау көбейді.')[0]?.speaker?.text).toBe('Денсаулық сақтау министрлігінің')
  })
  it('reads "X-тан мәлім етілгендей" as according to X, but not "бұған дейін хабарланғандай" (as reported before)', () => {
    const [q] = extractQuotes('Ведомстводан мәлім етілгендей, биыл 3,5 миллион доза вакцина сатып алынған.')
    expect([q?.kind, q?.speaker?.name, q?.cue?.text, q?.text]).toEqual(['according_to', 'Ведомство', 'мәлім етілгендей', 'биыл 3,5 миллион доза вакцина сатып алынған'])
    expect(extractQuotes('Бұған дейін хабарланғандай, жоба жалғасады.')).toEqual([])
    expect(extractQuotes('Кеше хабарланғандай, жоба жалғасады.')).toEqual([])
  })
  it('reads "X-тан таратылған мәлімдемеде … -атыны айтылған" as what X\'s statement says', () => {
    const [q] = extractQuotes('Ақордадан таратылған мәлімдемеде кодекс азаматтардың дербес деректерін қорғауды күшейтетіні айтылған.')
    expect([q?.kind, q?.speaker?.text, q?.speaker?.name, q?.cue?.text, q?.text]).toEqual(['indirect', 'Ақордадан', 'Ақорда', 'айтылған', 'кодекс азаматтардың дербес деректерін қорғауды күшейтетіні'])
    expect(extractQuotes('Министрліктің хабарламасында жаңа ереже 1 қаңтардан бастап күшіне енетіні айтылған.')[0]?.speaker?.name).toBe('Министрлік')
    // (no owner named, no speaker to give it: none)
    expect(extractQuotes('Хабарламада жоба жалғасатыны айтылған.')).toEqual([])
  })
  it('reads "X … мәлімдеме жасады. Онда … -атыны айтылған." as what X\'s statement says', () => {
    const qs = extractQuotes('Банк өкілдері оқиғаға қатысты ресми мәлімдеме жасады. Онда клиенттерге келтірілген шығын толық өтелетіні айтылған.')
    expect(qs.map((q) => [q.kind, q.speaker?.text, q.cue?.text, q.text])).toEqual([['indirect', 'Банк өкілдері', 'айтылған', 'клиенттерге келтірілген шығын толық өтелетіні']])
    // (not after a sentence that made no statement)
    expect(extractQuotes('Банк өкілдері жиналды. Онда шығын өтелетіні айтылған.')).toEqual([])
  })
  it('reads "X хабарлағандай, …" as according to X after a name, a body or a title only', () => {
    const [q] = extractQuotes('Облыс әкімдігінің баспасөз қызметі хабарлағандай, мектеп ұлттық жоба аясында салынған.')
    expect([q?.kind, q?.speaker?.text, q?.cue?.text, q?.text]).toEqual(['according_to', 'Облыс әкімдігінің баспасөз қызметі', 'хабарлағандай', 'мектеп ұлттық жоба аясында салынған'])
    expect(extractQuotes('Бұған дейін хабарлағандай, жоба жалғасады.')).toEqual([])
    expect(extractQuotes('Жоғарыда мәлімдегендей, жоба жалғасады.')).toEqual([])
  })
  it('leaves a pronoun object, and a demonstrative before an object, out of the speaker before «…» деп атады', () => {
    const [q] = extractQuotes('Сарапшы Нұрлан Жұмағұлов мұны «күрделі теңгерім» деп атады.')
    expect([q?.speaker?.text, q?.speaker?.name]).toEqual(['Сарапшы Нұрлан Жұмағұлов', 'Нұрлан Жұмағұлов'])
    expect(extractQuotes('Сарапшы Арман Бейсенбаев бұл келісімді «стратегиялық қадам» деп атады.')[0]?.speaker?.text).toBe('Сарапшы Арман Бейсенбаев')
  })
  it('gives a title to the one who spoke last when they hold it, not to another holder the article names more', () => {
    const text =
      'Көлік министрі Нұрлан Сауранбаев келісімге қол қойды. «Тасымал артады», – деді Нұрлан Сауранбаев. ' +
      'Әзербайжанның көлік министрі Рашад Набиев те сөз алды. Рашад Набиевтің айтуынша, Баку портында жаңа терминал салынады. Министрдің сөзінше, терминалдың қуаты жылына 2 миллион тонна болады.'
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Нұрлан Сауранбаев', 'Рашад Набиев', 'Рашад Набиев'])
  })
  it('reads "деректеріне сәйкес" as according to, and a development bank as an organization', () => {
    const [q] = extractQuotes('Азия даму банкінің деректеріне сәйкес, өңірдегі инфляция 7 пайыз болады.')
    expect([q?.kind, q?.speaker?.text, q?.speaker?.name, q?.cue?.text]).toEqual(['according_to', 'Азия даму банкінің', 'Азия даму банкі', 'деректеріне сәйкес'])
  })
  it('credits the lead before "Бұл туралы X хабарлады, деп хабарлайды Kazinform" to both the agency and X', () => {
    const text = 'АСТАНА. KAZINFORM – Қазақстан мен Әзербайжан жүк тасымалын арттыруға келісті. Бұл туралы Көлік министрлігі хабарлады, деп хабарлайды Kazinform тілшісі.'
    expect(extractQuotes(text).map((q) => [q.kind, q.text, q.speaker?.name, q.cue?.text])).toEqual([
      ['source', 'Қазақстан мен Әзербайжан жүк тасымалын арттыруға келісті', 'Kazinform', 'деп хабарлайды'],
      ['indirect', 'Қазақстан мен Әзербайжан жүк тасымалын арттыруға келісті', 'Көлік министрлігі', 'хабарлады'],
    ])
  })
  it('finds news-agency credits', () => {
    const [q] = extractQuotes('АСТАНА. KAZINFORM – Елде қар жауды, деп хабарлайды Kazinform.')
    expect(q).toMatchObject({ kind: 'source', text: 'Елде қар жауды', cue: { text: 'деп хабарлайды' }, speaker: { text: 'Kazinform', name: 'Kazinform' } })
  })
  it('finds a clause in the dative before "сенім білдірді", and no other dative', () => {
    const [q] = extractQuotes('Мемлекет басшысы келіссөздер серіктестікті кеңейтуге үлес қосатынына сенім білдірді.')
    expect(q).toMatchObject({ kind: 'indirect', text: 'келіссөздер серіктестікті кеңейтуге үлес қосатынына', cue: { text: 'сенім білдірді' }, speaker: { text: 'Мемлекет басшысы' } })
    expect(extractQuotes('Мемлекет басшысы жаңа жоспардың жанына сенім білдірді.')).toEqual([])
  })
  describe('"Бұл туралы X мәлімдеді": the sentences before it in its paragraph', () => {
    it.each([
      [
        'АСТАНА. KAZINFORM – Сатып алу көлемі 8,1 трлн теңгеге жетті. Платформада 18 мың тапсырыс беруші тіркелген. Бұл туралы қаржы вице-министрі Дәурен Кеңбейіл мәлімдеді.',
        'Сатып алу көлемі 8,1 трлн теңгеге жетті. Платформада 18 мың тапсырыс беруші тіркелген',
        'қаржы вице-министрі Дәурен Кеңбейіл',
        'Дәурен Кеңбейіл',
        'мәлімдеді',
      ],
      [
        'Mınıstrlik AQSh-qa hat joldady. Bul týraly Energetıka mınıstri Erlan Aqkenjenov habarlaǵan.',
        'Mınıstrlik AQSh-qa hat joldady',
        'Energetıka mınıstri Erlan Aqkenjenov',
        'Erlan Aqkenjenov',
        'habarlaǵan',
      ],
      // nor is a dated dateline ("Астана, 2 желтоқсан."), which had opened the quote
      [
        'Астана, 2 желтоқсан. Елімізде маусымдық тұмауға қарсы екпе басталды. Бұл туралы Денсаулық сақтау министрлігінің баспасөз қызметі хабарлады.',
        'Елімізде маусымдық тұмауға қарсы екпе басталды',
        'Денсаулық сақтау министрлігінің баспасөз қызметі',
        'Денсаулық сақтау министрлігінің баспасөз қызметі',
        'хабарлады',
      ],
      // … in a paragraph of its own after the lead
      [
        'Шымкент, 4 желтоқсан. Шымкент қалалық полиция департаменті банктің үш қызметкерін ұстады.\n\nБұл туралы департаменттің баспасөз хатшысы Салтанат Әбдіқадырова брифингте мәлімдеді.',
        'Шымкент қалалық полиция департаменті банктің үш қызметкерін ұстады',
        'департаменттің баспасөз хатшысы Салтанат Әбдіқадырова',
        'Салтанат Әбдіқадырова',
        'мәлімдеді',
      ],
      // the occasion after the speaker is not part of the speaker
      ['Ерікті болу – азаматтық борыш. Бұл пікірді Президент Волонтерлер форумында айтты.', 'Ерікті болу – азаматтық борыш', 'Президент', 'Президент', 'айтты'],
      ['Жоба жалғасады. Бұл туралы министр Ерлан Ақкенженов Астанадағы брифингте айтты.', 'Жоба жалғасады', 'министр Ерлан Ақкенженов', 'Ерлан Ақкенженов', 'айтты'],
      // a channel with a foreign name is the occasion too (its capital T made it part of the speaker)
      // the occasion first, then the speaker
      ['Жоба жалғасады. Бұл туралы Үкіметтің селекторлық отырысында Еңбек және халықты әлеуметтік қорғау министрі Біржан Нұрымбетов айтты.', 'Жоба жалғасады', 'Еңбек және халықты әлеуметтік қорғау министрі Біржан Нұрымбетов', 'Біржан Нұрымбетов', 'айтты'],
      // a paragraph of its own credits the report before it; a headline (no period) it does not
      ['Тұмау\n\nСоңғы бір аптада Қазақстанда тұмаумен ауырғандар саны 20 пайызға артты.\n\nБұл туралы баспасөз брифингінде Бас мемлекеттік санитарлық дәрігер Айжан Есмағамбетова айтты.', 'Соңғы бір аптада Қазақстанда тұмаумен ауырғандар саны 20 пайызға артты', 'Бас мемлекеттік санитарлық дәрігер Айжан Есмағамбетова', 'Айжан Есмағамбетова', 'айтты'],
      // a body named after its company speaks as itself, not as the company's legal form
      ['Зауыт толық қуатына шықты. Бұл туралы «ҚазМұнайГаз» ҰК АҚ баспасөз қызметі хабарлады.', 'Зауыт толық қуатына шықты', '«ҚазМұнайГаз» ҰК АҚ баспасөз қызметі', '«ҚазМұнайГаз» ҰК АҚ баспасөз қызметі', 'хабарлады'],
      ['Шавкат Мирзиёев келді.\n\nКеліссөз өтті. Бұл туралы Ақорданың баспасөз хатшысы Руслан Жақсылықов Telegram-арнасында жазды.', 'Келіссөз өтті', 'Ақорданың баспасөз хатшысы Руслан Жақсылықов', 'Руслан Жақсылықов', 'жазды'],
    ])('%s', (text, content, speaker, name, cue) => {
      const found = extractQuotes(text).filter((q) => q.kind === 'indirect')
      expect(found).toHaveLength(1)
      expect(found[0]).toMatchObject({ text: content, speaker: { text: speaker, name }, cue: { text: cue }, marks: 'none' })
    })
    it('reads words in guillemets before it as the speaker’s own', () => {
      const [q] = extractQuotes('«Елімізде инфляция төмендейді». Бұл туралы Ұлттық банк төрағасы Тимур Сүлейменов мәлімдеді.')
      expect(q).toMatchObject({ kind: 'direct', marks: 'guillemets', text: 'Елімізде инфляция төмендейді', speaker: { name: 'Тимур Сүлейменов' }, cue: { text: 'мәлімдеді' } })
    })
    it('after a lead an agency credits, a paragraph of its own tells the same news from its own source', () => {
      const text = 'АСТАНА. KAZINFORM – Әуежай рейстерді уақытша тоқтатады, деп хабарлайды ТАСС агенттігі.\n\nБұл туралы әуежайдың диспетчерлік қызметі хабарлады.'
      const found = extractQuotes(text)
      expect(found.map((q) => [q.kind, q.text, q.speaker?.text, q.cue?.text])).toEqual([
        ['source', 'Әуежай рейстерді уақытша тоқтатады', 'ТАСС агенттігі', 'деп хабарлайды'],
        ['indirect', 'Әуежай рейстерді уақытша тоқтатады', 'әуежайдың диспетчерлік қызметі', 'хабарлады'],
      ])
    })
    it.each([
      // at a paragraph's start it has nothing of its own paragraph to point back to
      'Елде қар жауды.\n\nБұл туралы министр мәлімдеді.',
      // no verb of saying at its end
      'Елде қар жауды. Бұл туралы министрлік шешім қабылдады.',
    ])('none in %j', (text) => {
      expect(extractQuotes(text).filter((q) => q.kind === 'indirect')).toEqual([])
    })
  })
  describe('"X … деп санайды": an unmarked clause before деп and a verb of saying or thinking', () => {
    it.each([
      // the sentence may go on after the verb
      ['Нұрланбек Тұрғынбекұлы заңнаманы қайта қарау қажет деп санайды және бұл мәселені президентпен талқылады.', 'заңнаманы қайта қарау қажет', 'Нұрланбек Тұрғынбекұлы', 'деп санайды'],
      ['Министр бұл шешім дұрыс деп мәлімдеді.', 'бұл шешім дұрыс', 'Министр', 'деп мәлімдеді'],
      // an organization's name goes on in lower case to its head
      ['Денсаулық сақтау министрлігі жұқтырғандар саны 36-ға жетті деп мәлімдеді.', 'жұқтырғандар саны 36-ға жетті', 'Денсаулық сақтау министрлігі', 'деп мәлімдеді'],
      // a sentence opener is not the subject; with none at the start, the words after the verb speak
      ['Бұл дұрыс емес деп санайды сарапшылар.', 'Бұл дұрыс емес', 'сарапшылар', 'деп санайды'],
      ['Ал Айгүл Серікова баға өседі деп болжайды.', 'баға өседі', 'Айгүл Серікова', 'деп болжайды'],
      // a body's people in the plural, a title the lexicon lists as a plural lemma (сарапшылар), end the
      // subject: a condition and a name after them are what they think
      ['Ал Freedom Finance Global компаниясының сарапшылары теңге бағамы тұрақты болса, Ұлттық Банк мөлшерлемені төмендетуі ықтимал деп санайды.', 'теңге бағамы тұрақты болса, Ұлттық Банк мөлшерлемені төмендетуі ықтимал', 'Freedom Finance Global компаниясының сарапшылары', 'деп санайды'],
      ['Nurlanbek Turǵynbekýýly zańnamany qaıta qaraý qajet dep sanaıdy.', 'zańnamany qaıta qaraý qajet', 'Nurlanbek Turǵynbekýýly', 'dep sanaıdy'],
    ])('%s', (text, content, speaker, cue) => {
      const found = extractQuotes(text)
      expect(found).toHaveLength(1)
      expect(found[0]).toMatchObject({ kind: 'indirect', text: content, speaker: { text: speaker }, cue: { text: cue }, marks: 'none' })
    })
    it.each([
      // "деп атады" names a thing; "деп аталады" is passive
      'Ол бұл күнді тарихи күн деп атады.',
      'Жоба Жасыл ел деп аталады.',
      // "осылай деп" points at a quotation elsewhere
      'Астанада аналармен кездескен министр осылай деп мәлімдеді.',
      // no subject: a case form, a demonstrative, a converb that only has the sentence's capital
      'Астанада баға өседі деп санайды.',
      'Мұны жұрт қате деп есептейді.',
      'Мінгізіп жіберейік деп айтты.',
      // after a comma it is an agency's credit, not an indirect quote
      'Елде қар жауды, деп хабарлайды Kazinform.',
    ])('no indirect quote in %j', (text) => {
      expect(extractQuotes(text).filter((q) => q.kind === 'indirect')).toEqual([])
    })
  })
  it.each([
    // a body's lower-case words run on to a title and the name after it
    ['Ұлттық құраманың бас бапкері Мырзағали Айтжанов командаға 18 ай уақыт қалғанын атап өтті.', 'Мырзағали Айтжанов', 'командаға 18 ай уақыт қалғанын'],
    // … but not across a word in another case: the name is the subject, the rest is said
    ['Амангелді Таспихов кезектен тыс президент сайлауының нәтижесімен келісетінін айтты.', 'Амангелді Таспихов', 'кезектен тыс президент сайлауының нәтижесімен келісетінін'],
    // a name ends at its surname, not at a place in a case after it; an opening phrase is no one
    ['Шавкат Мирзиёев Қазақстанмен әріптестікті жоғары бағалайтынын жеткізді.', 'Шавкат Мирзиёев', 'Қазақстанмен әріптестікті жоғары бағалайтынын'],
    ['Өз кезегінде Шавкат Мирзиёев Қазақстанмен әріптестікті жоғары бағалайтынын жеткізді.', 'Шавкат Мирзиёев', 'Қазақстанмен әріптестікті жоғары бағалайтынын'],
    // a lead's dated dateline is nobody: the subject comes after it
    ['Астана, 12 наурыз 2025 ж. Премьер-министр Олжас Бектенов жаңа зауыт ашылатынын айтты.', 'Олжас Бектенов', 'жаңа зауыт ашылатынын'],
    ['АЛМАТЫ. 5 маусым. ҚазАқпарат – Әкім Ерболат Досаев қала бюджеті өскенін айтты.', 'Ерболат Досаев', 'қала бюджеті өскенін'],
  ])('finds the subject of "%s"', (text, name, quote) => {
    expect(extractQuotes(text).map((q) => [q.speaker?.name, q.text])).toEqual([[name, quote]])
  })
  it('ends a person’s name before a word in a case that is no surname ("Тоқаев | Ақордада")', () => {
    const text = 'Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада қонақтарды қабылдады.\n\n«Біз дайынбыз», – деді Тоқаев.'
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Қасым-Жомарт Тоқаев'])
  })
  it('gives a sentence that opens with "Сонымен қатар" the previous sentence’s subject, within its paragraph', () => {
    const text = 'Президент баяндамашылардың сөзінде қамтылғанын атап өтті. Сонымен қатар еріктілердің қызметін қуаттайтынын растады.'
    const found = extractQuotes(text)
    expect(found).toHaveLength(2)
    expect(found[1]).toMatchObject({ kind: 'indirect', text: 'еріктілердің қызметін қуаттайтынын', speaker: { text: 'Президент', start: 0 }, cue: { text: 'растады' } })
    expect(extractQuotes(text.replace('. Сонымен', '.\n\nСонымен'))).toHaveLength(1)
  })
  describe('"Outlet: headline": a headline credited to a news outlet', () => {
    it.each([
      ['Report: Министрлік АҚШ-қа «Лукойл» компаниясына қатысты хат жолдады', 'Министрлік АҚШ-қа «Лукойл» компаниясына қатысты хат жолдады', 'Report', 'Report'],
      // (the outlet's name is the outlet, without "агенттігі")
      ['Reuters агенттігі: Мұнай бағасы төмендеді.', 'Мұнай бағасы төмендеді', 'Reuters агенттігі', 'Reuters'],
      ['Жаңалықтар\n\nThe Times of Central Asia: Биыл 60 млрд доллардан астам инвестиция тартылады\n\nҮкімет жоспары.', 'Биыл 60 млрд доллардан астам инвестиция тартылады', 'The Times of Central Asia', 'The Times of Central Asia'],
      ['TASS: Qazaqstan Qytaımen birlesip tórt elektr stansasyn salady', 'Qazaqstan Qytaımen birlesip tórt elektr stansasyn salady', 'TASS', 'TASS'],
    ])('%j', (text, content, mention, outlet) => {
      const found = extractQuotes(text).filter((q) => q.kind === 'source')
      expect(found).toHaveLength(1)
      expect(found[0]).toMatchObject({ text: content, speaker: { text: mention, name: outlet }, cue: null, marks: 'colon' })
    })
    it.each([
      // not an outlet
      'Фото: Ақорда баспасөз қызметі',
      'Дереккөз: Ұлттық статистика бюросы',
      // the outlet's name inside a sentence, or a headline that does not start with a capital
      'Біз Reuters: мұнай бағасы туралы жазды.',
      'Reuters: мұнай бағасы төмендеді',
    ])('none in %j', (text) => {
      expect(extractQuotes(text).filter((q) => q.kind === 'source')).toEqual([])
    })
  })
  it('keeps many speakers many, and does not take them for one person of the article', () => {
    const text = 'Министр Ерлан Ақкенженов жиынға қатысты. Мамандардың айтуынша, биыл баға өседі. Ұлттық экономика министрлігінің өкілдері жаңа бағдарлама әзірленгенін хабарлады.'
    const found = extractQuotes(text)
    expect(found.map((q) => [q.kind, q.speaker?.text, q.speaker?.name])).toEqual([
      ['according_to', 'Мамандардың', 'Мамандар'],
      ['indirect', 'Ұлттық экономика министрлігінің өкілдері', 'Ұлттық экономика министрлігінің өкілдері'],
    ])
  })
  it('leaves a sentence opener out of the speaker', () => {
    const [q] = extractQuotes('Алайда тұрғындардың айтуынша, жол әлі жөнделмеген.')
    expect(q).toMatchObject({ kind: 'according_to', speaker: { text: 'тұрғындардың', name: 'тұрғындар' } })
  })
  it('filters by kind', () => {
    const text = 'Министрдің айтуынша, биыл бюджет өседі. «Иә», деді Айдос Серікұлы.'
    expect(extractQuotes(text, { kinds: ['according_to'] }).map((q) => q.kind)).toEqual(['according_to'])
  })
})

describe('extractQuotes: the seed page', () => {
  const dir = new URL('./fixtures/seed/', import.meta.url)
  const page = readFileSync(new URL('000_c7d509376adc05ed.txt', dir), 'utf8')
  const expected = JSON.parse(readFileSync(new URL('000_c7d509376adc05ed.expected.json', dir), 'utf8')) as {
    quotes: { kind: string; startsWith: string; endsWith: string; cue: string; speaker: string; speakerName: string }[]
    notQuotes: string[]
  }
  const quotes = extractQuotes(page)
  it.each(expected.quotes.map((q) => [q.kind, q.startsWith, q]))('%s quote "%s…"', (_, __, gold) => {
    const q = quotes.find((x) => x.kind === gold.kind && x.text.startsWith(gold.startsWith))
    expect(q).toBeDefined()
    expect(q!.text.endsWith(gold.endsWith)).toBe(true)
    expect(q!.cue!.text).toBe(gold.cue)
    expect(q!.speaker!.text).toBe(gold.speaker)
    expect(q!.speaker!.name).toBe(gold.speakerName)
  })
  it.each(expected.notQuotes)('«%s» is not a quote', (name) => {
    expect(quotes.some((q) => q.text === name)).toBe(false)
  })
})

describe('extractQuotes: stray marks and bad input', () => {
  it('does not let a « that is never closed swallow the article', () => {
    const text = '«Ашылған белгі.\n\n' + 'Басқа абзац.\n\n'.repeat(20) + '«Бәрі дайын», деді Айдос Серікұлы.'
    expect(direct(text).map((q) => q.text)).toEqual(['Бәрі дайын'])
  })
  it('ignores » used as a bullet', () => {
    expect(direct('» Бірінші жаңалық\n» Екінші жаңалық')).toEqual([])
  })
  it('returns [] for empty text and throws a TypeError naming itself for non-strings', () => {
    expect(extractQuotes('')).toEqual([])
    expect(extractQuotes('   ')).toEqual([])
    expect(() => extractQuotes(7 as unknown as string)).toThrow(/^extractQuotes:/)
  })
  it('stays linear on 1 MB with an unclosed « (finishes, finds nothing)', () => {
    const text = `«${'сөз сөз. '.repeat(110_000)}`
    expect(extractQuotes(text)).toEqual([])
  })
})

describe('quotesToRows', () => {
  it('flattens quotes to plain rows for console.table and CSV', () => {
    const rows = quotesToRows(extractQuotes('«Біз дайынбыз», деді Қасым-Жомарт Тоқаев.'))
    expect(rows).toEqual([
      { kind: 'direct', speaker: 'Қасым-Жомарт Тоқаев', speakerMention: 'Қасым-Жомарт Тоқаев', cue: 'деді', quote: 'Біз дайынбыз', start: 1, end: 13, marks: 'guillemets' },
    ])
  })
  it('throws on a non-array', () => {
    expect(() => quotesToRows('x' as unknown as [])).toThrow(/^quotesToRows:/)
  })
})
