/** The ordered title rules behind persona suggestion: which words mean which rank and personas. */
import type { Persona } from '../../../domain/personas.ts';

export type Seniority = 'c_level' | 'vp' | 'director' | 'head' | 'manager' | 'senior_individual' | 'individual' | 'unknown';

/** How a rank reacts when the title also names finance or procurement. */
export type BudgetEffect = 'adds_budget_holder' | 'becomes_budget_holder' | 'individual';

export type RoleRule = {
  pattern: RegExp;
  seniority: Seniority;
  personas: Persona[];
  /** Confidence when the title also names a function; see BARE_PENALTY. */
  confidence: number;
  /** Shown to the user; "{role}" becomes the words matched, e.g. "Chief Financial Officer". */
  reason: string;
  budget?: BudgetEffect;
  /** A bare "Director" or "Analyst" says less than "Director of Procurement". */
  bareMatters?: boolean;
  /** "Senior" and "Chief" lift an individual contributor, not a manager. */
  individual?: boolean;
};

export const EXEC: Persona[] = ['executive_sponsor', 'decision_maker'];
export const IC_NOUNS =
  'analyst|engineer|specialist|coordinator|associate|representative|agent|assistant|developer|programmer|' +
  'technician|clerk|operator|officer|accountant|designer|scientist|researcher|planner|buyer|purchaser|recruiter|' +
  'generalist|secretary|bookkeeper|auditor|controller|inspector|estimator|technologist|receptionist|trainee|intern|' +
  'apprentice|member|staff|employee|user';
export const EXPERT_NOUNS =
  'officer|engineer|developer|scientist|architect|analyst|consultant|designer|researcher|technologist|programmer|specialist|strategist';

/**
 * Ordered: the first rule that matches a role segment wins, so the traps ("Executive Assistant",
 * "Chief of Staff", "Non-Executive Director") come before the ranks whose words they borrow.
 */
