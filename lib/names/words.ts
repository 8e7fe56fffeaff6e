/**
 * The small closed word lists the name check needs: greetings, titles, words that follow a greeting
 * but are nobody's name, placeholders helpdesks put in the name field. Keys are lower case with ё→е.
 */

/** Greetings and openers after which a name is an address ("Hi Anna", "Здравствуйте, Анна"). */
export const GREETINGS: readonly string[] = [
  // English
  'hi', 'hello', 'hey', 'heya', 'hiya', 'hullo', 'howdy', 'dear', 'greetings', 'yo', 'morning', 'afternoon',
  'evening', 'good morning', 'good afternoon', 'good evening', 'good day', 'thanks', 'thank you',
  'many thanks', 'welcome', 'welcome back', 'hi again', 'hello again', 'hey again', 'dearest',
  'have a great day', 'have a nice day', 'have a good day', 'take care', 'sorry', 'hi there', 'hey there',
  'hello there',
  // Russian
  'здравствуйте', 'здравствуй', 'здрасте', 'здрасьте', 'добрый день', 'добрый вечер', 'доброе утро',
  'доброй ночи', 'доброго дня', 'доброго утра', 'доброго вечера', 'доброго времени суток', 'доброго времени',
  'добрый', 'привет', 'приветик', 'приветствую', 'приветствую вас', 'хай', 'салют', 'здорово', 'уважаемый',
  'уважаемая', 'уважаемые', 'многоуважаемый', 'многоуважаемая', 'дорогой', 'дорогая', 'спасибо',
  'большое спасибо', 'благодарю', 'здравствуйте еще раз', 'еще раз здравствуйте', 'снова здравствуйте',
  'добрый день еще раз', 'хорошего дня', 'хорошего вечера', 'хороших выходных', 'всего доброго',
  'всего хорошего', 'извините', 'простите',
];

/** Greetings that are sentences by themselves; a name after them needs a comma ("Привет, Анна"). */
export const GREETING_WORDS = new Set(GREETINGS.flatMap((g) => g.split(' ')));

/** Titles before a surname, with the gender they imply. */
export const TITLES: ReadonlyMap<string, { gender: 'm' | 'f' | 'u'; lang: 'en' | 'ru' }> = new Map([
  ['mr', { gender: 'm', lang: 'en' }],
  ['mister', { gender: 'm', lang: 'en' }],
  ['sir', { gender: 'm', lang: 'en' }],
  ['mrs', { gender: 'f', lang: 'en' }],
  ['ms', { gender: 'f', lang: 'en' }],
  ['miss', { gender: 'f', lang: 'en' }],
  ['madam', { gender: 'f', lang: 'en' }],
  ['mx', { gender: 'u', lang: 'en' }],
  ['dr', { gender: 'u', lang: 'en' }],
  ['doctor', { gender: 'u', lang: 'en' }],
  ['prof', { gender: 'u', lang: 'en' }],
  ['professor', { gender: 'u', lang: 'en' }],
  ['господин', { gender: 'm', lang: 'ru' }],
  ['господину', { gender: 'm', lang: 'ru' }],
  ['г-н', { gender: 'm', lang: 'ru' }],
  ['г-ну', { gender: 'm', lang: 'ru' }],
  ['гн', { gender: 'm', lang: 'ru' }],
  ['госпожа', { gender: 'f', lang: 'ru' }],
  ['госпоже', { gender: 'f', lang: 'ru' }],
  ['г-жа', { gender: 'f', lang: 'ru' }],
  ['г-же', { gender: 'f', lang: 'ru' }],
  ['гжа', { gender: 'f', lang: 'ru' }],
  ['доктор', { gender: 'u', lang: 'ru' }],
  ['профессор', { gender: 'u', lang: 'ru' }],
]);

/** The title to use for a record of known gender, in the draft's title language. */
export function titleFor(gender: 'm' | 'f', lang: 'en' | 'ru', dative: boolean): string {
  if (lang === 'ru') return gender === 'm' ? (dative ? 'господину' : 'господин') : dative ? 'госпоже' : 'госпожа';
  return gender === 'm' ? 'Mr' : 'Ms';
}

