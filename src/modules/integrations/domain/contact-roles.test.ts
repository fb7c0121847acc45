import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_MAPPING, mapContactRoles } from './contact-roles.ts';

describe('mapContactRoles', () => {
  it.each([
    // Salesforce contact-role picklist
    ['Decision Maker', ['decision_maker']],
    ['Economic Buyer', ['budget_holder']],
    ['Economic Decision Maker', ['budget_holder']],
    ['Executive Sponsor', ['executive_sponsor']],
    ['Influencer', ['influencer']],
    ['Evaluator', ['influencer']],
    ['Technical Buyer', ['influencer']],
    ['Business User', ['day_to_day_user']],
    // HubSpot Buying Role: internal values and labels
    ['DECISION_MAKER', ['decision_maker']],
    ['Decision maker', ['decision_maker']],
    ['BUDGET_HOLDER', ['budget_holder']],
    ['Budget holder', ['budget_holder']],
    ['CHAMPION', ['champion']],
    ['END_USER', ['day_to_day_user']],
    ['End user', ['day_to_day_user']],
    ['EXECUTIVE_SPONSOR', ['executive_sponsor']],
    // Rapport's own persona names, so an export re-imports
    ['main_contact', ['main_contact']],
    ['Day-to-day user', ['day_to_day_user']],
  ])('%s → %j', (role, personas) => {
    expect(mapContactRoles([role])).toEqual({ personas, ignored: [], unknown: [] });
  });

  it.each(['Other', 'OTHER', 'BLOCKER', 'LEGAL_AND_COMPLIANCE', 'Legal and compliance'])('%s is known and carries no persona', (role) => {
    expect(mapContactRoles([role])).toEqual({ personas: [], ignored: [role], unknown: [] });
  });

  it('combines several roles into personas in vocabulary order, each once', () => {
    expect(mapContactRoles(['Economic Buyer', 'Decision Maker', 'DECISION_MAKER']).personas).toEqual(['decision_maker', 'budget_holder']);
  });

  it('reports unknown roles instead of guessing', () => {
    expect(mapContactRoles(['Procurement Lead', 'Influencer'])).toEqual({
      personas: ['influencer'],
      ignored: [],
      unknown: ['Procurement Lead'],
    });
  });

  it('takes an edited mapping', () => {
    const mapping = { ...DEFAULT_ROLE_MAPPING, 'Procurement Lead': ['budget_holder'] as const, 'Technical Buyer': ['champion'] as const };
    expect(mapContactRoles(['Procurement Lead', 'Technical Buyer'], mapping).personas).toEqual(['budget_holder', 'champion']);
  });
});