export const RULES: RoleRule[] = [
  {
    pattern: /\b(?:executive|personal) (?:[a-z]+ )?(?:assistant|secretary)\b|\b(?:assistant|secretary) to$/,
    seniority: 'individual',
    personas: ['main_contact'],
    confidence: 0.3,
    reason: 'Supports an executive: often the practical contact and gatekeeper, not the sponsor',
  },
  {
    pattern: /\bchief of staff\b/,
    seniority: 'director',
    personas: ['influencer'],
    confidence: 0.5,
    reason: 'Chief of Staff: shapes an executive’s agenda without owning a budget or a C-level function',
  },
  {
    pattern: /\bnon executive (?:director|chairman|chairwoman|chair)\b|\bboard (?:member|director|advisor|adviser|observer)\b|\btrustee\b/,
    seniority: 'c_level',
    personas: ['influencer'],
    confidence: 0.4,
    reason: 'Board-level role: influences strategy, not day-to-day buying',
  },
  {
    pattern: /\bchief executive(?: officer)?\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.95,
    reason: 'Title names the chief executive',
  },
  {
    // "Chief Petty/Warrant/Probation Officer" are ranks in other hierarchies, not the C-suite.
    pattern: /\bchief (?!petty |warrant |probation |parole |police )(?:[a-z]+ ){1,4}officer\b/,
    seniority: 'c_level',
    personas: ['executive_sponsor'],
    confidence: 0.9,
    budget: 'adds_budget_holder',
    reason: 'Title names a C-level role ({role})',
  },
  {
    pattern: /\b(?:cpo|cso|cdo|cco|cao|cxo|cbo|cgo)\b/,
    seniority: 'c_level',
    personas: ['executive_sponsor'],
    confidence: 0.8,
    reason: 'Title names a C-level role ({role}) whose letters have several meanings, e.g. product, people or procurement',
  },
  {
    // "Founding Engineer" is an early employee, so only "founder" itself counts.
    pattern: /\b(?:co )?founder\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.9,
    reason: 'Founder: sponsors and decides',
  },
  {
    pattern: /(?<!\bvice )\bpresident\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.9,
    reason: 'President: top executive of the company or unit',
  },
  {
    pattern: /\bmanaging (?:director|partner|member)\b|\bgeneral partner\b|\bfounding partner\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.85,
    reason: 'Managing Director / Partner: runs the company',
  },
  {
    // Product/process/data owners own a backlog or a system, not the company.
    pattern:
      /(?<!\b(?:product|process|data|system|systems|account|project|service|content|risk|control|application|platform|technical|feature|solution|relationship|budget) )\b(?:co )?owner\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.85,
    reason: 'Owner of the business: sponsors and decides',
  },
  {
    pattern: /\bexecutive (?:chairman|chairwoman|chairperson|chair)\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.85,
    reason: 'Executive chair: leads the board and the business',
  },
  {
    pattern: /\b(?:department|committee|program|programme) chair(?:man|woman|person)?\b/,
    seniority: 'head',
    personas: ['decision_maker'],
    confidence: 0.5,
    reason: 'Chair of a department or committee: decides for that unit',
  },
  {
    pattern: /\bchair(?:man|woman|person)\b|\bchair(?: of\b|$)/,
    seniority: 'c_level',
    personas: ['executive_sponsor'],
    confidence: 0.8,
    reason: 'Chair of the board: sponsors, rarely runs the evaluation',
  },
  {
    pattern: /\bexecutive director\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.7,
    reason: 'Executive Director: usually the top executive (non-profits), sometimes a senior director',
  },
  {
    // A UK Vice-Chancellor runs the university; a Provost is its chief academic officer.
    pattern: /\b(?:vice )?chancellor\b|\bprovost\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.7,
    reason: 'Heads an academic institution',
  },
  {
    pattern: /\b(?:executive|senior|group|corporate) (?:executive )?vice president\b/,
    seniority: 'vp',
    personas: EXEC,
    confidence: 0.85,
    budget: 'adds_budget_holder',
    reason: 'Senior/Executive Vice President: executive-team member who sponsors and decides',
  },
  {
    // In banks an AVP is often a manager-level title, hence the lower confidence.
    pattern: /\b(?:assistant|associate|deputy) vice president\b/,
    seniority: 'vp',
    personas: ['decision_maker'],
    confidence: 0.55,
    budget: 'adds_budget_holder',
    bareMatters: true,
    reason: 'Assistant/Associate Vice President: below VP, often manager-level',
  },
  {
    pattern: /\bvice president\b/,
    seniority: 'vp',
    personas: ['decision_maker'],
    confidence: 0.8,
    budget: 'adds_budget_holder',
    bareMatters: true,
    reason: 'Vice President: decides for their area',
  },
  {
    pattern: /\bgeneral manager\b/,
    seniority: 'head',
    personas: EXEC,
    confidence: 0.7,
    reason: 'General Manager: runs a business unit or site',
  },
  {
    pattern: /\bgeneral counsel\b/,
    seniority: 'vp',
    personas: ['influencer'],
    confidence: 0.55,
    reason: 'General Counsel: shapes contracts and terms, rarely owns the product decision',
  },
  {
    // Only finance controllers: air-traffic and production controllers fall through to individuals.
    pattern:
      /\b(?:comptroller|treasurer)\b|(?:^|\b(?:financial|finance|corporate|regional|division|divisional|group|plant|country|business|assistant|deputy|senior|global|company|entity|unit|associate|area|district|project|budget) )controller\b/,
    seniority: 'director',
    personas: ['budget_holder'],
    confidence: 0.75,
    reason: 'Controller/Treasurer: runs the money side and signs off spend',
  },
  {
    pattern: /\bbudget (?:owner|holder)\b/,
    seniority: 'unknown',
    personas: ['budget_holder'],
    confidence: 0.8,
    reason: 'Title says they own the budget',
  },
  {
    pattern:
      /\bhead of\b|(?<=\b[a-z]+ )(?:head|chief)$|^head\b(?! (?:chef|cook|nurse|coach|cashier|teller|custodian|waiter|waitress|bartender|lifeguard|gardener|groundskeeper|housekeeper|porter|baker|butcher|start|teacher)\b)/,
    seniority: 'head',
    personas: ['decision_maker'],
    confidence: 0.75,
    budget: 'adds_budget_holder',
    bareMatters: true,
    reason: 'Head of a function (or "<function> Chief"): decides for their area',
  },
  {
    // These directors practise an occupation; they do not run a function.
    pattern:
      /\bfuneral (?:[a-z]+ )?director\b|\b(?:art|music|musical|choir|choral|casting|film|stage|activities|activity|camp) director\b|\bdirector of (?:photography|music)\b/,
    seniority: 'individual',
    personas: ['day_to_day_user'],
    confidence: 0.3,
    reason: 'Director here names an occupation (funeral, art, music ...), not a management rank',
  },
  {
    pattern: /\bdirector\b/,
    seniority: 'director',
    personas: ['decision_maker'],
    confidence: 0.75,
    budget: 'adds_budget_holder',
    bareMatters: true,
    reason: 'Director: decides for their area',
  },
  {
    pattern: /\bdean\b/,
    seniority: 'head',
    personas: ['decision_maker'],
    confidence: 0.55,
    reason: 'Dean: heads a faculty or school',
  },
  {
    pattern: /\bmanager\b/,
    seniority: 'manager',
    personas: ['main_contact'],
    confidence: 0.5,
    budget: 'becomes_budget_holder',
    bareMatters: true,
    reason: 'Manager: typically runs the work day to day, a natural main contact',
  },
  {
    pattern: /\b(?:supervisor|foreman|forewoman|foreperson|superintendent|leader)\b|\blead$/,
    seniority: 'manager',
    personas: ['main_contact'],
    confidence: 0.45,
    budget: 'becomes_budget_holder',
    bareMatters: true,
    reason: 'Supervises or leads a team: a natural main contact',
  },
  {
    pattern:
      /\b(?:system|systems|database|network|salesforce|crm|hubspot|platform|application|applications|technology|server|cloud|sharepoint|jira|erp|sap|workday|servicenow|security|web|lan|windows|linux|unix|tool|tools) administrator\b/,
    seniority: 'individual',
    personas: ['main_contact'],
    confidence: 0.6,
    individual: true,
    reason: 'Administers a system: usually the hands-on owner of the product, a natural main contact',
  },
  {
    pattern: /\badministrator\b/,
    seniority: 'unknown',
    personas: ['main_contact'],
    confidence: 0.3,
    reason: 'Administrator: could be a system admin or an institution’s manager',
  },
  {
    pattern: /\b(?:product|process|data|system|platform|application|service) owner\b|\bbusiness partner\b/,
    seniority: 'senior_individual',
    personas: ['influencer'],
    confidence: 0.45,
    reason: 'Owns a product, process or partnership: shapes requirements',
  },
  {
    pattern: /^(?:senior |equity |salaried )?partner$/,
    seniority: 'vp',
    personas: ['decision_maker'],
    confidence: 0.5,
    reason: 'Partner of a firm: part-owner who decides',
  },
  {
    pattern: new RegExp(
      `\\b(?:principal|distinguished|lead|chief) (?:[a-z]+ ){0,3}?(?:${EXPERT_NOUNS})\\b|\\bstaff (?:[a-z]+ )?(?:engineer|scientist|developer|architect|designer|researcher)\\b|\\b(?:architect|strategist|evangelist)\\b`,
    ),
    seniority: 'senior_individual',
    personas: ['influencer'],
    confidence: 0.6,
    reason: 'Senior expert (architect, principal, staff): shapes technical and buying choices',
  },
  {
    pattern: /\b(?:consultant|advisor|adviser|counsel|expert)\b/,
    seniority: 'individual',
    personas: ['influencer'],
    confidence: 0.5,
    individual: true,
    reason: 'Consultant/advisor: gives advice that shapes decisions',
  },
  {
    // What is left after the expert rule: a school principal or a firm principal.
    pattern: /\bprincipal\b/,
    seniority: 'head',
    personas: ['decision_maker'],
    confidence: 0.45,
    reason: 'Principal: heads a school or is a senior partner of a firm',
  },
  {
    pattern: /\b(?:account|sales|marketing|development|client|customer|advertising|media|recruitment|business) executive$/,
    seniority: 'individual',
    personas: ['day_to_day_user'],
    confidence: 0.45,
    individual: true,
    reason: 'Account/Sales Executive is a salesperson (an individual contributor), not an executive',
  },
  {
    pattern: new RegExp(`\\b(?:${IC_NOUNS})\\b|\\b[a-z]+ executive$`),
    seniority: 'individual',
    personas: ['day_to_day_user'],
    confidence: 0.5,
    budget: 'individual',
    individual: true,
    reason: 'Individual contributor: likely uses the product day to day',
  },
];