/** Words that follow a greeting but are not a person's name ("Hi there", "Добрый день, коллеги"). */
export const NOT_A_NAME = new Set([
  'there', 'all', 'everyone', 'everybody', 'team', 'folks', 'guys', 'friends', 'friend', 'colleagues',
  'colleague', 'sir', 'madam', 'madame', 'customer', 'customers', 'client', 'clients', 'valued', 'user',
  'users', 'member', 'members', 'support', 'both', 'you', 'ya', 'yall', 'people', 'partner', 'partners',
  'sirs', 'gentlemen', 'ladies', 'world', 'community', 'neighbor', 'neighbour', 'neighbors', 'neighbours',
  'hiring', 'manager', 'admin', 'and', 'again', 'from', 'this', 'it', 'its', 'is', 'to', 'for', 'the', 'a',
  'an', 'so', 'thanks', 'thank', 'please', 'sorry', 'shopper', 'guest', 'guests', 'traveler', 'traveller',
  'owner', 'holder', 'applicant', 'subscriber', 'patient', 'parent', 'parents', 'student', 'students',
  'коллеги', 'коллега', 'друзья', 'друг', 'все', 'всем', 'команда', 'партнеры', 'партнер', 'господа',
  'клиент', 'клиенты', 'покупатель', 'покупатели', 'пользователь', 'пользователи', 'уважаемые',
  'коллектив', 'соседи', 'подписчик', 'подписчики', 'участник', 'участники', 'абонент', 'заказчик',
  'гость', 'гости', 'вам', 'вас', 'еще', 'раз', 'снова', 'и', 'за', 'от', 'это', 'мы', 'я', 'вы',
  'пожалуйста', 'спасибо', 'родители', 'пациент', 'студент', 'владелец', 'заявитель',
]);

/** Words after a name that make it the agent introducing themselves ("Anna here", "Анна на связи"). */
export const SELF_INTRO = new Set(['here', 'from', 'speaking', 'with', 'at', 'of', 'on', 'again', 'из', 'с', 'на', 'здесь', 'тут', 'это']);

/** Voice assistants and bots with people's names; a bare "Алиса, …" is a command, not an address. */
export const ASSISTANTS = new Set(['alexa', 'siri', 'cortana', 'bixby', 'google', 'алиса', 'маруся', 'сири', 'джой']);

/**
 * Words after "Name," that make the name a description of someone rather than an address: "Sergey,
 * who…", "Олег, менеджер проекта, …". Possessives count only before a role ("Dave, our technician"):
 * "Anna, your order is ready" is an address.
 */
export const APPOSITIVE_LEADS = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'from', 'of', 'and', 'or', 'nor', 'as', 'at', 'in', 'with',
  'который', 'которая', 'которые', 'которому', 'которой', 'из', 'и', 'или', 'а', 'с', 'со', 'как', 'в', 'на',
]);
export const POSSESSIVES = new Set([
  'our', 'my', 'your', 'his', 'her', 'their', 'its', 'the', 'a', 'an',
  'наш', 'наша', 'наше', 'наши', 'ваш', 'ваша', 'ваше', 'мой', 'моя', 'мое', 'его', 'ее', 'их',
]);
export const ROLES = new Set([
  'manager', 'engineer', 'technician', 'specialist', 'agent', 'driver', 'courier', 'colleague', 'assistant',
  'representative', 'director', 'head', 'lead', 'doctor', 'nurse', 'consultant', 'teacher', 'tutor',
  'support', 'team', 'department', 'customer', 'coordinator', 'advisor', 'adviser', 'expert', 'owner',
  'менеджер', 'инженер', 'специалист', 'мастер', 'курьер', 'оператор', 'врач', 'консультант', 'бухгалтер',
  'юрист', 'администратор', 'руководитель', 'директор', 'сотрудник', 'коллега', 'представитель',
  'помощник', 'агент', 'водитель', 'техник', 'эксперт', 'преподаватель', 'учитель', 'тренер', 'куратор',
  'служба', 'отдел', 'команда', 'поддержка', 'координатор', 'ассистент',
]);

/**
 * Given names that are also everyday words; at the start of a sentence without a greeting they are
 * more often the word ("May, June and July…", "Слава богу").
 */
