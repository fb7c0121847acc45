/**
 * Names for demo people and the demo team. Drawn from many languages because a customer-success
 * team's stakeholders are; e-mail local parts are the names folded to plain ASCII letters.
 */
import type { DemoRole } from './portfolio.ts';

export const FIRST_NAMES: readonly string[] = [
  'Ana', 'Lucas', 'Sofia', 'Mateo', 'Valentina', 'Diego', 'Camila', 'Joaquín', 'Isabela', 'Rafael',
  'Olivia', 'James', 'Emma', 'Noah', 'Charlotte', 'Ethan', 'Amelia', 'Benjamin', 'Harper', 'Daniel',
  'Hannah', 'Jonas', 'Lena', 'Felix', 'Marie', 'Lukas', 'Clara', 'Maximilian', 'Greta', 'Tobias',
  'Chloé', 'Julien', 'Camille', 'Antoine', 'Élise', 'Hugo', 'Margaux', 'Théo', 'Manon', 'Louis',
  'Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Matteo', 'Elena', 'Alessandro', 'Martina', 'Paolo',
  'Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Meera', 'Aditya', 'Neha', 'Sanjay',
  'Wei', 'Mei', 'Jun', 'Xin', 'Hao', 'Lin', 'Yan', 'Chen', 'Ying', 'Bo',
  'Yuki', 'Haruto', 'Sakura', 'Kenji', 'Aiko', 'Ren', 'Hina', 'Takeshi', 'Emi', 'Sora',
  'Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yun', 'Soo-ah',
  'Amara', 'Kwame', 'Nia', 'Tunde', 'Zainab', 'Chidi', 'Imani', 'Kofi', 'Adaeze', 'Sipho',
  'Fatima', 'Omar', 'Layla', 'Youssef', 'Noor', 'Karim', 'Yasmin', 'Tariq', 'Leila', 'Hassan',
  'Ingrid', 'Lars', 'Astrid', 'Erik', 'Sigrid', 'Magnus', 'Freya', 'Anders', 'Maja', 'Henrik',
  'Zofia', 'Tomasz', 'Katarzyna', 'Piotr', 'Agnieszka', 'Marek', 'Anja', 'Nikola', 'Irina', 'Dmitri',
  'Aoife', 'Cian', 'Siobhan', 'Declan', 'Niamh', 'Ewan', 'Isla', 'Rhys', 'Ffion', 'Callum',
  'Thanh', 'Linh', 'Minh', 'Nadia', 'Rizwan', 'Ayesha', 'Bilal', 'Samira', 'Emre', 'Elif',
  'Mariana', 'Thiago', 'Beatriz', 'Gabriel', 'Larissa', 'Pedro', 'Renata', 'Bruno', 'Lucía', 'Andrés',
];

export const LAST_NAMES: readonly string[] = [
  'Silva', 'Santos', 'Oliveira', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Ferreira', 'Gomes', 'Ribeiro',
  'García', 'Martínez', 'López', 'Hernández', 'González', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Morales',
  'Smith', 'Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas',
  'Clarke', 'Hughes', 'Walsh', 'Murphy', 'Byrne', 'Kennedy', "O'Brien", 'Fitzgerald', 'MacLeod', 'Campbell',
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner', 'Koch', 'Richter',
  'Dubois', 'Lefebvre', 'Moreau', 'Laurent', 'Girard', 'Bonnet', 'Fontaine', 'Rousseau', 'Mercier', 'Blanc',
  'Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti',
  'Patel', 'Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Mehta', 'Kapoor', 'Rao', 'Desai',
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou',
  'Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Sato', 'Kato',
  'Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang',
  'Okafor', 'Adeyemi', 'Mensah', 'Nwosu', 'Boateng', 'Abiodun', 'Ndlovu', 'Mwangi', 'Okonkwo', 'Diallo',
  'Haddad', 'Khalil', 'Mansour', 'Nasser', 'Saleh', 'Aziz', 'Farouk', 'Rahman', 'Hussain', 'Qureshi',
  'Andersson', 'Johansson', 'Nilsson', 'Larsen', 'Hansen', 'Berg', 'Lindqvist', 'Dahl', 'Halvorsen', 'Nyström',
  'Kowalski', 'Nowak', 'Wiśniewski', 'Novák', 'Horváth', 'Petrov', 'Ivanova', 'Kovač', 'Popescu', 'Jankowski',
  'Nguyen', 'Tran', 'Pham', 'Le', 'Vo', 'Yilmaz', 'Demir', 'Kaya', 'Şahin', 'Öztürk',
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

export const FIRST_SLUGS = FIRST_NAMES.map(emailSlug);
export const LAST_SLUGS = LAST_NAMES.map(emailSlug);

/** The demo team: stable names so a demo script can say "sign in as Priya". */
export const TEAM: readonly { name: string; role: DemoRole }[] = [
  { name: 'Morgan Lee', role: 'leader' },
  { name: 'Dana Whitfield', role: 'viewer' },
];

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
