/**
 * Names for demo people and the demo team. Drawn from many languages because a customer-success
 * team's stakeholders are; e-mail local parts are the names folded to plain ASCII letters.
 */
import type { DemoRole } from './portfolio.ts';
import type { Random } from './random.ts';

/**
 * Name pools by language, so a person's first and last name usually belong together; one person in
 * ten mixes pools, as in any international company.
 */
// biome-ignore format: word lists read better packed than one per line
export const NAME_GROUPS: readonly { first: readonly string[]; last: readonly string[] }[] = [
  { first: ['Ana', 'Lucas', 'Mariana', 'Thiago', 'Beatriz', 'Gabriel', 'Larissa', 'Pedro', 'Renata', 'Bruno'],
    last: ['Silva', 'Santos', 'Oliveira', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Ferreira', 'Gomes', 'Ribeiro'] },
  { first: ['Sofia', 'Mateo', 'Valentina', 'Diego', 'Camila', 'Joaquín', 'Lucía', 'Andrés', 'Isabela', 'Rafael'],
    last: ['García', 'Martínez', 'López', 'Hernández', 'González', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Morales'] },
  { first: ['Olivia', 'James', 'Emma', 'Noah', 'Charlotte', 'Ethan', 'Amelia', 'Benjamin', 'Harper', 'Daniel'],
    last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas'] },
  { first: ['Aoife', 'Cian', 'Siobhan', 'Declan', 'Niamh', 'Ewan', 'Isla', 'Rhys', 'Ffion', 'Callum'],
    last: ['Clarke', 'Hughes', 'Walsh', 'Murphy', 'Byrne', 'Kennedy', "O'Brien", 'Fitzgerald', 'MacLeod', 'Campbell'] },
  { first: ['Hannah', 'Jonas', 'Lena', 'Felix', 'Marie', 'Lukas', 'Clara', 'Maximilian', 'Greta', 'Tobias'],
    last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner', 'Koch', 'Richter'] },
  { first: ['Chloé', 'Julien', 'Camille', 'Antoine', 'Élise', 'Hugo', 'Margaux', 'Théo', 'Manon', 'Louis'],
    last: ['Dubois', 'Lefebvre', 'Moreau', 'Laurent', 'Girard', 'Bonnet', 'Fontaine', 'Rousseau', 'Mercier', 'Blanc'] },
  { first: ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Matteo', 'Elena', 'Alessandro', 'Martina', 'Paolo'],
    last: ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti'] },
  { first: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Meera', 'Aditya', 'Neha', 'Sanjay'],
    last: ['Patel', 'Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Mehta', 'Kapoor', 'Rao', 'Desai'] },
  { first: ['Wei', 'Mei', 'Jun', 'Xin', 'Hao', 'Lin', 'Yan', 'Jing', 'Ying', 'Bo'],
    last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'] },
  { first: ['Yuki', 'Haruto', 'Sakura', 'Kenji', 'Aiko', 'Ren', 'Hina', 'Takeshi', 'Emi', 'Sora'],
    last: ['Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Sato', 'Kato'] },
  { first: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yun', 'Soo-ah', 'Ji-woo', 'Eun-ji'],
    last: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang'] },
  { first: ['Amara', 'Kwame', 'Nia', 'Tunde', 'Zainab', 'Chidi', 'Imani', 'Kofi', 'Adaeze', 'Sipho'],
    last: ['Okafor', 'Adeyemi', 'Mensah', 'Nwosu', 'Boateng', 'Abiodun', 'Ndlovu', 'Mwangi', 'Okonkwo', 'Diallo'] },
  { first: ['Fatima', 'Omar', 'Layla', 'Youssef', 'Noor', 'Karim', 'Yasmin', 'Tariq', 'Leila', 'Hassan'],
    last: ['Haddad', 'Khalil', 'Mansour', 'Nasser', 'Saleh', 'Aziz', 'Farouk', 'Rahman', 'Hussain', 'Qureshi'] },
  { first: ['Ingrid', 'Lars', 'Astrid', 'Erik', 'Sigrid', 'Magnus', 'Freya', 'Anders', 'Maja', 'Henrik'],
    last: ['Andersson', 'Johansson', 'Nilsson', 'Larsen', 'Hansen', 'Berg', 'Lindqvist', 'Dahl', 'Halvorsen', 'Nyström'] },
  { first: ['Zofia', 'Tomasz', 'Katarzyna', 'Piotr', 'Agnieszka', 'Marek', 'Anja', 'Nikola', 'Irina', 'Dmitri'],
    last: ['Kowalski', 'Nowak', 'Wiśniewski', 'Novák', 'Horváth', 'Petrov', 'Ivanova', 'Kovač', 'Popescu', 'Jankowski'] },
  { first: ['Thanh', 'Linh', 'Minh', 'Huong', 'Quang', 'Emre', 'Elif', 'Deniz', 'Burak', 'Zeynep'],
    last: ['Nguyen', 'Tran', 'Pham', 'Le', 'Vo', 'Yilmaz', 'Demir', 'Kaya', 'Şahin', 'Öztürk'] },
];

/** Letters that do not decompose into ASCII plus a combining mark. */
const FOLDS: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', ß: 'ss', æ: 'ae', Æ: 'ae', ı: 'i' };

/** "Élise" → "elise", "O'Brien" → "obrien", "Min-jun" → "minjun": safe in an e-mail local part. */
export function emailSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøØßæÆı]/g, (c) => FOLDS[c])
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type PersonName = { firstName: string; lastName: string; emailLocal: string };

const SLUGS = NAME_GROUPS.map((group) => ({ first: group.first.map(emailSlug), last: group.last.map(emailSlug) }));

/** A first and last name, usually from the same pool, with its e-mail local part "first.last". */
export function pickPersonName(random: Random): PersonName {
  const firstGroup = random.int(0, NAME_GROUPS.length - 1);
  const lastGroup = random.chance(0.1) ? random.int(0, NAME_GROUPS.length - 1) : firstGroup;
  const first = random.int(0, NAME_GROUPS[firstGroup].first.length - 1);
  const last = random.int(0, NAME_GROUPS[lastGroup].last.length - 1);
  return {
    firstName: NAME_GROUPS[firstGroup].first[first],
    lastName: NAME_GROUPS[lastGroup].last[last],
    emailLocal: `${SLUGS[firstGroup].first[first]}.${SLUGS[lastGroup].last[last]}`,
  };
}

/** The demo team: stable names so a demo script can say "sign in as Priya". */
export const TEAM: readonly { name: string; role: DemoRole }[] = [
  { name: 'Morgan Lee', role: 'leader' },
  { name: 'Dana Whitfield', role: 'viewer' },
];

// biome-ignore format: word lists read better packed than one per line
export const CSM_NAMES: readonly string[] = [
  'Priya Raman', 'Jonas Becker', 'Aisha Bello', 'Tomás Alvarez', 'Hannah Okafor', 'Kenji Watanabe',
  'Sofia Marchetti', 'Liam Doherty', 'Chloé Dubois', 'Mateus Silva', 'Grace Kim', 'Ravi Shah',
];

export const TEAM_EMAIL_DOMAIN = 'rapport.example';

/** firstname.lastname@rapport.example, as the brief for demo logins asks. */
export function teamEmail(fullName: string): string {
  const [first, ...rest] = fullName.split(' ');
  return `${emailSlug(first)}.${emailSlug(rest.join(''))}@${TEAM_EMAIL_DOMAIN}`;
}