export const AMBIGUOUS_BARE = new Set([
  'may', 'june', 'april', 'august', 'will', 'mark', 'bill', 'rose', 'hope', 'faith', 'joy', 'grace',
  'summer', 'autumn', 'sunny', 'sky', 'pat', 'art', 'ray', 'frank', 'chase', 'hunter', 'page', 'rich',
  'jack', 'sue', 'bob', 'don', 'dean', 'amber', 'ruby', 'holly', 'violet', 'daisy', 'poppy', 'lily',
  'вера', 'надежда', 'любовь', 'роман', 'слава', 'лев', 'мир', 'роза', 'лилия', 'майя', 'ника', 'дана',
]);

/** Abbreviations after which a full stop does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'etc', 'inc', 'ltd', 'jr', 'sr', 'e', 'i', 'g', 'approx',
  'ул', 'пр', 'просп', 'пл', 'д', 'г', 'им', 'т', 'тел', 'кв', 'стр', 'корп', 'см', 'напр', 'руб', 'коп',
  'тыс', 'млн', 'обл', 'р', 'пер', 'наб', 'ш',
]);

/** Lines that close a letter; whatever follows is the agent's signature. */
export const CLOSINGS = new Set([
  'best', 'best regards', 'regards', 'kind regards', 'warm regards', 'warmest regards', 'best wishes',
  'sincerely', 'yours sincerely', 'yours truly', 'yours', 'cheers', 'thanks', 'thank you', 'many thanks',
  'thanks again', 'all the best', 'take care', 'talk soon', 'respectfully',
  'с уважением', 'с наилучшими пожеланиями', 'всего доброго', 'всего хорошего', 'хорошего дня',
  'спасибо', 'благодарю', 'с благодарностью', 'до связи', 'удачи', 'искренне ваш', 'искренне ваша',
]);

/** Placeholder values helpdesks put where the customer's name should be. */
export const PLACEHOLDERS = new Set([
  'customer', 'client', 'guest', 'user', 'anonymous', 'anon', 'unknown', 'visitor', 'member', 'valued',
  'buyer', 'shopper', 'test', 'tester', 'admin', 'support', 'noreply', 'none', 'null', 'undefined',
  'unnamed', 'name', 'no', 'na', 'n', 'a', 'requester', 'contact', 'lead', 'subscriber', 'caller',
  'клиент', 'гость', 'покупатель', 'пользователь', 'анонимный', 'аноним', 'неизвестный', 'неизвестно',
  'посетитель', 'абонент', 'заказчик', 'заявитель', 'участник', 'подписчик', 'без', 'имени', 'имя',
  'фамилия', 'нет', 'тест', 'контакт', 'получатель', 'отправитель',
]);

/** Words that make a record name an organisation, not a person. */
export const COMPANY_MARKERS = new Set([
  'ооо', 'оао', 'зао', 'пао', 'ао', 'нко', 'ано', 'гуп', 'муп', 'фгуп', 'компания', 'магазин', 'студия',
  'llc', 'ltd', 'limited', 'inc', 'incorporated', 'gmbh', 'corp', 'corporation', 'co', 'company', 'plc',
  'group', 'sa', 'ag', 'bv', 'srl', 'oy', 'ab', 'shop', 'store', 'studio', 'team', 'department', 'dept',
]);

/** Mailbox names that belong to a role or a system, not a person. */
export const ROLE_MAILBOXES = new Set([
  'info', 'support', 'sales', 'admin', 'office', 'contact', 'contacts', 'hello', 'hi', 'mail', 'email',
  'noreply', 'no', 'reply', 'procurement', 'billing', 'accounts', 'accounting', 'team', 'service', 'help',
  'orders', 'order', 'shop', 'store', 'manager', 'hr', 'jobs', 'careers', 'marketing', 'press', 'media',
  'webmaster', 'postmaster', 'root', 'test', 'user', 'client', 'customer', 'finance', 'legal', 'buh',
  'zakaz', 'post', 'director', 'ceo', 'dev', 'it', 'security', 'abuse', 'feedback', 'booking', 'reception',
]);

/** Suffixes after a name that are not part of it. */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'mba', 'ип']);
